package format

import (
	"bufio"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/readout/readout/document"
	"github.com/readout/readout/text"
)

// textSource reads one plain-text article from a file or stdin.
type textSource struct {
	name string
	r    *bufio.Reader
	c    io.Closer
	max  int
	done bool
}

func newTextSource(name string, r *bufio.Reader, c io.Closer, max int) *textSource {
	return &textSource{name: name, r: r, c: c, max: max}
}

func (s *textSource) next() (*document.Document, error) {
	if s.done {
		return nil, io.EOF
	}
	s.done = true
	b, err := io.ReadAll(io.LimitReader(s.r, int64(s.max)+1))
	if err != nil {
		return nil, &ArticleError{File: s.name, Err: err}
	}
	id := articleID(s.name)
	if len(b) > s.max {
		return nil, &ArticleError{File: s.name, ID: id, Err: fmt.Errorf("article is larger than %d bytes (raise --max-bytes)", s.max)}
	}
	d, err := newDocument(id, b)
	if err != nil {
		return nil, &ArticleError{File: s.name, ID: id, Err: err}
	}
	d.Title = titleLine(d.Text)
	return d, nil
}

func (s *textSource) close() error {
	if s.c != nil {
		return s.c.Close()
	}
	return nil
}

// articleID names a plain-text article after its file.
func articleID(name string) string {
	if name == "-" {
		return "stdin"
	}
	base := filepath.Base(name)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// newDocument makes a document from the raw bytes of its text: decoded,
// repaired, with a Problem for each invalid byte run.
func newDocument(id string, raw []byte) (*document.Document, error) {
	if isBinary(head(raw)) {
		return nil, errBinary
	}
	b, err := toUTF8(raw)
	if err != nil {
		return nil, err
	}
	s, problems := text.Repair(b)
	return &document.Document{ID: id, Text: s, Problems: problems}, nil
}

func head(b []byte) []byte {
	if len(b) > 8<<10 {
		return b[:8<<10]
	}
	return b
}

// titleLine returns the first line of a text when a blank line follows it:
// the title of a plain-text article.
func titleLine(s string) string {
	s = strings.TrimLeft(s, " \t\r\n")
	i := strings.IndexByte(s, '\n')
	if i < 0 {
		return ""
	}
	first := strings.TrimSpace(s[:i])
	rest := s[i+1:]
	j := strings.IndexByte(rest, '\n')
	if j < 0 || strings.TrimSpace(rest[:j]) != "" {
		return ""
	}
	if len(first) > 400 {
		return ""
	}
	return first
}
