package amount_test

import (
	"testing"

	"github.com/readout/readout/amount"
	"github.com/readout/readout/bench/corpus"
)

// BenchmarkAmount finds the amounts of the seed article, taken through
// the stages before this one.
func BenchmarkAmount(b *testing.B) {
	d := corpus.Seed(b, "amount")
	c := amount.New()
	b.ReportAllocs()
	for b.Loop() {
		if err := c.Annotate(d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(d.Sentences))*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}
