package bench

import (
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync/atomic"
	"time"

	"github.com/readout/readout"
	"github.com/readout/readout/document"
	"github.com/readout/readout/format"
)

// Config says what to code and how.
type Config struct {
	// Files are the inputs (files, directories, "-" for stdin); none
	// codes the built-in sample.
	Files []string
	// Read are the reader options for Files (format, date, source, size).
	Read format.Options
	// Workers codes that many articles at once; 0 means one per core.
	Workers int
	// Limit stops after that many articles (0: all of them).
	Limit int
	// Repeat reads the input that many times over (0 or 1: once).
	Repeat int
	// Start is when the process started; the zero time means when Run was
	// called. Start-up is measured from it.
	Start time.Time
	// NewCoder builds the pipeline; nil builds the default one.
	NewCoder func() (*readout.Coder, error)
	// Out receives the JSONL output; nil discards it (it is written all
	// the same, so that its cost is measured).
	Out io.Writer
}

// Result is what a run measured.
type Result struct {
	Articles, Failed int
	Sentences        int
	Tokens           int
	Bytes            int64 // article text
	Workers          int
	Procs            int // GOMAXPROCS
	Wall             time.Duration
	CPU              time.Duration // process CPU time while coding (0 when unknown)
	Ready            time.Duration // Start to the pipeline being built
	First            time.Duration // Start to the first coded article
	FirstCPU         time.Duration // process CPU time until the first coded article
	PeakRSS          int64         // bytes; 0 when unknown
	PeakSource       string        // where PeakRSS comes from
	Stages           []StageTime   // reading, each pipeline stage, writing
	FirstError       error         // the first article that could not be coded
}

// StageTime is the time spent in one stage, summed over the workers.
type StageTime struct {
	Name string
	Time time.Duration
}

// Run codes the corpus cfg names and measures it.
func Run(cfg Config) (*Result, error) {
	if cfg.Start.IsZero() {
		cfg.Start = time.Now()
	}
	newCoder := cfg.NewCoder
	if newCoder == nil {
		newCoder = func() (*readout.Coder, error) { return readout.New(readout.Options{}) }
	}
	coder, err := newCoder()
	if err != nil {
		return nil, err
	}
	res := &Result{Workers: cfg.Workers, Procs: runtime.GOMAXPROCS(0), Ready: time.Since(cfg.Start)}
	if res.Workers <= 0 {
		res.Workers = res.Procs
	}
	timer := newStageTimer(coder)
	src, closeSrc := open(cfg)
	defer closeSrc()
	src = timer.source(limit(src, cfg.Limit))
	out := cfg.Out
	if out == nil {
		out = io.Discard
	}
	w, err := format.NewWriter(out, format.OutJSONL)
	if err != nil {
		return nil, err
	}
	cpu0, wall0 := CPUTime(), time.Now()
	err = timer.coder.CodeAll(src, res.Workers, fatal, func(it readout.Item) error {
		if res.Articles+res.Failed == 0 {
			res.First, res.FirstCPU = time.Since(cfg.Start), CPUTime()
		}
		return res.add(it, w, timer)
	})
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	res.Wall, res.CPU = time.Since(wall0), CPUTime()-cpu0
	res.PeakRSS, res.PeakSource = peakMemory()
	res.Stages = timer.times()
	return res, err
}

// add counts one coded article and writes it.
func (r *Result) add(it readout.Item, w format.Writer, t *stageTimer) error {
	if it.Err != nil {
		r.Failed++
		if r.FirstError == nil {
			r.FirstError = it.Err
		}
		return nil
	}
	d := it.Doc
	r.Articles++
	r.Sentences += len(d.Sentences)
	r.Tokens += len(d.Tokens)
	r.Bytes += int64(len(d.Text))
	start := time.Now()
	err := w.Write(d)
	t.write(time.Since(start))
	return err
}

// fatal says whether a reading error stops the run: anything that is not
// about one article.
func fatal(err error) bool {
	var ae *format.ArticleError
	return !errors.As(err, &ae)
}

// limit stops src after n articles (n <= 0: never).
func limit(src readout.Source, n int) readout.Source {
	if n <= 0 {
		return src
	}
	var seen atomic.Int64
	return func() (*document.Document, error) {
		if seen.Add(1) > int64(n) {
			return nil, io.EOF
		}
		return src()
	}
}

// Rate is a count per second of d, 0 for no time.
func Rate(n int, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return float64(n) / d.Seconds()
}

func (r *Result) String() string {
	return fmt.Sprintf("%d articles, %d sentences, %d tokens in %v", r.Articles, r.Sentences, r.Tokens, r.Wall.Round(time.Millisecond))
}
