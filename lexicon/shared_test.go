package lexicon

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/readout/readout/internal/shared"
)

// phoenix returns the Phoenix dictionaries PETRARCH2 codes news with.
func phoenix(t testing.TB) PetrarchFiles {
	p2 := shared.Path(t, "petrarch2/dictionaries")
	up := shared.Path(t, "universalpetrarch/dictionaries")
	in := func(dir string, names ...string) []string {
		var out []string
		for _, n := range names {
			out = append(out, filepath.Join(dir, n))
		}
		return out
	}
	return PetrarchFiles{
		Verbs:        in(p2, "CAMEO.2.0.txt"),
		Actors:       in(p2, "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"),
		Agents:       in(p2, "Phoenix.agents.txt"),
		Discards:     in(p2, "Phoenix.discards.txt"),
		Issues:       in(p2, "Phoenix.IssueCoding.txt"),
		PICO:         in(up, "PETR.Internal.Coding.Ontology.txt"),
		Prepositions: in(p2, "Phoenix.prepositions.txt"),
	}
}

func TestPhoenixLoads(t *testing.T) {
	l, err := Load(WithoutDefaults(), WithPetrarch(phoenix(t)))
	if err != nil {
		t.Fatalf("Phoenix dictionaries: %v", err)
	}
	s := l.Stats()
	t.Logf("Phoenix: %d actors (%d persons, %d roles), %d names, %d agents, %d patterns on %d anchor words, %d discards, %d issues, %d transformations, %d PICO codes, %d warnings",
		s.Actors, s.Persons, s.Roles, s.Names, s.Agents, s.Patterns, s.Anchors, s.Discards, s.Issues, s.Transforms, len(l.PICO), len(l.Warnings))
	if s.Actors < 20000 || s.Agents < 4000 || s.Patterns < 6000 || s.Discards < 400 || s.Issues < 3000 || s.Transforms != 8 || len(l.PICO) < 250 {
		t.Errorf("too little read: %+v", s)
	}
	// Putin: president, then prime minister, then president again.
	m, ok := l.MatchActor(strings.Fields("Russian President Vladimir Putin"), 2)
	if !ok {
		t.Fatal("Vladimir Putin not found")
	}
	for _, tt := range []struct {
		day  Day
		want string
	}{{MakeDay(2004, 1, 1), "RUSGOV"}, {MakeDay(2009, 1, 1), "RUSGOV"}, {MakeDay(1990, 1, 1), "RUSELI"}} {
		if res, _ := l.ResolveMatch(m, tt.day); res.Code != tt.want {
			t.Errorf("Putin on %v = %s, want %s", tt.day, res.Code, tt.want)
		}
	}
	ps := l.PatternsFor("visit")
	found := false
	for _, p := range ps {
		if strings.HasPrefix(p.Describe(), "<") && p.Block != "" && p.Code == "042" && p.Passive == "043" {
			found = true
		}
	}
	if !found {
		t.Error("no [042:043] pattern anchored on visit")
	}
	if _, ok := l.MatchAgent(strings.Fields("foreign ministers"), 0); !ok {
		t.Error("agent foreign ministers not found")
	}
	if d, _ := l.Discarded(strings.Fields("at the Asian Games in Doha")); d == nil {
		t.Error("Asian Games not discarded")
	}
	if l.PICO["041"] != 0xB001 {
		t.Errorf("PICO 041 = %#x", l.PICO["041"])
	}
	if got := l.Check(); len(got.Errors) > 0 {
		t.Errorf("Check reports errors in PETRARCH files (they should be warnings):\n%v", got.Errors)
	}
}

func TestValidateDictionariesLoad(t *testing.T) {
	p2 := shared.Path(t, "petrarch2/dictionaries")
	up := shared.Path(t, "universalpetrarch/dictionaries")
	sets := map[string]PetrarchFiles{
		"petrarch2": {
			Verbs:    []string{filepath.Join(p2, "PETR.Validate.verbs.txt")},
			Actors:   []string{filepath.Join(p2, "PETR.Validate.actors.txt")},
			Agents:   []string{filepath.Join(p2, "PETR.Validate.agents.txt")},
			Discards: []string{filepath.Join(p2, "PETR.Validate.discards.txt")},
		},
		"universalpetrarch": {
			Verbs:  []string{filepath.Join(up, "PETR.Validate.verbs.2.0.txt")},
			Actors: []string{filepath.Join(up, "PETR.Validate.actors.txt")},
			PICO:   []string{filepath.Join(up, "PETR.Internal.Coding.Ontology.txt")},
		},
	}
	for name, files := range sets {
		t.Run(name, func(t *testing.T) {
			l, err := Load(WithoutDefaults(), WithPetrarch(files))
			if err != nil {
				t.Fatalf("%v", err)
			}
			if len(l.Patterns) < 100 || len(l.Actors) < 100 {
				t.Errorf("%d patterns, %d actors", len(l.Patterns), len(l.Actors))
			}
			m, ok := l.MatchActor(strings.Fields("Sam Gamgee"), 0)
			if !ok {
				t.Fatal("SAM_GAMGEE not found")
			}
			if res, _ := l.ResolveMatch(m, MakeDay(2010, 1, 10)); res.Code != "ORCHOB" {
				t.Errorf("Sam Gamgee on 2010-01-10 = %s, want ORCHOB", res.Code)
			}
			if len(l.PatternsFor("abandon")) == 0 {
				t.Error("no patterns for abandon")
			}
		})
	}
}
