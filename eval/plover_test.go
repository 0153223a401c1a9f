package eval

import (
	"os"
	"strings"
	"testing"

	"github.com/readout/readout/document"
)

func readPlover(t *testing.T, path string, read func(*os.File, string) ([]PloverGoldRecord, error)) []PloverGoldRecord {
	t.Helper()
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	recs, err := read(fh, path)
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

func TestReadPlover(t *testing.T) {
	recs := readPlover(t, "testdata/plover.jsonl", func(f *os.File, n string) ([]PloverGoldRecord, error) { return ReadPloverJSONL(f, n) })
	if len(recs) != 5 {
		t.Fatalf("%d records", len(recs))
	}
	shape := func(as []GoldActor) string {
		var out []string
		for _, a := range as {
			out = append(out, a.Code+"/"+a.Sector)
		}
		return strings.Join(out, "+")
	}
	want := []string{"HUN/GOV+ROU/GOV -> ", "IRQ/ -> IGO/", "SYR/ -> ", "UGA/REB -> ", " -> IRQ/CVL"}
	for i, r := range recs {
		if got := shape(r.Source) + " -> " + shape(r.Target); got != want[i] {
			t.Errorf("%s: %q, want %q", r.ID, got, want[i])
		}
		if r.Line != i+1 {
			t.Errorf("%s on line %d", r.ID, r.Line)
		}
	}
	arr := readPlover(t, "testdata/plover.json", func(f *os.File, n string) ([]PloverGoldRecord, error) { return ReadPloverJSON(f, n) })
	if len(arr) != 1 || arr[0].ID != "P-REJECT-1" {
		t.Errorf("JSON array: %+v (the DOCUMENT record is not an event)", arr)
	}
}

func TestPloverReadErrors(t *testing.T) {
	tests := []struct {
		in, want string
		array    bool
	}{
		{in: `{"id": "x", "event": "AGREE", "text": "t", "source": 3}`, want: "p:1: actors must be"},
		{in: `{"id": "x", "text": "t"}`, want: "p:1: not a PLOVER record"},
		{in: "[\n{\"id\": 1}\n]", want: "p:2:", array: true},
		{in: `[{"id": "x", "event": "AGREE"}]`, want: `record 1 ("x")`, array: true},
	}
	for _, tt := range tests {
		var err error
		if tt.array {
			_, err = ReadPloverJSON(strings.NewReader(tt.in), "p")
		} else {
			_, err = ReadPloverJSONL(strings.NewReader(tt.in), "p")
		}
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: %v, want %q", tt.in, err, tt.want)
		}
	}
}

func TestMatchPlover(t *testing.T) {
	actors := func(spec string) []GoldActor {
		var out []GoldActor
		for _, f := range strings.Fields(spec) {
			code, sector, _ := strings.Cut(f, "/")
			out = append(out, GoldActor{Code: code, Sector: sector})
		}
		return out
	}
	tests := []struct {
		name, src, tgt, event string
		e                     document.Event
		typ, actors, sectors  bool
	}{
		{"all right", "USA/GOV", "IRQ", "DEMAND", ev("USAGOV", "IRQ", "1041", "REQUEST"), true, true, true},
		{"wrong sector", "USA/GOV", "IRQ", "DEMAND", ev("USAMIL", "IRQ", "1041", "REQUEST"), true, true, false},
		{"ethnic suffix dropped", "BIH/MILsrp", "", "RETREAT", ev("BIHMIL", "", "0874", "RETREAT"), true, true, true},
		{"unknown sector", "IRQ/***", "", "RETREAT", ev("IRQ", "", "0874", "RETREAT"), true, true, true},
		{"wrong target", "USA", "IRQ", "DEMAND", ev("USA", "IRN", "1041", "REQUEST"), true, false, false},
		{"target where gold has none", "SYR", "", "REJECT", ev("SYR", "ISR", "120", "REJECT"), true, false, false},
		{"joint actors", "HUN/GOV ROU/GOV", "", "AGREE", ev("HUNGOV", "ROUGOV", "030", "AGREE"), true, true, true},
		{"joint actors, no target", "HUN ROU", "", "AGREE", ev("ROU", "", "030", "AGREE"), true, true, true},
		{"joint actors, stranger", "HUN ROU", "", "AGREE", ev("HUN", "POL", "030", "AGREE"), true, false, false},
		{"IGO", "IGO", "LBN", "AGREE", ev("IGOUNO", "LBNGOV", "030", "AGREE"), true, true, true},
		{"wrong type", "USA", "IRQ", "DEMAND", ev("USA", "IRQ", "112", "ACCUSE"), false, false, false},
		{"older name", "ISR/JUD", "", "INVESTIGATE", ev("ISRJUD", "", "090", "ACCUSE"), true, true, true},
		{"unknown source", "", "IRQ/CVL", "ASSAULT", ev("---", "IRQCVL", "180", "ASSAULT"), true, true, true},
	}
	for _, tt := range tests {
		g := &PloverGoldRecord{Event: tt.event, Source: actors(tt.src), Target: actors(tt.tgt)}
		m := matchPlover(g, &tt.e)
		if m != (ploverMatch{tt.typ, tt.actors, tt.sectors}) {
			t.Errorf("%s: %+v", tt.name, m)
		}
	}
}

func TestScorePlover(t *testing.T) {
	code := script{
		{words: "Hungarian and Romanian", events: []document.Event{ev("HUNGOV", "ROUGOV", "030", "AGREE"), ev("ROUGOV", "HUNGOV", "030", "AGREE")}},
		{words: "Iraq demanded", events: []document.Event{ev("IRQ", "IGOUNO", "1041", "REQUEST")}},
		{words: "Syria rejected", events: []document.Event{ev("SYR", "ISR", "120", "REJECT")}},
		{words: "Ugandan rebels", events: []document.Event{ev("UGAREB", "UGAMIL", "190", "ASSAULT")}},
		{words: "Iraqi civilians", events: []document.Event{ev("", "IRQCVL", "180", "ASSAULT")}},
		{words: "Iraqi civilians", events: []document.Event{ev("", "IRQ", "180", "ASSAULT")}},
	}.coder()
	rep, err := Run([]string{"testdata/plover.jsonl"}, Options{CoderFor: always(code)})
	if err != nil {
		t.Fatal(err)
	}
	s := rep.Sets[0]
	got := map[string]int{}
	for _, f := range s.Figures {
		got[f.Key] = f.Num
		if f.Den != 5 {
			t.Errorf("%s over %d records", f.Key, f.Den)
		}
	}
	if got["type"] != 5 || got["full"] != 3 || got["sector"] != 3 {
		t.Errorf("figures %v, want type 5, full 3, sector 3", got)
	}
	r := byID(s.Results)
	if r["P-REJECT-1"].Status != Fail || !strings.Contains(r["P-REJECT-1"].Note, "type right, actors wrong") {
		t.Errorf("REJECT: %+v", r["P-REJECT-1"])
	}
	if r["P-DEMAND-1"].Category != "DEMAND=REQUEST" {
		t.Errorf("category %q", r["P-DEMAND-1"].Category)
	}
}
