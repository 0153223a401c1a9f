package format

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/readout/readout/document"
)

// jsonSource reads a JSON file: an array of articles, one article object,
// or several objects one after another.
type jsonSource struct {
	name  string
	dec   *json.Decoder
	c     io.Closer
	inArr bool
	n     int
}

func newJSONSource(name string, r *bufio.Reader, c io.Closer) (*jsonSource, error) {
	s := &jsonSource{name: name, dec: json.NewDecoder(r), c: c}
	if firstByte(peek(r)) == '[' {
		if _, err := s.dec.Token(); err != nil {
			return nil, err
		}
		s.inArr = true
	}
	return s, nil
}

func peek(r *bufio.Reader) []byte {
	b, _ := r.Peek(4096)
	return b
}

func (s *jsonSource) next() (*document.Document, error) {
	if !s.dec.More() {
		if s.inArr {
			if _, err := s.dec.Token(); err != nil {
				return nil, s.fail(err)
			}
			s.inArr = false
		}
		if _, err := s.dec.Token(); err != io.EOF {
			if err == nil {
				err = errors.New("unexpected data after the articles")
			}
			return nil, s.fail(err)
		}
		return nil, io.EOF
	}
	s.n++
	var raw json.RawMessage
	if err := s.dec.Decode(&raw); err != nil {
		return nil, s.fail(err)
	}
	d, err := decodeArticle(raw)
	if err != nil {
		return nil, &ArticleError{File: s.name, ID: articleIDOf(raw), Err: fmt.Errorf("article %d: %w", s.n, err)}
	}
	if d.ID == "" {
		d.ID = fmt.Sprintf("%s:%d", articleID(s.name), s.n)
	}
	return d, nil
}

// fail reports a syntax error that stops the file: its offset becomes a
// line when possible.
func (s *jsonSource) fail(err error) error {
	s.dec = json.NewDecoder(eofReader{})
	s.inArr = false
	return &ArticleError{File: s.name, Err: fmt.Errorf("malformed JSON, rest of the file skipped: %w", err)}
}

type eofReader struct{}

func (eofReader) Read([]byte) (int, error) { return 0, io.EOF }

func (s *jsonSource) close() error {
	if s.c != nil {
		return s.c.Close()
	}
	return nil
}
