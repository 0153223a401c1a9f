package store

import (
	"context"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"
)

func TestFTSQuery(t *testing.T) {
	tests := []struct{ in, want string }{
		{"telephone", `"telephone"`},
		{"Xi Putin", `"Xi" "Putin"`},
		{`'; DROP TABLE articles; --`, `"DROP" "TABLE" "articles"`},
		{`tele*`, `"tele"*`},
		{`"NEAR(a b)" OR x:`, `"NEAR" "a" "b" "OR" "x"`},
		{`--;'"`, ``},
	}
	for _, tt := range tests {
		if got := ftsQuery(tt.in); got != tt.want {
			t.Errorf("ftsQuery(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestArticles(t *testing.T) {
	s := openTemp(t)
	put(t, s, fixture(t))
	ctx := context.Background()
	tests := []struct {
		name string
		q    ArticleQuery
		want int
	}{
		{"all", ArticleQuery{}, 1},
		{"word", ArticleQuery{Text: "telephone"}, 1},
		{"two words", ArticleQuery{Text: "Putin medical"}, 1},
		{"absent word", ArticleQuery{Text: "volcano"}, 0},
		{"prefix", ArticleQuery{Text: "teleph*"}, 1},
		{"sql-looking", ArticleQuery{Text: `x'); DROP TABLE articles; --`}, 0},
		{"punctuation only", ArticleQuery{Text: `'";--`}, 0},
		{"in range", ArticleQuery{From: "2020-04-01", To: "2020-04-30"}, 1},
		{"before range", ArticleQuery{To: "2020-04-17"}, 1 - 1},
		{"actor prefix", ArticleQuery{Actor: "CHN"}, 1},
		{"actor code", ArticleQuery{Actor: "RUSGOV"}, 1},
		{"actor name", ArticleQuery{Actor: "vladimir putin"}, 1},
		{"other actor", ArticleQuery{Actor: "USA"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := s.Articles(ctx, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if p.Total != tt.want || len(p.Items) != tt.want {
				t.Errorf("total %d, items %d, want %d", p.Total, len(p.Items), tt.want)
			}
		})
	}
	if n, _ := s.Counts(ctx); n.Articles != 1 {
		t.Errorf("articles after the queries: %d", n.Articles)
	}
}

func TestArticlesPaging(t *testing.T) {
	s := openTemp(t)
	for i := 0; i < 7; i++ {
		d := fixture(t)
		d.ID = d.ID + string(rune('a'+i))
		d.Text += string(rune('a' + i))
		put(t, s, d)
	}
	p, err := s.Articles(context.Background(), ArticleQuery{Paging: Paging{Page: 3, PerPage: 3}})
	if err != nil {
		t.Fatal(err)
	}
	if p.Total != 7 || len(p.Items) != 1 || p.Page != 3 {
		t.Errorf("page 3 of 3: total %d items %d page %d", p.Total, len(p.Items), p.Page)
	}
}

func TestEvents(t *testing.T) {
	s := openTemp(t)
	put(t, s, fixture(t))
	tests := []struct {
		name string
		q    EventQuery
		want int
	}{
		{"all", EventQuery{}, 4},
		{"source country", EventQuery{Source: "CHN"}, 1},
		{"source code", EventQuery{Source: "RUSGOV"}, 2},
		{"source code prefix", EventQuery{Source: "RUS"}, 3},
		{"target", EventQuery{Target: "UKR"}, 1},
		{"code", EventQuery{Code: "041"}, 2},
		{"root", EventQuery{Root: "05"}, 1},
		{"quad", EventQuery{Quad: 4}, 1},
		{"dyad", EventQuery{DyadA: "CHN", DyadB: "RUS"}, 3},
		{"dyad reversed", EventQuery{DyadA: "RUS", DyadB: "CHN"}, 3},
		{"dyad codes", EventQuery{DyadA: "CHNGOV", DyadB: "RUSGOV"}, 3},
		{"dates", EventQuery{From: "2020-04-17", To: "2020-04-17"}, 1},
		{"sql-looking code", EventQuery{Code: "041' OR '1'='1"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := s.Events(context.Background(), tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if p.Total != tt.want || len(p.Items) != tt.want {
				t.Errorf("total %d, items %d, want %d", p.Total, len(p.Items), tt.want)
			}
		})
	}
	p, _ := s.Events(context.Background(), EventQuery{Code: "041", Source: "CHN"})
	e := p.Items[0]
	if e.Verb != "spoke with" || e.Date != "2020-04-16" || e.Rule == "" || e.ArticleID != "test-xi-putin-call" ||
		e.SentenceText == "" || e.PloverMode != "phone" {
		t.Errorf("event row = %+v", e)
	}
}

func TestStatements(t *testing.T) {
	s := openTemp(t)
	put(t, s, fixture(t))
	tests := []struct {
		name string
		q    StatementQuery
		want int
	}{
		{"all", StatementQuery{}, 2},
		{"speaker name part", StatementQuery{Speaker: "putin"}, 1},
		{"speaker code", StatementQuery{Speaker: "CHN"}, 1},
		{"content", StatementQuery{Text: "virus"}, 1},
		{"content absent", StatementQuery{Text: "Putin"}, 0}, // names are not content
		{"like wildcard is literal", StatementQuery{Speaker: "%"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := s.Statements(context.Background(), tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if p.Total != tt.want || len(p.Items) != tt.want {
				t.Errorf("total %d, items %d, want %d", p.Total, len(p.Items), tt.want)
			}
		})
	}
}

func TestTimeline(t *testing.T) {
	s := openTemp(t)
	put(t, s, fixture(t))
	for _, pair := range [][2]string{{"CHN", "RUS"}, {"RUS", "CHN"}, {"CHNGOV", "RUSGOV"}} {
		for _, iv := range []string{Day, Week, Month} {
			bs, err := s.Timeline(context.Background(), TimelineQuery{A: pair[0], B: pair[1], Interval: iv})
			if err != nil {
				t.Fatal(err)
			}
			start := map[string]string{Day: "2020-04-16", Week: "2020-04-13", Month: "2020-04-01"}[iv]
			if len(bs) != 1 || bs[0].Start != start || bs[0].Count != 3 || bs[0].Quad != [4]int{3, 0, 0, 0} ||
				math.Abs(bs[0].Goldstein-5.4/3) > 1e-9 {
				t.Errorf("%v %s: %+v", pair, iv, bs)
			}
		}
	}
	if _, err := s.Timeline(context.Background(), TimelineQuery{A: "CHN", B: "RUS", Interval: "year"}); err == nil {
		t.Error("unknown interval accepted")
	}
}

func TestNetwork(t *testing.T) {
	s := openTemp(t)
	put(t, s, fixture(t))
	n, err := s.Network(context.Background(), NetworkQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(n.Edges) != 3 || len(n.Nodes) != 3 || n.Nodes[0].ID != "RUS" || n.Nodes[0].Events != 4 {
		t.Errorf("network = %+v", n)
	}
	n, _ = s.Network(context.Background(), NetworkQuery{Min: 2})
	if len(n.Edges) != 1 || n.Edges[0] != (Edge{Source: "RUS", Target: "CHN", Count: 2, Goldstein: 2.2}) {
		t.Errorf("network min 2 = %+v", n)
	}
	n, _ = s.Network(context.Background(), NetworkQuery{From: "2020-04-17"})
	if len(n.Edges) != 1 || n.Edges[0].Target != "UKR" {
		t.Errorf("network from 04-17 = %+v", n)
	}
}

func TestSegments(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	tests := []struct {
		from, to string
		want     string
	}{
		{"2020-01-01", "2020-12-31", "dyad_years 2020..2020"},
		{"2020-04-16", "2020-04-16", "dyad_days 2020-04-16..2020-04-16"},
		{"2019-11-15", "2021-02-10", "dyad_days 2019-11-15..2019-11-30 dyad_months 2019-12..2019-12 " +
			"dyad_years 2020..2020 dyad_months 2021-01..2021-01 dyad_days 2021-02-01..2021-02-10"},
		{"2020-02-01", "2020-03-31", "dyad_months 2020-02..2020-03"},
	}
	for _, tt := range tests {
		var parts []string
		for _, s := range segments(day(tt.from), day(tt.to)) {
			parts = append(parts, s.table+" "+s.lo+".."+s.hi)
		}
		if got := strings.Join(parts, " "); got != tt.want {
			t.Errorf("segments(%s, %s) = %s\nwant %s", tt.from, tt.to, got, tt.want)
		}
	}
}

// TestNetworkRanges compares the network from the aggregate tables with
// counts straight from the events, over ranges that cut years and months.
func TestNetworkRanges(t *testing.T) {
	s := openTemp(t)
	dates := []string{"2019-12-31", "2020-01-01", "2020-02-29", "2020-03-01", "2020-12-31", "2021-01-15"}
	for i, date := range dates {
		d := fixture(t)
		d.ID, d.Text = fmt.Sprintf("n%d", i), fmt.Sprintf("%s %d", d.Text, i)
		for j := range d.Events {
			d.Events[j].Date = date
		}
		put(t, s, d)
	}
	for _, r := range [][2]string{{"", ""}, {"2020-01-01", "2020-12-31"}, {"2019-12-31", "2020-02-29"},
		{"2020-02-15", "2021-01-14"}, {"2020-03-01", "2020-03-01"}, {"2022-01-01", ""}} {
		n, err := s.Network(context.Background(), NetworkQuery{From: r[0], To: r[1]})
		if err != nil {
			t.Fatal(err)
		}
		got := 0
		for _, e := range n.Edges {
			got += e.Count
		}
		var w where
		w.add("negated = 0 AND target_country <> ''")
		addRange(&w, "date", r[0], r[1])
		var want int
		s.read.QueryRow("SELECT count(*) FROM events"+w.sql(), w.args...).Scan(&want)
		if got != want {
			t.Errorf("range %v: network counts %d events, events table %d", r, got, want)
		}
	}
}
