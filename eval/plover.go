package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// PloverGoldRecord is one human-coded PLOVER event: a sentence, its event
// type and its actors.
type PloverGoldRecord struct {
	ID     string
	Date   string // YYYY-MM-DD
	Text   string
	Event  string // PLOVER type as written (older names included)
	Mode   string
	Source []GoldActor
	Target []GoldActor
	Line   int // JSONL line, or 0 in a JSON array
}

// GoldActor is one actor of a PLOVER gold record: its words, CAMEO country
// (or IGO, NGO, ...) code and sector.
type GoldActor struct {
	Text   string `json:"actorText"`
	Code   string `json:"code"`
	Sector string `json:"sector"`
}

// actorList reads the source or target of a record, which the files write
// as a list of actors, one actor, "" or null.
type actorList []GoldActor

func (a *actorList) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case len(b) == 0 || bytes.Equal(b, []byte("null")) || bytes.Equal(b, []byte(`""`)):
		*a = nil
		return nil
	case b[0] == '{':
		var one GoldActor
		if err := json.Unmarshal(b, &one); err != nil {
			return err
		}
		*a = actorList{one}
		return nil
	case b[0] == '[':
		var many []GoldActor
		if err := json.Unmarshal(b, &many); err != nil {
			return err
		}
		*a = many
		return nil
	}
	return fmt.Errorf("actors must be a list, an object or empty, not %.20s", b)
}

type ploverLine struct {
	ID     string    `json:"id"`
	Date   string    `json:"date"`
	Text   string    `json:"text"`
	Event  string    `json:"event"`
	Mode   string    `json:"mode"`
	Source actorList `json:"source"`
	Target actorList `json:"target"`
}

func (p *ploverLine) record(line int) (PloverGoldRecord, error) {
	if p.Event == "" || p.Text == "" {
		return PloverGoldRecord{}, errors.New(`not a PLOVER record (want "event" and "text")`)
	}
	return PloverGoldRecord{ID: p.ID, Date: p.Date, Text: p.Text, Event: p.Event, Mode: p.Mode,
		Source: p.Source, Target: p.Target, Line: line}, nil
}

// documentRecord says whether a record is a PLOVER DOCUMENT record (notes
// about the file, not an event).
func documentRecord(p *ploverLine) bool { return strings.EqualFold(p.Event, "DOCUMENT") }

// ReadPloverJSONL reads PLOVER gold records one a line.
func ReadPloverJSONL(r io.Reader, name string) ([]PloverGoldRecord, error) {
	var out []PloverGoldRecord
	err := eachLine(r, name, func(line []byte, num int) error {
		var p ploverLine
		if err := json.Unmarshal(line, &p); err != nil {
			return err
		}
		if documentRecord(&p) {
			return nil
		}
		rec, err := p.record(num)
		if err != nil {
			return err
		}
		out = append(out, rec)
		return nil
	})
	if err == nil && len(out) == 0 {
		err = fmt.Errorf("%s: no PLOVER records", name)
	}
	return out, err
}

// ReadPloverJSON reads PLOVER gold records written as one JSON array.
func ReadPloverJSON(r io.Reader, name string) ([]PloverGoldRecord, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxLine+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(b) > maxLine {
		return nil, fmt.Errorf("%s: larger than %d bytes", name, maxLine)
	}
	var list []ploverLine
	if err := json.Unmarshal(b, &list); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, jsonErrLine(b, err), err)
	}
	var out []PloverGoldRecord
	for i := range list {
		if documentRecord(&list[i]) {
			continue
		}
		rec, err := list[i].record(0)
		if err != nil {
			return nil, fmt.Errorf("%s: record %d (%q): %w", name, i+1, list[i].ID, err)
		}
		out = append(out, rec)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no PLOVER records", name)
	}
	return out, nil
}

// jsonErrLine is the line of a JSON syntax or type error, 1 when unknown.
func jsonErrLine(b []byte, err error) int {
	var off int64
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		off = se.Offset
	case errors.As(err, &te):
		off = te.Offset
	default:
		return 1
	}
	if off > int64(len(b)) {
		off = int64(len(b))
	}
	return 1 + bytes.Count(b[:off], []byte("\n"))
}
