package actor_test

import (
	"testing"

	"github.com/readout/readout/actor"
	"github.com/readout/readout/bench/corpus"
)

// BenchmarkActor codes the entities of the seed article (already
// segmented and parsed).
func BenchmarkActor(b *testing.B) {
	d := corpus.Seed(b, "actor")
	c, err := actor.New(corpus.Coder(b).Lexicon())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := c.Annotate(d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(d.Sentences))*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}
