package text

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/readout/readout/document"
	"github.com/readout/readout/internal/shared"
)

// seedArticle returns the text of the reference article.
func seedArticle(tb testing.TB) string {
	tb.Helper()
	names, err := filepath.Glob(filepath.Join(shared.Path(tb), "seed", "*.txt"))
	if err != nil || len(names) == 0 {
		tb.Skip("no reference article")
	}
	b, err := os.ReadFile(names[0])
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// newsTexts returns the texts of the first n articles of a news file.
func newsTexts(tb testing.TB, name string, n int) []string {
	tb.Helper()
	f, err := os.Open(filepath.Join(shared.Path(tb), "news", name))
	if err != nil {
		tb.Skipf("no news file: %v", err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	for sc.Scan() && len(out) < n {
		var a struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			tb.Fatal(err)
		}
		out = append(out, a.Text)
	}
	return out
}

func benchSegment(b *testing.B, texts []string) {
	var sg Segmenter
	size, tokens := 0, 0
	for _, t := range texts {
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, t := range texts {
			d := &document.Document{Text: t}
			if err := sg.Annotate(d); err != nil {
				b.Fatal(err)
			}
			tokens += len(d.Tokens)
		}
	}
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkSegment(b *testing.B) {
	b.Run("seed", func(b *testing.B) {
		benchSegment(b, []string{seedArticle(b)})
	})
	b.Run("reuters", func(b *testing.B) {
		benchSegment(b, newsTexts(b, "reuters21578.shared.jsonl", 500))
	})
	b.Run("wikinews", func(b *testing.B) {
		benchSegment(b, newsTexts(b, "wikinews_2019_2020.shared.jsonl", 100))
	})
}

func BenchmarkNormalize(b *testing.B) {
	words := strings.Fields(seedArticle(b))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, w := range words {
			_ = Normalize(w)
		}
	}
}

// BenchmarkTokenize measures the scanner and sentence splitter alone on
// Reuters articles: the token storage is reused, so the allocation of a
// document's token array, which Annotate pays, is left out.
func BenchmarkTokenize(b *testing.B) {
	texts := newsTexts(b, "reuters21578.shared.jsonl", 500)
	toks := make([]document.Token, 0, 1<<16)
	sents := make([]sentRange, 0, 1<<12)
	size, tokens := 0, 0
	for _, t := range texts {
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, t := range texts {
			d := &document.Document{Text: t}
			g := &seg{d: d, s: t, max: DefaultMaxSentenceTokens, groupsAt: -1, toks: toks[:0], sents: sents[:0]}
			eachParagraph(t, func(start, end int) {
				g.startParagraph()
				g.paragraph(start, end)
				g.endParagraph()
			})
			tokens += len(g.toks)
			clear(g.toks) // add expects zeroed spare capacity
		}
	}
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
}
