package lexicon

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Pos is a place in a dictionary file: a 1-based line and a 1-based byte
// column (0 when the problem concerns the whole line).
type Pos struct {
	File string
	Line int
	Col  int
	rule string // Rule, when set by the loader (see setRules)
}

// String returns "file:line:col", "file:line" when Col is 0, or just the
// file when Line is 0 too.
func (p Pos) String() string {
	if p.Line == 0 {
		return p.File
	}
	s := p.File + ":" + strconv.Itoa(p.Line)
	if p.Col > 0 {
		s += ":" + strconv.Itoa(p.Col)
	}
	return s
}

// Rule returns "file:line", the form stored in document.Evidence.Rule and
// document.Entity.Rule. The loader makes it once for the entries the
// coding stages cite, so that citing one allocates nothing.
func (p Pos) Rule() string {
	if p.rule != "" && p.ruleFits() {
		return p.rule
	}
	return p.File + ":" + strconv.Itoa(p.Line)
}

// ruleFits says whether p.rule still names p's file and line (a Pos whose
// File or Line was changed after loading must not cite the old place).
func (p Pos) ruleFits() bool {
	n := len(p.File)
	return len(p.rule) > n && p.rule[:n] == p.File && p.rule[n] == ':' && atoiOK(p.rule[n+1:], p.Line)
}

// atoiOK says whether s is the decimal form of n.
func atoiOK(s string, n int) bool {
	if s == "" || n < 0 {
		return false
	}
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] < '0' || s[i] > '9' || n%10 != int(s[i]-'0') {
			return false
		}
		n /= 10
	}
	return n == 0 && (len(s) == 1 || s[0] != '0')
}

// Severity says whether a Problem stops a dictionary from being used as
// written (Error) or is worth a look (Warning).
type Severity uint8

// Severities.
const (
	Error Severity = iota
	Warning
)

func (s Severity) String() string {
	if s == Warning {
		return "warning"
	}
	return "error"
}

// Problem is one finding about a dictionary line.
type Problem struct {
	Pos      Pos
	Severity Severity
	Msg      string
	Excerpt  string // the offending line, trimmed; "" when not tied to a line
}

// Error returns "file:line:col: message".
func (p *Problem) Error() string { return p.Pos.String() + ": " + p.Msg }

// ErrorList is a list of problems. Sort orders it by position; Err returns
// nil when it is empty.
type ErrorList []*Problem

// Add appends a problem.
func (l *ErrorList) Add(pos Pos, sev Severity, excerpt, format string, args ...any) {
	msg := strings.ToValidUTF8(fmt.Sprintf(format, args...), "\uFFFD")
	*l = append(*l, &Problem{Pos: pos, Severity: sev, Msg: msg, Excerpt: trimExcerpt(excerpt)})
}

// Sort orders the list by file, line and column, keeping the order of
// problems at the same place.
func (l ErrorList) Sort() {
	slices.SortStableFunc(l, func(a, b *Problem) int {
		return cmp.Or(cmp.Compare(a.Pos.File, b.Pos.File), cmp.Compare(a.Pos.Line, b.Pos.Line), cmp.Compare(a.Pos.Col, b.Pos.Col))
	})
}

// Err returns the list as an error, or nil when it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Error returns one line per problem; each problem with an excerpt is
// followed by a tab-indented line holding it.
func (l ErrorList) Error() string {
	var b strings.Builder
	for i, p := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(p.Error())
		if p.Excerpt != "" {
			b.WriteString("\n\t")
			b.WriteString(p.Excerpt)
		}
	}
	return b.String()
}

// Unwrap lets errors.As find single problems in the list.
func (l ErrorList) Unwrap() []error {
	errs := make([]error, len(l))
	for i, p := range l {
		errs[i] = p
	}
	return errs
}

// trimExcerpt shortens an excerpt for display. The whole line is always in
// the file; the excerpt only points at it.
func trimExcerpt(s string) string {
	s = strings.TrimSpace(strings.ToValidUTF8(strings.TrimSuffix(s, "\r"), "\uFFFD"))
	const max = 160
	if len(s) > max {
		cut := max
		for cut > 0 && s[cut]&0xC0 == 0x80 { // do not split a UTF-8 sequence
			cut--
		}
		s = s[:cut] + "..."
	}
	return s
}

// Report holds the problems of a load or a check, errors and warnings apart.
type Report struct {
	Errors   ErrorList
	Warnings ErrorList
}

// add records a problem of the given severity.
func (r *Report) add(pos Pos, sev Severity, excerpt, format string, args ...any) {
	if sev == Warning {
		r.Warnings.Add(pos, sev, excerpt, format, args...)
		return
	}
	r.Errors.Add(pos, sev, excerpt, format, args...)
}

// errorf records an error.
func (r *Report) errorf(pos Pos, excerpt, format string, args ...any) {
	r.Errors.Add(pos, Error, excerpt, format, args...)
}

// warnf records a warning.
func (r *Report) warnf(pos Pos, excerpt, format string, args ...any) {
	r.Warnings.Add(pos, Warning, excerpt, format, args...)
}

// merge appends another report's problems.
func (r *Report) merge(o *Report) {
	r.Errors = append(r.Errors, o.Errors...)
	r.Warnings = append(r.Warnings, o.Warnings...)
}

// sort sorts both lists.
func (r *Report) sort() {
	r.Errors.Sort()
	r.Warnings.Sort()
}
