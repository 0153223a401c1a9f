package server

import (
	"net/http"
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

// params reads query parameters by name and remembers which were read, so
// done can reject the ones no handler asked for. The first bad value is
// kept as the error.
type params struct {
	v    url.Values
	used map[string]bool
	err  *Error
}

func newParams(r *http.Request) *params {
	return &params{v: r.URL.Query(), used: map[string]bool{}}
}

func (p *params) fail(e *Error) {
	if p.err == nil {
		p.err = e
	}
}

// str returns a parameter's value ("" when absent); given twice is an error.
func (p *params) str(name string, maxLen int) string {
	p.used[name] = true
	vs := p.v[name]
	if len(vs) > 1 {
		p.fail(badRequest("parameter %q given %d times", name, len(vs)))
		return ""
	}
	if len(vs) == 0 {
		return ""
	}
	if len(vs[0]) > maxLen {
		p.fail(badRequest("parameter %q is longer than %d bytes", name, maxLen))
		return ""
	}
	return strings.TrimSpace(vs[0])
}

// date returns a YYYY-MM-DD parameter.
func (p *params) date(name string) string {
	s := p.str(name, 10)
	if s == "" {
		return ""
	}
	if _, err := time.Parse("2006-01-02", s); err != nil {
		p.fail(badRequest("parameter %q: %q is not a date (YYYY-MM-DD)", name, s))
		return ""
	}
	return s
}

// integer returns an integer parameter in [min, max], def when absent.
func (p *params) integer(name string, def, min, max int) int {
	s := p.str(name, 12)
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < min || n > max {
		p.fail(badRequest("parameter %q: %q is not an integer from %d to %d", name, s, min, max))
		return def
	}
	return n
}

// oneOf returns a parameter that must be one of the allowed values (the
// first is the default).
func (p *params) oneOf(name string, allowed ...string) string {
	s := p.str(name, 20)
	if s == "" {
		return allowed[0]
	}
	for _, a := range allowed {
		if s == a {
			return s
		}
	}
	p.fail(badRequest("parameter %q: %q is not one of %s", name, s, strings.Join(allowed, ", ")))
	return allowed[0]
}

// codeRE is a CAMEO actor or event code.
var codeRE = regexp.MustCompile(`^[A-Z0-9]{1,32}$`)

// code returns a parameter that must be a CAMEO code (upper-case letters
// and digits).
func (p *params) code(name string) string {
	s := p.str(name, 32)
	if s != "" && !codeRE.MatchString(s) {
		p.fail(badRequest("parameter %q: %q is not a CAMEO code (A-Z, 0-9)", name, s))
		return ""
	}
	return s
}

// done returns the first error, or a 400 naming the parameters that no
// handler read.
func (p *params) done() error {
	if p.err != nil {
		return p.err
	}
	var unknown []string
	for k := range p.v {
		if !p.used[k] {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		known := make([]string, 0, len(p.used))
		for k := range p.used {
			known = append(known, k)
		}
		sort.Strings(known)
		return badRequest("unknown parameter %q (this endpoint takes: %s)", unknown[0], strings.Join(known, ", "))
	}
	return nil
}
