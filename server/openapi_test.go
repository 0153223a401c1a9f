package server

import (
	"bufio"
	"bytes"
	"sort"
	"strings"
	"testing"
)

// documented reads the paths and methods of openapi.yaml: keys indented
// two spaces under "paths:" are paths, keys indented four under a path are
// methods.
func documented(t *testing.T) []string {
	t.Helper()
	var out []string
	inPaths, path := false, ""
	sc := bufio.NewScanner(bytes.NewReader(openapiYAML))
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "paths:":
			inPaths = true
		case inPaths && line != "" && !strings.HasPrefix(line, " "):
			inPaths = false
		case inPaths && strings.HasPrefix(line, "  /") && strings.HasSuffix(line, ":"):
			path = strings.TrimSuffix(strings.TrimSpace(line), ":")
		case inPaths && len(line) > 4 && line[:4] == "    " && line[4] != ' ' && strings.HasSuffix(line, ":"):
			m := strings.ToUpper(strings.TrimSuffix(strings.TrimSpace(line), ":"))
			switch m {
			case "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS":
				out = append(out, m+" "+path)
			}
		}
	}
	sort.Strings(out)
	return out
}

// TestOpenAPIMatchesRoutes checks that every route is documented and every
// documented operation is a route.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	doc := documented(t)
	if len(doc) < 5 {
		t.Fatalf("found only %d operations in openapi.yaml: %v", len(doc), doc)
	}
	var routes []string
	for _, r := range New(Config{}).Routes() {
		routes = append(routes, r.Method+" "+r.Path)
	}
	sort.Strings(routes)
	have := map[string]bool{}
	for _, d := range doc {
		have[d] = true
	}
	for _, r := range routes {
		if !have[r] {
			t.Errorf("route %s is not in openapi.yaml", r)
		}
		delete(have, r)
	}
	for d := range have {
		t.Errorf("openapi.yaml documents %s, which is not a route", d)
	}
}

// TestOpenAPIParameters checks that each GET operation documents the query
// parameters its handler accepts: a documented parameter is accepted, and
// the handler rejects names the document does not list.
func TestOpenAPIParameters(t *testing.T) {
	e := newEnv(t, Config{})
	for path, names := range map[string][]string{
		"/api/articles":               {"q", "from", "to", "actor", "page", "per_page"},
		"/api/events":                 {"source", "target", "code", "root", "quad", "from", "to", "dyad", "format", "page", "per_page"},
		"/api/statements":             {"speaker", "q", "page", "per_page"},
		"/api/dyads/CHN/RUS/timeline": {"interval", "from", "to"},
		"/api/network":                {"from", "to", "min"},
	} {
		for _, n := range names {
			if !strings.Contains(string(openapiYAML), "name: "+n+",") && !strings.Contains(string(openapiYAML), "name: "+n+", in: query") &&
				!strings.Contains(string(openapiYAML), "{name: "+n) {
				t.Errorf("%s: parameter %s not in openapi.yaml", path, n)
			}
			code, b := e.get(path + "?" + n + "=")
			if code != 200 {
				t.Errorf("%s?%s=: %d %s", path, n, code, b)
			}
		}
	}
}
