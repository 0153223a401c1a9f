package actor

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/readout/readout/document"
	"github.com/readout/readout/lexicon"
)

// A place a country record lists is a location entity with the country's
// code, and gives its country to agents near it; it is never the
// government.
func TestPlaces(t *testing.T) {
	c := testCoder(t)
	tests := []struct {
		name, text, date string
		want             []want
		types            map[string]string // entity name -> type
	}{
		{"agent in a place", "Police in Basra arrested 20 protesters.", "2024-03-01",
			[]want{{"Basra", "IRQ", []string{"Basra"}}, {"Police in Basra", "IRQCOP", nil}},
			map[string]string{"Basra": document.Location}},
		{"place before an agent", "A Texas court sentenced him.", "2024-03-01",
			[]want{{"Texas court", "USAJUD", nil}}, nil},
		{"place adjective", "Bavarian police raided the offices.", "2024-03-01",
			[]want{{"Bavarian police", "DEUCOP", nil}}, nil},
		{"a place speaking is no government", "Shanghai said it would lift the lockdown.", "2024-03-01",
			[]want{{"Shanghai", "CHN", []string{"Shanghai"}}},
			map[string]string{"Shanghai": document.Location}},
		{"a capital still stands for its country", "Moscow said Kharkiv was shelled.", "2024-03-01",
			[]want{{"Russia", "RUS", []string{"Moscow"}}, {"Kharkiv", "UKR", []string{"Kharkiv"}}},
			map[string]string{"Russia": document.Country, "Kharkiv": document.Location}},
		{"a place that is the surname of a person named before", "Former Chilean president Ricardo Lagos visited Lima. Lagos said the talks went well.", "2010-03-01",
			[]want{{"Ricardo Lagos", "CHL", []string{"Lagos"}}}, nil},
		{"a place does not join a list of countries", "After the meeting in Ufa, Pakistan and India decided to resume talks.", "2015-07-10",
			[]want{{"Ufa", "RUS", []string{"Ufa"}}}, map[string]string{"Ufa": document.Location}},
		{"a short place in capitals is an acronym", "The GAO said the Pentagon had overspent. Militants attacked Gao on Sunday.", "2024-03-01",
			[]want{{"Gao", "MLI", []string{"Gao"}}}, nil},
		{"title with a place", "The mayor of Istanbul criticised the plan.", "2024-03-01",
			[]want{{"Ekrem İmamoğlu", "TUROPP", nil}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := codeText(t, c, tt.text, tt.date)
			for _, w := range tt.want {
				e := findEntity(d, w.name)
				if e == nil {
					t.Fatalf("no entity %q in %+v", w.name, d.Entities)
				}
				if e.Actor != w.actor {
					t.Errorf("%s: actor %q, want %q", w.name, e.Actor, w.actor)
				}
				for _, m := range w.mentions {
					if !hasMention(e, m) {
						t.Errorf("%s: no mention %q in %+v", w.name, m, e.Mentions)
					}
				}
			}
			for name, typ := range tt.types {
				if e := findEntity(d, name); e == nil || e.Type != typ {
					t.Errorf("%s: entity %+v, want type %s", name, e, typ)
				}
			}
			for _, e := range d.Entities {
				if e.Type == document.Location && len(e.Actor) != 3 {
					t.Errorf("location %q coded %q: a place gives its country only", e.Name, e.Actor)
				}
				if e.Type == document.Location && hasMentionWith(&e, "GAO") {
					t.Errorf("acronym taken as a place: %+v", e)
				}
				if len(e.Members) > 0 && e.Actor == "" && hasMentionWith(&e, "Ufa") {
					t.Errorf("group %q holds a place", e.Name)
				}
			}
		})
	}
}

// A place two countries have goes to the one the article has named; a
// place's adjective before a noun that is no actor names nothing.
func TestSharedPlace(t *testing.T) {
	fsys := fstest.MapFS{
		"actors/XXA.dict": {Data: []byte("country XXA Xanadu\n  adjective Xanadian\n  shared-place Border Vale\n  place Upper Reach / Upper Reacher\n")},
		"actors/XXB.dict": {Data: []byte("country XXB Bravoland\n  adjective Bravolandian\n  shared-place Border Vale\n")},
		"agents.dict":     {Data: []byte("agent COP police\n")},
	}
	l, err := lexicon.Load(lexicon.WithoutDefaults(), lexicon.FS(fsys, "t"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := New(l)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ text, want string }{
		{"Bravoland closed its border. Police in Border Vale arrested a man.", "XXB"},
		{"Xanadu closed its border. Police in Border Vale arrested a man.", "XXA"},
	} {
		d := codeText(t, c, tt.text, "2024-01-01")
		if e := findEntity(d, "Border Vale"); e == nil || e.Actor != tt.want || e.Type != document.Location {
			t.Errorf("%q: Border Vale = %+v, want %s", tt.text, e, tt.want)
		}
	}
	d := codeText(t, c, "Upper Reacher towns were flooded. Upper Reacher police arrested him.", "2024-01-01")
	for _, e := range d.Entities {
		if e.Type == document.Location {
			t.Errorf("adjective use made a location: %+v", e)
		}
	}
	if e := findEntity(d, "Upper Reacher police"); e == nil || e.Actor != "XXACOP" {
		t.Errorf("Upper Reacher police = %+v", e)
	}
}

func hasMentionWith(e *document.Entity, text string) bool {
	for _, m := range e.Mentions {
		if strings.Contains(m.Text, text) {
			return true
		}
	}
	return false
}
