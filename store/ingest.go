package store

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"
	"time"

	"github.com/readout/readout/document"
)

// Source yields articles to ingest: Next returns io.EOF at the end and any
// other error when reading cannot go on.
type Source interface {
	Next() (*document.Document, error)
}

// IngestOptions configure Ingest.
type IngestOptions struct {
	Workers    int                                   // coding goroutines; 0 means GOMAXPROCS
	BatchSize  int                                   // articles per transaction; 0 means 64
	FlushEvery time.Duration                         // longest wait before a partial batch is written; 0 means 2s
	Code       func(d *document.Document) error      // codes one article in place; safe for concurrent use
	OnError    func(d *document.Document, err error) // told about each article that could not be coded
	Progress   func(IngestStats)                     // called after each batch is written
}

// IngestStats counts what Ingest did.
type IngestStats struct {
	Read    int           `json:"read"`    // articles read from the source
	Skipped int           `json:"skipped"` // already stored (same text), or repeated in the input
	Coded   int           `json:"coded"`
	Failed  int           `json:"failed"` // could not be coded; not stored
	Created int           `json:"created"`
	Updated int           `json:"updated"` // replaced an article with the same id
	Elapsed time.Duration `json:"elapsed"`
}

// job is one article on its way through the pipeline; seq orders commits.
type job struct {
	seq int
	doc *document.Document
	err error
}

// Ingest codes the articles of src on several goroutines and stores them
// in input order, BatchSize articles per transaction. An article whose text
// is already stored, or that appeared earlier in the input, is skipped
// before coding, so running Ingest again over the same input adds nothing,
// and a run that was stopped (cancelled, killed) resumes where its last
// transaction ended. When ctx is cancelled, Ingest stops reading, stores
// what has been coded, and returns ctx's error.
func Ingest(ctx context.Context, s Store, src Source, opt IngestOptions) (IngestStats, error) {
	if opt.Code == nil {
		return IngestStats{}, errors.New("ingest: no coder")
	}
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.BatchSize <= 0 {
		opt.BatchSize = 64
	}
	if opt.FlushEvery <= 0 {
		opt.FlushEvery = 2 * time.Second
	}
	in := &ingest{s: s, opt: opt, start: time.Now(),
		jobs: make(chan job, opt.Workers), done: make(chan job, opt.Workers),
		window: make(chan struct{}, 4*opt.Workers+opt.BatchSize)}
	return in.run(ctx, src)
}

type ingest struct {
	s      Store
	opt    IngestOptions
	start  time.Time
	jobs   chan job
	done   chan job
	window chan struct{} // bounds the articles between reading and writing

	cancel context.CancelFunc // stops reading when writing fails

	mu    sync.Mutex
	stats IngestStats
}

func (in *ingest) run(outer context.Context, src Source) (IngestStats, error) {
	ctx, cancel := context.WithCancel(outer)
	defer cancel()
	in.cancel = cancel
	readErr := make(chan error, 1)
	go func() { readErr <- in.read(ctx, src); close(in.jobs) }()
	var wg sync.WaitGroup
	for range in.opt.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range in.jobs {
				j.err = safeCode(in.opt.Code, j.doc)
				in.done <- j
			}
		}()
	}
	go func() { wg.Wait(); close(in.done) }()
	werr := in.write()
	rerr := <-readErr
	in.mu.Lock()
	st := in.stats
	in.mu.Unlock()
	st.Elapsed = time.Since(in.start)
	if werr != nil {
		return st, werr
	}
	if rerr == nil && outer.Err() != nil {
		rerr = outer.Err()
	}
	return st, rerr
}

// safeCode runs the coder, turning a panic into an error for this
// article so one bad article does not stop the run.
func safeCode(code func(*document.Document) error, d *document.Document) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("coder panicked: %v", r)
		}
	}()
	return code(d)
}

// read feeds jobs, skipping articles whose text is stored or was seen.
func (in *ingest) read(ctx context.Context, src Source) error {
	seen := map[string]bool{}
	seq := 0
	for ctx.Err() == nil {
		d, err := src.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		h := Hash(d.Text)
		known, err := in.s.Known(ctx, []string{h})
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		in.mu.Lock()
		in.stats.Read++
		skip := seen[h] || known[0]
		if skip {
			in.stats.Skipped++
		}
		in.mu.Unlock()
		if skip {
			continue
		}
		seen[h] = true
		select {
		case in.window <- struct{}{}:
		case <-ctx.Done():
			return nil
		}
		in.jobs <- job{seq: seq, doc: d}
		seq++
	}
	return nil
}

// write puts coded articles in input order, a batch per transaction. It
// uses a context of its own so that a cancelled run still stores what was
// coded.
func (in *ingest) write() error {
	pending := map[int]job{}
	next := 0
	var batch []*document.Document
	var failed error
	flush := func() {
		if len(batch) == 0 {
			return
		}
		if failed != nil { // after a failed write, drain without storing
			for range batch {
				<-in.window
			}
			batch = batch[:0]
			return
		}
		res, err := in.s.Put(context.Background(), batch)
		if err != nil {
			failed = fmt.Errorf("ingest: %w", err)
			in.cancel()
			return
		}
		in.mu.Lock()
		for _, r := range res {
			if r.Created {
				in.stats.Created++
			} else {
				in.stats.Updated++
			}
		}
		in.mu.Unlock()
		for range batch {
			<-in.window
		}
		batch = batch[:0]
		in.report()
	}
	tick := time.NewTicker(in.opt.FlushEvery)
	defer tick.Stop()
	for {
		select {
		case j, ok := <-in.done:
			if !ok {
				flush()
				return failed
			}
			pending[j.seq] = j
			for p, ok := pending[next]; ok; p, ok = pending[next] {
				delete(pending, next)
				next++
				in.accept(p, &batch)
			}
			if len(batch) >= in.opt.BatchSize {
				flush()
			}
		case <-tick.C:
			if len(batch) > 0 {
				flush()
			} else {
				in.report()
			}
		}
	}
}

// report tells the Progress function the counts so far.
func (in *ingest) report() {
	if in.opt.Progress == nil {
		return
	}
	in.mu.Lock()
	st := in.stats
	in.mu.Unlock()
	st.Elapsed = time.Since(in.start)
	in.opt.Progress(st)
}

// accept adds a coded article to the batch, or counts its failure.
func (in *ingest) accept(j job, batch *[]*document.Document) {
	in.mu.Lock()
	defer in.mu.Unlock()
	if j.err != nil {
		in.stats.Failed++
		if in.opt.OnError != nil {
			in.opt.OnError(j.doc, j.err)
		}
		<-in.window
		return
	}
	in.stats.Coded++
	*batch = append(*batch, j.doc)
}
