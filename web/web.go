package web

import (
	"embed"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"strings"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Pages are the UI's templates, one set per page sharing the layout.
type Pages struct {
	pages map[string]*template.Template
}

// Load parses the templates.
func Load() (*Pages, error) {
	base, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html")
	if err != nil {
		return nil, err
	}
	names, err := fs.Glob(templateFS, "templates/*.html")
	if err != nil {
		return nil, err
	}
	p := &Pages{pages: map[string]*template.Template{}}
	for _, n := range names {
		name := strings.TrimSuffix(strings.TrimPrefix(n, "templates/"), ".html")
		if name == "layout" {
			continue
		}
		t, err := template.Must(base.Clone()).ParseFS(templateFS, n)
		if err != nil {
			return nil, err
		}
		p.pages[name] = t
	}
	return p, nil
}

// Render writes the named page with data.
func (p *Pages) Render(w io.Writer, name string, data any) error {
	t, ok := p.pages[name]
	if !ok {
		return fmt.Errorf("no page %q", name)
	}
	return t.ExecuteTemplate(w, "layout.html", data)
}

// Static serves the embedded assets under /static/.
func Static() http.Handler {
	return http.FileServerFS(staticFS)
}

var funcs = template.FuncMap{
	"quadName": QuadName,
	"quadClass": func(q int) string {
		return fmt.Sprintf("q%d", q)
	},
	"signed": func(f float64) string { return fmt.Sprintf("%+.1f", f) },
	"add":    func(a, b int) int { return a + b },
	"join":   strings.Join,
	// pathEscape makes an article id one path segment ("/" becomes %2F).
	"pathEscape": url.PathEscape,
}

// QuadName is the name of a QuadClass.
func QuadName(q int) string {
	switch q {
	case 1:
		return "verbal cooperation"
	case 2:
		return "material cooperation"
	case 3:
		return "verbal conflict"
	case 4:
		return "material conflict"
	}
	return "unknown"
}
