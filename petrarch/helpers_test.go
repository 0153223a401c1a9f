package petrarch

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/readout/readout/document"
	"github.com/readout/readout/format/conllu"
	"github.com/readout/readout/lexicon"
)

// fixture is one case of a testdata/*.conllu file: a parsed sentence with
// "# date", "# config" (option=value ...) and one "# want" comment per
// event expected ("SOURCE TARGET CODE"; "none" for no event).
type fixture struct {
	name string
	cfg  map[string]string
	want []string
	doc  *document.Document
}

// readFixtures reads the cases of a CoNLL-U file.
func readFixtures(t testing.TB, path string) []fixture {
	t.Helper()
	sents, err := conllu.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []fixture
	for _, s := range sents {
		fx := fixture{cfg: map[string]string{}}
		fx.name, _ = s.Meta("sent_id")
		for _, kv := range strings.Fields(meta(s, "config")) {
			k, v, _ := strings.Cut(kv, "=")
			fx.cfg[k] = v
		}
		for _, c := range s.Comments {
			if w, ok := strings.CutPrefix(c, "want = "); ok && w != "none" {
				fx.want = append(fx.want, w)
			}
		}
		slices.Sort(fx.want)
		fx.doc = conllu.ToDocument(fx.name, []*conllu.Sentence{s})
		fx.doc.Published = meta(s, "date")
		out = append(out, fx)
	}
	return out
}

func meta(s *conllu.Sentence, key string) string {
	v, _ := s.Meta(key)
	return v
}

// loadDicts loads the test dictionaries of testdata: the verbs of file
// verbs, the shared actors, agents and discards, and the ontology when
// pico is set.
func loadDicts(t testing.TB, verbs string, pico bool) *lexicon.Lexicon {
	t.Helper()
	dir := "testdata"
	files := lexicon.PetrarchFiles{
		Verbs:    []string{filepath.Join(dir, verbs)},
		Actors:   []string{filepath.Join(dir, "actors.txt")},
		Agents:   []string{filepath.Join(dir, "agents.txt")},
		Discards: []string{filepath.Join(dir, "discards.txt")},
	}
	if pico {
		files.PICO = []string{filepath.Join(dir, "pico.txt")}
	}
	lex, err := lexicon.Load(lexicon.WithPetrarch(files))
	if err != nil {
		t.Fatalf("loading the test dictionaries: %v", err)
	}
	return lex
}

// newCoder returns a Coder over lex with the options of a fixture.
func newCoder(t testing.TB, lex *lexicon.Lexicon, opts map[string]string) *Coder {
	t.Helper()
	cfg, err := ParseConfig(opts)
	if err != nil {
		t.Fatal(err)
	}
	c, err := New(lex, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// eventList returns a document's events as sorted "SOURCE TARGET CODE"
// lines, "---" standing for a missing actor.
func eventList(d *document.Document) []string {
	var out []string
	for _, e := range d.Events {
		out = append(out, orNull(e.Source)+" "+orNull(e.Target)+" "+e.Code)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func orNull(s string) string {
	if s == "" {
		return "---"
	}
	return s
}

// runFixtures codes every case of a fixture file with lex and compares
// the events.
func runFixtures(t *testing.T, lex *lexicon.Lexicon, file string) {
	for _, fx := range readFixtures(t, file) {
		t.Run(fx.name, func(t *testing.T) {
			if err := newCoder(t, lex, fx.cfg).Annotate(fx.doc); err != nil {
				t.Fatal(err)
			}
			if got := eventList(fx.doc); !slices.Equal(got, fx.want) {
				t.Errorf("%s\n got  %q\n want %q", fx.doc.Text, got, fx.want)
			}
		})
	}
}
