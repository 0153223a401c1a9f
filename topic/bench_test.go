package topic_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/readout/readout/actor"
	"github.com/readout/readout/document"
	"github.com/readout/readout/format"
	"github.com/readout/readout/lexicon"
	"github.com/readout/readout/syntax"
	"github.com/readout/readout/text"
	"github.com/readout/readout/topic"
)

// seedDoc reads the reference article of ../shared/data/seed through the
// text, syntax and actor stages, or skips when the shared data is absent
// (fails when CI=true).
func seedDoc(tb testing.TB) (*document.Document, *lexicon.Lexicon) {
	tb.Helper()
	dir, _ := os.Getwd()
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		dir = filepath.Dir(dir)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "..", "shared", "data", "seed", "*.txt"))
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
	lex, err := lexicon.LoadDefault()
	if err != nil {
		tb.Fatal(err)
	}
	an, err := syntax.Load()
	if err != nil {
		tb.Fatal(err)
	}
	ac, err := actor.New(lex)
	if err != nil {
		tb.Fatal(err)
	}
	for _, s := range []document.Annotator{&text.Segmenter{}, an, ac} {
		if err := s.Annotate(d); err != nil {
			tb.Fatal(err)
		}
	}
	return d, lex
}

// BenchmarkTopic tags the seed article with its topics.
func BenchmarkTopic(b *testing.B) {
	d, lex := seedDoc(b)
	c, err := topic.New(lex)
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
