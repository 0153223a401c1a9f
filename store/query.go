package store

import (
	"strings"
	"unicode"
)

// where collects the conditions and arguments of a WHERE clause. Every
// value goes in as an argument; only fixed SQL text is concatenated.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

func (w *where) sql() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

// maxRune sorts after every string that starts with a given prefix.
const maxRune = "\U0010FFFF"

// actorCond matches a CAMEO actor: a three-letter code matches the country
// column, a longer one matches the code column by prefix (CHNGOV matches
// CHNGOVMIL too); codes shorter than three letters match by prefix.
func actorCond(codeCol, countryCol, v string) (string, []any) {
	if len(v) == 3 && countryCol != "" {
		return countryCol + " = ?", []any{v}
	}
	if len(v) > 3 && countryCol != "" {
		// The country condition lets the query use the country indexes.
		return "(" + countryCol + " = ? AND " + codeCol + " >= ? AND " + codeCol + " < ?)", []any{v[:3], v, v + maxRune}
	}
	return "(" + codeCol + " >= ? AND " + codeCol + " < ?)", []any{v, v + maxRune}
}

// ftsQuery turns what a user typed into an FTS5 query that cannot be a
// syntax error: each word becomes a quoted term, and all must match. A
// trailing * on a word asks for a prefix match.
func ftsQuery(s string) string {
	var terms []string
	var b strings.Builder
	flush := func(prefix bool) {
		if b.Len() == 0 {
			return
		}
		t := `"` + b.String() + `"`
		if prefix {
			t += "*"
		}
		terms = append(terms, t)
		b.Reset()
	}
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		case r == '*':
			flush(true)
		default:
			flush(false)
		}
	}
	flush(false)
	return strings.Join(terms, " ")
}

// likeEscape escapes LIKE wildcards so a value matches literally (with
// ESCAPE '\').
func likeEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(s)
}

// limits returns LIMIT and OFFSET for a page, with defaults and bounds.
func (p Paging) limits() (page, per int) {
	page, per = p.Page, p.PerPage
	if page < 1 {
		page = 1
	}
	if per < 1 {
		per = DefaultPerPage
	}
	return page, per
}
