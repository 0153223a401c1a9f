package lexicon

import (
	"slices"
	"strings"
	"testing"
)

var placeFiles = map[string]string{
	"actors/XXA.dict": `
country XXA Xanadu
  adjective Xanadian
  capital Xan
  seat Xan Palace
  place Upper Reach / Upper Reacher
  place Dunmore
  shared-place Border Vale
  place Bravoland # WARN place "bravoland" is also a name of Bravoland
  place Dunmore # WARN place "dunmore" written twice for XXA
  place Twin Falls
`,
	"actors/XXB.dict": `
country XXB Bravoland
  capital Bravo City
  shared-place Border Vale
  place Twin Falls # WARN place "twin falls" is also a place of XXA
  place Xan # WARN place "xan" is also a name of Xanadu
`,
}

func TestPlaceValues(t *testing.T) {
	var r Report
	var e entrySet
	parseDict("actors/XXA.dict", placeFiles["actors/XXA.dict"], &e, &r)
	if len(r.Errors) > 0 {
		t.Fatal(r.Errors)
	}
	ps := e.actors[0].Nation.Places
	if len(ps) != 6 {
		t.Fatalf("places = %+v", ps)
	}
	if ps[0].Name != "Upper Reach" || !slices.Equal(ps[0].Adjectives, []string{"Upper Reacher"}) || ps[0].Shared {
		t.Errorf("place 0 = %+v", ps[0])
	}
	if ps[2].Name != "Border Vale" || !ps[2].Shared || ps[2].Pos.Line != 8 || ps[2].Pos.Col != 16 {
		t.Errorf("place 2 = %+v", ps[2])
	}
	var p2 entrySet
	parseDict("p.dict", "country XXP P\n  place A / B / C D\n", &p2, &r)
	if got := p2.actors[0].Nation.Places[0]; got.Name != "A" || !slices.Equal(got.Adjectives, []string{"B", "C D"}) {
		t.Errorf("two adjectives: %+v", got)
	}
}

func TestPlaceCheck(t *testing.T) {
	l, loadErrs := loadFiles(t, placeFiles)
	r := l.Check()
	errs := append(append(ErrorList{}, loadErrs...), r.Errors...)
	warns := append(append(ErrorList{}, l.Warnings...), r.Warnings...)
	for name, src := range placeFiles {
		checkExpected(t, "t/"+name, src, errs, warns)
	}
}

// A place names its country, as a place: the match says ByPlace and the
// place's name, and resolves to the country's own code (never GOV).
func TestPlaceMatch(t *testing.T) {
	l, _ := loadFiles(t, placeFiles)
	day := MakeDay(2024, 5, 1)
	cases := []struct {
		text, place, code string
	}{
		{"in Upper Reach today", "Upper Reach", "XXA"},
		{"the upper reacher police", "Upper Reach", "XXA"},
	}
	for _, c := range cases {
		toks := splitName(c.text)
		found := false
		for i := range toks {
			m, ok := l.MatchActor(toks, i)
			if !ok {
				continue
			}
			found = true
			ref := m.Refs[0]
			if len(m.Refs) != 1 || ref.Kind != ByPlace || ref.Code != c.place {
				t.Errorf("%q: refs %+v", c.text, m.Refs)
				break
			}
			res := l.Resolve(ref, day)
			if res.Code != c.code || res.Country != c.code || res.Actor.Code != c.code {
				t.Errorf("%q: resolved to %+v", c.text, res)
			}
			break
		}
		if !found {
			t.Errorf("%q: no place found", c.text)
		}
	}
	m, ok := l.MatchActor([]string{"Border", "Vale"}, 0)
	if !ok || len(m.Refs) != 2 || m.Refs[0].Kind != ByPlace || m.Refs[1].Kind != ByPlace {
		t.Errorf("shared place: %+v", m)
	}
	if ByPlace.String() != "place" {
		t.Errorf("ByPlace.String() = %q", ByPlace)
	}
}

func TestPlaceErrorColumns(t *testing.T) {
	for src, want := range map[string]string{
		"country XXA X\n  place / Xish\n":       "p.dict:2:9: place wants a name",
		"country XXA X\n  place Up / / Upish\n": "p.dict:2:14: empty adjective before",
		"country XXA X\n  place Up /\n":         "p.dict:2:12: empty adjective after",
	} {
		var r Report
		var e entrySet
		parseDict("p.dict", src, &e, &r)
		if len(r.Errors) != 1 || !strings.HasPrefix(r.Errors[0].Error(), want) {
			t.Errorf("%q: got %v, want %q", src, r.Errors, want)
		}
		if len(e.actors) != 1 || len(e.actors[0].Nation.Places) != 0 {
			t.Errorf("%q: a bad place line was kept", src)
		}
	}
}
