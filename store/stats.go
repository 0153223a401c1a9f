package store

import (
	"context"
	"fmt"
	"sort"
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
		query = "SELECT " + fmt.Sprintf(expr, "day") + ` AS b, sum(n), sum(q1), sum(q2), sum(q3), sum(q4), sum(gsum)
			FROM dyad_days` + w.sql() + " GROUP BY b ORDER BY b"
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

// Network returns the country-level actors and the directed edges between
// them with at least q.Min events.
func (s *SQLite) Network(ctx context.Context, q NetworkQuery) (Network, error) {
	net := Network{Nodes: []Node{}, Edges: []Edge{}}
	var w where
	addRange(&w, "day", q.From, q.To)
	min := q.Min
	if min < 1 {
		min = 1
	}
	rows, err := s.read.QueryContext(ctx, "SELECT source, target, sum(n), sum(gsum) FROM dyad_days"+w.sql()+
		" GROUP BY source, target HAVING sum(n) >= ?", append(w.args, min)...)
	if err != nil {
		return net, fmt.Errorf("network: %w", err)
	}
	defer rows.Close()
	count := map[string]int{}
	for rows.Next() {
		var e Edge
		var gsum float64
		if err := rows.Scan(&e.Source, &e.Target, &e.Count, &gsum); err != nil {
			return net, fmt.Errorf("network: %w", err)
		}
		e.Goldstein = gsum / float64(e.Count)
		net.Edges = append(net.Edges, e)
		count[e.Source] += e.Count
		if e.Target != e.Source {
			count[e.Target] += e.Count
		}
	}
	if err := rows.Err(); err != nil {
		return net, fmt.Errorf("network: %w", err)
	}
	for id, n := range count {
		net.Nodes = append(net.Nodes, Node{ID: id, Events: n})
	}
	sort.Slice(net.Nodes, func(i, j int) bool {
		if net.Nodes[i].Events != net.Nodes[j].Events {
			return net.Nodes[i].Events > net.Nodes[j].Events
		}
		return net.Nodes[i].ID < net.Nodes[j].ID
	})
	sort.Slice(net.Edges, func(i, j int) bool {
		if net.Edges[i].Count != net.Edges[j].Count {
			return net.Edges[i].Count > net.Edges[j].Count
		}
		return net.Edges[i].Source+net.Edges[i].Target < net.Edges[j].Source+net.Edges[j].Target
	})
	return net, nil
}
