package text

import (
	"strings"
	"unicode/utf8"

	"github.com/readout/readout/document"
)

// WrapWidth is the longest line, in characters, of a text that is taken to
// be hard-wrapped. In a hard-wrapped text a single line break is only
// wrapping; in any other text it ends a paragraph.
const WrapWidth = 100

// line is one line of a text: content runs from first to last (both byte
// offsets, last exclusive; first == last for a blank line).
type line struct {
	first, last int
	indent      int // leading space characters
	width       int // characters in the whole line
}

// Paragraphs returns the paragraphs of s, each trimmed of surrounding
// space. A blank line always ends a paragraph. So does a line indented more
// than the text's least-indented line (the style of wire copy, whose
// paragraphs start with an indented line and wrap without one), and a short
// line ending in sentence punctuation in a hard-wrapped text. In a text that
// is not hard-wrapped (some line is longer than WrapWidth) every line break
// ends a paragraph.
func Paragraphs(s string) []document.Span {
	var out []document.Span
	eachParagraph(s, func(start, end int) {
		out = append(out, document.Span{Start: start, End: end, Text: s[start:end]})
	})
	return out
}

// eachParagraph calls f with the byte range of each paragraph of s.
func eachParagraph(s string, f func(start, end int)) {
	var buf [64]line
	lines := buf[:0]
	maxWidth, minIndent := 0, -1
	for i := 0; i < len(s); {
		l, next := scanLine(s, i)
		i = next
		lines = append(lines, l)
		if l.first == l.last {
			continue
		}
		maxWidth = max(maxWidth, l.width)
		if minIndent < 0 || l.indent < minIndent {
			minIndent = l.indent
		}
	}
	wrapped := maxWidth <= WrapWidth
	start, end := -1, -1
	var prev line
	for _, l := range lines {
		if l.first == l.last {
			if start >= 0 {
				f(start, end)
			}
			start = -1
			continue
		}
		if start >= 0 && breaksBefore(s, prev, l, wrapped, maxWidth, minIndent) {
			f(start, end)
			start = -1
		}
		if start < 0 {
			start = l.first
		}
		end, prev = l.last, l
	}
	if start >= 0 {
		f(start, end)
	}
}

// breaksBefore reports whether a paragraph ends between the non-blank lines
// prev and l.
func breaksBefore(s string, prev, l line, wrapped bool, maxWidth, minIndent int) bool {
	if !wrapped || l.indent > minIndent {
		return true
	}
	if prev.width*10 >= maxWidth*7 {
		return false
	}
	switch s[prev.last-1] {
	case '.', '!', '?', ':':
		return true
	}
	return false
}

// scanLine reads the line starting at byte i and returns it with the
// offset of the next line. Lines end at "\n", "\r\n" or a lone "\r".
func scanLine(s string, i int) (line, int) {
	end, next := len(s), len(s)
	if k := strings.IndexByte(s[i:], '\n'); k >= 0 {
		end, next = i+k, i+k+1
	}
	if k := strings.IndexByte(s[i:end], '\r'); k >= 0 {
		end = i + k
		next = end + 1
		if next < len(s) && s[next] == '\n' {
			next++
		}
	}
	l := line{width: utf8.RuneCountInString(s[i:end])}
	j := i
	for j < end {
		sp, n := spaceAt(s, j)
		if !sp {
			break
		}
		l.indent++
		j += n
	}
	l.first, l.last = j, trimEnd(s, j, end)
	return l, next
}

// trimEnd returns the end of s[start:end] without trailing spaces.
func trimEnd(s string, start, end int) int {
	for end > start {
		c := s[end-1]
		if c < utf8.RuneSelf {
			if ascii[c]&cSpace == 0 {
				return end
			}
			end--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s[start:end])
		if !IsSpace(r) {
			return end
		}
		end -= n
	}
	return end
}
