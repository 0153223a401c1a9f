package readout_test

import (
	"io"
	"testing"

	"github.com/readout/readout"
	"github.com/readout/readout/bench"
	"github.com/readout/readout/bench/corpus"
	"github.com/readout/readout/document"
	"github.com/readout/readout/lexicon"
	"github.com/readout/readout/syntax"
)

// BenchmarkCode runs the whole pipeline on the shared news articles, one
// article after another (run with -cpu 1 for the per-core figure).
func BenchmarkCode(b *testing.B) { corpus.BenchCode(b) }

// BenchmarkPipeline reads raw JSONL, codes it on GOMAXPROCS workers and
// writes JSONL, as `readout code` does (-cpu 1,2 shows the scaling).
func BenchmarkPipeline(b *testing.B) { corpus.BenchPipeline(b) }

// BenchmarkAllocsPerArticle codes the first 100 and the first 1,000
// Reuters articles and reports allocs/article and allocs/token for each.
// It fails when the allocations per token of the larger set exceed those
// of the smaller by more than a fifth: the articles differ, so the figures
// are not equal, but nothing should grow with the number coded.
func BenchmarkAllocsPerArticle(b *testing.B) {
	perToken := map[int]float64{}
	for _, n := range []int{100, 1000} {
		set := corpus.Set{Name: "reuters", File: corpus.Sets[0].File, N: n}
		b.Run(set.String(), func(b *testing.B) { perToken[n] = corpus.BenchCodeSet(b, set) })
	}
	small, okSmall := perToken[100]
	large, okLarge := perToken[1000]
	if okSmall && okLarge && large > 1.2*small {
		b.Errorf("allocations per token grow with the corpus: %.2f on 100 articles, %.2f on 1,000", small, large)
	}
}

// TestAllocsPerArticleSteady codes 20 articles of the built-in sample once
// and then three times over in one batch: the allocations per article must stay the
// same, so nothing in the pipeline or the batch plumbing (caches, reorder
// buffers, pools) grows with the number of articles coded.
func TestAllocsPerArticleSteady(t *testing.T) {
	docs, err := bench.SampleArticles()
	if err != nil {
		t.Fatal(err)
	}
	docs = docs[:min(20, len(docs))]
	c, err := readout.New(readout.Options{})
	if err != nil {
		t.Fatal(err)
	}
	batch := func(rounds int) func() {
		return func() {
			i := 0
			src := func() (*document.Document, error) {
				if i == rounds*len(docs) {
					return nil, io.EOF
				}
				d := docs[i%len(docs)]
				i++
				return corpus.Fresh(d), nil
			}
			n := 0
			err := c.CodeAll(src, 1, nil, func(it readout.Item) error { n++; return it.Err })
			if err != nil || n != rounds*len(docs) {
				t.Fatalf("coded %d of %d articles: %v", n, rounds*len(docs), err)
			}
		}
	}
	once := testing.AllocsPerRun(1, batch(1)) / float64(len(docs))
	three := testing.AllocsPerRun(1, batch(3)) / float64(3*len(docs))
	t.Logf("allocations per article: %.1f coding %d articles once, %.1f coding them three times over", once, len(docs), three)
	if three > once*1.03 {
		t.Errorf("allocations per article grow with the batch: %.1f for one pass, %.1f for three", once, three)
	}
}

// BenchmarkStartup times the parts of start-up outside the parser model:
// loading the embedded dictionaries, and building the stages over them
// (readout.New with the dictionaries and the model already loaded). Run
// with -cpu 1 for the one-core figure; the model's own loading is
// measured in ./syntax.
func BenchmarkStartup(b *testing.B) {
	an, err := syntax.Load()
	if err != nil {
		b.Fatal(err)
	}
	lex, err := lexicon.LoadDefault()
	if err != nil {
		b.Fatal(err)
	}
	b.Run("dictionaries", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := lexicon.LoadDefault(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("stages", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := readout.New(readout.Options{Lexicon: lex, Analyzer: an}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
