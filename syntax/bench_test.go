package syntax

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/readout/readout/document"
	"github.com/readout/readout/format/conllu"
	"github.com/readout/readout/internal/shared"
	"github.com/readout/readout/text"
)

// Speed is reported as tokens/s (wall time) and tokens/cpu-s (divided by
// the CPU time the process used, which is steadier on a shared machine).
// Run with GOMAXPROCS=1 for one-core figures:
//
//	GOMAXPROCS=1 go test -run XXX -bench . ./syntax

// cpuTime returns the process's user+system CPU time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

type speed struct {
	cpu0  time.Duration
	wall0 time.Time
}

func startSpeed(b *testing.B) speed {
	b.ResetTimer()
	return speed{cpuTime(), time.Now()}
}

func (s speed) report(b *testing.B, tokens, sentences int) {
	n := float64(b.N)
	wall, cpu := time.Since(s.wall0).Seconds(), (cpuTime() - s.cpu0).Seconds()
	b.ReportMetric(n*float64(tokens)/wall, "tokens/s")
	b.ReportMetric(n*float64(tokens)/cpu, "tokens/cpu-s")
	b.ReportMetric(n*float64(sentences)/wall, "sentences/s")
}

// BenchmarkAnnotate tags, lemmatises and parses EWT dev on gold tokens.
func BenchmarkAnnotate(b *testing.B) {
	a := loadT(b)
	path := filepath.Join(shared.Path(b), "ud-english-ewt", "en_ewt-ud-dev.conllu")
	sents, err := conllu.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	d := conllu.ToDocument("dev", sents)
	sp := startSpeed(b)
	for b.Loop() {
		if err := a.Annotate(d); err != nil {
			b.Fatal(err)
		}
	}
	sp.report(b, len(d.Tokens), len(d.Sentences))
}

// newsDocs reads the first n Wikinews articles of the shared news set.
func newsDocs(b *testing.B, n int) []*document.Document {
	path := filepath.Join(shared.Path(b), "news", "wikinews_2019_2020.shared.jsonl")
	raw, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	var docs []*document.Document
	sc := bufio.NewScanner(bytes.NewReader(raw))
	sc.Buffer(nil, 16<<20)
	for sc.Scan() && len(docs) < n {
		var a struct{ ID, Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, &document.Document{ID: a.ID, Text: a.Title + "\n\n" + a.Text})
	}
	return docs
}

// BenchmarkPipeline tokenises (package text), tags, lemmatises and parses
// news articles from raw text.
func BenchmarkPipeline(b *testing.B) {
	a := loadT(b)
	docs := newsDocs(b, 100)
	var seg text.Segmenter
	tokens, sentences := 0, 0
	for _, d := range docs {
		if err := seg.Annotate(d); err != nil {
			b.Fatal(err)
		}
		tokens += len(d.Tokens)
		sentences += len(d.Sentences)
	}
	sp := startSpeed(b)
	for b.Loop() {
		for _, d := range docs {
			if err := seg.Annotate(d); err != nil {
				b.Fatal(err)
			}
			if err := a.Annotate(d); err != nil {
				b.Fatal(err)
			}
		}
	}
	sp.report(b, tokens, sentences)
}

// BenchmarkLoad decodes the embedded model (its sections in parallel when
// GOMAXPROCS allows). cpu-ms/op is the CPU time of all threads.
func BenchmarkLoad(b *testing.B) {
	cpu0 := cpuTime()
	for b.Loop() {
		if _, err := readModelBytes(embeddedModel); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(embeddedModel))/1e6, "MB-file")
	b.ReportMetric(float64(cpuTime()-cpu0)/1e6/float64(b.N), "cpu-ms/op")
}
