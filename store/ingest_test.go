package store

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/readout/readout/document"
)

// sliceSource yields copies of docs; after stopAfter articles it calls stop.
type sliceSource struct {
	docs      []*document.Document
	i         int
	stopAfter int
	stop      func()
}

func (s *sliceSource) Next() (*document.Document, error) {
	if s.stop != nil && s.i == s.stopAfter {
		s.stop()
	}
	if s.i >= len(s.docs) {
		return nil, io.EOF
	}
	c := *s.docs[s.i]
	s.i++
	return &c, nil
}

// corpus makes n articles from the fixture: distinct texts, every 10th
// repeating an earlier text under another id, one that cannot be coded.
func corpus(t testing.TB, n int) []*document.Document {
	var docs []*document.Document
	for i := 0; i < n; i++ {
		d := fixture(t)
		d.ID = fmt.Sprintf("art-%04d", i)
		d.Text = fmt.Sprintf("%s (%d)", d.Text, i)
		if i%10 == 9 {
			d.Text = docs[i-5].Text
		}
		if i == n/2 {
			d.Text += " FAIL"
		}
		docs = append(docs, d)
	}
	return docs
}

// slowCoder fails on "FAIL" and otherwise marks the article, after a
// random short pause so that workers finish out of order.
func slowCoder(d *document.Document) error {
	time.Sleep(time.Duration(rand.IntN(300)) * time.Microsecond)
	if strings.Contains(d.Text, "FAIL") {
		return errors.New("cannot code")
	}
	d.Topics = append(d.Topics, "ingested")
	return nil
}

func contents(t *testing.T, s *SQLite) []string {
	t.Helper()
	rows, err := s.read.Query("SELECT doc_id, hash, doc FROM articles ORDER BY id")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id, h, doc string
		rows.Scan(&id, &h, &doc)
		out = append(out, id+" "+h+" "+doc)
	}
	c, _ := s.Counts(context.Background())
	return append(out, fmt.Sprintf("%+v", c))
}

func TestIngest(t *testing.T) {
	s := openTemp(t)
	docs := corpus(t, 200)
	var failed atomic.Int32
	opt := IngestOptions{Workers: 4, BatchSize: 16, Code: slowCoder,
		OnError: func(d *document.Document, err error) { failed.Add(1) }}
	st, err := Ingest(context.Background(), s, &sliceSource{docs: docs}, opt)
	if err != nil {
		t.Fatal(err)
	}
	want := IngestStats{Read: 200, Skipped: 20, Coded: 179, Failed: 1, Created: 179}
	st.Elapsed = 0
	if st != want || failed.Load() != 1 {
		t.Errorf("first run: %+v, want %+v (OnError %d)", st, want, failed.Load())
	}
	// Input order is commit order.
	rows, _ := s.read.Query("SELECT doc_id FROM articles ORDER BY id")
	var ids []string
	for rows.Next() {
		var id string
		rows.Scan(&id)
		ids = append(ids, id)
	}
	rows.Close()
	for i := 1; i < len(ids); i++ {
		if ids[i-1] >= ids[i] {
			t.Fatalf("stored out of input order: %s before %s", ids[i-1], ids[i])
		}
	}
	st, err = Ingest(context.Background(), s, &sliceSource{docs: docs}, opt)
	st.Elapsed = 0
	if err != nil || st != (IngestStats{Read: 200, Skipped: 199, Failed: 1}) {
		t.Errorf("second run: %+v %v", st, err)
	}
}

// TestIngestResume stops runs part-way (cancelling as Ctrl-C does) and
// checks that finishing them gives the database an uninterrupted run gives.
func TestIngestResume(t *testing.T) {
	docs := corpus(t, 120)
	opt := IngestOptions{Workers: 3, BatchSize: 8, Code: slowCoder}
	whole := openTemp(t)
	if _, err := Ingest(context.Background(), whole, &sliceSource{docs: docs}, opt); err != nil {
		t.Fatal(err)
	}
	parts := openTemp(t)
	for _, stop := range []int{13, 50, 51, 97} {
		ctx, cancel := context.WithCancel(context.Background())
		_, err := Ingest(ctx, parts, &sliceSource{docs: docs, stopAfter: stop, stop: cancel}, opt)
		if !errors.Is(err, context.Canceled) {
			t.Errorf("stopped at %d: err = %v", stop, err)
		}
		cancel()
	}
	if _, err := Ingest(context.Background(), parts, &sliceSource{docs: docs}, opt); err != nil {
		t.Fatal(err)
	}
	a, b := contents(t, whole), contents(t, parts)
	for i := range a {
		// stored_at differs; contents() leaves it out. Row ids may not.
		if i >= len(b) || a[i] != b[i] {
			t.Fatalf("resumed database differs at row %d", i)
		}
	}
	if !reflect.DeepEqual(a, b) {
		t.Error("resumed database differs")
	}
}

type failingStore struct{ Store }

func (failingStore) Put(context.Context, []*document.Document) ([]PutResult, error) {
	return nil, errors.New("disk full")
}

func TestIngestWriteError(t *testing.T) {
	s := openTemp(t)
	done := make(chan error, 1)
	go func() {
		_, err := Ingest(context.Background(), failingStore{s}, &sliceSource{docs: corpus(t, 300)},
			IngestOptions{Workers: 2, BatchSize: 4, Code: slowCoder})
		done <- err
	}()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "disk full") {
			t.Errorf("err = %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("Ingest did not return after a write error")
	}
}

func TestIngestCoderPanic(t *testing.T) {
	s := openTemp(t)
	var msgs []string
	st, err := Ingest(context.Background(), s, &sliceSource{docs: corpus(t, 20)}, IngestOptions{Workers: 2,
		Code: func(d *document.Document) error {
			if strings.HasSuffix(d.Text, "(3)") {
				panic("boom")
			}
			return nil
		},
		OnError: func(d *document.Document, err error) { msgs = append(msgs, d.ID+": "+err.Error()) }})
	if err != nil || st.Failed != 1 || len(msgs) != 1 || !strings.Contains(msgs[0], "art-0003: coder panicked: boom") {
		t.Errorf("stats %+v, err %v, errors %q", st, err, msgs)
	}
}
