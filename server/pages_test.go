package server

import (
	"net/url"
	"strings"
	"testing"

	"github.com/readout/readout/document"
)

func TestPages(t *testing.T) {
	e := newEnv(t, Config{})
	tests := []struct {
		path   string
		status int
		want   []string
	}{
		{"/search", 200, []string{"Xi and Putin discuss epidemic by phone"}},
		{"/search?kind=articles&q=telephone", 200, []string{"/articles/test-xi-putin-call"}},
		{"/search?kind=events&source=CHN", 200, []string{"041", "format=csv"}},
		{"/search?kind=statements&speaker=putin", 200, []string{"were unacceptable"}},
		{"/search?kind=events&from=notadate", 200, []string{"is not a date"}},
		{"/articles/test-xi-putin-call", 200, []string{`data-ev="0 1"`, `id="ev-0"`, `data-code="041"`, "dict/verbs/consult.txt:31"}},
		{"/articles/missing", 404, []string{"There is no article"}},
		{"/dyad?a=CHN&b=RUS&interval=day", 200, []string{`class="chart timeline"`, `data-events="3"`}},
		{"/dyad?a=chn&b=rus", 200, []string{`data-events="3"`}},
		{"/dyad?a=CH%20N&b=RUS", 200, []string{"must be CAMEO codes"}},
		{"/network", 200, []string{`class="chart network"`, `data-nodes="3"`}},
		{"/code", 200, []string{`<textarea name="text"`}},
		{"/static/style.css", 200, []string{"--accent"}},
		{"/nowhere", 404, []string{"no page"}},
	}
	for _, tt := range tests {
		code, b := e.get(tt.path)
		if code != tt.status {
			t.Errorf("%s: status %d, want %d", tt.path, code, tt.status)
		}
		for _, w := range tt.want {
			if !strings.Contains(string(b), w) {
				t.Errorf("%s: page lacks %q", tt.path, w)
			}
		}
	}
}

// TestPagesEscapeArticleText stores an article whose text, title and
// annotations carry markup and checks that every page shows it as text.
func TestPagesEscapeArticleText(t *testing.T) {
	e := newEnv(t, Config{})
	evil := `<script>alert("x")</script><img src=x onerror=alert(1)>`
	d := &document.Document{ID: "evil", Title: evil, Published: "2021-01-01", Text: evil + " said " + evil}
	d.Entities = []document.Entity{{ID: "e1", Name: evil, Actor: `"><b>`, Mentions: []document.Mention{{Start: 0, End: 8, Text: "<script>"}}}}
	d.Statements = []document.Statement{{Speaker: evil, Cue: "said", Content: d.SpanOf(len(evil)+6, len(d.Text))}}
	d.Events = []document.Event{{Source: "CHN", Target: "RUS", Code: "041", Date: "2021-01-01", Plover: evil,
		Evidence: document.Evidence{VerbSpan: d.SpanOf(len(evil)+1, len(evil)+5), Rule: evil}}}
	if _, err := e.st.Put(t.Context(), []*document.Document{d}); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/articles/evil", "/search?kind=articles&q=alert", "/search?kind=statements",
		"/search?kind=events", "/search?kind=articles&q=" + urlq(evil)} {
		_, b := e.get(path)
		s := string(b)
		if strings.Contains(s, "<script>alert") || strings.Contains(s, "<img src=x") || strings.Contains(s, `"><b>`) {
			t.Errorf("%s: unescaped markup in the page", path)
		}
		if path == "/articles/evil" && !strings.Contains(s, "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;") {
			t.Errorf("%s: escaped text missing", path)
		}
	}
	code, b, _ := e.do("POST", "/code", "application/x-www-form-urlencoded",
		strings.NewReader("title=t&text="+urlq(evil)))
	if code != 200 || strings.Contains(string(b), "<script>alert") {
		t.Errorf("code page: %d, unescaped: %v", code, strings.Contains(string(b), "<script>alert"))
	}
}

func TestCodePage(t *testing.T) {
	e := newEnv(t, Config{})
	body := strings.TrimPrefix(e.doc.Text, e.doc.Title+"\n\n")
	code, b, _ := e.do("POST", "/code", "application/x-www-form-urlencoded",
		strings.NewReader("title="+urlq(e.doc.Title)+"&date=2020-04-18&text="+urlq(body)))
	if code != 200 || !strings.Contains(string(b), `data-code="041"`) || !strings.Contains(string(b), `id="result"`) {
		t.Errorf("code page: %d %.500s", code, b)
	}
	e2 := newEnv(t, Config{Token: "tok"})
	code, _, _ = e2.do("POST", "/code", "application/x-www-form-urlencoded", strings.NewReader("text=hello"))
	if code != 401 {
		t.Errorf("code page without token: %d", code)
	}
	code, b, _ = e2.do("POST", "/code", "application/x-www-form-urlencoded", strings.NewReader("text=hello&token=tok"))
	if code != 200 || !strings.Contains(string(b), `id="result"`) {
		t.Errorf("code page with token: %d", code)
	}
}

// TestOddIDs stores an article whose id has characters that mean
// something in a URL and follows the links to it.
func TestOddIDs(t *testing.T) {
	e := newEnv(t, Config{})
	d := fixture(t)
	d.ID, d.Text = "feed/a b?c#d", d.Text+" Odd."
	if _, err := e.st.Put(t.Context(), []*document.Document{d}); err != nil {
		t.Fatal(err)
	}
	if code, b := e.get("/api/articles/" + url.PathEscape(d.ID)); code != 200 || !strings.Contains(string(b), "Odd.") {
		t.Errorf("API: %d", code)
	}
	_, b := e.get("/search?kind=articles&q=Odd")
	link := "/articles/" + url.PathEscape(d.ID)
	if !strings.Contains(string(b), link) {
		t.Fatalf("search page lacks the link %s", link)
	}
	if code, b := e.get(link); code != 200 || !strings.Contains(string(b), "Odd.") {
		t.Errorf("article page: %d", code)
	}
}
