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
}

// Source yields the articles of a batch: a document, an error about one
// article (the batch goes on), or io.EOF at the end. Any error that
// IsFatal reports stops the batch.
type Source func() (*document.Document, error)

// CodeAll codes the articles of src on workers goroutines (0: one per
// core) and hands each to emit in input order. A bad article reaches emit
// as an Item with Err set and the batch goes on; CodeAll returns the first
// error emit returns, or a fatal error of src. At most a few articles per
// worker are held in memory at once.
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
	window := make(chan struct{}, 4*workers) // bounds the items in flight
	go func() {
		defer close(jobs)
		readErr <- feed(src, fatal, jobs, window, stop)
	}()
	go func() { wg.Wait(); close(done) }()

	err := reorder(done, window, emit)
	if err != nil {
		close(stop)
		for range done { // let the workers finish
		}
	}
	if rerr := <-readErr; err == nil {
		err = rerr
	}
	return err
}

// errNoDocument is the error of an item for which the source gave neither
// a document nor an error.
var errNoDocument = errors.New("the source gave no article")

// feed reads src into jobs, numbering the items.
func feed(src Source, fatal func(error) bool, jobs chan<- Item, window chan struct{}, stop <-chan struct{}) error {
	for i := 0; ; i++ {
		select {
		case window <- struct{}{}:
		case <-stop:
			return nil
		}
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
		select {
		case jobs <- Item{Index: i, Doc: d, Err: err}:
		case <-stop:
			return nil
		}
	}
}

// reorder hands items to emit in index order.
func reorder(done <-chan Item, window <-chan struct{}, emit func(Item) error) error {
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
			<-window
			if err := emit(p); err != nil {
				return err
			}
		}
	}
	return nil
}
