package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

func toLowerRune(r rune) rune { return unicode.ToLower(r) }

// isLowerASCII reports whether s is ASCII with no upper-case letters, so
// that it can be used as a lookup key as it is.
func isLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || (c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

// lowerInto writes the lower-case form of s into buf and returns its
// length; ok is false when it does not fit.
func lowerInto(buf []byte, s string) (n int, ok bool) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if n >= len(buf) {
				return 0, false
			}
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[n] = c
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		r = unicode.ToLower(r)
		if n+utf8.RuneLen(r) > len(buf) || utf8.RuneLen(r) < 0 {
			return 0, false
		}
		n += utf8.EncodeRune(buf[n:], r)
	}
	return n, true
}

// lookupFold looks s up in m ignoring case, without allocating for words
// of up to 64 bytes. The keys of m must be lower case.
func lookupFold[V any](m map[string]V, s string) (V, bool) {
	if isLowerASCII(s) {
		v, ok := m[s]
		return v, ok
	}
	var buf [64]byte
	n, ok := lowerInto(buf[:], s)
	if !ok {
		v, found := m[strings.ToLower(s)]
		return v, found
	}
	v, found := m[string(buf[:n])]
	return v, found
}

// splitName splits a name into the words a tokeniser gives: runs of spaces
// separate words, and a possessive "'s" (or "’s") is a word of its own
// ("People's Republic" -> People 's Republic). Words keep their case.
func splitName(s string) []string {
	var out []string
	forNameWords(s, func(w string) { out = append(out, w) })
	return out
}

// nameCaps marks the words of a name written in capitals (US, WHO, U.S.):
// such a word matches only a token with no lower-case letters, so that
// "US" does not match the pronoun "us".
func nameCaps(name string) uint64 {
	var m uint64
	i := 0
	forNameWords(name, func(w string) {
		if i < 64 && isCapsWord(w) {
			m |= 1 << i
		}
		i++
	})
	return m
}

// cutPossessive splits "Russia's" into "Russia"; ok is false when the word
// has no possessive ending (or is nothing but one).
func cutPossessive(w string) (string, bool) {
	n := len(w)
	if n < 3 || (w[n-1] != 's' && w[n-1] != 'S') {
		return "", false
	}
	if w[n-2] == '\'' {
		return w[:n-2], n > 2
	}
	if n > 4 && w[n-4:n-1] == "\u2019" {
		return w[:n-4], true
	}
	return "", false
}

// lowerWords lower-cases each word of a phrase.
func lowerWords(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = strings.ToLower(w)
	}
	return out
}

// isCapsWord reports whether w has at least two letters and no lower-case
// letter.
func isCapsWord(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if unicode.IsLower(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// hasLower reports whether s has a lower-case letter.
func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// pluralOf returns the regular English plural of a word (PETRARCH's rule:
// y -> ies after a consonant, s/x/z/ch/sh -> es, otherwise s), keeping the
// word's case style.
func pluralOf(w string) string {
	lw := strings.ToLower(w)
	upper := w != lw && strings.ToUpper(w) == w
	suffix := func(s string) string {
		if upper {
			return strings.ToUpper(s)
		}
		return s
	}
	switch {
	case strings.HasSuffix(lw, "y") && len(lw) > 1 && !strings.ContainsRune("aeiou", rune(lw[len(lw)-2])):
		return w[:len(w)-1] + suffix("ies")
	case strings.HasSuffix(lw, "s"), strings.HasSuffix(lw, "x"), strings.HasSuffix(lw, "z"),
		strings.HasSuffix(lw, "ch"), strings.HasSuffix(lw, "sh"):
		return w + suffix("es")
	}
	return w + suffix("s")
}

// demonymPlural returns the plural of a demonym ("Russian" -> "Russians",
// "Frenchman" -> "Frenchmen"), or "" when it is the same as the singular
// ("Chinese", "Swiss", "French").
func demonymPlural(d string) string {
	words := strings.Fields(d)
	if len(words) == 0 {
		return ""
	}
	last := words[len(words)-1]
	ll := strings.ToLower(last)
	switch {
	case strings.HasSuffix(ll, "ese"), strings.HasSuffix(ll, "s"), strings.HasSuffix(ll, "sh"),
		strings.HasSuffix(ll, "ch"), strings.HasSuffix(ll, "x"), strings.HasSuffix(ll, "z"):
		return ""
	case strings.HasSuffix(ll, "man"):
		last = last[:len(last)-3] + last[len(last)-3:len(last)-2] + "en"
	default:
		last = pluralOf(last)
	}
	words[len(words)-1] = last
	return strings.Join(words, " ")
}
