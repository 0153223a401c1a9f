package statement_test

import (
	"testing"

	"github.com/readout/readout/bench/corpus"
	"github.com/readout/readout/statement"
)

// BenchmarkStatement finds the statements of the seed article, taken
// through the stages before this one.
func BenchmarkStatement(b *testing.B) {
	d := corpus.Seed(b, "statement")
	c, err := statement.New(corpus.Coder(b).Lexicon())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		d.Publisher = ""
		if err := c.Annotate(d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(d.Sentences))*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}
