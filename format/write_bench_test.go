package format_test

import (
	"bytes"
	"testing"

	"github.com/readout/readout/bench/corpus"
	"github.com/readout/readout/format"
)

// BenchmarkWriteJSONL writes fully coded articles (the shared Reuters and
// Wikinews sets every stage benchmark uses) as JSONL.
func BenchmarkWriteJSONL(b *testing.B) {
	for _, set := range corpus.Sets {
		b.Run(set.Name, func(b *testing.B) {
			docs := corpus.Coded(b, set)
			sents, toks := corpus.Count(docs)
			var out bytes.Buffer
			b.ReportAllocs()
			for b.Loop() {
				out.Reset()
				w, err := format.NewWriter(&out, format.OutJSONL)
				if err != nil {
					b.Fatal(err)
				}
				for _, d := range docs {
					if err := w.Write(d); err != nil {
						b.Fatal(err)
					}
				}
				if err := w.Flush(); err != nil {
					b.Fatal(err)
				}
			}
			sec := b.Elapsed().Seconds()
			b.ReportMetric(float64(b.N*sents)/sec, "sentences/s")
			b.ReportMetric(float64(b.N*toks)/sec, "tokens/s")
			b.ReportMetric(float64(out.Len())/float64(len(docs)), "bytes-out/article")
		})
	}
}

// BenchmarkReadJSONL reads the same articles from JSONL held in memory.
func BenchmarkReadJSONL(b *testing.B) {
	for _, set := range corpus.Sets {
		b.Run(set.Name, func(b *testing.B) {
			raw := corpus.Lines(b, set.File, set.N)
			b.SetBytes(int64(len(raw)))
			b.ReportAllocs()
			for b.Loop() {
				s := format.Open([]string{"-"}, format.Options{Format: format.JSONL, Stdin: bytes.NewReader(raw)})
				for n := 0; ; n++ {
					_, err := s.Next()
					if err != nil {
						if n != set.N {
							b.Fatalf("read %d of %d articles: %v", n, set.N, err)
						}
						break
					}
				}
			}
		})
	}
}
