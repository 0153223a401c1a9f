package eval

import (
	"bytes"
	"strings"
	"testing"
)

// FuzzGoldReaders feeds the same bytes to every gold-file reader: none may
// panic, and each either returns records or an error that names the file.
func FuzzGoldReaders(f *testing.F) {
	for _, path := range []string{"testdata/petr/text/unit.jsonl", "testdata/plover.jsonl", "testdata/plover.json", "testdata/rounds.jsonl", "testdata/call.expected.json"} {
		if b, err := readGold(path); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`{"id": "x", "text": "t", "events": [{"noevents": "True"}, {"source": 1}]}`))
	f.Add([]byte(`{"id": "x", "event": "AGREE", "text": "t", "source": {"code": "USA"}, "target": ""}`))
	f.Add([]byte(`{"text": "t", "raters": {"1": {"anncomplete": true, "actions": [{"cameo": "4-18 x"}, {"cameo": null}]}}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		named := func(err error) {
			if err != nil && !strings.HasPrefix(err.Error(), "gold") {
				t.Errorf("error does not name the file: %v", err)
			}
		}
		if _, err := Detect("gold", b); err != nil {
			named(err)
		}
		p, err := ReadPetrarchJSONL(bytes.NewReader(b), "gold")
		named(err)
		if err == nil {
			for _, r := range p.Records {
				_ = expectedLines(&r)
			}
		}
		_, err = ReadPloverJSONL(bytes.NewReader(b), "gold")
		named(err)
		_, err = ReadPloverJSON(bytes.NewReader(b), "gold")
		named(err)
		_, err = ReadRounds(bytes.NewReader(b), "gold")
		named(err)
		_, err = parseAnnotation(b, "gold")
		named(err)
	})
}

// FuzzPetrarchXML reads validation XML and selects its records: no panic,
// no record lost without a reason.
func FuzzPetrarchXML(f *testing.F) {
	if b, err := readGold("testdata/petr/text/unit.xml"); err == nil {
		f.Add(b)
	}
	if b, err := readGold("testdata/petr2/text/gsr.xml"); err == nil {
		f.Add(b)
	}
	f.Add([]byte(`<Environment><Include>valid</Include></Environment><Sentence id="a" sentence="x"/><EventCoding error=""/><Text>t</Text>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := ReadPetrarchXML(bytes.NewReader(b), "gold.xml")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "gold.xml") {
				t.Errorf("error does not name the file: %v", err)
			}
			return
		}
		sel := newSelection(p.Env)
		for i := range p.Records {
			_ = sel.skip(&p.Records[i])
			_ = notApplicable(&p.Records[i])
		}
	})
}
