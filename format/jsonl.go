package format

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/readout/readout/document"
	"github.com/readout/readout/text"
)

// Article is the JSON form of an input article.
type Article struct {
	ID        flexString `json:"id"`
	Date      string     `json:"date"`
	Published string     `json:"published"`
	Source    string     `json:"source"`
	Title     string     `json:"title"`
	Text      string     `json:"text"`
	URL       string     `json:"url"`
}

// flexString accepts a JSON string or number.
type flexString string

func (f *flexString) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	if len(b) > 0 && b[0] == '"' {
		var s string
		err := json.Unmarshal(b, &s)
		*f = flexString(s)
		return err
	}
	var n json.Number
	if err := json.Unmarshal(b, &n); err != nil {
		return fmt.Errorf("id must be a string or a number, not %s", b)
	}
	*f = flexString(n.String())
	return nil
}

// jsonlSource reads one article a line.
type jsonlSource struct {
	name string
	r    *bufio.Reader
	c    io.Closer
	max  int
	line int
}

func newJSONLSource(name string, r *bufio.Reader, c io.Closer, max int) *jsonlSource {
	return &jsonlSource{name: name, r: r, c: c, max: max}
}

func (s *jsonlSource) next() (*document.Document, error) {
	for {
		b, tooLong, err := readLine(s.r, s.max)
		if len(b) == 0 && !tooLong && err == io.EOF {
			return nil, io.EOF
		}
		s.line++
		if tooLong {
			return nil, &ArticleError{File: s.name, Line: s.line, Err: fmt.Errorf("line is longer than %d bytes (raise --max-bytes)", s.max)}
		}
		if err != nil && err != io.EOF {
			return nil, &ArticleError{File: s.name, Line: s.line, Err: err}
		}
		b = bytes.TrimSpace(bytes.TrimPrefix(b, utf8BOM))
		if len(b) == 0 {
			continue
		}
		d, err := decodeArticle(b)
		if err != nil {
			return nil, &ArticleError{File: s.name, Line: s.line, ID: articleIDOf(b), Err: err}
		}
		if d.ID == "" {
			d.ID = fmt.Sprintf("%s:%d", articleID(s.name), s.line)
		}
		return d, nil
	}
}

func (s *jsonlSource) close() error {
	if s.c != nil {
		return s.c.Close()
	}
	return nil
}

// readLine reads one line of at most max bytes. A longer line is consumed
// and reported with tooLong.
func readLine(r *bufio.Reader, max int) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := r.ReadSlice('\n')
		if !tooLong {
			if len(line)+len(chunk) > max+1 {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return line, tooLong, err
	}
}

// decodeArticle turns one JSON article into a document.
func decodeArticle(b []byte) (*document.Document, error) {
	if !utf8.Valid(b) {
		s, _ := text.Repair(b)
		b = []byte(s)
		d, err := decodeValidArticle(b)
		if d != nil {
			d.AddProblem(-1, "the input had invalid UTF-8 bytes; each was replaced with U+FFFD")
		}
		return d, err
	}
	return decodeValidArticle(b)
}

func decodeValidArticle(b []byte) (*document.Document, error) {
	var a Article
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&a); err != nil {
		return nil, jsonError(b, err)
	}
	if dec.More() {
		return nil, errors.New("more than one JSON value on the line")
	}
	return a.Document()
}

// Document turns an article into a document: the title, when there is one,
// comes first in the text so it is analysed with it.
func (a *Article) Document() (*document.Document, error) {
	if strings.TrimSpace(a.Text) == "" && strings.TrimSpace(a.Title) == "" {
		return nil, errors.New("article has no text and no title")
	}
	d := &document.Document{ID: string(a.ID), Title: strings.TrimSpace(a.Title), Source: a.Source, URL: a.URL}
	date := a.Published
	if date == "" {
		date = a.Date
	}
	if date != "" {
		day, err := NormalizeDate(date)
		if err != nil {
			d.AddProblem(-1, "date %q not understood (%v); publication date left empty", date, err)
		}
		d.Published = day
	}
	body := a.Text
	if d.Title != "" && !strings.HasPrefix(strings.TrimSpace(body), d.Title) {
		body = d.Title + "\n\n" + body
	}
	d.Text = body
	return d, nil
}

// NormalizeDate turns the date forms found in news feeds (2020-04-18,
// 2020-04-18T10:00:00, RFC 3339, 20200418) into YYYY-MM-DD.
func NormalizeDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	layouts := []string{"2006-01-02", "2006-01-02T15:04:05", time.RFC3339, time.RFC3339Nano, "2006-01-02 15:04:05", "20060102", time.RFC1123Z, time.RFC1123}
	for _, l := range layouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format("2006-01-02"), nil
		}
	}
	if len(s) > 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t.Format("2006-01-02"), nil
		}
	}
	return "", errors.New("want YYYY-MM-DD")
}

// jsonError says where in a JSON value decoding failed.
func jsonError(b []byte, err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Errorf("malformed JSON at column %d: %v", columnOf(b, se.Offset), err)
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Errorf("field %q: want %s, got JSON %s (column %d)", te.Field, te.Type, te.Value, columnOf(b, te.Offset))
	}
	return fmt.Errorf("malformed JSON: %v", err)
}

func columnOf(b []byte, off int64) int {
	if off > int64(len(b)) {
		off = int64(len(b))
	}
	return utf8.RuneCount(b[:off]) + 1
}

// articleIDOf pulls an "id" out of a line that failed to decode, to name
// the article in the error.
func articleIDOf(b []byte) string {
	i := bytes.Index(b, []byte(`"id"`))
	if i < 0 {
		return ""
	}
	rest := bytes.TrimLeft(b[i+4:], " \t:")
	if len(rest) > 0 && rest[0] == '"' {
		if j := bytes.IndexByte(rest[1:], '"'); j >= 0 && j < 200 {
			return string(rest[1 : j+1])
		}
	}
	end := bytes.IndexAny(rest, ",} ")
	if end > 0 && end < 40 {
		if _, err := strconv.ParseFloat(string(rest[:end]), 64); err == nil {
			return string(rest[:end])
		}
	}
	return ""
}
