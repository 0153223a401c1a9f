package eval

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/readout/readout/document"
)

func TestCameoRoot(t *testing.T) {
	tests := []struct{ in, want string }{
		{"4-18 Assualt", "18"},
		{"0-1 Make Public Statement", "01"},
		{" 2-7 Provide Aid", "07"},
		{"4-20 Unconv. Mass Violence", "20"},
		{"4-21 Nothing", ""},
		{"Assault", ""},
		{"4-x Assault", ""},
	}
	for _, tt := range tests {
		got, err := cameoRoot(tt.in)
		if got != tt.want || (err != nil) != (tt.want == "") {
			t.Errorf("%q: %q, %v", tt.in, got, err)
		}
	}
}

func TestReadRounds(t *testing.T) {
	fh, err := os.Open("testdata/rounds.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	lines, err := ReadRounds(fh, "rounds.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(lines) != 4 {
		t.Fatalf("%d lines", len(lines))
	}
	l := lines[0]
	if len(l.Coders) != 2 || l.Incomplete != 1 || !slices.Equal(l.Coders[0].Roots, []string{"01", "18"}) || !slices.Equal(l.Coders[1].Roots, []string{"18"}) {
		t.Errorf("line 1: %+v", l)
	}
	if c := lines[1].Coders; len(c) != 2 || len(c[0].Roots) != 0 || !slices.Equal(c[1].Roots, []string{"07"}) {
		t.Errorf("line 2 (not relevant, null label): %+v", c)
	}
	_, err = ReadRounds(strings.NewReader(`{"id": "x", "text": "t", "raters": {"1": {"anncomplete": true, "actions": [{"cameo": "Assault"}]}}}`), "r")
	if err == nil || !strings.Contains(err.Error(), "r:1: rater 1, action 1") {
		t.Errorf("bad label: %v", err)
	}
}

func TestScoreRounds(t *testing.T) {
	calls := 0
	code := script{{words: "suicide bomber", events: []document.Event{ev("---", "---CVL", "190", "ASSAULT")}, statements: 1}}.coder()
	counted := func(d *document.Document) error {
		calls++
		return code(d)
	}
	rep, err := Run([]string{"testdata/rounds.jsonl"}, Options{CoderFor: always(counted)})
	if err != nil {
		t.Fatal(err)
	}
	if calls != 2 {
		t.Errorf("coded %d times, want once per distinct sentence (2)", calls)
	}
	s := rep.Sets[0]
	want := map[string][2]int{"agree": {3, 5}, "coders": {1, 2}, "exact": {1, 5}, "coders-exact": {0, 2}, "events": {2, 5}, "nothing": {1, 5}}
	for _, f := range s.Figures {
		if w := want[f.Key]; f.Num != w[0] || f.Den != w[1] {
			t.Errorf("%s: %d/%d, want %d/%d", f.Key, f.Num, f.Den, w[0], w[1])
		}
	}
	r := byID(s.Results)
	for id, st := range map[string]Status{"r01-no1": Pass, "r01-no2": Pass, "r02-no1": Pass, "r02-no3": Skip} {
		if r[id].Status != st {
			t.Errorf("%s: %s (%s)", id, r[id].Status, r[id].Note)
		}
	}
	if !strings.Contains(r["r01-no1"].Note, "01 19 agrees with 1 of 2") {
		t.Errorf("note %q", r["r01-no1"].Note)
	}
}

func TestAgree(t *testing.T) {
	tests := []struct {
		a, b []string
		want bool
	}{
		{nil, nil, true},
		{nil, []string{"01"}, false},
		{[]string{"01", "18"}, []string{"18"}, true},
		{[]string{"19"}, []string{"18"}, false},
	}
	for _, tt := range tests {
		if agree(tt.a, tt.b) != tt.want || agree(tt.b, tt.a) != tt.want {
			t.Errorf("agree(%v, %v) != %v", tt.a, tt.b, tt.want)
		}
	}
}
