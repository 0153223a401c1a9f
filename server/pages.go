package server

import (
	"bytes"
	"errors"
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/readout/readout/format"
	"github.com/readout/readout/store"
	"github.com/readout/readout/web"
)

// pageFunc is a UI handler: it returns the page name and its data, or an
// error shown on the error page.
type pageFunc func(r *http.Request) (string, any, error)

// pages registers the web UI.
func (s *Server) pages() {
	tmpl, err := web.Load()
	if err != nil {
		panic("web templates: " + err.Error()) // embedded at build time; a test parses them
	}
	s.tmpl = tmpl
	s.mux.Handle("GET /static/", web.Static())
	s.mux.Handle("GET /{$}", http.RedirectHandler("/search", http.StatusFound))
	s.mux.Handle("GET /search", s.page(s.searchPage))
	s.mux.Handle("GET /articles/{id}", s.page(s.articlePage))
	s.mux.Handle("GET /code", s.page(s.codeForm))
	s.mux.Handle("POST /code", s.page(s.codePage))
	s.mux.Handle("GET /dyad", s.page(s.dyadPage))
	s.mux.Handle("GET /network", s.page(s.networkPage))
	s.mux.Handle("/", s.page(func(r *http.Request) (string, any, error) {
		return "", nil, notFound("no page %s", r.URL.Path)
	}))
}

// page wraps a pageFunc: it renders into a buffer first, so a template
// error becomes an error page rather than half a page.
func (s *Server) page(h pageFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name, data, err := h(r)
		status := http.StatusOK
		if err != nil {
			e, ok := err.(*Error)
			if !ok {
				s.logf("%s %s: %v", r.Method, r.URL.Path, err)
				e = errorf(http.StatusInternalServerError, "internal", "internal error")
			}
			status, name = e.Status, "error"
			data = map[string]any{"Title": http.StatusText(e.Status), "Status": e.Status, "Message": e.Message}
		}
		var buf bytes.Buffer
		if err := s.tmpl.Render(&buf, name, data); err != nil {
			s.logf("render %s: %v", name, err)
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		h := w.Header()
		h.Set("Content-Type", "text/html; charset=utf-8")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'")
		w.WriteHeader(status)
		w.Write(buf.Bytes())
	})
}

func (s *Server) articlePage(r *http.Request) (string, any, error) {
	d, err := s.cfg.Store.Article(r.Context(), r.PathValue("id"))
	if errors.Is(err, store.ErrNotFound) {
		return "", nil, notFound("There is no article %q.", r.PathValue("id"))
	}
	if err != nil {
		return "", nil, err
	}
	return "article", map[string]any{"Title": d.Title, "View": web.NewArticleView(d)}, nil
}

// codeFormData is the "code this" page.
type codeFormData struct {
	Title     string
	NeedToken bool
	Form      struct{ Title, Date, Text string }
	Error     string
	View      *web.ArticleView
}

func (s *Server) codeForm(r *http.Request) (string, any, error) {
	return "code", &codeFormData{Title: "Code this", NeedToken: s.cfg.Token != ""}, nil
}

func (s *Server) codePage(r *http.Request) (string, any, error) {
	data := &codeFormData{Title: "Code this", NeedToken: s.cfg.Token != ""}
	r.Body = http.MaxBytesReader(nil, r.Body, s.cfg.MaxBody)
	if err := s.checkPost(r, true); err != nil {
		return "", nil, err
	}
	if err := r.ParseForm(); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return "", nil, tooLarge(s.cfg.MaxBody)
		}
		return "", nil, badRequest("bad form: %v", err)
	}
	data.Form.Title, data.Form.Date, data.Form.Text = r.PostForm.Get("title"), r.PostForm.Get("date"), r.PostForm.Get("text")
	a := format.Article{Title: data.Form.Title, Date: data.Form.Date, Text: data.Form.Text}
	d, err := a.Document()
	switch {
	case err != nil:
		data.Error = err.Error()
	case s.cfg.Coder == nil:
		data.Error = "This server has no coder."
	default:
		if err := s.cfg.Coder.Code(d); err != nil {
			data.Error = "The article could not be coded: " + err.Error()
		} else {
			v := web.NewArticleView(d)
			data.View = &v
		}
	}
	return "code", data, nil
}

// pager is the page navigation of a result list.
type pager struct {
	Page, Pages, Total int
	PrevURL, NextURL   string
}

func newPager(u *url.URL, page, per, total int) pager {
	p := pager{Page: page, Total: total, Pages: (total + per - 1) / per}
	if p.Pages == 0 {
		p.Pages = 1
	}
	link := func(n int) string {
		q := u.Query()
		q.Set("page", strconv.Itoa(n))
		return u.Path + "?" + q.Encode()
	}
	if page > 1 {
		p.PrevURL = link(page - 1)
	}
	if page < p.Pages {
		p.NextURL = link(page + 1)
	}
	return p
}

// chart marks SVG drawn by package web as safe to insert.
type chart = template.HTML

func upper(s string) string { return strings.ToUpper(strings.TrimSpace(s)) }
