package eval

import (
	"errors"
	"strings"
	"testing"

	"github.com/readout/readout/document"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		in   string
		want Kind
	}{
		{"\xef\xbb\xbf<Validation>", PetrarchXML},
		{"  [\n{\"id\": 1}]", PloverGold},
		{`{"id": "A", "text": "t", "events": []}`, PetrarchJSONL},
		{`{"id": "A", "text": "t", "event": "AGREE"}` + "\n", PloverGold},
		{`{"id": "D", "event": "DOCUMENT"}`, PloverGold},
		{`{"id": "r", "text": "t", "raters": {}}`, ConfliBERT},
		{"{\n \"article\": \"a.txt\",\n \"events\": {\"must\": []}\n}", Annotations},
	}
	for _, tt := range tests {
		got, err := Detect("f", []byte(tt.in))
		if err != nil || got != tt.want {
			t.Errorf("%q: %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
	for _, in := range []string{"", "Plain text.", `{"id": "x"}`, "{broken", `{"text": "t", "events": "no"}`} {
		_, err := Detect("gold.txt", []byte(in))
		if err == nil || !strings.HasPrefix(err.Error(), "gold.txt") {
			t.Errorf("%q: %v, want an error naming the file", in, err)
		}
	}
}

func TestRunInputErrors(t *testing.T) {
	tests := []struct {
		paths []string
		want  []string
	}{
		{nil, []string{"no gold files"}},
		{[]string{"testdata/none.xml"}, []string{"testdata/none.xml"}},
		{[]string{"testdata/petr/dictionaries"}, []string{"no *.expected.json"}},
		{[]string{"testdata/petr/dictionaries/test.verbs.txt", "testdata/call.txt"}, []string{"test.verbs.txt:1: not a gold file", "call.txt:1: not a gold file"}},
	}
	for _, tt := range tests {
		_, err := Run(tt.paths, Options{CoderFor: always(script{}.coder())})
		for _, w := range tt.want {
			if err == nil || !strings.Contains(err.Error(), w) {
				t.Errorf("%v: %v, want %q", tt.paths, err, w)
			}
		}
	}
	_, err := Run([]string{"testdata/plover.json"}, Options{CoderFor: func(Setup) (Coder, error) { return nil, errors.New("no dictionaries") }})
	if err == nil || !strings.Contains(err.Error(), "no dictionaries") {
		t.Errorf("coder error: %v", err)
	}
}

func TestSafeCode(t *testing.T) {
	var ce *CrashError
	err := safeCode(script{{words: "fail"}}.coder(), &document.Document{Text: "fail"})
	if !errors.As(err, &ce) || ce.Panic != nil || err.Error() != "coder failed" {
		t.Errorf("error: %v", err)
	}
	err = safeCode(script{{words: "panic"}}.coder(), &document.Document{Text: "panic"})
	if !errors.As(err, &ce) || ce.Panic == nil || !strings.Contains(ce.Stack, "helpers_test.go") {
		t.Errorf("panic: %v", err)
	}
	if err := safeCode(script{}.coder(), &document.Document{Text: "x"}); err != nil {
		t.Errorf("clean run: %v", err)
	}
}

func TestArticles(t *testing.T) {
	var published, title string
	code := func(d *document.Document) error {
		published, title = d.Published, d.Title
		for i, line := range strings.Split(d.Text, "\n") {
			d.Sentences = append(d.Sentences, document.Sentence{Index: i, Text: line})
		}
		e := ev("CHNGOV", "RUSGOV", "041", "CONSULT")
		e.Date = "2020-04-16"
		d.Events = append(d.Events, e)
		return nil
	}
	rep, err := Run([]string{"testdata/call.expected.json"}, Options{CoderFor: always(code)})
	if err != nil {
		t.Fatal(err)
	}
	if published != "2020-04-18" || title != "(Xinhua) – Xi and Putin spoke on Thursday." {
		t.Errorf("document published %q, title %q", published, title)
	}
	s := rep.Sets[0]
	if p, f, _, _ := s.Count(); p != 1 || f != 8 {
		t.Errorf("%d passed, %d failed", p, f)
	}
	r := s.Results[0]
	if r.Status != Pass || r.Text != "(Xinhua) – Xi and Putin spoke on Thursday." || len(r.Evidence) != 1 || !strings.Contains(r.Evidence[0], "test.dict:1") {
		t.Errorf("first event item: %+v", r)
	}
	if f, ok := s.Figure("event/must"); !ok || f.Num != 1 || f.Den != 2 {
		t.Errorf("event/must figure %+v", f)
	}
}
