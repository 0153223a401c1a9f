package conllu

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"
)

// MaxLineBytes is the longest line Reader accepts; a longer one is an
// error rather than a silent cut.
const MaxLineBytes = 1 << 20

// Reader reads CoNLL-U sentences one at a time.
type Reader struct {
	r    *bufio.Reader
	name string
	line int
	buf  []byte
}

// NewReader returns a Reader of r; name (usually the file name) prefixes
// error messages.
func NewReader(r io.Reader, name string) *Reader {
	return &Reader{r: bufio.NewReaderSize(r, 64<<10), name: name}
}

// Next returns the next sentence, or io.EOF after the last one. A malformed
// line gives an *Error with the file name and line number.
func (r *Reader) Next() (*Sentence, error) {
	var s *Sentence
	for {
		line, err := r.readLine()
		if err == io.EOF {
			if s == nil {
				return nil, io.EOF
			}
			return s, r.finish(s)
		}
		if err != nil {
			return nil, err
		}
		if len(line) == 0 {
			if s == nil {
				continue // blank lines between sentences
			}
			return s, r.finish(s)
		}
		if s == nil {
			s = &Sentence{Line: r.line}
		}
		if err := r.addLine(s, string(line)); err != nil {
			return nil, err
		}
	}
}

// ReadAll reads every sentence of r.
func ReadAll(r io.Reader, name string) ([]*Sentence, error) {
	cr := NewReader(r, name)
	var out []*Sentence
	for {
		s, err := cr.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, s)
	}
}

// ReadFile reads every sentence of the file at path; errors name the file.
func ReadFile(path string) ([]*Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadAll(f, path)
}

func (r *Reader) errorf(line int, format string, args ...any) error {
	return &Error{File: r.name, Line: line, Msg: fmt.Sprintf(format, args...)}
}

// readLine returns the next line without its line ending.
func (r *Reader) readLine() ([]byte, error) {
	r.buf = r.buf[:0]
	for {
		chunk, err := r.r.ReadSlice('\n')
		r.buf = append(r.buf, chunk...)
		if len(r.buf) > MaxLineBytes {
			return nil, r.errorf(r.line+1, "line longer than %d bytes", MaxLineBytes)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err == io.EOF && len(r.buf) == 0 {
			return nil, io.EOF
		}
		if err != nil && err != io.EOF {
			return nil, fmt.Errorf("%s: %w", r.name, err)
		}
		r.line++
		line := bytes.TrimSuffix(r.buf, []byte("\n"))
		line = bytes.TrimSuffix(line, []byte("\r"))
		if !utf8.Valid(line) {
			return nil, r.errorf(r.line, "invalid UTF-8")
		}
		return line, nil
	}
}

func (r *Reader) addLine(s *Sentence, line string) error {
	if line[0] == '#' {
		if len(s.Words) > 0 || len(s.Multi) > 0 || len(s.Empty) > 0 {
			return r.errorf(r.line, "comment line inside a sentence (comments go before the first word)")
		}
		c := strings.TrimPrefix(line[1:], " ")
		s.Comments = append(s.Comments, c)
		return nil
	}
	f := strings.Split(line, "\t")
	if len(f) != 10 {
		return r.errorf(r.line, "want 10 tab-separated fields, got %d", len(f))
	}
	for i, v := range f {
		if v == "" {
			return r.errorf(r.line, "empty %s field (use _)", fieldNames[i])
		}
	}
	id := f[0]
	switch {
	case strings.Contains(id, "-"):
		return r.addMulti(s, f)
	case strings.Contains(id, "."):
		return r.addEmpty(s, f)
	}
	return r.addWord(s, f)
}

var fieldNames = [10]string{"ID", "FORM", "LEMMA", "UPOS", "XPOS", "FEATS", "HEAD", "DEPREL", "DEPS", "MISC"}

func (r *Reader) addWord(s *Sentence, f []string) error {
	id, err := strconv.Atoi(f[0])
	if err != nil || id < 1 {
		return r.errorf(r.line, "bad ID %q", f[0])
	}
	if id != len(s.Words)+1 {
		return r.errorf(r.line, "ID %d out of sequence (want %d)", id, len(s.Words)+1)
	}
	head := NoHead
	if f[6] != "_" {
		head, err = strconv.Atoi(f[6])
		if err != nil || head < 0 {
			return r.errorf(r.line, "bad HEAD %q", f[6])
		}
		if head == id {
			return r.errorf(r.line, "word %d is its own head", id)
		}
	}
	s.Words = append(s.Words, Word{
		ID: id, Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Feats: f[5],
		Head: head, Deprel: f[7], Deps: f[8], Misc: f[9], Line: r.line,
	})
	return nil
}

func (r *Reader) addMulti(s *Sentence, f []string) error {
	a, b, _ := strings.Cut(f[0], "-")
	first, err1 := strconv.Atoi(a)
	last, err2 := strconv.Atoi(b)
	if err1 != nil || err2 != nil || first < 1 || last <= first {
		return r.errorf(r.line, "bad multiword token range %q", f[0])
	}
	if first != len(s.Words)+1 {
		return r.errorf(r.line, "multiword token %q must come right before word %d", f[0], first)
	}
	for i := 2; i < 9; i++ {
		if f[i] != "_" {
			return r.errorf(r.line, "multiword token %q: %s must be _", f[0], fieldNames[i])
		}
	}
	s.Multi = append(s.Multi, MultiToken{First: first, Last: last, Form: f[1], Misc: f[9], Line: r.line})
	return nil
}

func (r *Reader) addEmpty(s *Sentence, f []string) error {
	a, b, _ := strings.Cut(f[0], ".")
	major, err1 := strconv.Atoi(a)
	minor, err2 := strconv.Atoi(b)
	if err1 != nil || err2 != nil || major < 0 || minor < 1 {
		return r.errorf(r.line, "bad empty node ID %q", f[0])
	}
	if major != len(s.Words) {
		return r.errorf(r.line, "empty node %q out of place: it follows word %d", f[0], len(s.Words))
	}
	want := 1
	if n := len(s.Empty); n > 0 && s.Empty[n-1].Major == major {
		want = s.Empty[n-1].Minor + 1
	}
	if minor != want {
		return r.errorf(r.line, "empty node %q out of sequence (want %d.%d)", f[0], major, want)
	}
	if f[6] != "_" || f[7] != "_" {
		return r.errorf(r.line, "empty node %q: HEAD and DEPREL must be _", f[0])
	}
	s.Empty = append(s.Empty, EmptyNode{
		Major: major, Minor: minor, Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4],
		Feats: f[5], Deps: f[8], Misc: f[9], Line: r.line,
	})
	return nil
}

// finish checks what can only be checked once the sentence is complete.
func (r *Reader) finish(s *Sentence) error {
	n := len(s.Words)
	if n == 0 {
		return r.errorf(s.Line, "sentence has no words")
	}
	for _, w := range s.Words {
		if w.Head > n {
			return r.errorf(w.Line, "HEAD %d beyond the last word %d", w.Head, n)
		}
	}
	prevLast := 0
	for _, m := range s.Multi {
		if m.Last > n {
			return r.errorf(m.Line, "multiword token %d-%d beyond the last word %d", m.First, m.Last, n)
		}
		if m.First <= prevLast {
			return r.errorf(m.Line, "multiword token %d-%d overlaps the previous one", m.First, m.Last)
		}
		prevLast = m.Last
	}
	return nil
}
