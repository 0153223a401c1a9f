package text

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/readout/readout/document"
)

// Segmenter is the text stage: it finds the paragraphs, sentences and
// tokens of Document.Text. The zero value is ready to use, and one
// Segmenter may serve several goroutines; use it by pointer. Token storage
// comes from shared blocks (see BlockTokens).
type Segmenter struct {
	// MaxSentenceTokens caps sentence length; 0 means
	// DefaultMaxSentenceTokens. A longer stretch without a sentence
	// boundary is cut at the best break available and a Problem records it.
	MaxSentenceTokens int

	block tokenBlock
}

// Annotate fills d.Paragraphs, d.Sentences and d.Tokens from d.Text,
// replacing whatever they held. Token offsets index d.Text; token Text is
// the Normalize form. Text that is not valid UTF-8 is repaired first (see
// Repair) and the repairs recorded in d.Problems; binary data is an error
// wrapping ErrBinary. It may set d.Dateline and d.Publisher (see Document).
func (sg *Segmenter) Annotate(d *document.Document) error {
	if err := checkText(d.Text); err != nil {
		return fmt.Errorf("document %q: %w", d.ID, err)
	}
	if !utf8.ValidString(d.Text) {
		repaired, probs := Repair([]byte(d.Text))
		d.Text = repaired
		d.Problems = append(d.Problems, probs...)
	}
	g := &seg{d: d, s: d.Text, max: sg.MaxSentenceTokens, groupsAt: -1}
	if g.max <= 0 {
		g.max = DefaultMaxSentenceTokens
	}
	est := estimateTokens(d.Text)
	g.toks = sg.block.reserve(est)
	g.sents = make([]sentRange, 0, est/16+1)
	d.Paragraphs, d.Sentences, d.Tokens, d.Dateline = nil, nil, nil, nil
	eachParagraph(d.Text, func(start, end int) {
		g.para = len(d.Paragraphs)
		d.Paragraphs = append(d.Paragraphs, document.Span{Start: start, End: end, Text: d.Text[start:end]})
		first := len(g.toks)
		g.startParagraph()
		g.paragraph(start, end)
		g.endParagraph()
		if d.Dateline == nil && g.para < datelineParagraphs && len(g.toks) > first {
			g.dateline(first, len(g.toks))
		}
	})
	sg.block.release(g.toks, est)
	g.finish()
	return nil
}

// finish hands the tokens and sentences to the document; each sentence's
// Tokens is a sub-slice of d.Tokens.
func (g *seg) finish() {
	d := g.d
	d.Tokens = g.toks[:len(g.toks):len(g.toks)] // the rest of the reservation may go to another document
	d.Sentences = make([]document.Sentence, len(g.sents))
	for i, r := range g.sents {
		start, end := g.toks[r.a].Start, g.toks[r.b-1].End
		d.Sentences[i] = document.Sentence{
			Index: i, Start: start, End: end, Text: d.Text[start:end],
			Paragraph: r.para, Tokens: d.Tokens[r.a:r.b:r.b],
		}
	}
}

// estimateTokens returns a slight overestimate of the number of tokens in
// s, so that the token slice is allocated once: one per run of non-space
// bytes, one per ASCII punctuation mark (two per hyphen) and one per
// non-ASCII character, plus a margin.
func estimateTokens(s string) int {
	n, inWord := 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			if c >= 0xc0 {
				n++
			}
			inWord = true
			continue
		}
		switch cl := ascii[c]; {
		case cl&cSpace != 0:
			inWord = false
		case c == '-':
			n += 2 // "China-Russia" is three tokens
			inWord = true
		case cl == 0:
			n++
			inWord = true
		case !inWord:
			n++
			inWord = true
		}
	}
	return n + n/16 + 8
}

// checkText is Check for a string.
func checkText(s string) error {
	if i := strings.IndexByte(s, 0); i >= 0 {
		return fmt.Errorf("%w: NUL byte at offset %d", ErrBinary, i)
	}
	if len(s) > checkSample {
		s = s[:checkSample]
	}
	return checkSampleText(s)
}
