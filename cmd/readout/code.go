package main

import (
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/readout/readout"
	"github.com/readout/readout/format"
	"github.com/readout/readout/lexicon"
)

// runCode codes articles and writes one JSON object per article (or the
// table, PLOVER or TSV form). A bad article is reported on stderr with its
// file, line and id, and the others go on.
func runCode(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("code", "[OPTIONS] [FILES|DIRS|-]", stderr)
	var df lexicon.Flags
	df.AddTo(fs)
	date := fs.String("date", "", "publication date (YYYY-MM-DD) of articles that carry none")
	source := fs.String("source", "", "source name for articles that carry none")
	in := fs.String("in", "", "input format: text, jsonl, json or xml (default: from name and content)")
	out := fs.String("format", "jsonl", "output: jsonl, table, plover or tsv")
	workers := fs.Int("workers", 0, "articles coded at once (default: one per core)")
	maxBytes := fs.Int("max-bytes", format.DefaultMaxBytes, "largest article accepted, in bytes")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *date != "" {
		d, err := format.NormalizeDate(*date)
		if err != nil {
			return fmt.Errorf("--date %q: %v", *date, err)
		}
		*date = d
	}
	w, err := format.NewWriter(stdout, *out)
	if err != nil {
		return err
	}
	coder, err := loadCoder(&df)
	if err != nil {
		return err
	}
	stream := format.Open(fs.Args(), format.Options{Format: *in, Date: *date, Source: *source, MaxBytes: *maxBytes})
	defer stream.Close()
	prog := newProgress(stderr)
	var coded, failed int
	err = coder.CodeAll(stream.Next, *workers, isFatal, func(it readout.Item) error {
		prog.tick(it.Doc)
		if it.Err != nil {
			failed++
			fmt.Fprintf(stderr, "readout code: %s\n", describe(it))
			return nil
		}
		coded++
		return w.Write(it.Doc)
	})
	prog.done()
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d articles could not be coded (see above)", failed, coded+failed)
	}
	return nil
}

// loadCoder loads the dictionaries the flags name and builds the pipeline.
func loadCoder(df *lexicon.Flags) (*readout.Coder, error) {
	return readout.New(readout.Options{LoadLexicon: df.Load})
}

// isFatal says whether a reading error stops the batch: anything that is
// not about one article.
func isFatal(err error) bool {
	var ae *format.ArticleError
	return !errors.As(err, &ae)
}

// describe names a failed article for a person.
func describe(it readout.Item) string {
	var ae *format.ArticleError
	if errors.As(it.Err, &ae) {
		return ae.Error()
	}
	id := ""
	if it.Doc != nil {
		id = it.Doc.ID
	}
	return fmt.Sprintf("article %q: %v", id, it.Err)
}

// progress prints articles/s on stderr when it is a terminal and the run is
// long enough to need it.
type progress struct {
	w       io.Writer
	on      bool
	start   time.Time
	last    time.Time
	n       int
	printed bool
}

func newProgress(w io.Writer) *progress {
	return &progress{w: w, on: isTerminal(w), start: time.Now()}
}

func (p *progress) tick(any) {
	p.n++
	if !p.on {
		return
	}
	now := time.Now()
	if now.Sub(p.start) < 2*time.Second || now.Sub(p.last) < 250*time.Millisecond {
		return
	}
	p.last = now
	p.printed = true
	rate := float64(p.n) / now.Sub(p.start).Seconds()
	fmt.Fprintf(p.w, "\r%d articles, %.0f/s ", p.n, rate)
}

func (p *progress) done() {
	if p.printed {
		fmt.Fprintln(p.w)
	}
}
