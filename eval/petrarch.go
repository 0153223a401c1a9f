package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/readout/readout/format"
)

// PetrFile is a PETRARCH validation file: its environment and records.
type PetrFile struct {
	Name    string
	Env     map[string]string // <Environment> elements: Verbfile, Actorfile, Include, ...
	HasEnv  bool              // whether the file had an <Environment>
	Records []PetrRecord
}

// PetrRecord is one validation record: a sentence and the codings PETRARCH
// is expected to produce for it.
type PetrRecord struct {
	ID       string
	Category string
	Date     string // as written, YYYYMMDD
	Text     string
	Attrs    map[string]string // every attribute of <Sentence> (or key of the JSONL line)
	Expect   []Triple          // expected codings, duplicates removed
	NoEvents bool              // noevents="True": nothing may be coded
	Error    string            // error="...": PETRARCH is to refuse the sentence
	Config   map[string]string // <Config> options in effect
	Line     int
}

// Triple is one coding: source actor, target actor and CAMEO event code.
// A missing actor is "---", as PETRARCH writes it.
type Triple struct{ Source, Target, Code string }

func (t Triple) String() string { return t.Source + " " + t.Target + " " + t.Code }

func newTriple(source, target, code string) Triple {
	return Triple{Source: nullActor(source), Target: nullActor(target), Code: strings.TrimSpace(code)}
}

func nullActor(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return "---"
	}
	return s
}

// addCoding adds one expected coding to a record from its attributes.
func (r *PetrRecord) addCoding(attrs map[string]string, source, target, code string) {
	switch {
	case strings.EqualFold(strings.TrimSpace(attrs["noevents"]), "true"):
		r.NoEvents = true
	case attrs["error"] != "":
		r.Error = attrs["error"]
	default:
		t := newTriple(source, target, code)
		for _, have := range r.Expect {
			if have == t {
				return
			}
		}
		r.Expect = append(r.Expect, t)
	}
}

// ReadPetrarchXML reads a PETRARCH validation XML file (the nested and the
// self-closed <Sentence/> layouts), with the <Config> options in effect at
// each record.
func ReadPetrarchXML(r io.Reader, name string) (*PetrFile, error) {
	pr := format.NewPetrarchReader(r, name)
	f := &PetrFile{Name: name}
	for {
		rec, err := pr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		pr := PetrRecord{ID: rec.ID, Category: rec.Attrs["category"], Date: rec.Date, Text: rec.Text,
			Attrs: rec.Attrs, Config: rec.Config, Line: rec.Line}
		for _, c := range rec.Codings {
			pr.addCoding(c.Attrs, c.Source, c.Target, c.Code)
		}
		f.Records = append(f.Records, pr)
	}
	env := pr.Environment()
	f.Env = env.Files
	f.HasEnv = len(env.Files) > 0 || len(env.Config) > 0
	if len(f.Records) == 0 {
		return nil, fmt.Errorf("%s: no <Sentence> records: not a PETRARCH validation file", name)
	}
	return f, nil
}

// petrLine is one line of the JSONL form of validation records.
type petrLine struct {
	ID       string              `json:"id"`
	Category string              `json:"category"`
	Date     string              `json:"date"`
	Text     string              `json:"text"`
	Events   []map[string]string `json:"events"`
}

// ReadPetrarchJSONL reads validation records written one a line ({"id",
// "category", "date", "text", "events": [{"source","target","code"} |
// {"noevents":"True"} | {"error":"..."}], other <Sentence> attributes as
// keys}). The form carries no <Environment>.
func ReadPetrarchJSONL(r io.Reader, name string) (*PetrFile, error) {
	f := &PetrFile{Name: name}
	err := eachLine(r, name, func(line []byte, num int) error {
		var pl petrLine
		if err := json.Unmarshal(line, &pl); err != nil {
			return err
		}
		if pl.ID == "" || pl.Events == nil {
			return errors.New(`not a PETRARCH record (want "id", "text" and "events")`)
		}
		rec := PetrRecord{ID: pl.ID, Category: pl.Category, Date: pl.Date, Text: oneLine(pl.Text),
			Attrs: stringAttrs(line), Line: num}
		for _, e := range pl.Events {
			rec.addCoding(e, e["source"], e["target"], e["code"])
		}
		f.Records = append(f.Records, rec)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(f.Records) == 0 {
		return nil, fmt.Errorf("%s: no records", name)
	}
	return f, nil
}

// stringAttrs returns the string-valued keys of a JSON object.
func stringAttrs(line []byte) map[string]string {
	var raw map[string]any
	_ = json.Unmarshal(line, &raw)
	out := map[string]string{}
	for k, v := range raw {
		if s, ok := v.(string); ok && k != "text" && k != "parse" {
			out[k] = s
		}
	}
	return out
}

// maxLine is the longest JSONL line the readers accept.
const maxLine = 16 << 20

// eachLine calls fn for each non-blank line of r; an error from fn is
// reported as file:line.
func eachLine(r io.Reader, name string, fn func(line []byte, num int) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	num := 0
	for sc.Scan() {
		num++
		line := bytes.TrimSpace(sc.Bytes())
		if num == 1 {
			line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))
		}
		if len(line) == 0 {
			continue
		}
		if err := fn(line, num); err != nil {
			return fmt.Errorf("%s:%d: %w", name, num, err)
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return fmt.Errorf("%s:%d: line longer than %d bytes", name, num+1, maxLine)
		}
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}
