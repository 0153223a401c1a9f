package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/readout/readout/document"
)

// datelineParagraphs is how many paragraphs at the top of a text are
// searched for a dateline.
const datelineParagraphs = 3

// datelineMaxTokens is the longest dateline, up to and including its dash.
const datelineMaxTokens = 16

// dateline looks for a wire dateline at the start of the paragraph whose
// tokens are g.toks[a:b] ("BEIJING, Aug. 25 (Xinhua) --", "(Xinhua) -",
// "MOSCOW, Apr 17 (AFP) -", "LONDON -"). When it finds one it makes the
// dateline a sentence of its own, records it in Document.Dateline and, when
// Publisher is empty, puts the wire named in brackets there.
func (g *seg) dateline(a, b int) {
	t := g.toks
	i, caps := g.placeAndDate(a, b)
	wireStart, wireEnd := -1, -1
	if i < b && t[i].Text == "(" {
		j, words := i+1, 0
		for j < b && words <= 2 && (isPlaceWord(t[j].Text) || t[j].Text == "-") {
			if t[j].Text != "-" {
				words++
			}
			j++
		}
		if words > 0 && words <= 2 && j < b && t[j].Text == ")" && !slugs[t[i+1].Text] {
			wireStart, wireEnd = t[i+1].Start, t[j-1].End
			i = j + 1
		}
	}
	if i+1 >= b || i-a >= datelineMaxTokens || !isDash(t[i].Text) || (wireStart < 0 && !caps) ||
		i == a || t[i].Start == t[i-1].End || slugs[t[a].Text] || slugs[t[min(a+1, b-1)].Text] {
		g.dateLine(a, b)
		return
	}
	g.splitSentenceAfter(i)
	g.d.Dateline = &document.Span{Start: t[a].Start, End: t[i].End, Text: g.s[t[a].Start:t[i].End]}
	if wireStart >= 0 && g.d.Publisher == "" {
		g.d.Publisher = g.s[wireStart:wireEnd]
	}
}

// dateLine makes a full date that opens a paragraph ("Thursday, May 7,
// 2015", the date line of Wikinews) a sentence of its own when a sentence
// follows it in the same paragraph.
func (g *seg) dateLine(a, b int) {
	t := g.toks
	if b-a < 7 || !weekdays[t[a].Text] || t[a+1].Text != "," || !months[t[a+2].Text] ||
		len(t[a+3].Text) > 2 || !allDigits(t[a+3].Text) || t[a+4].Text != "," ||
		len(t[a+5].Text) != 4 || !allDigits(t[a+5].Text) || !startsSentence(t[a+6].Text, kWord) {
		return
	}
	g.splitSentenceAfter(a + 5)
}

// placeAndDate skips the place (up to three capitalised words, commas
// between) and the date (a month or weekday and numbers) of a dateline
// starting at token a, and says whether the place up to its first comma is
// in capitals ("NEW YORK", "SAN JOSE, Calif.").
func (g *seg) placeAndDate(a, b int) (int, bool) {
	t := g.toks
	i, words := a, 0
	for i < b && words <= 3 && (t[i].Text == "," || isPlaceWord(t[i].Text) && !months[t[i].Text]) {
		if t[i].Text != "," {
			words++
		}
		i++
	}
	if words > 3 {
		return a, false
	}
	if i < b && (months[t[i].Text] || months[strings.TrimSuffix(t[i].Text, ".")]) {
		i++
		for i < b && (t[i].Text == "," || len(t[i].Text) <= 4 && allDigits(t[i].Text)) {
			i++
		}
	}
	caps := words > 0
	for j := a; j < i && t[j].Text != "," && !months[t[j].Text]; j++ {
		caps = caps && isCapsWord(t[j].Text)
	}
	return i, caps
}

// splitSentenceAfter makes token k the last of its sentence.
func (g *seg) splitSentenceAfter(k int) {
	for j := len(g.sents) - 1; j >= 0; j-- {
		r := g.sents[j]
		if r.a > k {
			continue
		}
		if k+1 < r.b {
			g.sents = append(g.sents, sentRange{})
			copy(g.sents[j+2:], g.sents[j+1:])
			g.sents[j] = sentRange{r.a, k + 1, r.para}
			g.sents[j+1] = sentRange{k + 1, r.b, r.para}
		}
		return
	}
}

// isPlaceWord reports whether w is a capitalised word, as place and wire
// names are ("BEIJING", "Xinhua", "U.S.").
func isPlaceWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '.' && r != '\'' && r != '&' {
			return false
		}
	}
	return true
}

// isCapsWord reports whether w is a word of three or more letters, all
// capitals ("BEIJING", not "UK" or "Beijing").
func isCapsWord(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 3
}

func isDash(w string) bool {
	return w == "-" || w == "--" || w == "---"
}
