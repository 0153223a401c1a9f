package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/readout/readout/document"
)

// benchEvents is how many events the query benchmarks run over.
const benchEvents = 1_000_000

// benchCountries are the actors of the generated events; earlier ones are
// more frequent (weights 1/(i+1)), as a few countries dominate real news.
var benchCountries = []string{"USA", "CHN", "RUS", "GBR", "FRA", "DEU", "IRN", "ISR", "UKR", "IND", "PAK",
	"JPN", "KOR", "PRK", "TUR", "SYR", "IRQ", "SAU", "EGY", "AFG", "BRA", "MEX", "CAN", "AUS", "ZAF", "NGA",
	"ETH", "KEN", "VEN", "CUB", "ITA", "ESP", "POL", "BLR", "TWN", "VNM", "PHL", "IDN", "LBY", "YEM"}

var benchRoles = []string{"", "GOV", "MIL", "BUS", "CVL"}

// benchStore opens a store with benchEvents generated events (cached in
// the file $READOUT_BENCH_DB when that is set, so runs can share it).
func benchStore(b *testing.B) *SQLite {
	b.Helper()
	path := os.Getenv("READOUT_BENCH_DB")
	if path == "" {
		path = filepath.Join(b.TempDir(), "bench.db")
	}
	s, err := Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	var n int
	if err := s.read.QueryRow("SELECT count(*) FROM events").Scan(&n); err != nil {
		b.Fatal(err)
	}
	if n < benchEvents {
		start := time.Now()
		if err := generateEvents(s, benchEvents-n); err != nil {
			b.Fatal(err)
		}
		b.Logf("generated %d events in %v", benchEvents-n, time.Since(start))
	}
	return s
}

// generateEvents inserts n random events, 20 per article, dated over
// 2018–2021, in transactions of 50,000. To be quick it drops the trigger
// that maintains the dyad tables and rebuilds them with one aggregate
// query each, as the trigger would have (TestDyadDaysMatchesEvents checks
// the trigger itself).
func generateEvents(s *SQLite, n int) error {
	var trigger string
	if err := s.write.QueryRow("SELECT sql FROM sqlite_master WHERE name = 'events_dyad_ai'").Scan(&trigger); err != nil {
		return err
	}
	if _, err := s.write.Exec("DROP TRIGGER events_dyad_ai"); err != nil {
		return err
	}
	if err := insertEvents(s, n); err != nil {
		return err
	}
	for _, agg := range []struct{ table, col, expr string }{
		{"dyad_days", "day", "date"}, {"dyad_months", "month", "substr(date, 1, 7)"}, {"dyad_years", "year", "substr(date, 1, 4)"},
	} {
		if _, err := s.write.Exec("DELETE FROM " + agg.table); err != nil {
			return err
		}
		if _, err := s.write.Exec("INSERT INTO " + agg.table + "(source, target, " + agg.col + `, n, q1, q2, q3, q4, gsum)
			SELECT source_country, target_country, ` + agg.expr + `, count(*), sum(quad = 1), sum(quad = 2),
			sum(quad = 3), sum(quad = 4), sum(goldstein) FROM events
			WHERE target_country <> '' AND source_country <> '' AND date <> '' AND negated = 0 GROUP BY 1, 2, 3`); err != nil {
			return err
		}
	}
	if _, err := s.write.Exec(trigger); err != nil {
		return err
	}
	_, err := s.write.Exec("ANALYZE")
	return err
}

func insertEvents(s *SQLite, n int) error {
	r := rand.New(rand.NewPCG(1, 2))
	var cum []float64
	total := 0.0
	for i := range benchCountries {
		total += 1 / float64(i+1)
		cum = append(cum, total)
	}
	pick := func() string {
		x := r.Float64() * total
		for i, c := range cum {
			if x < c {
				return benchCountries[i]
			}
		}
		return benchCountries[len(benchCountries)-1]
	}
	day0 := time.Date(2018, 1, 1, 0, 0, 0, 0, time.UTC)
	for done := 0; done < n; {
		tx, err := s.write.Begin()
		if err != nil {
			return err
		}
		art, _ := tx.Prepare(`INSERT INTO articles(doc_id, hash, title, published, publisher, source, url, text,
			doc, n_events, n_statements, stored_at) VALUES (?, ?, '', ?, '', 'bench', '', '', '{}', 20, 0, '')`)
		ev, _ := tx.Prepare(`INSERT INTO events(article, idx, sentence, source, source_country, target,
			target_country, code, root, quad, goldstein, plover, plover_mode, date, negated, modality,
			according_to, statement, rule, verb) VALUES (?,?,0,?,?,?,?,?,?,?,?,'','',?,0,'asserted','',0,'','')`)
		for k := 0; k < 50_000 && done < n; k += 20 {
			date := day0.AddDate(0, 0, r.IntN(4*365)).Format("2006-01-02")
			id := fmt.Sprintf("bench-%d", done)
			res, err := art.Exec(id, Hash(id), date)
			if err != nil {
				return err
			}
			row, _ := res.LastInsertId()
			for i := 0; i < 20 && done < n; i, done = i+1, done+1 {
				sc, tc := pick(), pick()
				src, tgt := sc+benchRoles[r.IntN(len(benchRoles))], tc+benchRoles[r.IntN(len(benchRoles))]
				root := 1 + r.IntN(20)
				quad := []int{1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4}[root-1]
				g := map[int]float64{1: 1.5, 2: 5, 3: -4, 4: -9}[quad]
				if _, err := ev.Exec(row, i, src, sc, tgt, tc, fmt.Sprintf("%02d0", root), fmt.Sprintf("%02d", root),
					quad, g, date); err != nil {
					return err
				}
			}
		}
		art.Close()
		ev.Close()
		if err := tx.Commit(); err != nil {
			return err
		}
	}
	return nil
}

func BenchmarkTimeline(b *testing.B) {
	s := benchStore(b)
	for _, q := range []TimelineQuery{
		{A: "CHN", B: "RUS", Interval: Day},
		{A: "USA", B: "CHN", Interval: Week},
		{A: "USA", B: "CHN", Interval: Month, From: "2020-01-01", To: "2020-12-31"},
		{A: "CHNGOV", B: "RUSGOV", Interval: Month},
	} {
		b.Run(q.A+"-"+q.B+"/"+q.Interval, func(b *testing.B) {
			for b.Loop() {
				bs, err := s.Timeline(context.Background(), q)
				if err != nil || len(bs) == 0 {
					b.Fatal(err, len(bs))
				}
			}
		})
	}
}

func BenchmarkNetwork(b *testing.B) {
	s := benchStore(b)
	for _, q := range []NetworkQuery{{}, {From: "2020-01-01", To: "2020-12-31", Min: 10}, {From: "2021-06-01", To: "2021-06-30"},
		{From: "2019-11-15", To: "2021-02-10"}} {
		b.Run(fmt.Sprintf("%s..%s/min%d", q.From, q.To, q.Min), func(b *testing.B) {
			for b.Loop() {
				n, err := s.Network(context.Background(), q)
				if err != nil || len(n.Edges) == 0 {
					b.Fatal(err, len(n.Edges))
				}
			}
		})
	}
}

// benchBatch is the batch size BenchmarkPut writes.
var benchBatch = 64

// BenchmarkPut measures storing coded articles (the fixture, four events,
// two statements, three entities) in batches of 64, as ingest does.
func BenchmarkPut(b *testing.B) {
	s, err := Open(context.Background(), filepath.Join(b.TempDir(), "put.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	base := fixture(b)
	batch := make([]*document.Document, benchBatch)
	n := 0
	for b.Loop() {
		for i := range batch {
			d := *base
			d.ID = fmt.Sprintf("put-%d", n)
			d.Text = fmt.Sprintf("%s %d", base.Text, n)
			batch[i] = &d
			n++
		}
		if _, err := s.Put(context.Background(), batch); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}
