// Package corpus gives readout's benchmarks their inputs: the articles of
// the shared news files (../shared/data/news beside the repository) and
// the reference article (Seed), documents taken through the pipeline up to a stage, and fresh copies of
// them for each round of a benchmark. BenchStage and BenchCode are the
// loops every stage's benchmark and the whole-pipeline benchmarks share,
// so that all report the same figures on the same articles.
//
// Tests that use it skip when the shared data is absent, and fail instead
// when the environment variable CI is "true".
//
// Imports: the standard library, testing, readout, bench, document,
// format and internal/shared.
package corpus

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"github.com/readout/readout"
	"github.com/readout/readout/document"
	"github.com/readout/readout/format"
	"github.com/readout/readout/internal/shared"
)

// A Set is a slice of a shared news file: the first N articles.
type Set struct {
	Name string // sub-benchmark name
	File string // file name in ../shared/data/news
	N    int
}

// Sets are the articles every stage benchmark runs on.
var Sets = []Set{
	{"reuters", "reuters21578.shared.jsonl", 300},
	{"wikinews", "wikinews_2019_2020.shared.jsonl", 100},
}

// NewsPath returns the path of a shared news file.
func NewsPath(tb testing.TB, file string) string {
	tb.Helper()
	return shared.Path(tb, "news", file)
}

// Articles reads the first n articles (all for n <= 0) of a shared news
// file with readout's own reader, as `readout code` would.
func Articles(tb testing.TB, file string, n int) []*document.Document {
	tb.Helper()
	s := format.Open([]string{NewsPath(tb, file)}, format.Options{})
	defer s.Close()
	var docs []*document.Document
	for n <= 0 || len(docs) < n {
		d, err := s.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

// Seed returns the reference article of ../shared/data/seed (published
// 2020-04-18) taken through every stage of the default pipeline before
// the named one, as Upto does.
func Seed(tb testing.TB, stage string) *document.Document {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join(shared.Path(tb, "seed"), "*.txt"))
	if len(files) == 0 {
		if os.Getenv("CI") == "true" {
			tb.Fatal("seed article not found under ../shared/data/seed")
		}
		tb.Skip("seed article not found under ../shared/data/seed")
	}
	s := format.Open(files[:1], format.Options{Format: format.Text, Date: "2020-04-18"})
	defer s.Close()
	d, err := s.Next()
	if err != nil {
		tb.Fatal(err)
	}
	return Upto(tb, Coder(tb), []*document.Document{d}, stage)[0]
}

var sharedCoder = sync.OnceValues(func() (*readout.Coder, error) {
	return readout.New(readout.Options{})
})

// Coder returns the default pipeline, built once per test binary.
func Coder(tb testing.TB) *readout.Coder {
	tb.Helper()
	c, err := sharedCoder()
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// Stage returns the stage of c with the given name.
func Stage(tb testing.TB, c *readout.Coder, name string) document.Annotator {
	tb.Helper()
	for _, s := range c.Stages() {
		if s.Name == name {
			return s.Annotator
		}
	}
	tb.Fatalf("the pipeline has no stage %q", name)
	return nil
}

// Upto returns fresh copies of docs taken through every stage of c before
// the named one ("" or an unknown name: through all of them).
func Upto(tb testing.TB, c *readout.Coder, docs []*document.Document, stage string) []*document.Document {
	tb.Helper()
	out := make([]*document.Document, len(docs))
	for i, d := range docs {
		d = Fresh(d)
		for _, s := range c.Stages() {
			if s.Name == stage {
				break
			}
			if err := s.Annotator.Annotate(d); err != nil {
				tb.Fatalf("%s: %s: %v", d.ID, s.Name, err)
			}
		}
		out[i] = d
	}
	return out
}

// Fresh returns a document with only what a reader gives: id, title,
// dates, source, URL, text and the reader's problems.
func Fresh(d *document.Document) *document.Document {
	return &document.Document{ID: d.ID, Title: d.Title, Published: d.Published, Publisher: d.Publisher,
		Source: d.Source, URL: d.URL, Text: d.Text, Problems: slices.Clip(d.Problems)}
}

// Copy returns a shallow copy of d whose slices are clipped to their
// length, so a stage that appends to them on the copy allocates anew
// rather than writing into d's arrays. Elements are shared: a stage that
// rewrites tokens in place (the syntax stage) rewrites d's.
func Copy(d *document.Document) *document.Document {
	c := *d
	c.Paragraphs = slices.Clip(c.Paragraphs)
	c.Sentences = slices.Clip(c.Sentences)
	c.Tokens = slices.Clip(c.Tokens)
	c.Entities = slices.Clip(c.Entities)
	c.Events = slices.Clip(c.Events)
	c.Statements = slices.Clip(c.Statements)
	c.Amounts = slices.Clip(c.Amounts)
	c.Topics = slices.Clip(c.Topics)
	c.Problems = slices.Clip(c.Problems)
	return &c
}

// Count returns the sentences and tokens of coded documents.
func Count(docs []*document.Document) (sentences, tokens int) {
	for _, d := range docs {
		sentences += len(d.Sentences)
		tokens += len(d.Tokens)
	}
	return sentences, tokens
}

// String names the set and its size.
func (s Set) String() string { return fmt.Sprintf("%s-%d", s.Name, s.N) }
