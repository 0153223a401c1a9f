package store

import (
	"context"
	"testing"
)

// FuzzSearch checks that no search text, however odd, makes a query fail:
// user input reaches FTS5 and LIKE only as quoted terms and parameters.
func FuzzSearch(f *testing.F) {
	for _, s := range []string{"telephone", `"unclosed`, "NEAR(a b)", "a OR b NOT c", "*", "x:y", "'; DROP TABLE articles; --",
		"%_\\", "\x00", "tele*phone", "^start", "(((", "ä€𝄞"} {
		f.Add(s)
	}
	s := openTemp(f)
	put(f, s, fixture(f))
	f.Fuzz(func(t *testing.T, q string) {
		ctx := context.Background()
		if _, err := s.Articles(ctx, ArticleQuery{Text: q, Actor: q}); err != nil {
			t.Errorf("Articles(%q): %v", q, err)
		}
		if _, err := s.Statements(ctx, StatementQuery{Text: q, Speaker: q}); err != nil {
			t.Errorf("Statements(%q): %v", q, err)
		}
		if _, err := s.Events(ctx, EventQuery{Source: q, DyadA: q, DyadB: q, Code: q}); err != nil {
			t.Errorf("Events(%q): %v", q, err)
		}
	})
}
