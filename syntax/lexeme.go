package syntax

import (
	"unicode"
	"unicode/utf8"
)

// lexeme holds the hashed attributes of one token that features are made
// of. It is computed once per token and shared by tagger and parser.
type lexeme struct {
	form   uint64 // the normalised form
	lower  uint64 // lower case, digits as 0
	shape  uint64 // Xxx, dd.dd, ...
	pre1   uint64
	pre3   uint64
	suf    [4]uint64 // suffixes of 1..4 bytes of lower
	cl     [3]uint64 // word clusters, coarse to fine; 0 when unknown
	flags  uint64
	length uint64 // length in runes, capped
}

const (
	flagUpperInit = 1 << iota
	flagAllUpper
	flagDigit
	flagHyphen
	flagPeriod
	flagAlpha
	flagFirst // first token of the sentence
)

// normForm maps typographic variants to the forms the treebank mostly
// uses, so that text normalised by readout and treebank text look alike.
func normForm(s string, buf []byte) []byte {
	buf = buf[:0]
	for _, r := range s {
		switch r {
		case '\u2018', '\u2019', '\u201a', '\u2032':
			r = '\''
		case '\u201c', '\u201d', '\u201e', '\u2033':
			r = '"'
		case '\u2013', '\u2014', '\u2212', '\u2010', '\u2011':
			r = '-'
		case '\u00a0':
			r = ' '
		case '\u2026':
			buf = append(buf, "..."...)
			continue
		}
		buf = utf8.AppendRune(buf, r)
	}
	return buf
}

// lowerKey writes the lower-cased form with ASCII digits replaced by 0.
func lowerKey(form []byte, buf []byte) []byte {
	buf = buf[:0]
	for i := 0; i < len(form); {
		c := form[i]
		if c < utf8.RuneSelf {
			switch {
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case '0' <= c && c <= '9':
				c = '0'
			}
			buf = append(buf, c)
			i++
			continue
		}
		r, n := utf8.DecodeRune(form[i:])
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
		i += n
	}
	return buf
}

// shapeOf writes the word shape: X for upper, x for lower, d for digit,
// other characters as they are; runs longer than two are cut to two.
func shapeOf(form []byte, buf []byte) []byte {
	buf = buf[:0]
	var last rune = -1
	run := 0
	for _, r := range string(form) {
		switch {
		case unicode.IsUpper(r):
			r = 'X'
		case unicode.IsLower(r):
			r = 'x'
		case unicode.IsDigit(r):
			r = 'd'
		}
		if r == last {
			run++
			if run >= 2 {
				continue
			}
		} else {
			last, run = r, 0
		}
		buf = utf8.AppendRune(buf, r)
	}
	return buf
}

func hashBytes(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return fmix(h)
}

// scratch is per-call working memory for building lexemes.
type lexScratch struct {
	form, lower, shape []byte
}

// makeLexeme computes the attributes of one token.
func makeLexeme(text string, first bool, clusters *clusterMap, sc *lexScratch) lexeme {
	sc.form = normForm(text, sc.form)
	sc.lower = lowerKey(sc.form, sc.lower)
	sc.shape = shapeOf(sc.form, sc.shape)
	form, low := sc.form, sc.lower
	var lx lexeme
	lx.form = hashBytes(form)
	lx.lower = hashBytes(low)
	lx.shape = hashBytes(sc.shape)
	lx.pre1 = hashBytes(low[:min(1, len(low))])
	lx.pre3 = hashBytes(low[:min(3, len(low))])
	for k := range lx.suf {
		lx.suf[k] = hashBytes(low[max(0, len(low)-k-1):])
	}
	if clusters != nil {
		lx.cl = clusters.lookup(low)
	}
	lx.flags = wordFlags(form, first)
	lx.length = uint64(min(utf8.RuneCount(form), 12))
	return lx
}

func wordFlags(form []byte, first bool) uint64 {
	var f uint64
	if first {
		f |= flagFirst
	}
	upper, alpha := 0, 0
	for i, r := range string(form) {
		switch {
		case unicode.IsUpper(r):
			upper++
			alpha++
			if i == 0 {
				f |= flagUpperInit
			}
		case unicode.IsLetter(r):
			alpha++
		case unicode.IsDigit(r):
			f |= flagDigit
		case r == '-':
			f |= flagHyphen
		case r == '.':
			f |= flagPeriod
		}
	}
	if alpha > 0 {
		f |= flagAlpha
		if upper == alpha && alpha > 1 {
			f |= flagAllUpper
		}
	}
	return f
}
