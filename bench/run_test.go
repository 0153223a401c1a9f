package bench

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestRunSample(t *testing.T) {
	var out bytes.Buffer
	res, err := Run(Config{Workers: 2, Limit: 6, Out: &out})
	if err != nil {
		t.Fatal(err)
	}
	if res.Articles != 6 || res.Failed != 0 {
		t.Fatalf("coded %d articles, %d failed (%v); want 6", res.Articles, res.Failed, res.FirstError)
	}
	if got := strings.Count(out.String(), "\n"); got != 6 {
		t.Errorf("wrote %d JSONL lines, want 6", got)
	}
	if res.Sentences < 6 || res.Tokens < 10*res.Sentences/2 {
		t.Errorf("%d sentences, %d tokens: too few for six articles", res.Sentences, res.Tokens)
	}
	if res.First < res.Ready || res.Ready <= 0 {
		t.Errorf("start-up: ready after %v, first article after %v", res.Ready, res.First)
	}
	var names []string
	for _, s := range res.Stages {
		names = append(names, s.Name)
	}
	if got := strings.Join(names, " "); got != "read text syntax actor statement event amount topic write" {
		t.Errorf("stages %q", got)
	}
	var report bytes.Buffer
	res.Print(&report, "the built-in sample")
	for _, want := range []string{"coded 6 articles", "sentences/s", "per core", "start-up", "time by stage"} {
		if !strings.Contains(report.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, report.String())
		}
	}
}

func TestRunRepeatsFiles(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.jsonl")
	body := `{"id":"a1","date":"2024-05-01","text":"Kenya and Uganda signed a trade agreement on Monday."}
{"id":"a2","date":"2024-05-02","text":"Police in Nairobi arrested 12 protesters."}
`
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := Run(Config{Files: []string{path}, Repeat: 3, Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	if res.Articles != 6 {
		t.Errorf("three passes over two articles coded %d", res.Articles)
	}
	// A file that cannot be opened is one failed article, as in readout code.
	res, err = Run(Config{Files: []string{filepath.Join(dir, "missing.jsonl"), path}, Workers: 1})
	if err != nil || res.Failed != 1 || res.Articles != 2 || res.FirstError == nil {
		t.Errorf("with a missing file: %v, %d coded, %d failed", err, res.Articles, res.Failed)
	}
}

func TestSampleArticles(t *testing.T) {
	docs, err := SampleArticles()
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) < 30 {
		t.Fatalf("%d sample articles, want at least 30", len(docs))
	}
	seen := map[string]bool{}
	for _, d := range docs {
		if d.Title == "" || len(d.Text) < 200 || len(d.Published) != 10 || seen[d.ID] {
			t.Errorf("sample %q: title %q, %d bytes, date %q", d.ID, d.Title, len(d.Text), d.Published)
		}
		seen[d.ID] = true
	}
}

func TestFormatting(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 1234567: "1,234,567", -4500: "-4,500"} {
		if got := group(n); got != want {
			t.Errorf("group(%d) = %q, want %q", n, got, want)
		}
	}
	if got := decimal(12.34); got != "12.3" {
		t.Errorf("decimal(12.34) = %q", got)
	}
	if got := Rate(30, 2*time.Second); got != 15 {
		t.Errorf("Rate = %v", got)
	}
	if got := Rate(30, 0); got != 0 {
		t.Errorf("Rate with no time = %v", got)
	}
	if age, ok := ProcessAge(); ok && (age < 0 || age > 24*time.Hour) {
		t.Errorf("process age %v", age)
	}
}
