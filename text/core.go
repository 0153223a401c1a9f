package text

import (
	"strings"
	"unicode/utf8"
)

// core tokenises s[cs:ce], which starts and ends with a word character (or
// an abbreviation period, kind telling which abbreviation): it is split at
// hyphens (except after prefixes such as "pre-" and inside phone numbers
// and dates), dashes, slashes between words, commas and colons that are not
// inside numbers, brackets, quotes and other marks, and each piece is then
// split at clitics ("do|n't", "China|'s") and units ("5|pm").
func (g *seg) core(cs, ce int, kind tokKind) {
	s := g.s
	if strings.IndexByte(s[cs:ce], '@') >= 0 {
		g.emit(cs, ce, kWord) // e-mail address or handle
		return
	}
	p := cs
	for i := cs; i < ce; {
		c := s[i]
		if c < utf8.RuneSelf && ascii[c]&cAlnum != 0 {
			i++
			continue
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:ce])
		}
		if c == '$' && i+1 < ce && isDigit(s[i+1]) && currencyPrefix(s, p, i, ce) {
			g.word(p, i+1, kWord) // "US$|5"
			i++
			p = i
			continue
		}
		if g.joins(p, i, ce, r, n) {
			i += n
			continue
		}
		g.word(p, i, kWord)
		j := i + n
		switch {
		case r == '.' || r == ellipsis:
			j = finalRun(s, j, ce)
		case repeats(r):
			for j+n <= ce && s[j:j+n] == s[i:i+n] {
				j += n
			}
		}
		g.emit(i, j, g.punctKind(r, j-i > n, j))
		i, p = j, j
	}
	g.word(p, ce, kind)
}

// joins reports whether the character r (n bytes) at i stays inside the
// word that started at p.
func (g *seg) joins(p, i, ce int, r rune, n int) bool {
	s := g.s
	switch r {
	case '\'', '`', rsquo, '&', '_', '*', '+', '=', '~', '^', '#', '$', '\\', '@':
		return true
	case '.':
		return i+1 >= ce || s[i+1] != '.'
	case ',':
		return i > p && isDigit(s[i-1]) && thousands(s, i+1, ce)
	case ':', '/':
		return i > p && isDigit(s[i-1]) && i+1 < ce && isDigit(s[i+1])
	case '-', hyphenU, nbHyphen:
		return g.keepHyphen(p, i, i+n, ce)
	}
	return r >= utf8.RuneSelf && (isAlnumRune(r) || joiner(r))
}

// joiner reports whether r is an invisible character that belongs inside a
// word: soft hyphen, zero-width joiner and non-joiner, variation selector.
func joiner(r rune) bool {
	return r == 0xad || r == 0x200c || r == 0x200d || (r >= 0xfe00 && r <= 0xfe0f)
}

// keepHyphen reports whether the hyphen at s[i:j] stays inside the word
// that started at p: after a prefix ("e-mail", "non-Muslim"), or inside a
// phone number, postcode or date ("713-853-3989", "77388-5746",
// "2020-04-16", "01-Feb-02"). Elsewhere the treebanks split it
// ("China-Russia", "1969-1970", "COVID-19").
func (g *seg) keepHyphen(p, i, j, ce int) bool {
	s := g.s
	if i == p || j >= ce {
		return false
	}
	if isDigit(s[p]) {
		if g.groupsAt != p {
			g.groupsAt, g.groupsKeep = p, digitGroups(s, p, ce) || dayMonthYear(s, p, ce)
		}
		return g.groupsKeep
	}
	left := s[p:i]
	if k := strings.LastIndexAny(left, "-\u2010\u2011"); k >= 0 {
		_, w := utf8.DecodeRuneInString(left[k:])
		left = left[k+w:]
	}
	if ok, _ := alnumAt(s, j); !ok || left == "" || len(left) > 7 {
		return false
	}
	var buf [8]byte
	return hyphenPrefixes[string(fold(buf[:], left))]
}

// fold writes w with ASCII capitals lowered into buf, which must be long
// enough, and returns that part of buf. Looking up m[string(fold(...))]
// does not allocate.
func fold(buf []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if isUpper(c) {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(w)]
}

// digitGroups reports whether the digits and hyphens from p on form a
// phone number, postcode or date: three or more groups, or groups of 3 and
// 4 digits or of 5 and 4.
func digitGroups(s string, p, ce int) bool {
	groups, first, cur := 1, 0, 0
	for i := p; i < ce; i++ {
		c := s[i]
		if isDigit(c) {
			cur++
			continue
		}
		if c != '-' || cur == 0 {
			break
		}
		if groups == 1 {
			first = cur
		}
		groups++
		cur = 0
	}
	if cur == 0 {
		return false
	}
	return groups >= 3 || (groups == 2 && (first == 3 || first == 5) && cur == 4)
}

// dayMonthYear reports whether s[p:ce] starts with a date such as
// "01-Feb-02" or "5-May-2020".
func dayMonthYear(s string, p, ce int) bool {
	i := p
	for i < ce && i-p < 2 && isDigit(s[i]) {
		i++
	}
	if i == p || i+5 >= ce || s[i] != '-' || s[i+4] != '-' || !months[s[i+1:i+4]] {
		return false
	}
	return isDigit(s[i+5])
}

// thousands reports whether s[i:ce] starts with three digits that are not
// followed by a fourth, as after the comma of "1,000".
func thousands(s string, i, ce int) bool {
	if i+3 > ce || !isDigit(s[i]) || !isDigit(s[i+1]) || !isDigit(s[i+2]) {
		return false
	}
	return i+3 == ce || !isDigit(s[i+3])
}

func allDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return true
}

// word emits the piece s[a:b], split at a clitic or a unit when it has one.
func (g *seg) word(a, b int, kind tokKind) {
	if a >= b {
		return
	}
	if kind == kWord {
		if k := g.clitic(a, b); k > a {
			g.emit(a, k, kWord)
			g.emit(k, b, kWord)
			return
		}
		if k := unit(g.s, a, b); k > a {
			g.emit(a, k, kWord)
			g.emit(k, b, kWord)
			return
		}
	}
	g.emit(a, b, kind)
}

// clitic returns where a clitic starts in the word s[a:b] ("do|n't",
// "China|'s", "they|'re", "can|not", "gon|na"), or -1.
func (g *seg) clitic(a, b int) int {
	w := g.s[a:b]
	if n := len(w); n >= 4 && (w[n-1] == 't' || w[n-1] == 'T') {
		if k := apostropheBefore(w, n-1); k >= 2 && (w[k-1] == 'n' || w[k-1] == 'N') {
			return a + k - 1
		}
	}
	for k := len(w) - 1; k > 0 && k >= len(w)-5; k-- {
		c := w[k]
		if c != '\'' && c != '`' && !(c == 0x99 && k >= 2 && w[k-2:k+1] == "\u2019") {
			continue
		}
		if c == 0x99 {
			k -= 2
		}
		if k > 0 && cliticSuffix(w[k+apostropheWidth(w, k):]) && !allDigits(w[:k]) {
			return a + k
		}
		return -1
	}
	if len(w) >= 2 && len(w) <= 8 && contractionEnd(w) {
		var buf [8]byte
		if n, ok := contractions[string(fold(buf[:], w))]; ok {
			return a + n
		}
	}
	return -1
}

// contractionShapes holds, for each pair of first and last letters
// (folded to lower case), a bit for the length of each word of
// contractions that has them: a quick test before the map lookup.
var contractionShapes = func() (t [26][26]uint16) {
	for w := range contractions {
		t[w[0]-'a'][w[len(w)-1]-'a'] |= 1 << len(w)
	}
	return t
}()

// contractionEnd reports whether w (2 to 8 bytes) could be one of
// contractions.
func contractionEnd(w string) bool {
	f, l := w[0]|0x20, w[len(w)-1]|0x20
	return f >= 'a' && f <= 'z' && l >= 'a' && l <= 'z' && contractionShapes[f-'a'][l-'a']&(1<<len(w)) != 0
}

// apostropheBefore returns the index of the apostrophe that ends at byte
// end-1 of w, or -1.
func apostropheBefore(w string, end int) int {
	switch {
	case end >= 1 && (w[end-1] == '\'' || w[end-1] == '`'):
		return end - 1
	case end >= 3 && w[end-3:end] == "\u2019":
		return end - 3
	}
	return -1
}

func apostropheWidth(w string, k int) int {
	if w[k] == '\'' || w[k] == '`' {
		return 1
	}
	return 3
}

// cliticSuffix reports whether w (after the apostrophe) is a clitic.
func cliticSuffix(w string) bool {
	switch len(w) {
	case 1:
		c := w[0] | 0x20
		return c == 's' || c == 'm' || c == 'd'
	case 2:
		a, b := w[0]|0x20, w[1]|0x20
		return a == 'l' && b == 'l' || a == 'r' && b == 'e' || a == 'v' && b == 'e'
	}
	return false
}

// unit returns where the letters start in a number with a unit attached
// ("5|pm", "10|km", "300|USD"), or -1: two or three letters other than an
// ordinal suffix, a longer unit in capitals, or a one-letter unit from
// units. Ordinals and decades ("5th", "1990s"), codes such as "3D" and
// "5G" and names such as "4chan" stay whole.
func unit(s string, a, b int) int {
	if !isDigit(s[a]) {
		return -1
	}
	k := a + 1
	for k < b && (isDigit(s[k]) || (s[k] == '.' || s[k] == ',' || s[k] == ':') && k+1 < b && isDigit(s[k+1])) {
		k++
	}
	if k == b || b-k > 8 {
		return -1
	}
	for i := k; i < b; i++ {
		if !isLetter(s[i]) {
			return -1
		}
	}
	var buf [8]byte
	switch suffix := fold(buf[:], s[k:b]); {
	case len(suffix) == 1:
		if units[string(suffix)] {
			return k
		}
	case string(suffix) == "st" || string(suffix) == "nd" || string(suffix) == "rd" || string(suffix) == "th":
	case len(suffix) <= 3 || string(suffix) != s[k:b]: // "km", "USD", "MMBTU", not "4chan"
		return k
	}
	return -1
}

// units are the one-letter units split from a number ("5m", "3k", "2x").
var units = set("k", "m", "b", "t", "x", "p", "c", "f")
