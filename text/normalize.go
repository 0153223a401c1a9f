package text

import (
	"strings"
	"unicode/utf8"
)

// Normalize returns the form of token text that later stages see. Curly,
// angle and doubled quotes become ASCII quotes (“ ” „ « » “ ” become ",
// and ‘ ’ ‚ ` become '), hyphens, minus signs and en dashes become "-", em
// dashes and horizontal bars "--", "…" becomes "...", soft hyphens are
// dropped, and white space and control characters become a plain space. A
// string with nothing to change is returned as it is, without allocating.
func Normalize(s string) string {
	i := firstChange(s)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteString(s[:i])
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case (c == '`' || c == '\'') && i+1 < len(s) && s[i+1] == c:
				b.WriteByte('"')
				i += 2
				continue
			case c == '`':
				b.WriteByte('\'')
			case ascii[c]&cSpace != 0:
				b.WriteByte(' ')
			default:
				b.WriteByte(c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if rep, ok := replacement(r); ok {
			b.WriteString(rep)
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	if b.Len() == 0 {
		return s // a lone soft hyphen stays as it is rather than vanish
	}
	return b.String()
}

// firstChange returns the byte index of the first character Normalize
// changes, or -1.
func firstChange(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == '`' || ascii[c]&cSpace != 0 || (c == '\'' && i+1 < len(s) && s[i+1] == '\'') {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if _, ok := replacement(r); ok {
			return i
		}
		i += n
	}
	return -1
}

// replacement returns the normalised form of a non-ASCII rune, if it has one.
func replacement(r rune) (string, bool) {
	switch r {
	case ldquo, rdquo, '\u201e', '\u201f', '\u00ab', '\u00bb', '\u2033', '\u301d', '\u301e':
		return `"`, true
	case lsquo, rsquo, '\u201a', '\u201b', '\u2032', '\u2039', '\u203a':
		return "'", true
	case hyphenU, nbHyphen, figDash, enDash, minusSign:
		return "-", true
	case emDash, horizBar:
		return "--", true
	case ellipsis:
		return "...", true
	case '\u00ad': // soft hyphen
		return "", true
	}
	if IsSpace(r) {
		return " ", true
	}
	return "", false
}
