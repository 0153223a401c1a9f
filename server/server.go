package server

import (
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"net/http"
	"net/url"
	"runtime/debug"

	"github.com/readout/readout/document"
	"github.com/readout/readout/store"
	"github.com/readout/readout/web"
)

// Coder codes one article in place. It must be safe for concurrent use.
type Coder interface {
	Code(d *document.Document) error
}

// DefaultMaxBody is the largest request body accepted unless configured.
const DefaultMaxBody = 10 << 20

// Config is what a Server needs.
type Config struct {
	Store   store.Store
	Coder   Coder  // nil: coding endpoints answer 503
	Token   string // when set, POST requests must send "Authorization: Bearer <Token>"
	Version string
	MaxBody int64       // largest request body; 0 means DefaultMaxBody
	Log     *log.Logger // nil: the standard logger
}

// Server serves the API and the web UI.
type Server struct {
	cfg   Config
	mux   *http.ServeMux
	paths *http.ServeMux // every API path without its method, to tell 405 from 404
	tmpl  *web.Pages
}

// apiFunc is an API handler: it returns a value to write as JSON (or a
// writer for other formats) or an error.
type apiFunc func(r *http.Request) (any, error)

// Route is one API endpoint.
type Route struct {
	Method, Path string
	handle       apiFunc
}

// New returns a Server for cfg.
func New(cfg Config) *Server {
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = DefaultMaxBody
	}
	s := &Server{cfg: cfg, mux: http.NewServeMux(), paths: http.NewServeMux()}
	seen := map[string]bool{}
	for _, rt := range s.Routes() {
		s.mux.Handle(rt.Method+" "+rt.Path, s.api(rt.handle))
		if !seen[rt.Path] {
			s.paths.Handle(rt.Path, http.NotFoundHandler())
			seen[rt.Path] = true
		}
	}
	s.mux.Handle("/api/", s.api(s.noRoute))
	s.pages()
	return s
}

// Routes lists the API endpoints; openapi.yaml documents exactly these.
func (s *Server) Routes() []Route {
	return []Route{
		{"GET", "/healthz", s.health},
		{"GET", "/api/version", s.version},
		{"GET", "/api/openapi.yaml", s.openapi},
		{"POST", "/api/code", s.code},
		{"POST", "/api/articles", s.storeArticle},
		{"GET", "/api/articles", s.articles},
		{"GET", "/api/articles/{id}", s.article},
		{"GET", "/api/events", s.events},
		{"GET", "/api/statements", s.statements},
		{"GET", "/api/dyads/{a}/{b}/timeline", s.timeline},
		{"GET", "/api/network", s.network},
	}
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mux.ServeHTTP(w, r)
}

func (s *Server) logf(format string, args ...any) {
	if s.cfg.Log != nil {
		s.cfg.Log.Printf(format, args...)
		return
	}
	log.Printf(format, args...)
}

// noRoute answers /api/ paths that no route matched: 405 when the path
// exists with another method, 404 otherwise.
func (s *Server) noRoute(r *http.Request) (any, error) {
	if _, pattern := s.paths.Handler(r); pattern != "" {
		return nil, errorf(http.StatusMethodNotAllowed, "method_not_allowed", "%s is not allowed on %s", r.Method, r.URL.Path)
	}
	return nil, notFound("no API endpoint %s", r.URL.Path)
}

// writerTo is a response that writes itself (CSV, YAML).
type writerTo interface {
	writeTo(w http.ResponseWriter) error
}

// api wraps an apiFunc: it checks POST requests, limits the body, and
// writes the result or the error.
func (s *Server) api(h apiFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost {
			if err := s.checkPost(r, false); err != nil {
				s.writeError(w, r, err)
				return
			}
			if r.ContentLength > s.cfg.MaxBody {
				s.writeError(w, r, tooLarge(s.cfg.MaxBody))
				return
			}
			r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBody)
		}
		v, err := s.call(h, r)
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			err = tooLarge(s.cfg.MaxBody)
		}
		if err != nil {
			s.writeError(w, r, err)
			return
		}
		if wt, ok := v.(writerTo); ok {
			if err := wt.writeTo(w); err != nil {
				s.logf("%s %s: write: %v", r.Method, r.URL.Path, err)
			}
			return
		}
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		if r.Method == http.MethodPost && r.URL.Path == "/api/articles" {
			w.WriteHeader(http.StatusCreated)
		}
		if err := json.NewEncoder(w).Encode(v); err != nil {
			s.logf("%s %s: write: %v", r.Method, r.URL.Path, err)
		}
	})
}

// call runs a handler, turning a panic into an internal error (logged with
// its stack) so the client still gets the envelope.
func (s *Server) call(h apiFunc, r *http.Request) (v any, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v\n%s", p, debug.Stack())
		}
	}()
	return h(r)
}

// checkPost refuses POST requests without the configured token, and those
// that a page of another site sends (a browser names that site in Origin).
func (s *Server) checkPost(r *http.Request, form bool) error {
	if o := r.Header.Get("Origin"); o != "" {
		u, err := url.Parse(o)
		if err != nil || u.Host != r.Host {
			return errorf(http.StatusForbidden, "forbidden_origin", "requests from %q are not accepted", o)
		}
	}
	if s.cfg.Token == "" {
		return nil
	}
	if !tokenOK(r, s.cfg.Token, form) {
		return errorf(http.StatusUnauthorized, "unauthorized", "this server needs a token: send Authorization: Bearer <token>")
	}
	return nil
}
