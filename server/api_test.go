package server

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"log"
	"net/http"
	"strings"
	"testing"

	"github.com/readout/readout/document"
	"github.com/readout/readout/store"
)

func TestHealthAndVersion(t *testing.T) {
	e := newEnv(t, Config{})
	if code, b := e.get("/healthz"); code != 200 || !strings.Contains(string(b), `"ok"`) {
		t.Errorf("healthz: %d %s", code, b)
	}
	code, b := e.get("/api/version")
	var v struct {
		Version string
		Schema  int
	}
	if code != 200 || json.Unmarshal(b, &v) != nil || v.Version != "test" || v.Schema != store.SchemaVersion() {
		t.Errorf("version: %d %s", code, b)
	}
	if code, b := e.get("/api/openapi.yaml"); code != 200 || !bytes.HasPrefix(b, []byte("openapi: 3")) {
		t.Errorf("openapi: %d", code)
	}
}

func TestCode(t *testing.T) {
	e := newEnv(t, Config{})
	big := `{"text": "` + strings.Repeat("a", 20<<20) + `"}`
	tests := []struct {
		name, ctype, body string
		status            int
		errCode           string
	}{
		{"json", "application/json", articleJSON(e.doc), 200, ""},
		{"json without content type", "", articleJSON(e.doc), 200, ""},
		{"plain text", "text/plain; charset=utf-8", "Some text to code.", 200, ""},
		{"malformed json", "application/json", `{"text": "unclosed`, 400, "bad_request"},
		{"not an object", "application/json", `["text"]`, 400, "bad_request"},
		{"unknown field", "application/json", `{"text": "x", "colour": "red"}`, 400, "bad_request"},
		{"two values", "application/json", `{"text": "x"} {"text": "y"}`, 400, "bad_request"},
		{"empty article", "application/json", `{"title": " ", "text": ""}`, 400, "bad_request"},
		{"20 MB body", "application/json", big, 413, "body_too_large"},
		{"xml", "application/xml", `<a/>`, 415, "unsupported_media_type"},
		{"coder fails", "text/plain", "FAIL here", 422, "not_coded"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, b, _ := e.do("POST", "/api/code", tt.ctype, strings.NewReader(tt.body))
			if code != tt.status {
				t.Fatalf("status %d, want %d: %.300s", code, tt.status, b)
			}
			if tt.errCode != "" && errorCode(b) != tt.errCode {
				t.Errorf("error code %q, want %q: %.300s", errorCode(b), tt.errCode, b)
			}
		})
	}
	_, b, _ := e.do("POST", "/api/code", "application/json", strings.NewReader(articleJSON(e.doc)))
	var d struct {
		Events []struct{ Code, Source, Target string }
	}
	json.Unmarshal(b, &d)
	if len(d.Events) != 4 || d.Events[0].Code != "041" {
		t.Errorf("coded document events = %+v", d.Events)
	}
	if n, _ := e.st.Counts(t.Context()); n.Articles != 1 {
		t.Errorf("/api/code stored something: %d articles", n.Articles)
	}
}

func TestCodeWithoutCoder(t *testing.T) {
	e := newEnv(t, Config{})
	srv := New(Config{Store: e.st})
	rec := newRecorder(srv, "POST", "/api/code", "text/plain", "text")
	if rec.Code != http.StatusServiceUnavailable || errorCode(rec.Body.Bytes()) != "no_coder" {
		t.Errorf("no coder: %d %s", rec.Code, rec.Body)
	}
}

func TestStoreAndGetArticle(t *testing.T) {
	e := newEnv(t, Config{})
	d := fixture(t)
	d.ID = "posted-1"
	d.Text += " Posted."
	body := `{"id": "posted-1", "title": "Posted", "text": "Nothing much happened.", "date": "2021-03-04"}`
	code, b, _ := e.do("POST", "/api/articles", "application/json", strings.NewReader(body))
	if code != 201 || !strings.Contains(string(b), `"created":true`) {
		t.Fatalf("post: %d %s", code, b)
	}
	code, b, _ = e.do("POST", "/api/articles", "application/json", strings.NewReader(body))
	if code != 201 || !strings.Contains(string(b), `"created":false`) {
		t.Errorf("second post: %d %s", code, b)
	}
	code, b = e.get("/api/articles/posted-1")
	if code != 200 || !strings.Contains(string(b), "Nothing much happened.") || !strings.Contains(string(b), `"published":"2021-03-04"`) {
		t.Errorf("get: %d %s", code, b)
	}
	if code, b := e.get("/api/articles/no-such"); code != 404 || errorCode(b) != "not_found" {
		t.Errorf("missing: %d %s", code, b)
	}
	if code, b := e.get("/api/articles/" + e.doc.ID + "?x=1"); code != 400 {
		t.Errorf("unknown parameter on an article: %d %s", code, b)
	}
}

func TestQueries(t *testing.T) {
	e := newEnv(t, Config{})
	tests := []struct {
		path   string
		status int
		total  int // -1: not a page
	}{
		{"/api/articles", 200, 1},
		{"/api/articles?q=telephone&from=2020-01-01&to=2020-12-31&actor=CHN", 200, 1},
		{"/api/articles?q=" + urlq(`'; DROP TABLE articles; --`), 200, 0},
		{"/api/articles?q=" + urlq(`" OR 1=1 --`), 200, 0},
		{"/api/articles?q=" + urlq(`NEAR(x y) AND *`), 200, 0},
		{"/api/articles?actor=" + urlq(`x' OR '1'='1`), 200, 0},
		{"/api/articles?page=2", 200, 1},
		{"/api/articles?sort=date", 400, -1},
		{"/api/articles?from=yesterday", 400, -1},
		{"/api/articles?per_page=100000", 400, -1},
		{"/api/articles?page=0", 400, -1},
		{"/api/articles?q=a&q=b", 400, -1},
		{"/api/events", 200, 4},
		{"/api/events?source=CHN&target=RUS&code=041", 200, 1},
		{"/api/events?dyad=CHN-RUS", 200, 3},
		{"/api/events?root=19&quad=4&from=2020-04-17&to=2020-04-17", 200, 1},
		{"/api/events?dyad=CHN", 400, -1},
		{"/api/events?source=chn", 400, -1},
		{"/api/events?source=" + urlq("CHN' OR 1=1"), 400, -1},
		{"/api/events?quad=5", 400, -1},
		{"/api/events?format=xml", 400, -1},
		{"/api/events?actor=CHN", 400, -1},
		{"/api/statements?speaker=putin", 200, 1},
		{"/api/statements?q=virus", 200, 1},
		{"/api/statements?speaker=" + urlq("%' OR '1'='1"), 200, 0},
		{"/api/statements?who=x", 400, -1},
		{"/api/dyads/CHN/RUS/timeline?interval=week", 200, -1},
		{"/api/dyads/CHN/RUS/timeline?interval=year", 400, -1},
		{"/api/dyads/chn/RUS/timeline", 400, -1},
		{"/api/dyads/CHN/RUS/timeline?min=2", 400, -1},
		{"/api/network?min=2", 200, -1},
		{"/api/network?min=0", 400, -1},
		{"/api/network?from=2020-13-01", 400, -1},
	}
	for _, tt := range tests {
		code, b := e.get(tt.path)
		if code != tt.status {
			t.Errorf("%s: status %d, want %d: %.300s", tt.path, code, tt.status, b)
			continue
		}
		if code != 200 {
			if errorCode(b) != "bad_request" {
				t.Errorf("%s: no error envelope: %s", tt.path, b)
			}
			continue
		}
		if tt.total >= 0 {
			var p struct{ Total int }
			if err := json.Unmarshal(b, &p); err != nil || p.Total != tt.total {
				t.Errorf("%s: total %d, want %d", tt.path, p.Total, tt.total)
			}
		}
	}
	if n, _ := e.st.Counts(t.Context()); n.Articles != 1 || n.Events != 4 {
		t.Errorf("store changed by queries: %+v", n)
	}
}

func TestTimelineAndNetwork(t *testing.T) {
	e := newEnv(t, Config{})
	_, b := e.get("/api/dyads/RUS/CHN/timeline?interval=month")
	var tl timelineResult
	if err := json.Unmarshal(b, &tl); err != nil || len(tl.Buckets) != 1 || tl.Buckets[0].Start != "2020-04-01" ||
		tl.Buckets[0].Quad != [4]int{3, 0, 0, 0} {
		t.Errorf("timeline: %s", b)
	}
	_, b = e.get("/api/network?min=2")
	var n store.Network
	if err := json.Unmarshal(b, &n); err != nil || len(n.Edges) != 1 || n.Edges[0].Count != 2 {
		t.Errorf("network: %s", b)
	}
}

func TestEventsCSV(t *testing.T) {
	e := newEnv(t, Config{})
	for _, f := range []struct {
		name  string
		comma rune
		ctype string
	}{{"csv", ',', "text/csv"}, {"tsv", '\t', "text/tab-separated-values"}} {
		code, b, resp := e.do("GET", "/api/events?format="+f.name+"&per_page=5000", "", nil)
		if code != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), f.ctype) {
			t.Fatalf("%s: %d %s", f.name, code, resp.Header.Get("Content-Type"))
		}
		r := csv.NewReader(bytes.NewReader(b))
		r.Comma = f.comma
		recs, err := r.ReadAll()
		if err != nil || len(recs) != 5 || recs[0][0] != "article_id" || len(recs[1]) != len(eventColumns) {
			t.Errorf("%s: %v %q", f.name, err, recs)
		}
		if resp.Header.Get("X-Total-Count") != "4" {
			t.Errorf("%s: X-Total-Count %q", f.name, resp.Header.Get("X-Total-Count"))
		}
	}
	if code, _ := e.get("/api/events?per_page=5000"); code != 400 {
		t.Errorf("JSON page of 5000: %d, want 400", code)
	}
}

func TestCell(t *testing.T) {
	for in, want := range map[string]string{"=SUM(A1)": "'=SUM(A1)", "CHN": "CHN", "a\tb\nc": "a b c", "@x": "'@x", "": ""} {
		if got := cell(in); got != want {
			t.Errorf("cell(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRoutingErrors(t *testing.T) {
	e := newEnv(t, Config{})
	if code, b := e.get("/api/nothing"); code != 404 || errorCode(b) != "not_found" {
		t.Errorf("unknown endpoint: %d %s", code, b)
	}
	if code, b, _ := e.do("DELETE", "/api/articles", "", nil); code != 405 || errorCode(b) != "method_not_allowed" {
		t.Errorf("DELETE: %d %s", code, b)
	}
	if code, b, _ := e.do("PUT", "/api/articles/x", "", nil); code != 405 {
		t.Errorf("PUT: %d %s", code, b)
	}
}

func TestToken(t *testing.T) {
	e := newEnv(t, Config{Token: "s3cret"})
	body := articleJSON(e.doc)
	tests := []struct {
		name   string
		hdr    []string
		status int
	}{
		{"no token", nil, 401},
		{"wrong token", []string{"Authorization", "Bearer nope"}, 401},
		{"token", []string{"Authorization", "Bearer s3cret"}, 201},
		{"token, other site", []string{"Authorization", "Bearer s3cret", "Origin", "http://evil.example"}, 403},
	}
	for _, tt := range tests {
		code, b, _ := e.do("POST", "/api/articles", "application/json", strings.NewReader(body), tt.hdr...)
		if code != tt.status {
			t.Errorf("%s: %d, want %d: %s", tt.name, code, tt.status, b)
		}
	}
	if code, _ := e.get("/api/articles"); code != 200 {
		t.Errorf("GET needs no token: %d", code)
	}
}

func TestOriginWithoutToken(t *testing.T) {
	e := newEnv(t, Config{})
	code, _, _ := e.do("POST", "/api/articles", "text/plain", strings.NewReader("x"), "Origin", "http://evil.example")
	if code != 403 {
		t.Errorf("cross-site POST: %d, want 403", code)
	}
	code, _, _ = e.do("POST", "/api/code", "text/plain", strings.NewReader("x"), "Origin", e.srv.URL)
	if code != 200 {
		t.Errorf("same-site POST: %d, want 200", code)
	}
}

type panicCoder struct{}

func (panicCoder) Code(*document.Document) error { panic("boom") }

func TestCoderPanic(t *testing.T) {
	e := newEnv(t, Config{Coder: panicCoder{}, Log: log.New(io.Discard, "", 0)})
	code, b, _ := e.do("POST", "/api/code", "text/plain", strings.NewReader("text"))
	if code != 500 || errorCode(b) != "internal" || strings.Contains(string(b), "boom") {
		t.Errorf("panicking coder: %d %s", code, b)
	}
}
