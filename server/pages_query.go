package server

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/readout/readout/store"
	"github.com/readout/readout/web"
)

// searchData is the search page.
type searchData struct {
	Title string
	Kind  string
	Tabs  []struct {
		Name, URL string
		Active    bool
	}
	Q          url.Values
	Quads      []int
	Error      string
	Pager      pager
	CSV        string
	Articles   *store.Page[store.ArticleSummary]
	Events     *store.Page[store.EventRow]
	Statements *store.Page[store.StatementRow]
}

var searchKinds = []string{"articles", "events", "statements"}

func (s *Server) searchPage(r *http.Request) (string, any, error) {
	p := newParams(r)
	d := &searchData{Title: "Search", Kind: p.oneOf("kind", searchKinds...), Q: r.URL.Query(), Quads: []int{1, 2, 3, 4}}
	for _, k := range searchKinds {
		d.Tabs = append(d.Tabs, struct {
			Name, URL string
			Active    bool
		}{strings.ToUpper(k[:1]) + k[1:], "/search?kind=" + k, k == d.Kind})
	}
	paging := store.Paging{Page: p.integer("page", 1, 1, 1_000_000), PerPage: store.DefaultPerPage}
	var total int
	var err error
	switch d.Kind {
	case "articles":
		q := store.ArticleQuery{Text: p.str("q", 500), Actor: p.str("actor", 200), From: p.date("from"), To: p.date("to"), Paging: paging}
		if p.err == nil {
			var res store.Page[store.ArticleSummary]
			res, err = s.cfg.Store.Articles(r.Context(), q)
			d.Articles, total = &res, res.Total
		}
	case "events":
		q := store.EventQuery{Source: p.code("source"), Target: p.code("target"), Code: p.code("code"),
			Quad: p.integer("quad", 0, 1, 4), From: p.date("from"), To: p.date("to"), Paging: paging}
		if p.err == nil {
			var res store.Page[store.EventRow]
			res, err = s.cfg.Store.Events(r.Context(), q)
			d.Events, total = &res, res.Total
			d.CSV = "/api/events?" + eventsCSVQuery(r.URL.Query()).Encode()
		}
	default:
		q := store.StatementQuery{Speaker: p.str("speaker", 200), Text: p.str("q", 500), Paging: paging}
		if p.err == nil {
			var res store.Page[store.StatementRow]
			res, err = s.cfg.Store.Statements(r.Context(), q)
			d.Statements, total = &res, res.Total
		}
	}
	if err != nil {
		return "", nil, err
	}
	if p.err != nil {
		d.Error = p.err.Message
	}
	d.Pager = newPager(r.URL, paging.Page, paging.PerPage, total)
	return "search", d, nil
}

// eventsCSVQuery keeps the event filters of a search page URL (dropping
// empty ones) for the API's CSV export.
func eventsCSVQuery(in url.Values) url.Values {
	out := url.Values{"format": {"csv"}}
	for _, k := range []string{"source", "target", "code", "quad", "from", "to", "page"} {
		if v := in.Get(k); v != "" {
			out.Set(k, v)
		}
	}
	return out
}

// dyadData is the dyad page.
type dyadData struct {
	Title, A, B, Interval, From, To string
	Intervals                       []string
	Error                           string
	Chart                           chart
	Buckets                         []store.Bucket
	Total                           int
	EventsURL                       string
}

func (s *Server) dyadPage(r *http.Request) (string, any, error) {
	p := newParams(r)
	d := &dyadData{Title: "Dyad", Intervals: []string{store.Month, store.Week, store.Day}}
	d.A, d.B = upper(p.str("a", 32)), upper(p.str("b", 32))
	d.Interval = p.oneOf("interval", d.Intervals...)
	d.From, d.To = p.date("from"), p.date("to")
	if d.A == "" || d.B == "" {
		return "dyad", d, nil
	}
	d.Title = "Dyad " + d.A + "–" + d.B
	if !codeRE.MatchString(d.A) || !codeRE.MatchString(d.B) {
		p.fail(badRequest("actors must be CAMEO codes such as CHN or RUSGOV"))
	}
	if p.err != nil {
		d.Error = p.err.Message
		return "dyad", d, nil
	}
	bs, err := s.cfg.Store.Timeline(r.Context(), store.TimelineQuery{A: d.A, B: d.B, Interval: d.Interval, From: d.From, To: d.To})
	if err != nil {
		return "", nil, err
	}
	d.Buckets = bs
	for _, b := range bs {
		d.Total += b.Count
	}
	d.Chart = web.TimelineSVG(bs, d.Interval)
	q := url.Values{"kind": {"events"}, "source": {d.A}, "target": {d.B}}
	d.EventsURL = "/search?" + q.Encode()
	return "dyad", d, nil
}

// networkData is the network page.
type networkData struct {
	Title, From, To string
	Min             int
	Error           string
	Chart           chart
	Edges           []store.Edge
}

func (s *Server) networkPage(r *http.Request) (string, any, error) {
	p := newParams(r)
	d := &networkData{Title: "Actor network", From: p.date("from"), To: p.date("to"), Min: p.integer("min", 1, 1, 1_000_000_000)}
	if p.err != nil {
		d.Error = p.err.Message
		return "network", d, nil
	}
	n, err := s.cfg.Store.Network(r.Context(), store.NetworkQuery{From: d.From, To: d.To, Min: d.Min})
	if err != nil {
		return "", nil, err
	}
	d.Chart = web.NetworkSVG(n, 30)
	d.Edges = n.Edges
	if len(d.Edges) > 30 {
		d.Edges = d.Edges[:30]
	}
	return "network", d, nil
}
