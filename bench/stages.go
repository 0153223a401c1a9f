package bench

import (
	"sync/atomic"
	"time"

	"github.com/readout/readout"
	"github.com/readout/readout/document"
)

// Names of the steps around the pipeline's own stages.
const (
	stageRead  = "read"
	stageWrite = "write"
)

// stageTimer sums the time spent in each step: reading, every stage of the
// pipeline, writing. Two clock readings per stage and article cost well
// under a microsecond against milliseconds of coding.
type stageTimer struct {
	coder *readout.Coder
	names []string
	nanos []atomic.Int64
}

func newStageTimer(c *readout.Coder) *stageTimer {
	t := &stageTimer{names: []string{stageRead}}
	for _, s := range c.Stages() {
		t.names = append(t.names, s.Name)
	}
	t.names = append(t.names, stageWrite)
	t.nanos = make([]atomic.Int64, len(t.names))
	next := 1
	t.coder = c.Wrap(func(s readout.Stage) document.Annotator {
		n := &t.nanos[next] // Wrap visits the stages in order
		next++
		return &timed{a: s.Annotator, n: n}
	})
	return t
}

// write adds the time spent writing one article.
func (t *stageTimer) write(d time.Duration) {
	t.nanos[len(t.nanos)-1].Add(int64(d))
}

// source times the reading of each article.
func (t *stageTimer) source(src readout.Source) readout.Source {
	n := &t.nanos[0]
	return func() (*document.Document, error) {
		start := time.Now()
		d, err := src()
		n.Add(int64(time.Since(start)))
		return d, err
	}
}

func (t *stageTimer) times() []StageTime {
	out := make([]StageTime, len(t.names))
	for i, n := range t.names {
		out[i] = StageTime{Name: n, Time: time.Duration(t.nanos[i].Load())}
	}
	return out
}

// timed is an annotator that adds the time its stage takes to a counter.
type timed struct {
	a document.Annotator
	n *atomic.Int64
}

func (s *timed) Annotate(d *document.Document) error {
	start := time.Now()
	err := s.a.Annotate(d)
	s.n.Add(int64(time.Since(start)))
	return err
}
