package store

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"time"
)

// segment is a run of whole periods of one aggregate table.
type segment struct {
	table, col string // e.g. dyad_months, month
	lo, hi     string // inclusive bounds in the column's format
}

// segments splits the days from..to (inclusive) into whole years, whole
// months and single days, so a range is answered from the fewest rows.
func segments(from, to time.Time) []segment {
	var out []segment
	add := func(table, col, lo, hi string) {
		if n := len(out); n > 0 && out[n-1].table == table {
			out[n-1].hi = hi
			return
		}
		out = append(out, segment{table, col, lo, hi})
	}
	for d := from; !d.After(to); {
		yearEnd := time.Date(d.Year(), 12, 31, 0, 0, 0, 0, time.UTC)
		monthEnd := time.Date(d.Year(), d.Month()+1, 0, 0, 0, 0, 0, time.UTC)
		switch {
		case d.YearDay() == 1 && !yearEnd.After(to):
			add("dyad_years", "year", d.Format("2006"), d.Format("2006"))
			d = yearEnd.AddDate(0, 0, 1)
		case d.Day() == 1 && !monthEnd.After(to):
			add("dyad_months", "month", d.Format("2006-01"), d.Format("2006-01"))
			d = monthEnd.AddDate(0, 0, 1)
		default:
			end := monthEnd
			if end.After(to) {
				end = to
			}
			add("dyad_days", "day", d.Format("2006-01-02"), end.Format("2006-01-02"))
			d = end.AddDate(0, 0, 1)
		}
	}
	return out
}

// dayBounds fills an open end of a range with the first or last stored day.
// (min and max in separate subqueries: each is then one index lookup.)
func (s *SQLite) dayBounds(ctx context.Context, from, to string) (time.Time, time.Time, bool, error) {
	var lo, hi sql.NullString
	if err := s.read.QueryRowContext(ctx, "SELECT (SELECT min(day) FROM dyad_days), (SELECT max(day) FROM dyad_days)").Scan(&lo, &hi); err != nil {
		return time.Time{}, time.Time{}, false, err
	}
	if !lo.Valid {
		return time.Time{}, time.Time{}, false, nil
	}
	// An open or outlying end moves to the edge of the stored year: no
	// events lie beyond, and whole years are read from dyad_years.
	if from == "" || from <= lo.String {
		from = lo.String[:4] + "-01-01"
	}
	if to == "" || to >= hi.String {
		to = hi.String[:4] + "-12-31"
	}
	f, err1 := time.Parse("2006-01-02", from)
	t, err2 := time.Parse("2006-01-02", to)
	if err1 != nil || err2 != nil {
		return f, t, false, fmt.Errorf("bad date range %q..%q", from, to)
	}
	return f, t, !f.After(t), nil
}

// Network returns the country-level actors and the directed edges between
// them with at least q.Min events, summed from the coarsest aggregate
// tables that cover the range.
func (s *SQLite) Network(ctx context.Context, q NetworkQuery) (Network, error) {
	net := Network{Nodes: []Node{}, Edges: []Edge{}}
	from, to, ok, err := s.dayBounds(ctx, q.From, q.To)
	if err != nil || !ok {
		return net, err
	}
	type key struct{ s, t string }
	sums := map[key]*Edge{}
	gsums := map[key]float64{}
	for _, seg := range segments(from, to) {
		// Table and column names come from segments, never from input.
		rows, err := s.read.QueryContext(ctx, "SELECT source, target, n, gsum FROM "+seg.table+
			" WHERE "+seg.col+" >= ? AND "+seg.col+" <= ?", seg.lo, seg.hi)
		if err != nil {
			return net, fmt.Errorf("network: %w", err)
		}
		for rows.Next() {
			var k key
			var n int
			var g float64
			if err := rows.Scan(&k.s, &k.t, &n, &g); err != nil {
				rows.Close()
				return net, fmt.Errorf("network: %w", err)
			}
			if sums[k] == nil {
				sums[k] = &Edge{Source: k.s, Target: k.t}
			}
			sums[k].Count += n
			gsums[k] += g
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return net, fmt.Errorf("network: %w", err)
		}
	}
	count := map[string]int{}
	for k, e := range sums {
		if e.Count < q.Min || e.Count <= 0 {
			continue
		}
		e.Goldstein = gsums[k] / float64(e.Count)
		net.Edges = append(net.Edges, *e)
		count[e.Source] += e.Count
		if e.Target != e.Source {
			count[e.Target] += e.Count
		}
	}
	for id, n := range count {
		net.Nodes = append(net.Nodes, Node{ID: id, Events: n})
	}
	sortNetwork(&net)
	return net, nil
}

func sortNetwork(net *Network) {
	sort.Slice(net.Nodes, func(i, j int) bool {
		a, b := net.Nodes[i], net.Nodes[j]
		return a.Events > b.Events || a.Events == b.Events && a.ID < b.ID
	})
	sort.Slice(net.Edges, func(i, j int) bool {
		a, b := net.Edges[i], net.Edges[j]
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		return a.Source < b.Source || a.Source == b.Source && a.Target < b.Target
	})
}
