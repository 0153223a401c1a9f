package event

import (
	"sync"
	"testing"

	"github.com/readout/readout/document"
	"github.com/readout/readout/eval"
	"github.com/readout/readout/internal/shared"
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
	d := goldDoc(b, lex, shared.Path(b, "ud-english-gum-news/gum-news.conllu"), "2020-04-18", 0)
	benchEvents(b, New(lex), d)
	b.ReportMetric(float64(len(d.Events)), "events")
}

// seedDoc reads the seed article, dated as its annotation says.
func seedDoc(b *testing.B) (*eval.Annotation, *document.Document) {
	b.Helper()
	a, err := eval.ReadAnnotation(shared.Path(b, "seed/expected.json"))
	if err != nil {
		b.Fatal(err)
	}
	return a, readArticle(b, a)
}

// BenchmarkSeedPipeline runs the whole chain (text, syntax, actors,
// statements, events) on the seed article.
func BenchmarkSeedPipeline(b *testing.B) {
	lex := loadDefault(b)
	p := newPipeline(b, lex)
	a, _ := seedDoc(b)
	var n int
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		d := readArticle(b, a)
		if err := p.code(d); err != nil {
			b.Fatal(err)
		}
		n += len(d.Sentences)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkSeedEvents runs the event stage alone on the seed article
// annotated by the earlier stages.
func BenchmarkSeedEvents(b *testing.B) {
	lex := loadDefault(b)
	p := newPipeline(b, lex)
	_, d := seedDoc(b)
	if err := p.code(d); err != nil {
		b.Fatal(err)
	}
	benchEvents(b, New(lex), d)
}

// benchEvents times c coding the events of d, which the earlier stages
// have annotated, again and again.
func benchEvents(b *testing.B, c *Coder, d *document.Document) {
	b.Helper()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		d.Events = d.Events[:0]
		if err := c.Annotate(d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(d.Sentences)*b.N)/b.Elapsed().Seconds(), "sentences/s")
}
