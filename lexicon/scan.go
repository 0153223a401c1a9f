package lexicon

import (
	"strings"
	"unicode/utf8"
)

// dictLine is one non-blank line of a .dict file, split into words.
type dictLine struct {
	num    int        // 1-based line number
	indent int        // leading spaces; 0 opens a record
	words  []dictWord // reused from line to line: copy what you keep
	text   string     // the line without its newline, for excerpts
}

// dictWord is one space-separated word; "\#" is already unescaped.
type dictWord struct {
	text  string
	col   int // 1-based byte column of the word's first byte
	end   int // byte offset in the line just after the word
	start int // byte offset in the line of the word's first byte
}

// restWords returns the words from i to the end of the line joined by
// single spaces ("" when there are none). In the common case (single spaces,
// no escapes) it is a substring of the line and allocates nothing.
func (l *dictLine) restWords(i int) string {
	if i >= len(l.words) {
		return ""
	}
	s := l.text[l.words[i].start:l.words[len(l.words)-1].end]
	if !strings.Contains(s, "  ") && !strings.Contains(s, `\#`) {
		return s
	}
	var b strings.Builder
	for j := i; j < len(l.words); j++ {
		if j > i {
			b.WriteByte(' ')
		}
		b.WriteString(l.words[j].text)
	}
	return b.String()
}

// scanner splits a .dict file into lines and words. It is a small
// state-function lexer: each state reads a little of the current line and
// returns the next state; nil ends the line.
type scanner struct {
	file      string
	src       string
	pos       int // next byte to read
	lineStart int // offset of the current line
	lineEnd   int // offset of the current line's newline (or len(src))
	cur       dictLine
	r         *Report
	checkUTF8 bool // the file is not valid UTF-8: check each line
}

type stateFn func(*scanner) stateFn

// newScanner returns a scanner of src that keeps a line's words in words
// (nil: a new buffer).
func newScanner(file, src string, r *Report, words []dictWord) *scanner {
	if words == nil {
		words = make([]dictWord, 0, 16)
	}
	return &scanner{file: file, src: src, r: r, cur: dictLine{words: words[:0]}, checkUTF8: !utf8.ValidString(src)}
}

// next reads the next non-blank line into s.cur; it returns false at the
// end of the file.
func (s *scanner) next() bool {
	for s.pos < len(s.src) {
		s.beginLine()
		for state := lexIndent; state != nil; {
			state = state(s)
		}
		s.pos = s.lineEnd + 1
		if len(s.cur.words) > 0 && (!s.checkUTF8 || s.validUTF8()) {
			return true
		}
	}
	return false
}

func (s *scanner) beginLine() {
	s.lineStart = s.pos
	end := strings.IndexByte(s.src[s.pos:], '\n')
	if end < 0 {
		s.lineEnd = len(s.src)
	} else {
		s.lineEnd = s.pos + end
	}
	text := s.src[s.lineStart:s.lineEnd]
	text = strings.TrimSuffix(text, "\r")
	s.cur.num++
	s.cur.indent = 0
	s.cur.words = s.cur.words[:0]
	s.cur.text = text
}

// validUTF8 reports an invalid line (and drops it) so that every name the
// lexicon holds is valid UTF-8.
func (s *scanner) validUTF8() bool {
	t := s.cur.text
	if utf8.ValidString(t) {
		return true
	}
	col := 1
	for i := 0; i < len(t); {
		r, n := utf8.DecodeRuneInString(t[i:])
		if r == utf8.RuneError && n <= 1 {
			col = i + 1
			break
		}
		i += n
	}
	s.r.errorf(s.at(col), strings.ToValidUTF8(t, "\uFFFD"), "invalid UTF-8; line skipped")
	return false
}

func (s *scanner) at(col int) Pos { return Pos{File: s.file, Line: s.cur.num, Col: col} }

// offset returns the current offset within the line.
func (s *scanner) offset() int { return s.pos - s.lineStart }

// peek returns the byte at the current position, or '\n' at the line end.
func (s *scanner) peek() byte {
	if s.pos >= s.lineStart+len(s.cur.text) {
		return '\n'
	}
	return s.src[s.pos]
}

// lexIndent counts the leading spaces of a line.
func lexIndent(s *scanner) stateFn {
	for {
		switch s.peek() {
		case ' ':
			s.pos++
		case '\t':
			s.r.errorf(s.at(s.offset()+1), s.cur.text, "tab character; indent fields with spaces")
			s.pos++
		default:
			s.cur.indent = s.offset()
			return lexSpace
		}
	}
}

// lexSpace skips spaces between words and decides what comes next.
func lexSpace(s *scanner) stateFn {
	for {
		switch s.peek() {
		case ' ':
			s.pos++
		case '\t':
			s.r.errorf(s.at(s.offset()+1), s.cur.text, "tab character; separate words with spaces")
			s.pos++
		case '\n':
			return nil
		case '#':
			return nil // a comment runs to the end of the line
		default:
			return lexWord
		}
	}
}

// lexWord reads one word, unescaping "\#".
func lexWord(s *scanner) stateFn {
	start := s.offset()
	escaped := false
	for {
		c := s.peek()
		if c == ' ' || c == '\t' || c == '\n' || c == '#' {
			break
		}
		if c == '\\' && s.pos+1 < s.lineStart+len(s.cur.text) && s.src[s.pos+1] == '#' {
			escaped = true
			s.pos++
		}
		s.pos++
	}
	end := s.offset()
	text := s.cur.text[start:end]
	if escaped {
		text = strings.ReplaceAll(text, `\#`, "#")
	}
	s.cur.words = append(s.cur.words, dictWord{text: text, col: start + 1, start: start, end: end})
	return lexSpace
}
