package petrarch_test

import (
	"path/filepath"
	"testing"

	"github.com/readout/readout/bench/corpus"
	"github.com/readout/readout/internal/shared"
	"github.com/readout/readout/lexicon"
	"github.com/readout/readout/petrarch"
)

// phoenix loads the dictionaries PETRARCH2 codes news with: CAMEO.2.0
// verbs, the Phoenix actors, agents and discards, and the coding
// ontology, from the shared data.
func phoenix(tb testing.TB) *lexicon.Lexicon {
	tb.Helper()
	data := shared.Path(tb)
	dir := filepath.Join(data, "petrarch2", "dictionaries")
	in := func(names ...string) []string {
		for i, n := range names {
			names[i] = filepath.Join(dir, n)
		}
		return names
	}
	lex, err := lexicon.Load(lexicon.WithPetrarch(lexicon.PetrarchFiles{
		Verbs:    in("CAMEO.2.0.txt"),
		Actors:   in("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"),
		Agents:   in("Phoenix.agents.txt"),
		Discards: in("Phoenix.discards.txt"),
		PICO:     []string{filepath.Join(data, "universalpetrarch", "dictionaries", "PETR.Internal.Coding.Ontology.txt")},
	}))
	if err != nil {
		tb.Fatal(err)
	}
	return lex
}

// BenchmarkAnnotate codes the shared benchmark articles (parsed once,
// outside the timing) with the Phoenix dictionaries: sentences/s.
func BenchmarkAnnotate(b *testing.B) {
	c, err := petrarch.New(phoenix(b), petrarch.DefaultConfig())
	if err != nil {
		b.Fatal(err)
	}
	for _, set := range corpus.Sets {
		b.Run(set.String(), func(b *testing.B) {
			docs := corpus.Upto(b, corpus.Coder(b), corpus.Articles(b, set.File, set.N), "actor")
			sentences, _ := corpus.Count(docs)
			for b.Loop() {
				for _, d := range docs {
					if err := c.Annotate(corpus.Copy(d)); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(sentences)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
		})
	}
}
