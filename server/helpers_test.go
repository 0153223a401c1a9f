package server

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/readout/readout/document"
	"github.com/readout/readout/store"
)

// fixture loads testdata/article.json, a coded article in readout's output
// shape written for these tests.
func fixture(t testing.TB) *document.Document {
	t.Helper()
	b, err := os.ReadFile("testdata/article.json")
	if err != nil {
		t.Fatal(err)
	}
	var d document.Document
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatal(err)
	}
	return &d
}

// tableCoder stands in for the pipeline in these tests: it knows the
// annotations of the fixture's text, gives any other text one sentence and
// nothing else, and fails on text containing "FAIL".
type tableCoder struct{ known *document.Document }

func (c tableCoder) Code(d *document.Document) error {
	if strings.Contains(d.Text, "FAIL") {
		return errors.New("cannot code this")
	}
	if d.Text == c.known.Text {
		k := *c.known
		k.ID, k.Title, k.Published, k.Source, k.URL = d.ID, d.Title, d.Published, d.Source, d.URL
		*d = k
		return nil
	}
	d.Sentences = []document.Sentence{{Start: 0, End: len(d.Text), Text: d.Text}}
	return nil
}

// env is a server over a fresh store holding the fixture.
type env struct {
	t   testing.TB
	srv *httptest.Server
	st  *store.SQLite
	doc *document.Document
}

func newEnv(t testing.TB, cfg Config) *env {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	d := fixture(t)
	if _, err := st.Put(context.Background(), []*document.Document{d}); err != nil {
		t.Fatal(err)
	}
	cfg.Store = st
	if cfg.Coder == nil {
		cfg.Coder = tableCoder{fixture(t)}
	}
	cfg.Version = "test"
	srv := httptest.NewServer(New(cfg))
	t.Cleanup(srv.Close)
	return &env{t: t, srv: srv, st: st, doc: d}
}

// do sends a request and returns the status, body and response.
func (e *env) do(method, path, ctype string, body io.Reader, hdr ...string) (int, []byte, *http.Response) {
	e.t.Helper()
	req, err := http.NewRequest(method, e.srv.URL+path, body)
	if err != nil {
		e.t.Fatal(err)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		e.t.Fatal(err)
	}
	return resp.StatusCode, b, resp
}

func (e *env) get(path string) (int, []byte) {
	e.t.Helper()
	code, b, _ := e.do("GET", path, "", nil)
	return code, b
}

// errorCode decodes an error envelope and returns its code ("" if the
// body is not one).
func errorCode(b []byte) string {
	var env struct {
		Error *struct{ Code, Message string } `json:"error"`
	}
	if json.Unmarshal(b, &env) != nil || env.Error == nil || env.Error.Message == "" {
		return ""
	}
	return env.Error.Code
}

// articleJSON is the fixture as a POST body.
func articleJSON(d *document.Document) string {
	body := strings.TrimPrefix(d.Text, d.Title+"\n\n")
	b, _ := json.Marshal(map[string]string{"id": d.ID, "title": d.Title, "text": body, "date": d.Published, "source": "api-test"})
	return string(b)
}

func urlq(s string) string { return url.QueryEscape(s) }

func newRecorder(h http.Handler, method, path, ctype, body string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, path, strings.NewReader(body))
	req.Header.Set("Content-Type", ctype)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}
