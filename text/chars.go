package text

import (
	"unicode"
	"unicode/utf8"
)

// Character classes of ASCII bytes.
const (
	cSpace = 1 << iota // whitespace and control characters
	cUpper
	cLower
	cDigit
)

const cAlnum = cUpper | cLower | cDigit

var ascii = func() (t [utf8.RuneSelf]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case c <= ' ' || c == 0x7f:
			t[c] = cSpace
		case c >= 'A' && c <= 'Z':
			t[c] = cUpper
		case c >= 'a' && c <= 'z':
			t[c] = cLower
		case c >= '0' && c <= '9':
			t[c] = cDigit
		}
	}
	return t
}()

// IsSpace reports whether r separates tokens: Unicode white space (NBSP,
// thin and ideographic spaces, line and paragraph separators), zero-width
// spaces and joiners that carry no text, the byte-order mark, and control
// characters, which the text layer ignores as if they were spaces.
func IsSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&cSpace != 0
	}
	switch {
	case r <= 0x9f: // C1 controls, NEL
		return true
	case r == 0xa0, r == 0x1680, r == 0x180e:
		return true
	case r >= 0x2000 && r <= 0x200b: // en quad .. zero-width space
		return true
	case r == 0x2028, r == 0x2029, r == 0x202f, r == 0x205f, r == 0x2060, r == 0x3000, r == 0xfeff:
		return true
	}
	return false
}

// spaceAt reports whether the character at byte i of s is a space, and its
// width in bytes.
func spaceAt(s string, i int) (bool, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return ascii[c]&cSpace != 0, 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	return IsSpace(r), n
}

// isAlnumRune reports whether r is part of a word: a letter, digit or
// combining mark, or U+FFFD standing for an invalid byte.
func isAlnumRune(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&cAlnum != 0
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == utf8.RuneError
}

// alnumAt reports whether the character at byte i of s is part of a word,
// and its width in bytes.
func alnumAt(s string, i int) (bool, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return ascii[c]&cAlnum != 0, 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	return isAlnumRune(r), n
}

// lastRune returns the last rune of s[:end] and its width.
func lastRune(s string, end int) (rune, int) {
	if c := s[end-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(s[:end])
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func isLower(c byte) bool { return c >= 'a' && c <= 'z' }
func isLetter(c byte) bool {
	return c < utf8.RuneSelf && ascii[c]&(cUpper|cLower) != 0
}

// Runes with a role in tokenisation.
const (
	lsquo     = '\u2018' // ‘
	rsquo     = '\u2019' // ’
	ldquo     = '\u201c' // “
	rdquo     = '\u201d' // ”
	ellipsis  = '\u2026' // …
	enDash    = '\u2013'
	emDash    = '\u2014'
	hyphenU   = '\u2010'
	nbHyphen  = '\u2011'
	figDash   = '\u2012'
	horizBar  = '\u2015'
	minusSign = '\u2212'
)
