package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/readout/readout/document"
	"github.com/readout/readout/lexicon"
)

func readXML(t *testing.T, path string) *PetrFile {
	t.Helper()
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	f, err := ReadPetrarchXML(fh, path)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestReadPetrarchXML(t *testing.T) {
	f := readXML(t, "testdata/petr/text/unit.xml")
	if len(f.Records) != 10 {
		t.Fatalf("%d records, want 10", len(f.Records))
	}
	if got := f.Env["Include"]; got != "valid DEMO COMPOUND ERROR" {
		t.Errorf("Include %q", got)
	}
	recs := map[string]PetrRecord{}
	for _, r := range f.Records {
		recs[r.ID] = r
	}
	tests := []struct {
		id, expect, errWant, dyad string
		noEvents                  bool
	}{
		{id: "DEMO-01", expect: "ARN GON 064"},
		{id: "DEMO-02", expect: "ARN GON 032; GON ARN 033"},
		{id: "COMPOUND-01", expect: "---GOV --- 023", dyad: "false"},
		{id: "DEMO-04", noEvents: true, dyad: "true"},
		{id: "DEMO-05", dyad: "true"},
		{id: "ERROR-01", errWant: "dateline", dyad: "true"},
	}
	for _, tt := range tests {
		r := recs[tt.id]
		var got []string
		for _, c := range r.Expect {
			got = append(got, c.String())
		}
		if strings.Join(got, "; ") != tt.expect || r.NoEvents != tt.noEvents || r.Error != tt.errWant {
			t.Errorf("%s: codings %q noevents %v error %q", tt.id, got, r.NoEvents, r.Error)
		}
		if r.Config["require_dyad"] != tt.dyad || r.Config["stop_on_error"] != "True" {
			t.Errorf("%s: config %v", tt.id, r.Config)
		}
	}
	if r := recs["DEMO-02"]; r.Line != 22 || r.Text != "Arnor praised Gondor, which promised aid." {
		t.Errorf("DEMO-02 at line %d, text %q", r.Line, r.Text)
	}
}

func TestReadPetrarchJSONLMatchesXML(t *testing.T) {
	x := readXML(t, "testdata/petr/text/unit.xml")
	fh, err := os.Open("testdata/petr/text/unit.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	j, err := ReadPetrarchJSONL(fh, "unit.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(j.Records) != len(x.Records) {
		t.Fatalf("%d JSONL records, %d XML", len(j.Records), len(x.Records))
	}
	for i, a := range j.Records {
		b := x.Records[i]
		if a.ID != b.ID || a.Category != b.Category || a.Text != b.Text || !slices.Equal(a.Expect, b.Expect) ||
			a.NoEvents != b.NoEvents || a.Error != b.Error || a.Attrs["sentence"] != b.Attrs["sentence"] {
			t.Errorf("record %d differs:\n jsonl %+v\n xml   %+v", i, a, b)
		}
		if a.Line != i+1 {
			t.Errorf("%s on line %d", a.ID, a.Line)
		}
	}
}

func TestPetrarchReadErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{`{"id": "A", "text": "x", "events": []}` + "\n" + `{"id": "B", "text": `, "bad.jsonl:2: unexpected end"},
		{`{"id": "A", "text": "x"}`, "bad.jsonl:1: not a PETRARCH record"},
		{"\n\n", "bad.jsonl: no records"},
	}
	for _, tt := range tests {
		_, err := ReadPetrarchJSONL(strings.NewReader(tt.in), "bad.jsonl")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: error %v, want %q", tt.in, err, tt.want)
		}
	}
	if _, err := ReadPetrarchXML(strings.NewReader("<Validation></Validation>"), "empty.xml"); err == nil || !strings.Contains(err.Error(), "no <Sentence>") {
		t.Errorf("empty XML: %v", err)
	}
	if _, err := ReadPetrarchXML(strings.NewReader("<Sentences>\n<Sentence id=\"a\">\n<Text>x</Bad"), "bad.xml"); err == nil || !strings.Contains(err.Error(), "bad.xml:3") {
		t.Errorf("malformed XML: %v", err)
	}
}

func TestSelection(t *testing.T) {
	rec := func(cat string, attrs ...string) *PetrRecord {
		r := &PetrRecord{Category: cat, Attrs: map[string]string{}}
		for i := 0; i+1 < len(attrs); i += 2 {
			r.Attrs[attrs[i]] = attrs[i+1]
		}
		return r
	}
	tests := []struct {
		env  map[string]string
		rec  *PetrRecord
		skip string
	}{
		{map[string]string{"Include": "valid DEMO"}, rec("DEMO", "sentence", "true"), ""},
		{map[string]string{"Include": "valid DEMO"}, rec("DEMO", "sentence", "false"), `flagged sentence="false"`},
		{map[string]string{"Include": "valid DEMO"}, rec("DEMO", "evaluate", "TRUE"), ""},
		{map[string]string{"Include": "valid DEMO"}, rec("DEMO"), "not flagged"},
		{map[string]string{"Include": "valid DEMO"}, rec("DEMOx", "valid", "true"), `category "DEMOx" is not in <Include>`},
		{map[string]string{"Include": "DEMO"}, rec("DEMO"), ""},
		{map[string]string{"Include": "DEMO"}, rec("DEMO", "sentence", "false"), "flagged"},
		{map[string]string{}, rec("ANY"), ""},
		{map[string]string{"Exclude": "ANY"}, rec("ANY"), "is in <Exclude>"},
	}
	for i, tt := range tests {
		got := newSelection(tt.env).skip(tt.rec)
		if (tt.skip == "") != (got == "") || !strings.Contains(got, tt.skip) {
			t.Errorf("%d: skip %q, want %q", i, got, tt.skip)
		}
	}
}

func TestResolveDicts(t *testing.T) {
	f := readXML(t, "testdata/petr/text/unit.xml")
	file := "testdata/petr/text/unit.xml"
	got, err := resolveDicts(f.Env, file, nil, lexicon.PetrarchFiles{})
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join("testdata", "petr", "text", "..", "dictionaries")
	if !slices.Equal(got.Verbs, []string{filepath.Join(dir, "test.verbs.txt")}) || len(got.Actors) != 1 || len(got.Agents) != 1 || len(got.Discards) != 1 {
		t.Errorf("resolved %+v", got)
	}
	flags := lexicon.PetrarchFiles{Verbs: []string{"mine.txt"}}
	got, err = resolveDicts(f.Env, file, nil, flags)
	if err != nil || !slices.Equal(got.Verbs, []string{"mine.txt"}) || len(got.Actors) != 1 {
		t.Errorf("flags do not replace the verbs: %+v, %v", got, err)
	}
	_, err = resolveDicts(map[string]string{"Verbfile": "none.txt"}, file, []string{"elsewhere"}, lexicon.PetrarchFiles{})
	if err == nil || !strings.Contains(err.Error(), "<Verbfile> names none.txt, not found in") || !strings.Contains(err.Error(), "elsewhere") {
		t.Errorf("missing dictionary: %v", err)
	}
}

func TestDictSearchFindsSiblingDataSets(t *testing.T) {
	f := readXML(t, "testdata/petr2/text/gsr.xml")
	got, err := resolveDicts(f.Env, "testdata/petr2/text/gsr.xml", nil, lexicon.PetrarchFiles{})
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Verbs) != 1 || !strings.HasSuffix(got.Verbs[0], filepath.Join("petr", "dictionaries", "test.verbs.txt")) {
		t.Errorf("verbs %v", got.Verbs)
	}
}

// unitScript codes the records of testdata/petr/text/unit.xml.
var unitScript = script{
	{words: "restore full diplomatic ties", events: []document.Event{ev("ARN", "GON", "064", "CONSULT")}},
	{words: "praised Gondor", events: []document.Event{ev("ARN", "GON", "032", "AGREE"), ev("ARN", "GON", "051", "SUPPORT")}},
	{words: "appealed for calm", events: []document.Event{ev("---GOV", "", "023", "REQUEST"), ev("---GOV", "", "023", "REQUEST")}},
	{words: "panic"},
	{words: "mayor filed", events: []document.Event{ev("PHLGOV", "", "115", "ACCUSE")}},
}

func TestScorePetrarch(t *testing.T) {
	dyad := map[string]string{}
	newCoder := func(s Setup) (Coder, error) {
		if len(s.Petrarch.Verbs) != 1 {
			t.Errorf("setup without the file's verbs: %+v", s)
		}
		code := unitScript.coder()
		return func(d *document.Document) error {
			dyad[d.ID] = s.Config["require_dyad"]
			return code(d)
		}, nil
	}
	for _, file := range []string{"testdata/petr/text/unit.xml", "testdata/petr/text/unit.jsonl"} {
		rep, err := Run([]string{file}, Options{CoderFor: newCoder})
		if err != nil {
			t.Fatal(err)
		}
		s := rep.Sets[0]
		want := map[string]Status{"DEMO-01": Pass, "DEMO-02": Fail, "DEMO-03": Skip, "COMPOUND-01": Pass, "COMPOUND-02": Skip,
			"DEMO-04": Pass, "DEMO-05": Pass, "DEMO-06": Crash, "ERROR-01": Fail, "ERROR-02": Skip}
		for id, r := range byID(s.Results) {
			if r.Status != want[id] {
				t.Errorf("%s %s: %s (%s), want %s", file, id, r.Status, r.Note, want[id])
			}
		}
		if r := byID(s.Results)["DEMO-06"]; !strings.Contains(r.Note, "assignment to entry in nil map") {
			t.Errorf("crash note %q", r.Note)
		}
		figs := map[string]string{}
		for _, f := range s.Figures {
			figs[f.Key] = fmt.Sprintf("%d/%d", f.Num, f.Den)
		}
		if figs["exact"] != "4/7" || figs["type"] != "4/7" || figs["crashes"] != "1/7" {
			t.Errorf("%s figures %v", file, figs)
		}
		if *s.Events != (EventCounts{TP: 3, FP: 2, FN: 2}) {
			t.Errorf("%s events %+v", file, *s.Events)
		}
		if dyad["COMPOUND-01"] != "false" || dyad["DEMO-04"] != "true" {
			t.Errorf("%s: require_dyad seen by the coder %v", file, dyad)
		}
		if !slices.ContainsFunc(s.Notes, func(n string) bool { return strings.Contains(n, "10 records: 8 active, 7 scored") }) {
			t.Errorf("%s notes %q", file, s.Notes)
		}
	}
}

func TestPetrarchJSONLWithoutTwin(t *testing.T) {
	var setups []Setup
	rep, err := Run([]string{"testdata/petr/alone.jsonl"}, Options{CoderFor: func(s Setup) (Coder, error) {
		setups = append(setups, s)
		return unitScript.coder(), nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	if len(setups) != 1 || len(setups[0].Petrarch.Verbs) != 0 {
		t.Errorf("setups %+v, want readout's dictionaries", setups)
	}
	if p, f, _, _ := rep.Sets[0].Count(); p != 1 || f != 1 {
		t.Errorf("%d passed, %d failed", p, f)
	}
}
