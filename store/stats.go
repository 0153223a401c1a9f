package store

import (
	"context"
	"fmt"
	"time"
)

// bucketExpr maps an interval to the SQL expression of a bucket's first
// day, given the column holding the day. Weeks start on Monday.
var bucketExpr = map[string]string{
	Day:   "%s",
	Week:  "date(%[1]s, '-' || ((CAST(strftime('%%w', %[1]s) AS INTEGER) + 6) %% 7) || ' days')",
	Month: "substr(%s, 1, 7) || '-01'",
}

// Timeline counts the events between q.A and q.B in both directions per
// interval. Country codes are answered from dyad_days; longer actor codes
// from the events themselves.
func (s *SQLite) Timeline(ctx context.Context, q TimelineQuery) ([]Bucket, error) {
	expr, ok := bucketExpr[q.Interval]
	if !ok {
		return nil, fmt.Errorf("timeline: unknown interval %q", q.Interval)
	}
	var w where
	var query string
	if len(q.A) == 3 && len(q.B) == 3 {
		w.add("((source = ? AND target = ?) OR (source = ? AND target = ?))", q.A, q.B, q.B, q.A)
		addRange(&w, "day", q.From, q.To)
		table, col := "dyad_days", "day"
		if q.Interval == Month && !midMonth(q.From, q.To) {
			table, col, expr = "dyad_months", "month", "%s || '-01'"
			w = where{}
			w.add("((source = ? AND target = ?) OR (source = ? AND target = ?))", q.A, q.B, q.B, q.A)
			addRange(&w, "month", monthOf(q.From), monthOf(q.To))
		}
		query = "SELECT " + fmt.Sprintf(expr, col) + ` AS b, sum(n), sum(q1), sum(q2), sum(q3), sum(q4), sum(gsum)
			FROM ` + table + w.sql() + " GROUP BY b ORDER BY b"
	} else {
		w = eventWhere(EventQuery{DyadA: q.A, DyadB: q.B})
		w.add("e.negated = 0 AND e.date <> ''")
		addRange(&w, "e.date", q.From, q.To)
		query = "SELECT " + fmt.Sprintf(expr, "e.date") + ` AS b, count(*), sum(e.quad = 1), sum(e.quad = 2),
			sum(e.quad = 3), sum(e.quad = 4), sum(e.goldstein) FROM events e` + w.sql() + " GROUP BY b ORDER BY b"
	}
	rows, err := s.read.QueryContext(ctx, query, w.args...)
	if err != nil {
		return nil, fmt.Errorf("timeline: %w", err)
	}
	defer rows.Close()
	out := []Bucket{}
	for rows.Next() {
		var b Bucket
		var gsum float64
		if err := rows.Scan(&b.Start, &b.Count, &b.Quad[0], &b.Quad[1], &b.Quad[2], &b.Quad[3], &gsum); err != nil {
			return nil, fmt.Errorf("timeline: %w", err)
		}
		if b.Count > 0 {
			b.Goldstein = gsum / float64(b.Count)
		}
		out = append(out, b)
	}
	return out, rows.Err()
}

func addRange(w *where, col, from, to string) {
	if from != "" {
		w.add(col+" >= ?", from)
	}
	if to != "" {
		w.add(col+" <= ?", to)
	}
}

// midMonth reports whether a range starts or ends inside a month, so
// monthly totals would count days outside it.
func midMonth(from, to string) bool {
	if from != "" && from[8:] != "01" {
		return true
	}
	if to != "" {
		t, _ := time.Parse("2006-01-02", to)
		return t.AddDate(0, 0, 1).Day() != 1
	}
	return false
}

func monthOf(day string) string {
	if day == "" {
		return ""
	}
	return day[:7]
}
