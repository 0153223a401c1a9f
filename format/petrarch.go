package format

import (
	"bufio"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/readout/readout/document"
)

// PetrarchRecord is one <Sentence> of a PETRARCH validation or input file,
// with the gold codings that come with it. Both layouts are read: the
// elements nested inside <Sentence>, and a self-closing <Sentence/>
// followed by its elements (the UniversalPetrarch files).
type PetrarchRecord struct {
	ID       string
	Date     string            // as written, YYYYMMDD
	Attrs    map[string]string // every attribute of <Sentence>
	Text     string            // whitespace collapsed
	Parse    string            // the <Parse> content, verbatim
	Codings  []PetrarchCoding
	Comments []string
	Config   map[string]string // <Config> options in effect for this record
	Line     int               // line of the <Sentence> element
}

// PetrarchCoding is one <EventCoding>: source, target and event code, or
// a marker such as noevents="True" or error="...".
type PetrarchCoding struct {
	Source, Target, Code string
	Attrs                map[string]string
}

// PetrarchEnvironment is the <Environment> of a validation file: the
// dictionaries it names and its options.
type PetrarchEnvironment struct {
	Files  map[string]string // element name (Verbfile, Actorfile, ...) → file name
	Config map[string]string
}

// PetrarchReader reads PETRARCH XML records one at a time.
type PetrarchReader struct {
	dec     *xml.Decoder
	name    string
	env     PetrarchEnvironment
	config  map[string]string
	pending *PetrarchRecord
	field   string // element whose text is being collected
	buf     strings.Builder
	inEnv   bool
	done    bool
}

// NewPetrarchReader reads records from r; name is used in errors.
func NewPetrarchReader(r io.Reader, name string) *PetrarchReader {
	dec := xml.NewDecoder(r)
	dec.Strict = false
	dec.CharsetReader = func(charset string, in io.Reader) (io.Reader, error) {
		if strings.EqualFold(charset, "utf-8") || strings.EqualFold(charset, "us-ascii") {
			return in, nil
		}
		return nil, fmt.Errorf("unsupported XML encoding %q (want UTF-8)", charset)
	}
	return &PetrarchReader{dec: dec, name: name, config: map[string]string{},
		env: PetrarchEnvironment{Files: map[string]string{}, Config: map[string]string{}}}
}

// Environment returns the <Environment> read so far (complete once the first
// record has been returned).
func (p *PetrarchReader) Environment() PetrarchEnvironment { return p.env }

// Next returns the next record, or io.EOF.
func (p *PetrarchReader) Next() (*PetrarchRecord, error) {
	for !p.done {
		// RawToken does not insist that end elements match: some files
		// close a self-closed <Sentence/> again after its elements. Elements
		// belong to the last sentence opened, nested or not.
		tok, err := p.dec.RawToken()
		if err == io.EOF {
			p.done = true
			break
		}
		if err != nil {
			p.done = true
			line, _ := p.dec.InputPos()
			return nil, &ArticleError{File: p.name, Line: line, Err: fmt.Errorf("malformed XML: %w", err)}
		}
		if rec := p.handle(tok); rec != nil {
			return rec, nil
		}
	}
	if rec := p.pending; rec != nil {
		p.pending = nil
		return rec, nil
	}
	return nil, io.EOF
}

// handle takes one token; it returns a finished record when one is.
func (p *PetrarchReader) handle(tok xml.Token) *PetrarchRecord {
	switch t := tok.(type) {
	case xml.StartElement:
		return p.start(t)
	case xml.EndElement:
		p.end(t.Name.Local)
	case xml.CharData:
		if p.field != "" {
			p.buf.Write(t)
		}
	case xml.Comment:
		if p.pending != nil && p.field == "" {
			p.pending.Comments = append(p.pending.Comments, strings.TrimSpace(string(t)))
		}
	}
	return nil
}

func (p *PetrarchReader) start(t xml.StartElement) *PetrarchRecord {
	attrs := attrMap(t.Attr)
	switch t.Name.Local {
	case "Environment":
		p.inEnv = true
	case "Sentence":
		done := p.pending
		line, _ := p.dec.InputPos()
		p.pending = &PetrarchRecord{ID: attrs["id"], Date: attrs["date"], Attrs: attrs, Line: line, Config: copyMap(p.config)}
		return done
	case "EventCoding":
		if p.pending != nil {
			p.pending.Codings = append(p.pending.Codings, PetrarchCoding{
				Source: attrs["sourcecode"], Target: attrs["targetcode"], Code: attrs["eventcode"], Attrs: attrs})
		}
	case "Config":
		p.config[attrs["option"]] = attrs["value"]
		if p.inEnv {
			p.env.Config[attrs["option"]] = attrs["value"]
		}
	case "Text", "Parse":
		p.field = t.Name.Local
		p.buf.Reset()
	default:
		if p.inEnv {
			p.field = t.Name.Local
			p.buf.Reset()
		}
	}
	return nil
}

func (p *PetrarchReader) end(name string) {
	switch {
	case name == "Environment":
		p.inEnv = false
	case name == p.field:
		text := p.buf.String()
		switch {
		case p.inEnv:
			p.env.Files[name] = strings.TrimSpace(text)
		case p.pending != nil && name == "Text":
			p.pending.Text = strings.Join(strings.Fields(text), " ")
		case p.pending != nil && name == "Parse":
			p.pending.Parse = strings.Trim(text, "\n")
		}
		p.field = ""
	}
}

func attrMap(as []xml.Attr) map[string]string {
	m := make(map[string]string, len(as))
	for _, a := range as {
		m[a.Name.Local] = a.Value
	}
	return m
}

func copyMap(m map[string]string) map[string]string {
	c := make(map[string]string, len(m))
	for k, v := range m {
		c[k] = v
	}
	return c
}

// Document turns a record into a document to code.
func (r *PetrarchRecord) Document() (*document.Document, error) {
	if strings.TrimSpace(r.Text) == "" {
		return nil, errors.New("sentence has no <Text>")
	}
	d := &document.Document{ID: r.ID, Text: r.Text}
	if r.Date != "" {
		day, err := NormalizeDate(r.Date)
		if err != nil {
			d.AddProblem(-1, "date %q not understood; publication date left empty", r.Date)
		}
		d.Published = day
	}
	return d, nil
}

// xmlSource streams the records of a PETRARCH XML file as documents.
type xmlSource struct {
	r *PetrarchReader
	c io.Closer
}

func newXMLSource(name string, br *bufio.Reader, c io.Closer) *xmlSource {
	return &xmlSource{r: NewPetrarchReader(br, name), c: c}
}

func (s *xmlSource) next() (*document.Document, error) {
	rec, err := s.r.Next()
	if err != nil {
		return nil, err
	}
	d, err := rec.Document()
	if err != nil {
		return nil, &ArticleError{File: s.r.name, Line: rec.Line, ID: rec.ID, Err: err}
	}
	return d, nil
}

func (s *xmlSource) close() error {
	if s.c != nil {
		return s.c.Close()
	}
	return nil
}
