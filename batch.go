package readout

import (
	"errors"
	"io"
	"runtime"
	"sync"

	"github.com/readout/readout/document"
)

// Item is one article of a batch once coded: the document, or the reason
// it could not be read or coded. Index counts the items of the batch from 0.
type Item struct {
	Index int
	Doc   *document.Document
	Err   error
	size  int // bytes of text, counted while the item is in flight
}

// Source yields the articles of a batch: a document, an error about one
// article (the batch goes on), or io.EOF at the end. Any error that
// IsFatal reports stops the batch.
type Source func() (*document.Document, error)

// CodeAll codes the articles of src on workers goroutines (0: one per
// core) and hands each to emit in input order. A bad article reaches emit
// as an Item with Err set and the batch goes on; CodeAll returns the first
// error emit returns, or a fatal error of src. The articles between
// reading and emitting are bounded (see maxAhead and maxAheadBytes), so
// memory stays flat however long the input.
func (c *Coder) CodeAll(src Source, workers int, fatal func(error) bool, emit func(Item) error) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	jobs := make(chan Item, workers)
	done := make(chan Item, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range jobs {
				if it.Err == nil {
					it.Err = c.Code(it.Doc)
				}
				done <- it
			}
		}()
	}
	stop := make(chan struct{})
	readErr := make(chan error, 1)
	fl := newFlight(maxAhead*workers, maxAheadBytes)
	go func() {
		defer close(jobs)
		readErr <- feed(src, fatal, jobs, fl, stop)
	}()
	go func() { wg.Wait(); close(done) }()

	err := reorder(done, fl, emit)
	if err != nil {
		close(stop)
		fl.stop()
		for range done { // let the workers finish
		}
	}
	if rerr := <-readErr; err == nil {
		err = rerr
	}
	return err
}

// The articles read but not yet emitted are at most maxAhead per worker
// and, unless there is only one, maxAheadBytes of text (a coded article
// takes some 25 times its text in memory). One long article holds back
// the emitting of those after it; the bound must leave the other workers
// enough short articles to go on with meanwhile.
const (
	maxAhead      = 16
	maxAheadBytes = 2 << 20
)

// errNoDocument is the error of an item for which the source gave neither
// a document nor an error.
var errNoDocument = errors.New("the source gave no article")

// feed reads src into jobs, numbering the items.
func feed(src Source, fatal func(error) bool, jobs chan<- Item, fl *flight, stop <-chan struct{}) error {
	for i := 0; ; i++ {
		d, err := src()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil && fatal != nil && fatal(err) {
			return err
		}
		if d == nil && err == nil {
			err = errNoDocument
		}
		it := Item{Index: i, Doc: d, Err: err}
		if d != nil {
			it.size = len(d.Text)
		}
		if !fl.enter(it.size) {
			return nil
		}
		select {
		case jobs <- it:
		case <-stop:
			return nil
		}
	}
}

// reorder hands items to emit in index order.
func reorder(done <-chan Item, fl *flight, emit func(Item) error) error {
	pending := map[int]Item{}
	next := 0
	for it := range done {
		pending[it.Index] = it
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			fl.leave(p.size)
			if err := emit(p); err != nil {
				return err
			}
		}
	}
	return nil
}

// flight counts the articles between reading and emitting.
type flight struct {
	mu       sync.Mutex
	room     sync.Cond
	items    int
	bytes    int
	maxItems int
	maxBytes int
	stopped  bool
}

func newFlight(maxItems, maxBytes int) *flight {
	f := &flight{maxItems: maxItems, maxBytes: maxBytes}
	f.room.L = &f.mu
	return f
}

// enter waits until an article of n bytes of text fits, and counts it. It
// returns false, counting nothing, once the batch is stopped.
func (f *flight) enter(n int) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	for !f.stopped && f.items > 0 && (f.items >= f.maxItems || f.bytes+n > f.maxBytes) {
		f.room.Wait()
	}
	if f.stopped {
		return false
	}
	f.items++
	f.bytes += n
	return true
}

// leave uncounts an article of n bytes.
func (f *flight) leave(n int) {
	f.mu.Lock()
	f.items--
	f.bytes -= n
	f.mu.Unlock()
	f.room.Signal() // only the reader waits
}

// stop wakes the reader for good.
func (f *flight) stop() {
	f.mu.Lock()
	f.stopped = true
	f.mu.Unlock()
	f.room.Broadcast()
}
