package conllu

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/readout/readout/document"
)

// ToDocument builds a Document from gold sentences: the text is the
// sentences' surface tokens joined as SpaceAfter says, sentences separated
// by one space ("\n\n" where a "newpar" or "newdoc" comment starts a
// paragraph), and every word becomes a Token with its gold annotation.
// Words of a multiword token share out the token's bytes in order (the last
// takes the rest), so offsets always fall inside the written token.
func ToDocument(id string, sents []*Sentence) *document.Document {
	d := &document.Document{ID: id}
	var b []byte
	var bounds [][2]int // token index range of each sentence
	para := -1
	for si, s := range sents {
		b = trimSpace(b)
		switch {
		case para < 0 || startsParagraph(s):
			if para >= 0 {
				d.Paragraphs[para].End = len(b)
				b = append(b, "\n\n"...)
			}
			para++
			d.Paragraphs = append(d.Paragraphs, document.Span{Start: len(b)})
		default:
			b = append(b, ' ')
		}
		start, first := len(b), len(d.Tokens)
		for _, st := range s.Surface() {
			b = addSurface(d, b, s, st)
		}
		b = trimSpace(b)
		d.Sentences = append(d.Sentences, document.Sentence{
			Index: si, Start: start, End: len(b), Paragraph: para,
		})
		bounds = append(bounds, [2]int{first, len(d.Tokens)})
	}
	if para >= 0 {
		d.Paragraphs[para].End = len(b)
	}
	d.Text = string(b)
	for i := range d.Sentences {
		s := &d.Sentences[i]
		s.Text = d.Text[s.Start:s.End]
		s.Tokens = d.Tokens[bounds[i][0]:bounds[i][1]:bounds[i][1]]
	}
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		p.Text = d.Text[p.Start:p.End]
	}
	return d
}

// startsParagraph reports whether a "newpar" or "newdoc" comment marks s.
func startsParagraph(s *Sentence) bool {
	for _, c := range s.Comments {
		if c == "newpar" || c == "newdoc" || strings.HasPrefix(c, "newpar ") || strings.HasPrefix(c, "newdoc ") {
			return true
		}
	}
	return false
}

// trimSpace drops trailing spaces.
func trimSpace(b []byte) []byte {
	for len(b) > 0 && b[len(b)-1] == ' ' {
		b = b[:len(b)-1]
	}
	return b
}

func addSurface(d *document.Document, b []byte, s *Sentence, st SurfaceToken) []byte {
	start := len(b)
	b = append(b, st.Form...)
	pos := start
	for id := st.First; id <= st.Last; id++ {
		w := s.Words[id-1]
		end := pos + len(w.Form)
		if id == st.Last || end > start+len(st.Form) {
			end = start + len(st.Form)
		}
		d.Tokens = append(d.Tokens, document.Token{
			Start: pos, End: end, Text: w.Form, Lemma: w.Lemma, UPOS: w.UPOS,
			XPOS: w.XPOS, Feats: w.Feats, Head: w.Head, Rel: w.Deprel,
			SpaceAfter: id == st.Last && st.SpaceAfter,
		})
		pos = end
	}
	if st.SpaceAfter {
		b = append(b, ' ')
	}
	return b
}

// FromDocument returns the sentences of d in CoNLL-U: one word per token,
// with "sent_id" and "text" comments and MISC holding Offset=start:end
// (byte offsets in d.Text) and SpaceAfter=No where no whitespace follows.
func FromDocument(d *document.Document) []*Sentence {
	out := make([]*Sentence, 0, len(d.Sentences))
	for i := range d.Sentences {
		ds := &d.Sentences[i]
		if len(ds.Tokens) == 0 {
			continue
		}
		s := &Sentence{Comments: []string{
			fmt.Sprintf("sent_id = %s-%d", idOr(d.ID), ds.Index+1),
			"text = " + oneLine(ds.Text),
		}}
		for j, t := range ds.Tokens {
			head := t.Head
			if head < 0 {
				head = NoHead
			}
			misc := "Offset=" + strconv.Itoa(t.Start) + ":" + strconv.Itoa(t.End)
			if !t.SpaceAfter {
				misc += "|SpaceAfter=No"
			}
			s.Words = append(s.Words, Word{
				ID: j + 1, Form: field(t.Text), Lemma: field(t.Lemma), UPOS: field(t.UPOS),
				XPOS: field(t.XPOS), Feats: field(t.Feats), Head: head, Deprel: field(t.Rel),
				Deps: "_", Misc: misc,
			})
		}
		out = append(out, s)
	}
	return out
}

func idOr(id string) string {
	if id == "" {
		return "doc"
	}
	return oneLine(id)
}

// oneLine replaces line breaks and tabs by spaces.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return r
	}, s)
}

// field makes s safe for a CoNLL-U field: whitespace other than a space is
// replaced, and the empty string becomes "_".
func field(s string) string {
	if s == "" {
		return "_"
	}
	return oneLine(s)
}
