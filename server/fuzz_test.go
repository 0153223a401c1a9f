package server

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// FuzzAPI sends arbitrary bodies and query strings and checks that the
// server answers each with a status below 500 and, for errors, the JSON
// envelope.
func FuzzAPI(f *testing.F) {
	for _, s := range []string{`{"text": "x"}`, `{"text": `, `[]`, `null`, `{"id": 5, "text": "y"}`, "q=a&q=b", "per_page=-1",
		"dyad=A-", "from=2020-02-30", "\xff\xfe"} {
		f.Add(s, s)
	}
	e := newEnv(f, Config{})
	f.Fuzz(func(t *testing.T, body, query string) {
		h := New(Config{Store: e.st, Coder: tableCoder{e.doc}})
		for _, ct := range []string{"application/json", "text/plain"} {
			rec := newRecorder(h, "POST", "/api/code", ct, body)
			if rec.Code >= 500 {
				t.Errorf("POST %q (%s): %d %s", body, ct, rec.Code, rec.Body)
			}
		}
		for _, path := range []string{"/api/articles", "/api/events", "/api/statements", "/api/network", "/api/dyads/CHN/RUS/timeline"} {
			req, err := http.NewRequest("GET", path+"?"+query, nil)
			if err != nil {
				return
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code >= 500 || rec.Code != 200 && errorCode(rec.Body.Bytes()) == "" {
				t.Errorf("GET %s?%s: %d %s", path, query, rec.Code, strings.TrimSpace(rec.Body.String()))
			}
		}
	})
}
