package actor

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/readout/readout/document"
	"github.com/readout/readout/format"
	"github.com/readout/readout/internal/shared"
	"github.com/readout/readout/lexicon"
	"github.com/readout/readout/syntax"
	"github.com/readout/readout/text"
)

// seedDoc reads the reference article of ../shared/data/seed, segmented and
// parsed, or skips when the shared data is absent (fails when CI=true).
func seedDoc(tb testing.TB) *document.Document {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join(shared.Path(tb, "seed"), "*.txt"))
	if len(files) == 0 {
		if os.Getenv("CI") == "true" {
			tb.Fatal("seed article not found under ../shared/data/seed")
		}
		tb.Skip("seed article not found under ../shared/data/seed")
	}
	st := format.Open(files[:1], format.Options{Format: format.Text, Date: "2020-04-18"})
	defer st.Close()
	d, err := st.Next()
	if err != nil {
		tb.Fatal(err)
	}
	if err := (&text.Segmenter{}).Annotate(d); err != nil {
		tb.Fatal(err)
	}
	an, err := syntax.Load()
	if err != nil {
		tb.Fatal(err)
	}
	if err := an.Annotate(d); err != nil {
		tb.Fatal(err)
	}
	return d
}

// BenchmarkActor codes the entities of the seed article (already
// segmented and parsed).
func BenchmarkActor(b *testing.B) {
	d := seedDoc(b)
	lex, err := lexicon.LoadDefault()
	if err != nil {
		b.Fatal(err)
	}
	c, err := New(lex)
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
