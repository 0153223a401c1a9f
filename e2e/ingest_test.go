package e2e

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/readout/readout/format"
	"github.com/readout/readout/internal/shared"
	"github.com/readout/readout/store"
)

// dump is a database's content in a comparable form: every article's JSON
// in id order and the row counts of every table.
func dump(t *testing.T, db string) []string {
	t.Helper()
	s, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var ids []string
	for page := 1; ; page++ {
		p, err := s.Articles(context.Background(), store.ArticleQuery{Paging: store.Paging{Page: page, PerPage: 500}})
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range p.Items {
			ids = append(ids, a.ID)
		}
		if len(p.Items) < 500 {
			break
		}
	}
	var out []string
	for _, id := range ids {
		d, err := s.Article(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(d)
		out = append(out, string(b))
	}
	c, err := s.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return append(out, fmt.Sprintf("%+v", c))
}

// subset writes the first n articles of a JSONL file to a new file.
func subset(t *testing.T, src string, n int) string {
	t.Helper()
	f, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var buf bytes.Buffer
	r := bufio.NewReaderSize(f, 1<<20)
	for i := 0; i < n; i++ {
		line, err := r.ReadBytes('\n')
		buf.Write(line)
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(t.TempDir(), "subset.jsonl")
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return out
}

var progressRE = regexp.MustCompile(`(\d+)(?:/\d+)? articles`)

// startIngest runs `readout ingest` and returns once the progress line has
// counted at least atLeast articles, so the caller can stop it mid-run.
func startIngest(t *testing.T, db, input string, atLeast int) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(binary, "ingest", "--db", db, "--batch", "16", "--progress", "always", input)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	reached := make(chan bool, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		sc.Split(splitCR)
		sent := false
		for sc.Scan() {
			m := progressRE.FindStringSubmatch(sc.Text())
			if m == nil || sent {
				continue
			}
			if n, _ := strconv.Atoi(m[1]); n >= atLeast {
				reached <- true
				sent = true
			}
		}
		if !sent {
			reached <- false
		}
	}()
	select {
	case ok := <-reached:
		if !ok {
			t.Fatalf("ingest ended before %d articles", atLeast)
		}
	case <-time.After(5 * time.Minute):
		cmd.Process.Kill()
		t.Fatal("ingest made no progress")
	}
	return cmd
}

// splitCR splits a progress stream at carriage returns and newlines.
func splitCR(data []byte, atEOF bool) (int, []byte, error) {
	if i := bytes.IndexAny(data, "\r\n"); i >= 0 {
		return i + 1, data[:i], nil
	}
	if atEOF && len(data) > 0 {
		return len(data), data, nil
	}
	return 0, nil, nil
}

// TestIngestKillResume stops ingest runs with SIGINT and with SIGKILL
// part-way and checks that running it again ends with the database an
// uninterrupted run produces. It uses the first 600 Reuters articles.
func TestIngestKillResume(t *testing.T) {
	news := shared.Path(t, "news/reuters21578.shared.jsonl")
	needPipeline(t)
	input := subset(t, news, 600)
	dir := t.TempDir()
	whole, resumed := filepath.Join(dir, "whole.db"), filepath.Join(dir, "resumed.db")
	ingestWithin(t, 5*time.Minute, "ingest", "--db", whole, input)

	cmd := startIngest(t, resumed, input, 150)
	cmd.Process.Signal(os.Interrupt)
	if err := cmd.Wait(); err == nil {
		t.Error("interrupted ingest exited 0")
	}
	cmd = startIngest(t, resumed, input, 350)
	cmd.Process.Signal(syscall.SIGKILL)
	if err := cmd.Wait(); err == nil || !strings.Contains(err.Error(), "killed") {
		t.Fatalf("ingest was not killed mid-run: %v", err)
	}
	if n, all := len(dump(t, resumed)), len(dump(t, whole)); n >= all {
		t.Fatalf("the killed run had stored everything (%d of %d)", n-1, all-1)
	}
	stats := readout(t, "ingest", "--db", resumed, input)
	if !strings.Contains(stats, "already stored") {
		t.Errorf("resumed run summary: %s", stats)
	}
	a, b := dump(t, whole), dump(t, resumed)
	if len(a) != len(b) {
		t.Fatalf("uninterrupted run stored %d articles, interrupted runs %d", len(a)-1, len(b)-1)
	}
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("databases differ at article %d:\n%.300s\n%.300s", i, a[i], b[i])
		}
	}
}

// newsFiles returns the news to ingest: by default the first 600 Reuters
// articles; with READOUT_E2E_NEWS=all both shared news files (18,066
// articles); with READOUT_E2E_NEWS=N the first N Reuters articles.
func newsFiles(t *testing.T) []string {
	reuters, wikinews := shared.Path(t, "news/reuters21578.shared.jsonl"), shared.Path(t, "news/wikinews_2019_2020.shared.jsonl")
	switch v := os.Getenv("READOUT_E2E_NEWS"); {
	case v == "all":
		return []string{reuters, wikinews}
	case v != "":
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			t.Fatalf("READOUT_E2E_NEWS=%q: want all or a number", v)
		}
		return []string{subset(t, reuters, n)}
	}
	return []string{subset(t, reuters, 600)}
}

// TestIngestNews ingests news articles in one run (see newsFiles), checks
// that each article's text is stored once, and that a second run adds
// nothing.
func TestIngestNews(t *testing.T) {
	files := newsFiles(t)
	needPipeline(t)
	db := filepath.Join(t.TempDir(), "news.db")
	start := time.Now()
	out := ingestWithin(t, time.Hour, append([]string{"ingest", "--db", db, "--progress", "always"}, files...)...)
	elapsed := time.Since(start)
	if !strings.Contains(out, "articles/s") || !strings.Contains(out, "ETA") {
		t.Errorf("no progress line in:\n%.500s", out)
	}
	read, hashes, ids := inputArticles(t, files)
	s, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	c, _ := s.Counts(context.Background())
	known, err := s.Known(context.Background(), hashes)
	if err != nil {
		t.Fatal(err)
	}
	for i, k := range known {
		if !k {
			t.Errorf("article %s is not stored", ids[i])
		}
	}
	distinct := map[string]bool{}
	for _, h := range hashes {
		distinct[h] = true
	}
	if c.Articles != len(distinct) {
		t.Errorf("%d articles stored, %d distinct texts read", c.Articles, len(distinct))
	}
	s.Close()
	t.Logf("%d articles read, %d stored (%d events) in %v: %.0f articles/s", read, c.Articles, c.Events,
		elapsed.Round(time.Millisecond), float64(read)/elapsed.Seconds())

	start = time.Now()
	out = readout(t, append([]string{"ingest", "--db", db}, files...)...)
	if !strings.Contains(out, fmt.Sprintf("%d read, %d already stored, 0 coded", read, read)) {
		t.Errorf("second run: %s", out)
	}
	if c2 := dump(t, db); c2[len(c2)-1] != fmt.Sprintf("%+v", c) {
		t.Errorf("second run changed the counts: %s, was %+v", c2[len(c2)-1], c)
	}
	t.Logf("second run: %v", time.Since(start).Round(time.Millisecond))
}

// ingestWithin runs readout ingest and returns its stderr. When the run
// makes no progress for a minute (or passes limit), the coder is stuck on
// an article: the test stops it and skips, naming where it stood, since
// nothing here can be checked past that point.
func ingestWithin(t *testing.T, limit time.Duration, args ...string) string {
	t.Helper()
	cmd := exec.Command(binary, append([]string{args[0], "--progress", "always"}, args[1:]...)...)
	var stderr lockedBuffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	deadline := time.After(limit)
	last, lastCount := time.Now(), ""
	for {
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("readout %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
			}
			return stderr.String()
		case <-deadline:
		case <-time.After(time.Second):
			out := stderr.String()
			if i := strings.LastIndexByte(out, '\r'); i >= 0 {
				out = out[i+1:]
			}
			if m := progressRE.FindStringSubmatch(out); m != nil && m[1] != lastCount {
				last, lastCount = time.Now(), m[1]
			}
			if time.Since(last) < time.Minute {
				continue
			}
		}
		cmd.Process.Kill()
		<-done
		out := stderr.String()
		if i := strings.LastIndexByte(out, '\r'); i >= 0 {
			out = out[i+1:]
		}
		t.Skipf("readout ingest stopped progressing (the coder is stuck on an article); last progress: %s", out)
		return ""
	}
}

// lockedBuffer is a bytes.Buffer safe for a writer and a reader at once.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// inputArticles reads the inputs with the reader ingest uses and returns
// how many articles there are, their text hashes and their ids.
func inputArticles(t *testing.T, files []string) (int, []string, []string) {
	st := format.Open(files, format.Options{})
	defer st.Close()
	var hashes, ids []string
	for {
		d, err := st.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("reading the input: %v", err)
		}
		hashes = append(hashes, store.Hash(d.Text))
		ids = append(ids, d.ID)
	}
	return len(hashes), hashes, ids
}
