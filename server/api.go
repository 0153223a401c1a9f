package server

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"strings"

	"github.com/readout/readout/document"
	"github.com/readout/readout/format"
	"github.com/readout/readout/store"
)

//go:embed openapi.yaml
var openapiYAML []byte

func (s *Server) health(r *http.Request) (any, error) {
	if err := newParams(r).done(); err != nil {
		return nil, err
	}
	return map[string]string{"status": "ok"}, nil
}

func (s *Server) version(r *http.Request) (any, error) {
	if err := newParams(r).done(); err != nil {
		return nil, err
	}
	return map[string]any{"version": s.cfg.Version, "schema": store.SchemaVersion()}, nil
}

type rawBody struct {
	contentType string
	body        []byte
}

func (b rawBody) writeTo(w http.ResponseWriter) error {
	w.Header().Set("Content-Type", b.contentType)
	_, err := w.Write(b.body)
	return err
}

func (s *Server) openapi(r *http.Request) (any, error) {
	if err := newParams(r).done(); err != nil {
		return nil, err
	}
	return rawBody{"application/yaml; charset=utf-8", openapiYAML}, nil
}

// articleBody reads an article from a request body: JSON
// {id, title, text, date, source, url} or plain text.
func articleBody(r *http.Request) (*document.Document, error) {
	ct, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if r.Header.Get("Content-Type") == "" {
		ct, err = "application/json", nil
	}
	if err != nil {
		return nil, errorf(http.StatusUnsupportedMediaType, "unsupported_media_type", "bad Content-Type: %v", err)
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return nil, err
	}
	var a format.Article
	switch ct {
	case "application/json":
		dec := json.NewDecoder(bytes.NewReader(body))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&a); err != nil {
			return nil, badRequest("malformed JSON: %v", err)
		}
		if dec.More() {
			return nil, badRequest("malformed JSON: more than one value in the body")
		}
	case "text/plain":
		a.Text = string(body)
	default:
		return nil, errorf(http.StatusUnsupportedMediaType, "unsupported_media_type",
			"send application/json or text/plain, not %s", ct)
	}
	d, err := a.Document()
	if err != nil {
		return nil, badRequest("%v", err)
	}
	return d, nil
}

// coded reads the body's article and codes it.
func (s *Server) coded(r *http.Request) (*document.Document, error) {
	if err := newParams(r).done(); err != nil {
		return nil, err
	}
	d, err := articleBody(r)
	if err != nil {
		return nil, err
	}
	if s.cfg.Coder == nil {
		return nil, errorf(http.StatusServiceUnavailable, "no_coder", "this server has no coder")
	}
	if err := s.cfg.Coder.Code(d); err != nil {
		return nil, errorf(http.StatusUnprocessableEntity, "not_coded", "the article could not be coded: %v", err)
	}
	return d, nil
}

func (s *Server) code(r *http.Request) (any, error) {
	return s.coded(r)
}

// stored is the answer to POST /api/articles.
type stored struct {
	Created  bool               `json:"created"`
	Document *document.Document `json:"document"`
}

func (s *Server) storeArticle(r *http.Request) (any, error) {
	d, err := s.coded(r)
	if err != nil {
		return nil, err
	}
	res, err := s.cfg.Store.Put(r.Context(), []*document.Document{d})
	if err != nil {
		return nil, err
	}
	d.ID = res[0].ID
	return stored{Created: res[0].Created, Document: d}, nil
}

func (s *Server) article(r *http.Request) (any, error) {
	if err := newParams(r).done(); err != nil {
		return nil, err
	}
	d, err := s.cfg.Store.Article(r.Context(), r.PathValue("id"))
	if errors.Is(err, store.ErrNotFound) {
		return nil, notFound("no article %q", r.PathValue("id"))
	}
	return d, err
}

// paging reads page and per_page.
func paging(p *params, maxPer int) store.Paging {
	return store.Paging{
		Page:    p.integer("page", 1, 1, 1_000_000),
		PerPage: p.integer("per_page", store.DefaultPerPage, 1, maxPer),
	}
}

// MaxPerPage is the largest page of JSON results; CSV and TSV exports of
// events may ask for up to MaxExport rows at once.
const (
	MaxPerPage = 500
	MaxExport  = 10_000
)

func (s *Server) articles(r *http.Request) (any, error) {
	p := newParams(r)
	q := store.ArticleQuery{
		Text: p.str("q", 500), From: p.date("from"), To: p.date("to"), Actor: p.str("actor", 200),
		Paging: paging(p, MaxPerPage),
	}
	if err := p.done(); err != nil {
		return nil, err
	}
	return s.cfg.Store.Articles(r.Context(), q)
}

func (s *Server) statements(r *http.Request) (any, error) {
	p := newParams(r)
	q := store.StatementQuery{Speaker: p.str("speaker", 200), Text: p.str("q", 500), Paging: paging(p, MaxPerPage)}
	if err := p.done(); err != nil {
		return nil, err
	}
	return s.cfg.Store.Statements(r.Context(), q)
}

func (s *Server) network(r *http.Request) (any, error) {
	p := newParams(r)
	q := store.NetworkQuery{From: p.date("from"), To: p.date("to"), Min: p.integer("min", 1, 1, 1_000_000_000)}
	if err := p.done(); err != nil {
		return nil, err
	}
	return s.cfg.Store.Network(r.Context(), q)
}

// timelineResult is the answer to the dyad timeline.
type timelineResult struct {
	A        string         `json:"a"`
	B        string         `json:"b"`
	Interval string         `json:"interval"`
	Buckets  []store.Bucket `json:"buckets"`
}

func (s *Server) timeline(r *http.Request) (any, error) {
	p := newParams(r)
	q := store.TimelineQuery{
		A: r.PathValue("a"), B: r.PathValue("b"),
		Interval: p.oneOf("interval", store.Day, store.Week, store.Month),
		From:     p.date("from"), To: p.date("to"),
	}
	if err := p.done(); err != nil {
		return nil, err
	}
	for _, c := range []string{q.A, q.B} {
		if !codeRE.MatchString(c) {
			return nil, badRequest("%q is not a CAMEO actor code (A-Z, 0-9)", c)
		}
	}
	bs, err := s.cfg.Store.Timeline(r.Context(), q)
	if err != nil {
		return nil, err
	}
	return timelineResult{q.A, q.B, q.Interval, bs}, nil
}

func (s *Server) events(r *http.Request) (any, error) {
	p := newParams(r)
	q := store.EventQuery{
		Source: p.code("source"), Target: p.code("target"), Code: p.code("code"), Root: p.code("root"),
		Quad: p.integer("quad", 0, 1, 4), From: p.date("from"), To: p.date("to"),
	}
	if dyad := p.str("dyad", 65); dyad != "" {
		a, b, ok := strings.Cut(dyad, "-")
		if !ok || !codeRE.MatchString(a) || !codeRE.MatchString(b) {
			p.fail(badRequest("parameter \"dyad\": %q is not two actor codes joined by '-', e.g. CHN-RUS", dyad))
		}
		q.DyadA, q.DyadB = a, b
	}
	f := p.oneOf("format", "json", "csv", "tsv")
	maxPer := MaxPerPage
	if f != "json" {
		maxPer = MaxExport
	}
	q.Paging = paging(p, maxPer)
	if err := p.done(); err != nil {
		return nil, err
	}
	page, err := s.cfg.Store.Events(r.Context(), q)
	if err != nil {
		return nil, err
	}
	if f == "json" {
		return page, nil
	}
	return eventTable{page: page, sep: map[string]rune{"csv": ',', "tsv": '\t'}[f]}, nil
}
