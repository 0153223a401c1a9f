package e2e

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/readout/readout/internal/shared"
)

// chromium returns the path of a Chromium binary, skipping the test when
// there is none (failing under CI=true).
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if inCI() {
		t.Fatal("no Chromium under CI (install the chromium package)")
	}
	t.Skip("no Chromium installed")
	return ""
}

// browser starts a headless Chromium with a fresh profile and returns a
// tab context. On failure the test saves a screenshot of the tab.
func browser(t *testing.T) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium(t)),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1366, 900),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	ctx, cancelT := context.WithTimeout(ctx, 3*time.Minute)
	// Start the browser on this context, so that the shorter contexts of
	// single steps do not own it.
	if err := chromedp.Do(ctx); err != nil {
		cancelT()
		cancelC()
		cancelA()
		t.Fatalf("starting Chromium: %v", err)
	}
	t.Cleanup(func() {
		if t.Failed() {
			screenshot(t, ctx)
		}
		cancelT()
		cancelC()
		cancelA()
	})
	return ctx
}

// screenshot saves the tab as a PNG in the temporary directory and logs
// where it is (the directory is kept).
func screenshot(t *testing.T, ctx context.Context) {
	sctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	png, err := chromedp.Run(sctx, chromedp.FullScreenshot(100)) // 100: PNG
	if err != nil {
		t.Logf("no screenshot: %v", err)
		return
	}
	name := filepath.Join(os.TempDir(), "readout-e2e-"+strings.ReplaceAll(t.Name(), "/", "-")+"-"+time.Now().Format("150405")+".png")
	if err := os.WriteFile(name, png, 0o644); err != nil {
		t.Logf("no screenshot: %v", err)
		return
	}
	t.Logf("screenshot of the failing page: %s", name)
}

// seedID finds the id of the stored seed article through the API.
func seedID(t *testing.T, base string) string {
	t.Helper()
	resp, err := http.Get(base + "/api/articles?" + url.Values{"q": {"Xi Putin phone smearing"}}.Encode())
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var p struct {
		Items []struct{ ID, Published string }
	}
	if err := json.NewDecoder(resp.Body).Decode(&p); err != nil || len(p.Items) == 0 {
		t.Fatalf("seed article not found through the API: %v", err)
	}
	if p.Items[0].Published != "2020-04-18" {
		t.Errorf("seed article published %q, want 2020-04-18", p.Items[0].Published)
	}
	return p.Items[0].ID
}

// TestBrowser ingests the readouts and the seed article, serves them, and
// uses the web UI as an analyst would.
func TestBrowser(t *testing.T) {
	readouts := glob(t, filepath.Join(shared.Path(t, "readouts"), "*.txt"))
	seed := glob(t, filepath.Join(shared.Path(t, "seed"), "*.txt"))
	needPipeline(t)
	ctx := browser(t)
	db := filepath.Join(t.TempDir(), "ui.db")
	readout(t, append([]string{"ingest", "--db", db}, readouts...)...)
	readout(t, append([]string{"ingest", "--db", db, "--date", "2020-04-18"}, seed...)...)
	base := serve(t, db)
	id := seedID(t, base)

	steps := []struct {
		name string
		run  func(t *testing.T, ctx context.Context)
	}{
		{"article page highlights the Xi-Putin call", func(t *testing.T, ctx context.Context) { articlePage(t, ctx, base, id) }},
		{"search", func(t *testing.T, ctx context.Context) { search(t, ctx, base, id) }},
		{"dyad chart", func(t *testing.T, ctx context.Context) { dyadChart(t, ctx, base) }},
		{"code this", func(t *testing.T, ctx context.Context) { codeThis(t, ctx, base, seed[0]) }},
		{"network", func(t *testing.T, ctx context.Context) { network(t, ctx, base) }},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			sctx, cancel := context.WithTimeout(ctx, 45*time.Second)
			defer cancel()
			st.run(t, sctx)
		})
	}
}

// findCall marks the text highlight of a CAMEO 041 event from China to
// Russia with data-test="call" and returns the id of its detail panel.
const findCall = `(() => {
  const d = [...document.querySelectorAll('.detail.event')].find(e =>
    e.dataset.code === '041' && e.dataset.source.startsWith('CHN') && e.dataset.target.startsWith('RUS'));
  if (!d) return '';
  const n = d.id.slice(3);
  const s = [...document.querySelectorAll('#text span[data-ev]')].find(x => x.dataset.ev.split(' ').includes(n));
  if (!s) return 'no-highlight';
  s.setAttribute('data-test', 'call');
  return d.id;
})()`

func articlePage(t *testing.T, ctx context.Context, base, id string) {
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/articles/"+url.PathEscape(id)),
		chromedp.WaitVisible(chromedp.CSS("#text"))); err != nil {
		t.Fatal(err)
	}
	detail, err := chromedp.Run(ctx, chromedp.Evaluate[string](findCall))
	if err != nil {
		t.Fatal(err)
	}
	if detail == "" || detail == "no-highlight" {
		t.Fatalf("no highlighted 041 CHN→RUS event on the article page (%q)", detail)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`span[data-test="call"]`)),
		chromedp.WaitVisible(chromedp.ID(detail))); err != nil {
		t.Fatal(err)
	}
	text, err := chromedp.Run(ctx, chromedp.Text(chromedp.ID(detail)))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"041", "CHN", "RUS", "Rule"} {
		if !strings.Contains(text, want) {
			t.Errorf("event details lack %q:\n%s", want, text)
		}
	}
}

func search(t *testing.T, ctx context.Context, base, id string) {
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/search?kind=articles"),
		chromedp.SendKeys(chromedp.CSS(`#search-form input[name="q"]`), "telephone Putin"),
		chromedp.Submit(chromedp.CSS(`#search-form`)),
		// the results page repeats the words in the field's value attribute
		chromedp.WaitVisible(chromedp.CSS(`#search-form input[name="q"][value="telephone Putin"]`)),
		chromedp.WaitVisible(chromedp.CSS(`.result-article`))); err != nil {
		t.Fatal(err)
	}
	html, err := chromedp.Run(ctx, chromedp.OuterHTML(chromedp.CSS(`#results`)))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(html, "/articles/"+url.PathEscape(id)) && !strings.Contains(html, "/articles/"+id) {
		t.Errorf("search for 'telephone Putin' does not list the seed article %s", id)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/search?kind=events&source=CHN&target=RUS"),
		chromedp.WaitVisible(chromedp.CSS(`table.grid tbody tr`))); err != nil {
		t.Fatalf("event search CHN→RUS shows no events: %v", err)
	}
}

func dyadChart(t *testing.T, ctx context.Context, base string) {
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/dyad"),
		chromedp.SendKeys(chromedp.CSS(`#dyad-form input[name="a"]`), "CHN"),
		chromedp.SendKeys(chromedp.CSS(`#dyad-form input[name="b"]`), "RUS"),
		chromedp.Submit(chromedp.CSS(`#dyad-form`)),
		chromedp.WaitVisible(chromedp.CSS(`svg.timeline`))); err != nil {
		t.Fatal(err)
	}
	n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`+document.querySelector('svg.timeline').dataset.events`))
	if err != nil {
		t.Fatal(err)
	}
	bars, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('svg.timeline g.bar rect').length`))
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 || bars == 0 {
		t.Errorf("CHN–RUS timeline has %d events and %d bars", n, bars)
	}
}

func codeThis(t *testing.T, ctx context.Context, base, article string) {
	b, err := os.ReadFile(article)
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/code"),
		chromedp.SetValue(chromedp.ID("code-text"), string(b)),
		chromedp.SetValue(chromedp.CSS(`#code-form input[name="date"]`), "2020-04-18"),
		chromedp.Submit(chromedp.ID("code-form")),
		chromedp.WaitVisible(chromedp.ID("result"))); err != nil {
		t.Fatal(err)
	}
	detail, err := chromedp.Run(ctx, chromedp.Evaluate[string](findCall))
	if err != nil {
		t.Fatal(err)
	}
	if detail == "" || detail == "no-highlight" {
		t.Errorf("the pasted article shows no highlighted 041 CHN→RUS event (%q)", detail)
	}
}

func network(t *testing.T, ctx context.Context, base string) {
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/network"),
		chromedp.WaitVisible(chromedp.CSS(`svg.network`))); err != nil {
		t.Fatal(err)
	}
	nodes, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('svg.network .node').length`))
	if err != nil || nodes < 2 {
		t.Errorf("network shows %d nodes (%v)", nodes, err)
	}
}
