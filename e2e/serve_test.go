package e2e

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/readout/readout/document"
	"github.com/readout/readout/store"
)

// storedFixture writes the server tests' coded article to a new database.
func storedFixture(t *testing.T) (string, *document.Document) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(repoRoot(), "server", "testdata", "article.json"))
	if err != nil {
		t.Fatal(err)
	}
	var d document.Document
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "fixture.db")
	s, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Put(context.Background(), []*document.Document{&d}); err != nil {
		t.Fatal(err)
	}
	return db, &d
}

// TestServe runs `readout serve` on a database holding a coded article and
// reads it through the API and in the browser.
func TestServe(t *testing.T) {
	db, d := storedFixture(t)
	base := serve(t, db)
	for path, want := range map[string]string{
		"/healthz":                         `"ok"`,
		"/api/version":                     `"schema":`,
		"/api/articles?q=telephone":        d.ID,
		"/api/articles/" + d.ID:            `"code":"041"`,
		"/api/events?dyad=CHN-RUS":         `"total":3`,
		"/api/dyads/CHN/RUS/timeline":      `"start":"2020-04-16"`,
		"/api/network":                     `"nodes":`,
		"/api/articles?unknown=1":          `"bad_request"`,
		"/api/statements?speaker=Vladimir": "unacceptable",
	} {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if !strings.Contains(string(b), want) {
			t.Errorf("%s: %d %.300s\nwant %s", path, resp.StatusCode, b, want)
		}
	}

	ctx := browser(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/articles/"+d.ID),
		chromedp.WaitVisible(chromedp.CSS("#text"))); err != nil {
		t.Fatal(err)
	}
	detail, err := chromedp.Run(ctx, chromedp.Evaluate[string](findCall))
	if err != nil || detail != "ev-0" {
		t.Fatalf("highlighted call: %q %v", detail, err)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`span[data-test="call"]`)),
		chromedp.WaitVisible(chromedp.ID(detail))); err != nil {
		t.Fatal(err)
	}
	text, err := chromedp.Run(ctx, chromedp.Text(chromedp.ID(detail)))
	if err != nil || !strings.Contains(text, "dict/verbs/consult.txt:31") || !strings.Contains(text, "Xi Jinping") {
		t.Errorf("event details: %q %v", text, err)
	}
	dyadChart(t, ctx, base)
	network(t, ctx, base)
}

// TestServeNeedsTokenOffLoopback checks that serve refuses a non-loopback
// address without a token.
func TestServeNeedsTokenOffLoopback(t *testing.T) {
	cmd := exec.Command(binary, "serve", "--db", filepath.Join(t.TempDir(), "x.db"), "--addr", "0.0.0.0:0")
	cmd.Env = append(os.Environ(), "READOUT_TOKEN=")
	done := make(chan error, 1)
	var out strings.Builder
	cmd.Stderr = &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(out.String(), "needs a token") {
			t.Errorf("serve on 0.0.0.0 without a token: %v %s", err, out.String())
		}
	case <-time.After(20 * time.Second):
		cmd.Process.Kill()
		t.Fatal("serve on 0.0.0.0 without a token kept running")
	}
}
