package corpus

import (
	"bufio"
	"bytes"
	"os"
	"runtime"
	"testing"
	"time"

	"github.com/readout/readout"
	"github.com/readout/readout/bench"
	"github.com/readout/readout/document"
	"github.com/readout/readout/format"
)

// BenchStage benchmarks one stage of the default pipeline ("text",
// "syntax", "actor", "statement", "event") on every Set, the articles
// taken through the stages before it once, outside the timing. Each round
// runs the stage on a Copy of every article.
func BenchStage(b *testing.B, stage string) {
	for _, set := range Sets {
		b.Run(set.Name, func(b *testing.B) {
			c := Coder(b)
			docs := Articles(b, set.File, set.N)
			sents, toks := Count(Upto(b, c, docs, "syntax"))
			prepared := Upto(b, c, docs, stage)
			a := Stage(b, c, stage)
			m := start(b)
			for b.Loop() {
				for _, d := range prepared {
					if err := a.Annotate(Copy(d)); err != nil {
						b.Fatalf("%s: %v", d.ID, err)
					}
				}
			}
			m.report(b, len(docs), sents, toks)
		})
	}
}

// BenchCode benchmarks the whole pipeline (Coder.Code, one article after
// another) on every Set.
func BenchCode(b *testing.B) {
	for _, set := range Sets {
		b.Run(set.Name, func(b *testing.B) { BenchCodeSet(b, set) })
	}
}

// BenchCodeSet benchmarks the whole pipeline on one set of articles and
// returns the allocations per token.
func BenchCodeSet(b *testing.B, set Set) float64 {
	c := Coder(b)
	docs := Articles(b, set.File, set.N)
	sents, toks := Count(Upto(b, c, docs, "syntax"))
	m := start(b)
	for b.Loop() {
		for _, d := range docs {
			if err := c.Code(Fresh(d)); err != nil {
				b.Fatalf("%s: %v", d.ID, err)
			}
		}
	}
	allocs := m.report(b, len(docs), sents, toks)
	perToken := allocs / float64(b.N*toks)
	b.ReportMetric(perToken, "allocs/token")
	return perToken
}

// BenchPipeline benchmarks what `readout code` does with JSONL input, on
// every Set: read the raw lines (held in memory), code them on
// GOMAXPROCS workers in order with Coder.CodeAll, write JSONL (to memory,
// emptied each round).
func BenchPipeline(b *testing.B) {
	for _, set := range Sets {
		b.Run(set.Name, func(b *testing.B) {
			c := Coder(b)
			raw := Lines(b, set.File, set.N)
			sents, toks := Count(Upto(b, c, Articles(b, set.File, set.N), "syntax"))
			var out bytes.Buffer
			m := start(b)
			for b.Loop() {
				out.Reset()
				Pipeline(b, c, raw, &out, 0)
			}
			m.report(b, set.N, sents, toks)
		})
	}
}

// Pipeline codes raw JSONL articles on workers goroutines (0: one per
// core) and writes the coded articles to out as JSONL, failing tb on any
// error. It returns the number of articles written.
func Pipeline(tb testing.TB, c *readout.Coder, raw []byte, out *bytes.Buffer, workers int) int {
	tb.Helper()
	s := format.Open([]string{"-"}, format.Options{Format: format.JSONL, Stdin: bytes.NewReader(raw)})
	defer s.Close()
	w, err := format.NewWriter(out, format.OutJSONL)
	if err != nil {
		tb.Fatal(err)
	}
	n := 0
	err = c.CodeAll(s.Next, workers, func(error) bool { return true }, func(it readout.Item) error {
		if it.Err != nil {
			return it.Err
		}
		n++
		return w.Write(it.Doc)
	})
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		tb.Fatal(err)
	}
	return n
}

// Lines returns the first n lines of a shared news file as they are.
func Lines(tb testing.TB, file string, n int) []byte {
	tb.Helper()
	f, err := os.Open(NewsPath(tb, file))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var buf bytes.Buffer
	r := bufio.NewReaderSize(f, 1<<20)
	for i := 0; n <= 0 || i < n; i++ {
		line, err := r.ReadBytes('\n')
		buf.Write(line)
		if err != nil {
			break
		}
	}
	return buf.Bytes()
}

// meter counts allocations over a benchmark's loop.
type meter struct {
	mallocs, bytes uint64
	cpu            time.Duration
}

func start(b *testing.B) meter {
	b.ReportAllocs()
	Guard(b, HeapLimit)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return meter{ms.Mallocs, ms.TotalAlloc, bench.CPUTime()}
}

// report adds the per-article and per-second figures of a loop over
// articles articles holding sents sentences and toks tokens, and returns
// the allocations the loop made.
func (m meter) report(b *testing.B, articles, sents, toks int) float64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	n := float64(b.N)
	sec := b.Elapsed().Seconds()
	if sec > 0 {
		b.ReportMetric(n*float64(sents)/sec, "sentences/s")
		b.ReportMetric(n*float64(toks)/sec, "tokens/s")
	}
	// On a machine shared with other work, CPU time is steadier than wall
	// time; it counts every thread of the process (GC included).
	if cpu := (bench.CPUTime() - m.cpu).Seconds(); cpu > 0 {
		b.ReportMetric(n*float64(sents)/cpu, "sentences/cpu-s")
	}
	allocs := float64(ms.Mallocs - m.mallocs)
	b.ReportMetric(allocs/(n*float64(articles)), "allocs/article")
	b.ReportMetric(float64(ms.TotalAlloc-m.bytes)/(n*float64(articles)), "B/article")
	return allocs
}

// Coded returns the articles of a set fully coded.
func Coded(tb testing.TB, set Set) []*document.Document {
	tb.Helper()
	c := Coder(tb)
	return Upto(tb, c, Articles(tb, set.File, set.N), "")
}
