package readout_test

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/readout/readout"
	"github.com/readout/readout/document"
)

// shuffler is a stage that takes a random short time, so that articles
// finish out of order, and fails the articles whose text says so.
type shuffler struct{}

func (shuffler) Annotate(d *document.Document) error {
	time.Sleep(time.Duration(rand.IntN(300)) * time.Microsecond)
	if d.Text == "fail" {
		return errors.New("stage failed")
	}
	return nil
}

var (
	testCoderOnce sync.Once
	testCoder     *readout.Coder
	testCoderErr  error
)

// fakeCoder returns a coder whose stages are all shufflers.
func fakeCoder(t *testing.T) *readout.Coder {
	t.Helper()
	testCoderOnce.Do(func() { testCoder, testCoderErr = readout.New(readout.Options{}) })
	if testCoderErr != nil {
		t.Fatal(testCoderErr)
	}
	return testCoder.Wrap(func(readout.Stage) document.Annotator { return shuffler{} })
}

// numbered yields n articles "0", "1", ...; the texts in fail fail in the
// stage, and reading the articles in bad gives an error instead.
func numbered(n int, fail, bad map[int]bool) readout.Source {
	i := 0
	return func() (*document.Document, error) {
		if i == n {
			return nil, io.EOF
		}
		i++
		if bad[i-1] {
			return nil, fmt.Errorf("article %d unreadable", i-1)
		}
		d := &document.Document{ID: fmt.Sprint(i - 1), Text: "ok"}
		if fail[i-1] {
			d.Text = "fail"
		}
		return d, nil
	}
}

func TestCodeAllKeepsOrder(t *testing.T) {
	c := fakeCoder(t)
	for _, workers := range []int{1, 2, 7} {
		fail, bad := map[int]bool{5: true, 50: true}, map[int]bool{7: true}
		next := 0
		err := c.CodeAll(numbered(200, fail, bad), workers, func(error) bool { return false }, func(it readout.Item) error {
			if it.Index != next {
				t.Fatalf("workers %d: item %d came where %d was due", workers, it.Index, next)
			}
			if it.Doc != nil && it.Doc.ID != fmt.Sprint(it.Index) {
				t.Fatalf("workers %d: item %d holds article %s", workers, it.Index, it.Doc.ID)
			}
			if (it.Err != nil) != (fail[it.Index] || bad[it.Index]) {
				t.Errorf("workers %d: item %d: error %v", workers, it.Index, it.Err)
			}
			next++
			return nil
		})
		if err != nil || next != 200 {
			t.Fatalf("workers %d: %d items, error %v", workers, next, err)
		}
	}
}

func TestCodeAllStops(t *testing.T) {
	c := fakeCoder(t)
	stop := errors.New("stop")
	n := 0
	err := c.CodeAll(numbered(1000, nil, nil), 3, nil, func(readout.Item) error {
		n++
		if n == 10 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 10 {
		t.Fatalf("emit's error: got %v after %d items", err, n)
	}
	fatal := errors.New("disk gone")
	src := numbered(100, nil, map[int]bool{20: true})
	n = 0
	err = c.CodeAll(func() (*document.Document, error) {
		d, err := src()
		if err != nil {
			return nil, fatal
		}
		return d, nil
	}, 3, func(err error) bool { return errors.Is(err, fatal) }, func(readout.Item) error { n++; return nil })
	if !errors.Is(err, fatal) || n != 20 {
		t.Fatalf("fatal source error: got %v after %d items, want it after 20", err, n)
	}
}

func TestCodeAllNilDocument(t *testing.T) {
	c := fakeCoder(t)
	calls := 0
	src := func() (*document.Document, error) {
		calls++
		if calls > 1 {
			return nil, io.EOF
		}
		return nil, nil
	}
	var got []readout.Item
	err := c.CodeAll(src, 2, nil, func(it readout.Item) error { got = append(got, it); return nil })
	if err != nil || len(got) != 1 || got[0].Err == nil {
		t.Fatalf("a source that gives no document and no error: %v, items %+v", err, got)
	}
}
