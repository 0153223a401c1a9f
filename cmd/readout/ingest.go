package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"time"

	"github.com/readout/readout"
	"github.com/readout/readout/document"
	"github.com/readout/readout/format"
	"github.com/readout/readout/server"
	"github.com/readout/readout/store"
)

// newCoder builds readout's default coding pipeline (one coder serves
// every goroutine). Ingest and serve meet the pipeline only here.
func newCoder() (server.Coder, error) {
	return readout.New(readout.Options{})
}

// errInterrupted reports a run stopped by a signal; what was stored stays.
var errInterrupted = errors.New("interrupted; run the same command again to go on where it stopped")

func runIngest(args []string, stdout, stderr io.Writer) error {
	flags := newFlags("ingest", "[OPTIONS] [FILES|DIRS|-]", stderr)
	db := flags.String("db", "readout.db", "database `file` (created if missing)")
	date := flags.String("date", "", "publication date (YYYY-MM-DD) for articles that carry none")
	source := flags.String("source", "", "source name for articles that carry none")
	inFormat := flags.String("format", "", "input format: text, jsonl, json or xml (default: detect)")
	workers := flags.Int("workers", runtime.NumCPU(), "articles coded at once")
	batch := flags.Int("batch", 64, "articles per transaction")
	progress := flags.String("progress", "auto", "progress on stderr: auto (when stderr is a terminal), always or never")
	if err := parseFlags(flags, args); err != nil {
		return err
	}
	if *progress != "auto" && *progress != "always" && *progress != "never" {
		fmt.Fprintf(stderr, "readout ingest: --progress must be auto, always or never\n")
		return errUsage
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	st, err := store.Open(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	coder, err := newCoder()
	if err != nil {
		return err
	}
	stream := format.Open(flags.Args(), format.Options{Format: *inFormat, Date: *date, Source: *source})
	defer stream.Close()
	src := &streamSource{s: stream, stderr: stderr}
	bar := newProgressBar(stderr, *progress == "always" || *progress == "auto" && isTerminal(stderr), countArticles(flags.Args()))
	stats, err := store.Ingest(ctx, st, src, store.IngestOptions{
		Workers: *workers, BatchSize: *batch, Code: coder.Code, Progress: bar.update,
		OnError: func(d *document.Document, err error) {
			bar.clear()
			fmt.Fprintf(stderr, "readout ingest: %s: %v\n", d.ID, err)
		},
	})
	bar.clear()
	fmt.Fprintf(stderr, "%s, %d rejected by the reader\n", summary(stats), src.rejected)
	if errors.Is(err, context.Canceled) {
		return errInterrupted
	}
	return err
}

// streamSource adapts a format.Stream: a bad article is reported and
// skipped, and reading goes on.
type streamSource struct {
	s        *format.Stream
	stderr   io.Writer
	rejected int
}

func (s *streamSource) Next() (*document.Document, error) {
	for {
		d, err := s.s.Next()
		var ae *format.ArticleError
		if errors.As(err, &ae) {
			s.rejected++
			fmt.Fprintf(s.stderr, "readout ingest: %v\n", ae)
			continue
		}
		if d != nil && d.ID == "stdin" {
			// Plain text on stdin has no name; an id from its text keeps
			// one such article from replacing another.
			d.ID = ""
		}
		return d, err
	}
}

func summary(s store.IngestStats) string {
	rate := 0.0
	if sec := s.Elapsed.Seconds(); sec > 0 {
		rate = float64(s.Read) / sec
	}
	return fmt.Sprintf("%d read, %d already stored, %d coded (%d new, %d updated), %d failed in %.1fs (%.0f articles/s)",
		s.Read, s.Skipped, s.Coded, s.Created, s.Updated, s.Failed, s.Elapsed.Seconds(), rate)
}

// progressBar draws one self-overwriting line on a terminal: a bar when
// the number of articles is known, the rate and the time left.
type progressBar struct {
	w     io.Writer
	on    bool
	total int // -1 when unknown
	drawn bool
}

func newProgressBar(w io.Writer, on bool, total int) *progressBar {
	return &progressBar{w: w, on: on, total: total}
}

func (p *progressBar) update(s store.IngestStats) {
	if !p.on {
		return
	}
	done := s.Read
	rate := 0.0
	if sec := s.Elapsed.Seconds(); sec > 0 {
		rate = float64(done) / sec
	}
	line := fmt.Sprintf("%d articles  %.0f articles/s  %d new  %d skipped", done, rate, s.Created+s.Updated, s.Skipped)
	if p.total > 0 {
		frac := math.Min(1, float64(done)/float64(p.total))
		const width = 30
		n := int(frac * width)
		eta := "?"
		if rate > 0 {
			eta = (time.Duration(float64(max(p.total-done, 0))/rate) * time.Second).Round(time.Second).String()
		}
		line = fmt.Sprintf("[%s%s] %3.0f%%  %d/%d articles  %.0f articles/s  ETA %s", strings.Repeat("#", n),
			strings.Repeat("-", width-n), 100*frac, done, p.total, rate, eta)
	}
	fmt.Fprintf(p.w, "\r%s\x1b[K", line)
	p.drawn = true
}

// clear ends the progress line so other output starts on a fresh line.
func (p *progressBar) clear() {
	if p.drawn {
		fmt.Fprint(p.w, "\n")
		p.drawn = false
	}
}

// isTerminal reports whether w is a character device such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// countArticles estimates how many articles the inputs hold, for the ETA:
// a line per JSONL article, a <Sentence> per XML record, one per text
// file. It returns -1 when it cannot tell (stdin, unreadable files).
func countArticles(paths []string) int {
	total := 0
	for _, p := range paths {
		if p == "-" {
			return -1
		}
		err := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			n, err := countFile(path, path == p)
			total += n
			return err
		})
		if err != nil {
			return -1
		}
	}
	if len(paths) == 0 {
		return -1
	}
	return total
}

func countFile(path string, named bool) (int, error) {
	ext := strings.ToLower(filepath.Ext(path))
	switch ext {
	case ".txt", ".text":
		return 1, nil
	case ".json":
		if named {
			return 1, nil
		}
		return 0, nil
	case ".jsonl", ".ndjson", ".xml":
	default:
		if named {
			return 1, nil
		}
		return 0, nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return 0, err
	}
	if ext == ".xml" {
		return bytes.Count(b, []byte("<Sentence ")), nil
	}
	n := 0
	for _, line := range bytes.Split(b, []byte("\n")) {
		if len(bytes.TrimSpace(line)) > 0 {
			n++
		}
	}
	return n, nil
}
