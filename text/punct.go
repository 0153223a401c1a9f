package text

import "unicode/utf8"

// punct tokenises s[a:b], a stretch of punctuation and symbols: a run of
// sentence punctuation ("...", "?!"), of one repeated mark ("--", "**",
// "“") or an emoticon is one token; anything else is one token per
// character.
func (g *seg) punct(a, b int) {
	s := g.s
	for a < b {
		if w := s[a:b]; len(w) <= 4 && len(w) >= 2 && emoticons[w] {
			g.emit(a, b, kWord)
			return
		}
		if elision(s[a:b]) {
			g.emit(a, a+5, kFinal)
			a += 5
			continue
		}
		r, n := utf8.DecodeRuneInString(s[a:b])
		j := a + n
		switch {
		case r == '.' || r == '!' || r == '?' || r == ellipsis:
			j = finalRun(s, j, b)
		case r == lsquo || r == rsquo: // ‘’ and ’’ stand for a double quote
			for j+3 <= b && (s[j:j+3] == "\u2018" || s[j:j+3] == "\u2019") {
				j += 3
			}
		case repeats(r):
			for j+n <= b && s[j:j+n] == s[a:a+n] {
				j += n
			}
		}
		g.emit(a, j, g.punctKind(r, j-a > n, j))
		a = j
	}
}

// elision reports whether w starts with a bracketed ellipsis, "[...]" or
// "(...)", which marks words left out of a quotation.
func elision(w string) bool {
	return len(w) >= 5 && (w[0] == '[' && w[4] == ']' || w[0] == '(' && w[4] == ')') && w[1:4] == "..."
}

// finalRun returns the end of a run of . ! ? … starting before i.
func finalRun(s string, i, b int) int {
	for i < b {
		switch {
		case s[i] == '.' || s[i] == '!' || s[i] == '?':
			i++
		case i+3 <= b && s[i:i+3] == "\u2026":
			i += 3
		default:
			return i
		}
	}
	return i
}

// repeats reports whether a run of r is one token ("--", "***", "“").
func repeats(r rune) bool {
	switch r {
	case '-', '*', '=', '_', '~', '#', '+', '<', '>', '`', '\'', '/', '|', '^', '&', '$',
		enDash, emDash, horizBar:
		return true
	}
	return false
}

// punctKind classifies a punctuation token starting with r and ending at
// byte end; run says it is a repeated mark.
func (g *seg) punctKind(r rune, run bool, end int) tokKind {
	switch r {
	case '.', '!', '?', ellipsis,
		'\u0964', '\u0965', '\u061f', '\u06d4', '\u3002', '\uff01', '\uff1f', '\uff0e': // ।, ॥, ؟, ۔, 。, ！, ？, ．
		return kFinal
	case '(', '[', '{':
		return kOpen
	case ')', ']', '}':
		return kClose
	case '`':
		return kOpen
	case '"', '\'', ldquo, rdquo, lsquo, rsquo, '\u00ab', '\u00bb', '\u201e', '\u201a':
		return g.quoteKind(r, run, end)
	case ',', ';', ':', '-', hyphenU, nbHyphen, figDash, enDash, emDash, horizBar, minusSign:
		return kInner
	}
	return kWord
}

// quoteKind says whether a quotation mark opens or closes a quotation: it
// opens when a word follows it directly, closes when it follows a token
// directly, and otherwise is what its shape says (a straight quote opens).
func (g *seg) quoteKind(r rune, run bool, end int) tokKind {
	if end < len(g.s) {
		if ok, _ := alnumAt(g.s, end); ok {
			return kOpen
		}
	}
	if !g.spaceBefore {
		return kClose
	}
	switch r {
	case rdquo, rsquo, '\u00bb':
		return kClose
	case '\'':
		if run {
			return kClose
		}
	}
	return kOpen
}
