package event

import (
	"sync"
	"testing"

	"github.com/readout/readout/document"
	"github.com/readout/readout/lexicon"
)

var defaultLex = sync.OnceValues(lexicon.LoadDefault)

func loadDefault(t testing.TB) *lexicon.Lexicon {
	t.Helper()
	l, err := defaultLex()
	if l == nil {
		t.Fatal(err)
	}
	return l
}

// BenchmarkGoldNews codes the gold-parsed GUM news sentences (entities
// from dictionary names), to measure the event stage alone.
func BenchmarkGoldNews(b *testing.B) {
	lex := loadDefault(b)
	d := goldDoc(b, lex, sharedData(b, "ud-english-gum-news/gum-news.conllu"), "2020-04-18", 0)
	c := New(lex)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		d.Events = d.Events[:0]
		if err := c.Annotate(d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(d.Sentences)*b.N)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(len(d.Events)), "events")
	_ = document.Asserted
}
