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
	"syscall"
	"testing"
	"time"

	"github.com/readout/readout/format"
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
// uninterrupted run produces.
func TestIngestKillResume(t *testing.T) {
	news := shared(t, "news/reuters21578.shared.jsonl")
	needPipeline(t)
	input := subset(t, news, 1500)
	dir := t.TempDir()
	whole, resumed := filepath.Join(dir, "whole.db"), filepath.Join(dir, "resumed.db")
	readout(t, "ingest", "--db", whole, input)

	cmd := startIngest(t, resumed, input, 300)
	cmd.Process.Signal(os.Interrupt)
	if err := cmd.Wait(); err == nil {
		t.Error("interrupted ingest exited 0")
	}
	cmd = startIngest(t, resumed, input, 800)
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

// newsFiles returns the shared news files, all of them or (when
// READOUT_E2E_NEWS is a number) a subset of that many Reuters articles.
func newsFiles(t *testing.T) []string {
	all := []string{shared(t, "news/reuters21578.shared.jsonl"), shared(t, "news/wikinews_2019_2020.shared.jsonl")}
	if n, err := strconv.Atoi(os.Getenv("READOUT_E2E_NEWS")); err == nil && n > 0 {
		return []string{subset(t, all[0], n)}
	}
	return all
}

// TestIngestNews ingests the shared news articles in one run, checks that
// each article's text is stored once, and that a second run adds nothing.
func TestIngestNews(t *testing.T) {
	if testing.Short() {
		t.Skip("long: ingests the whole news corpus")
	}
	files := newsFiles(t)
	needPipeline(t)
	db := filepath.Join(t.TempDir(), "news.db")
	start := time.Now()
	out := readout(t, append([]string{"ingest", "--db", db, "--progress", "always"}, files...)...)
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
