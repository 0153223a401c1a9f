package syntax

import (
	"io"
	"syscall"
	"testing"
	"time"

	"github.com/readout/readout/document"
	"github.com/readout/readout/format"
	"github.com/readout/readout/internal/shared"
	"github.com/readout/readout/text"
)

// The benchmarks here split the syntax stage into its two models, tagging
// and parsing, on the shared Reuters and Wikinews articles the other
// stages' benchmarks use (bench/corpus.Sets: the first 300 and 100
// articles), tokenised by the text stage. BenchmarkStage in
// stage_bench_test.go times the whole stage (tags, lemmas, parse).

// benchNewsSentences returns the sentences (as token forms) of the first n
// articles of a shared news file.
func benchNewsSentences(b *testing.B, file string, n int) [][]string {
	b.Helper()
	path := shared.Path(b, "news", file)
	s := format.Open([]string{path}, format.Options{})
	defer s.Close()
	var seg text.Segmenter
	var out [][]string
	for range n {
		d, err := s.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			b.Fatal(err)
		}
		if err := seg.Annotate(d); err != nil {
			b.Fatal(err)
		}
		for _, st := range d.Sentences {
			out = append(out, benchForms(d, st.Tokens))
		}
	}
	return out
}

func benchForms(d *document.Document, toks []document.Token) []string {
	f := make([]string, len(toks))
	for i, t := range toks {
		f[i] = t.Text
		if f[i] == "" {
			f[i] = d.Snippet(t.Start, t.End)
		}
	}
	return f
}

var benchSets = []struct {
	name, file string
	n          int
}{
	{"reuters", "reuters21578.shared.jsonl", 300},
	{"wikinews", "wikinews_2019_2020.shared.jsonl", 100},
}

// BenchmarkTag tags sentences (word features, then the tagger's model).
func BenchmarkTag(b *testing.B) {
	for _, set := range benchSets {
		b.Run(set.name, func(b *testing.B) {
			a, sents := benchLoad(b, set.file, set.n)
			m, sc := a.m, &scratch{}
			b.ReportAllocs()
			cpu0 := benchCPU()
			for b.Loop() {
				for _, f := range sents {
					sc.lx = makeLexemes(f, m.clusters, &sc.lex, sc.lx)
					sc.tags = fill32(sc.tags, len(f), 0)
					m.tagger.tagSentence(sc.lx, sc.tags, &sc.tag)
				}
			}
			benchReport(b, sents, benchCPU()-cpu0)
		})
	}
}

// BenchmarkParse parses tagged sentences (the tags computed once, outside
// the timing).
func BenchmarkParse(b *testing.B) {
	for _, set := range benchSets {
		b.Run(set.name, func(b *testing.B) {
			a, sents := benchLoad(b, set.file, set.n)
			m, sc := a.m, &scratch{}
			lexemes := make([][]lexeme, len(sents))
			tags := make([][]int32, len(sents))
			for i, f := range sents {
				lexemes[i] = makeLexemes(f, m.clusters, &sc.lex, nil)
				tags[i] = make([]int32, len(f))
				m.tagger.tagSentence(lexemes[i], tags[i], &sc.tag)
			}
			b.ReportAllocs()
			cpu0 := benchCPU()
			for b.Loop() {
				for i := range sents {
					m.parser.parse(lexemes[i], tags[i], &sc.parse)
				}
			}
			benchReport(b, sents, benchCPU()-cpu0)
		})
	}
}

func benchLoad(b *testing.B, file string, n int) (*Analyzer, [][]string) {
	b.Helper()
	sents := benchNewsSentences(b, file, n)
	a, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	return a, sents
}

// benchReport reports sentences and tokens per second of wall time,
// and sentences per second of the process's CPU time, which is steadier on
// a machine shared with other work.
func benchReport(b *testing.B, sents [][]string, cpu time.Duration) {
	toks := 0
	for _, s := range sents {
		toks += len(s)
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(b.N*len(sents))/sec, "sentences/s")
	b.ReportMetric(float64(b.N*toks)/sec, "tokens/s")
	if cpu > 0 {
		b.ReportMetric(float64(b.N*len(sents))/cpu.Seconds(), "sentences/cpu-s")
	}
}

// benchCPU returns the user and system CPU time of the process.
func benchCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
