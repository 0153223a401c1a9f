package topic_test

import (
	"testing"

	"github.com/readout/readout/bench/corpus"
	"github.com/readout/readout/topic"
)

// BenchmarkTopic tags the seed article with its topics, taken through the
// stages before this one.
func BenchmarkTopic(b *testing.B) {
	d := corpus.Seed(b, "topic")
	c, err := topic.New(corpus.Coder(b).Lexicon())
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
