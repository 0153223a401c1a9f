package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/readout/readout/document"
)

// pending says what the last token leaves open: whether the next token may
// start a new sentence.
type pending uint8

const (
	pendNone         pending = iota
	pendFinal                // after . ! ?: any word but inner punctuation starts a sentence
	pendWeak                 // after an ellipsis or a closing quote: a word in lower case does not
	pendAbbrev               // after an abbreviation: only a common sentence starter does
	pendAbbrevClosed         // the same, after closing marks that follow the abbreviation
)

// sentRange is a sentence as a range of token indexes.
type sentRange struct{ a, b, para int }

// seg holds the state of one segmentation run: the text, the tokens so
// far, and the sentence splitter's state, which every emitted token updates.
type seg struct {
	d           *document.Document
	s           string
	toks        []document.Token
	sents       []sentRange
	max         int // most tokens in a sentence
	para        int // index of the current paragraph
	start       int // first token of the current sentence
	pend        pending
	abbrevAt    int  // the abbreviation token, when pend is pendAbbrevClosed
	spaceBefore bool // the next token follows a space

	// keepHyphen's verdict on the digit groups of the word starting at
	// groupsAt (-1: none yet), so that a long run of them is read once.
	groupsAt   int
	groupsKeep bool

	// A sentence longer than max is cut; cutStart is the token where the
	// uncut sentence began and cuts how often it was cut (0: not cut).
	cutStart, cuts int
}

// emit adds the token s[a:b] of the given kind and decides, from the kind
// of token before it, whether it starts a new sentence.
func (g *seg) emit(a, b int, kind tokKind) {
	if kind == kWord && g.creditLabel(a, b) {
		g.pend = pendNone
		g.boundary()
	}
	if g.pend != pendNone {
		g.resolve(a, b, kind)
	}
	text := Normalize(g.s[a:b])
	g.add(a, b, text)
	g.spaceBefore = false
	switch kind {
	case kFinal:
		g.pend = pendFinal
		if text == ".." || strings.HasPrefix(text, "...") || elision(text) {
			g.pend = pendWeak
		}
	case kAbbrev, kInitial:
		g.pend = pendAbbrev
	}
	if len(g.toks)-g.start >= g.max {
		g.cut()
	}
}

// add appends a token. It sets the fields one by one in the slice's
// spare capacity, which is zeroed already, rather than copying a whole
// Token: that keeps write barriers to the one pointer set while the
// garbage collector runs. Should estimateTokens have been short, the slice
// doubles.
func (g *seg) add(a, b int, text string) {
	n := len(g.toks)
	if n == cap(g.toks) {
		grown := make([]document.Token, n, 2*n+64)
		copy(grown, g.toks)
		g.toks = grown
	}
	g.toks = g.toks[:n+1]
	t := &g.toks[n]
	t.Start, t.End, t.Text, t.Head = a, b, text, -1
}

// resolve decides whether the token s[a:b] starts a sentence after a
// token that left the question open.
func (g *seg) resolve(a, b int, kind tokKind) {
	p := g.pend
	g.pend = pendNone
	switch p {
	case pendFinal, pendWeak:
		switch {
		case kind == kClose:
			g.pend = pendWeak // `."`: the sentence may still end here
		case kind == kFinal:
			g.pend = p
		case kind == kWord && p == pendFinal && !g.listMarker(a, b):
			g.boundary() // "... ended. then it ..." in informal text
		case startsSentence(g.s[a:b], kind):
			g.boundary()
		}
	case pendAbbrev, pendAbbrevClosed:
		switch {
		case kind == kClose:
			if p == pendAbbrev {
				g.abbrevAt = len(g.toks) - 1
			}
			g.pend = pendAbbrevClosed // `Inc.)` or `U.S."`
		case kind == kWord && starters[g.s[a:b]]:
			g.splitPeriod(g.abbrevToken(p))
			g.boundary()
		}
	}
}

// startsSentence reports whether a token w of the given kind can begin a
// sentence: anything but a word in lower case or inner punctuation.
func startsSentence(w string, kind tokKind) bool {
	switch kind {
	case kInner, kClose, kFinal:
		return false
	case kOpen:
		return true
	}
	c := w[0]
	if c < utf8.RuneSelf {
		return !isLower(c)
	}
	r, _ := utf8.DecodeRuneInString(w)
	return !unicode.IsLower(r)
}

// listMarker reports whether s[a:b] is a lower-case letter marking an item
// of a list, as in "b)".
func (g *seg) listMarker(a, b int) bool {
	return b-a == 1 && b < len(g.s) && g.s[b] == ')'
}

// creditLabel reports whether s[a:b] is a label such as "Image:" that
// starts a photo credit or source line, which is a sentence of its own.
func (g *seg) creditLabel(a, b int) bool {
	return b < len(g.s) && g.s[b] == ':' && isUpper(g.s[a]) && creditLabels[g.s[a:b]]
}

// startParagraph resets the splitter for a paragraph whose first token
// will be the next one.
func (g *seg) startParagraph() {
	first := len(g.toks)
	g.start, g.cutStart, g.pend = first, first, pendNone
}

// splitPeriod splits the abbreviation period off token k when the
// abbreviation ends a sentence ("in the U.S." + "The" gives "U.S" "."),
// moving any closing marks after it along. Token k must belong to the
// current sentence.
func (g *seg) splitPeriod(k int) {
	if k < g.start {
		return
	}
	n := len(g.toks)
	g.add(0, 0, "")
	copy(g.toks[k+2:], g.toks[k+1:n])
	t := &g.toks[k]
	end, space := t.End, t.SpaceAfter
	t.End--
	t.Text = Normalize(g.s[t.Start:t.End])
	t.SpaceAfter = false
	g.toks[k+1] = document.Token{Start: end - 1, End: end, Text: ".", Head: -1, SpaceAfter: space}
}

// abbrevToken returns the index of the abbreviation that left p pending.
func (g *seg) abbrevToken(p pending) int {
	if p == pendAbbrevClosed {
		return g.abbrevAt
	}
	return len(g.toks) - 1
}

// boundary ends the current sentence before the next token.
func (g *seg) boundary() {
	g.close(len(g.toks))
	if g.cuts > 0 {
		g.reportCut(len(g.toks))
	}
	g.cutStart = len(g.toks)
}

// close records the sentence from g.start to token k (exclusive).
func (g *seg) close(k int) {
	if k > g.start {
		g.sents = append(g.sents, sentRange{g.start, k, g.para})
	}
	g.start = k
}

// endParagraph ends the sentence at the end of a paragraph.
func (g *seg) endParagraph() {
	if g.pend == pendAbbrev || g.pend == pendAbbrevClosed {
		g.splitPeriod(g.abbrevToken(g.pend))
	}
	g.pend = pendNone
	g.boundary()
}

// DefaultMaxSentenceTokens is the most tokens a sentence may have when
// Segmenter.MaxSentenceTokens is zero. A longer run without a sentence
// boundary is cut, and the cut recorded as a Problem.
const DefaultMaxSentenceTokens = 300

// cut ends the current sentence, which has reached g.max tokens, after the
// best break in its second half: a full stop that did not end a sentence,
// then a semicolon, a colon or dash, a comma, and else after the last token.
func (g *seg) cut() {
	n := len(g.toks)
	best, rank := n-1, 0
	for i := n - 2; i >= g.start+g.max/2 && rank < 4; i-- {
		if r := breakRank(g.toks[i].Text); r > rank {
			best, rank = i, r
		}
	}
	g.cuts++
	g.close(best + 1)
}

// breakRank says how good a place to cut a sentence the token w is.
func breakRank(w string) int {
	switch w {
	case ".", "!", "?", "...", "..":
		return 4
	case ";":
		return 3
	case ":", "--", "-":
		return 2
	case ",":
		return 1
	}
	return 0
}

// reportCut records a Problem for the cut sentence that ends at token end.
func (g *seg) reportCut(end int) {
	g.d.AddProblem(g.toks[g.cutStart].Start,
		"sentence of %d tokens is longer than the maximum of %d; cut into %d parts",
		end-g.cutStart, g.max, g.cuts+1)
	g.cuts = 0
}
