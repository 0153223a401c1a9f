package text

import (
	"unicode/utf8"
)

// tokKind is what the sentence splitter needs to know about a token.
type tokKind uint8

const (
	kWord    tokKind = iota // word, number or symbol
	kFinal                  // run of . ! ? …: may end a sentence
	kAbbrev                 // word with an abbreviation period ("Inc.", "U.S.")
	kInitial                // capital letter and period ("R.")
	kTitle                  // abbreviation that never ends a sentence ("Dr.", "No. 5")
	kOpen                   // opening quote or bracket
	kClose                  // closing quote or bracket
	kInner                  // , ; : and dashes: never start a sentence
)

// paragraph tokenises the paragraph s[start:end].
func (g *seg) paragraph(start, end int) {
	s := g.s
	for i := start; i < end; {
		if c := s[i]; c < utf8.RuneSelf && ascii[c]&cSpace != 0 {
			i++
			continue
		}
		if sp, n := spaceAt(s, i); sp {
			i += n
			continue
		}
		j := i + 1
		for j < end {
			c := s[j]
			if c < utf8.RuneSelf {
				if ascii[c]&cSpace != 0 {
					break
				}
				j++
				continue
			}
			sp, n := spaceAt(s, j)
			if sp {
				break
			}
			j += n
		}
		g.chunk(i, j)
		i = j
	}
}

// chunk tokenises s[a:b], a run of characters between spaces.
func (g *seg) chunk(a, b int) {
	g.spaceBefore = true
	w := g.s[a:b]
	if len(w) <= 4 && len(w) >= 2 && w[0] < utf8.RuneSelf && ascii[w[0]]&cAlnum == 0 && emoticons[w] {
		g.emit(a, b, kWord)
	} else {
		g.split(a, b)
	}
	g.toks[len(g.toks)-1].SpaceAfter = b < len(g.s)
}

// split tokenises a chunk: leading punctuation, the core from the first to
// the last letter or digit, and trailing punctuation.
func (g *seg) split(a, b int) {
	s := g.s
	cs := a
	for cs < b {
		ok, n := alnumAt(s, cs)
		if ok {
			break
		}
		cs += n
	}
	if cs == b {
		g.punct(a, b)
		return
	}
	ce := b
	for ce > cs {
		r, n := lastRune(s, ce)
		if isAlnumRune(r) {
			break
		}
		ce -= n
	}
	cs = g.keepLeading(a, cs, ce)
	if isURL(s[cs:b]) {
		ce = urlEnd(s, cs, b)
		g.punct(a, cs)
		g.emit(cs, ce, kWord)
		g.punct(ce, b)
		return
	}
	g.punct(a, cs)
	ce, kind := g.abbreviation(cs, ce, b)
	if kind == kWord && currencyPrefix(s, cs, ce, b) {
		ce++ // "US$", "HK$"
	}
	g.core(cs, ce, kind)
	g.punct(ce, b)
}

// keepLeading returns where the core starts when the character before the
// first letter or digit belongs to the word: ".5", "+3", "@user", "#tag",
// "'90s".
func (g *seg) keepLeading(a, cs, ce int) int {
	if cs == a {
		return cs
	}
	s := g.s
	c := s[cs-1]
	switch {
	case c == '.' && isDigit(s[cs]) && (cs-1 == a || s[cs-2] != '.'):
		return cs - 1
	case c == '.' && cs-1 == a && isLower(s[cs]): // ".doc", ".com"
		return cs - 1
	case c == '+' && isDigit(s[cs]):
		return cs - 1
	case (c == '@' || c == '#') && isLetter(s[cs]):
		return cs - 1
	case c == '\'' && decadeAt(s, cs, ce):
		return cs - 1
	case c == 0x99 && cs-3 >= a && s[cs-3:cs] == "\u2019" && decadeAt(s, cs, ce):
		return cs - 3
	}
	return cs
}

// decadeAt reports whether s[i:end] is two digits and an optional "s", as
// in "'90s".
func decadeAt(s string, i, end int) bool {
	w := s[i:end]
	return (len(w) == 2 || len(w) == 3 && w[2] == 's') && isDigit(w[0]) && isDigit(w[1])
}

// isURL reports whether w starts like a web address.
func isURL(w string) bool {
	if len(w) < 5 {
		return false
	}
	switch w[0] | 0x20 {
	case 'h', 'f', 'w':
	default:
		return false
	}
	var buf [8]byte
	p := fold(buf[:], w[:min(len(w), 8)])
	return hasPrefix(p, "http://") || hasPrefix(p, "https://") || hasPrefix(p, "ftp://") || hasPrefix(p, "www.")
}

func hasPrefix(b []byte, prefix string) bool {
	return len(b) >= len(prefix) && string(b[:len(prefix)]) == prefix
}

// urlEnd returns the end of a web address starting at a, leaving closing
// punctuation after it for separate tokens.
func urlEnd(s string, a, b int) int {
	for b > a+1 {
		r, n := lastRune(s, b)
		switch r {
		case '.', ',', ';', ':', '!', '?', ')', ']', '}', '>', '"', '\'', rsquo, rdquo:
			b -= n
			continue
		}
		break
	}
	return b
}

// abbreviation extends the core s[cs:ce] over the period at ce when the
// core is an abbreviation, and says what kind it is.
func (g *seg) abbreviation(cs, ce, b int) (int, tokKind) {
	s := g.s
	if ce >= b || s[ce] != '.' || (ce+1 < b && s[ce+1] == '.') {
		return ce, kWord
	}
	w := s[cs:ce]
	switch {
	case titles[w]:
		return ce + 1, kTitle
	case numberTitles[w]:
		if ce+1 == b && g.digitNext(b) {
			return ce + 1, kTitle
		}
		return ce, kWord
	case len(w) == 1 && isUpper(w[0]):
		return ce + 1, kInitial
	case abbreviations[w] || dotted(w):
		return ce + 1, kAbbrev
	}
	return ce, kWord
}

// currencyPrefix reports whether s[cs:ce] is one to three capitals
// followed by a dollar sign, as in "US$5".
func currencyPrefix(s string, cs, ce, b int) bool {
	if ce >= b || s[ce] != '$' || ce-cs > 3 {
		return false
	}
	for i := cs; i < ce; i++ {
		if !isUpper(s[i]) {
			return false
		}
	}
	return true
}

// digitNext reports whether the next character after spaces from i is a
// digit.
func (g *seg) digitNext(i int) bool {
	s := g.s
	for i < len(s) {
		sp, n := spaceAt(s, i)
		if !sp {
			return isDigit(s[i])
		}
		i += n
	}
	return false
}

// dotted reports whether w is letters joined by periods, one to three
// letters each ("U.S", "a.m", "Ph.D", "e.g").
func dotted(w string) bool {
	parts, run := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case isLetter(c):
			run++
			if run > 3 {
				return false
			}
		case c == '.' && run > 0:
			parts++
			run = 0
		default:
			return false
		}
	}
	return parts > 0 && run > 0
}
