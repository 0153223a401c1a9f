package format

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/readout/readout/document"
)

// Formats Open knows. Auto detects from the file name and content.
const (
	Auto  = ""
	Text  = "text"
	JSONL = "jsonl"
	JSON  = "json"
	XML   = "xml"
)

// DefaultMaxBytes is the largest article Open accepts unless told otherwise.
const DefaultMaxBytes = 64 << 20

// Options control how articles are read.
type Options struct {
	Format   string // Auto, Text, JSONL, JSON or XML
	Date     string // publication date (YYYY-MM-DD) for articles that carry none
	Source   string // source for articles that carry none
	MaxBytes int    // largest article accepted; 0 means DefaultMaxBytes
	Stdin    io.Reader
}

// ArticleError is a problem with one article (or one line of input). The
// stream that returned it goes on with the next article.
type ArticleError struct {
	File string // "-" for stdin
	Line int    // 0 when not tied to a line
	ID   string // article id when known
	Err  error
}

func (e *ArticleError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	if e.ID != "" {
		fmt.Fprintf(&b, ": article %q", e.ID)
	}
	fmt.Fprintf(&b, ": %v", e.Err)
	return b.String()
}

func (e *ArticleError) Unwrap() error { return e.Err }

// Stream yields the articles of a list of paths in order.
type Stream struct {
	opt   Options
	paths []string // pending inputs, files or "-"
	cur   source   // the file being read
	err   error    // a fatal error
}

// source yields documents from one input.
type source interface {
	next() (*document.Document, error)
	close() error
}

// Open returns a stream over the articles in paths: files, directories
// (walked in lexical order for .txt, .jsonl and .xml files) and "-" for
// stdin. With no paths it reads stdin.
func Open(paths []string, opt Options) *Stream {
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = DefaultMaxBytes
	}
	if opt.Stdin == nil {
		opt.Stdin = os.Stdin
	}
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	s := &Stream{opt: opt}
	for _, p := range paths {
		if p == "-" {
			s.paths = append(s.paths, p)
			continue
		}
		files, err := expand(p)
		if err != nil {
			s.paths = append(s.paths, "!"+err.Error())
			continue
		}
		s.paths = append(s.paths, files...)
	}
	return s
}

// expand turns a path into the article files it names.
func expand(p string) ([]string, error) {
	info, err := os.Stat(p)
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		return []string{p}, nil
	}
	var files []string
	err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != p && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if articleFile(d.Name()) {
			files = append(files, path)
		}
		return nil
	})
	sort.Strings(files)
	return files, err
}

// articleFile says whether a directory walk takes a file: plain text, JSONL
// and XML. JSON files are taken only when named explicitly, since folders
// of articles often hold JSON annotations beside them.
func articleFile(name string) bool {
	if strings.HasPrefix(name, ".") {
		return false
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text", ".jsonl", ".ndjson", ".xml":
		return true
	}
	return false
}

// Next returns the next article. It returns io.EOF at the end, an
// *ArticleError for a bad article (call Next again to go on), and any other
// error when reading cannot go on.
func (s *Stream) Next() (*document.Document, error) {
	for {
		if s.err != nil {
			return nil, s.err
		}
		if s.cur == nil {
			if len(s.paths) == 0 {
				return nil, io.EOF
			}
			p := s.paths[0]
			s.paths = s.paths[1:]
			if strings.HasPrefix(p, "!") {
				return nil, &ArticleError{File: "", Err: errors.New(p[1:])}
			}
			src, err := s.openSource(p)
			if err != nil {
				return nil, &ArticleError{File: p, Err: err}
			}
			s.cur = src
		}
		d, err := s.cur.next()
		if err == io.EOF {
			err = s.cur.close()
			s.cur = nil
			if err != nil {
				return nil, err
			}
			continue
		}
		if d != nil {
			s.fill(d)
		}
		return d, err
	}
}

// Close releases the file being read.
func (s *Stream) Close() error {
	if s.cur != nil {
		err := s.cur.close()
		s.cur = nil
		return err
	}
	return nil
}

// fill applies the defaults of the options.
func (s *Stream) fill(d *document.Document) {
	if d.Published == "" {
		d.Published = s.opt.Date
	}
	if d.Source == "" {
		d.Source = s.opt.Source
	}
}

func (s *Stream) openSource(p string) (source, error) {
	var r io.Reader
	var c io.Closer
	name := p
	if p == "-" {
		r = s.opt.Stdin
	} else {
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		r, c = f, f
	}
	br := bufio.NewReaderSize(r, 64<<10)
	kind := s.opt.Format
	if kind == Auto {
		var err error
		kind, err = detect(name, br)
		if err != nil {
			closeQuietly(c)
			return nil, err
		}
	}
	switch kind {
	case Text:
		return newTextSource(name, br, c, s.opt.MaxBytes), nil
	case JSONL:
		return newJSONLSource(name, br, c, s.opt.MaxBytes), nil
	case JSON:
		return newJSONSource(name, br, c)
	case XML:
		return newXMLSource(name, br, c), nil
	}
	closeQuietly(c)
	return nil, fmt.Errorf("unknown format %q (want text, jsonl, json or xml)", kind)
}

func closeQuietly(c io.Closer) {
	if c != nil {
		c.Close()
	}
}
