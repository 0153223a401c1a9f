package ud

import (
	"fmt"
	"strings"

	"github.com/readout/readout/document"
)

// SyntaxScore counts how many gold words a tagger and parser got right
// when run on the gold tokens. UAS is the share of words with the right
// head; LAS also needs the right relation, compared on its universal part
// ("nmod:poss" counts as "nmod") as the CoNLL 2018 shared task scorer does;
// LASFull compares whole relations, subtypes included.
type SyntaxScore struct {
	Words   int
	UPOS    int
	XPOS    int
	Lemma   int
	UAS     int
	LAS     int
	LASFull int
}

// Pct returns n as a percentage of the words.
func (s SyntaxScore) Pct(n int) float64 { return 100 * ratio(n, s.Words) }

func (s SyntaxScore) String() string {
	return fmt.Sprintf("words %d  UPOS %.2f  XPOS %.2f  lemma %.2f  UAS %.2f  LAS %.2f  (LAS with subtypes %.2f)",
		s.Words, s.Pct(s.UPOS), s.Pct(s.XPOS), s.Pct(s.Lemma), s.Pct(s.UAS), s.Pct(s.LAS), s.Pct(s.LASFull))
}

// Add adds the counts of o to s.
func (s *SyntaxScore) Add(o SyntaxScore) {
	s.Words += o.Words
	s.UPOS += o.UPOS
	s.XPOS += o.XPOS
	s.Lemma += o.Lemma
	s.UAS += o.UAS
	s.LAS += o.LAS
	s.LASFull += o.LASFull
}

// ScoreSyntax runs an on copies of the gold documents that keep only the
// gold tokens and sentences (text, offsets, spacing), and scores the
// result against the gold annotation. It returns the annotated copies too.
func ScoreSyntax(gold []*document.Document, an document.Annotator) (SyntaxScore, []*document.Document, error) {
	var sc SyntaxScore
	preds := make([]*document.Document, len(gold))
	for i, g := range gold {
		pred := stripSyntax(g)
		if err := an.Annotate(pred); err != nil {
			return sc, nil, fmt.Errorf("%s: %w", g.ID, err)
		}
		s, err := CompareSyntax(g, pred)
		if err != nil {
			return sc, nil, fmt.Errorf("%s: %w", g.ID, err)
		}
		sc.Add(s)
		preds[i] = pred
	}
	return sc, preds, nil
}

// stripSyntax copies a document's text, sentences and tokens without tags,
// lemmas or dependencies.
func stripSyntax(g *document.Document) *document.Document {
	d := &document.Document{ID: g.ID, Text: g.Text, Paragraphs: g.Paragraphs}
	d.Tokens = make([]document.Token, len(g.Tokens))
	for i, t := range g.Tokens {
		d.Tokens[i] = document.Token{Start: t.Start, End: t.End, Text: t.Text, SpaceAfter: t.SpaceAfter, Head: -1}
	}
	d.Sentences = make([]document.Sentence, len(g.Sentences))
	at := 0
	for i, s := range g.Sentences {
		d.Sentences[i] = s
		d.Sentences[i].Tokens = d.Tokens[at : at+len(s.Tokens) : at+len(s.Tokens)]
		at += len(s.Tokens)
	}
	return d
}

// CompareSyntax scores pred against gold, which must have the same
// sentences and tokens.
func CompareSyntax(gold, pred *document.Document) (SyntaxScore, error) {
	var sc SyntaxScore
	if len(gold.Sentences) != len(pred.Sentences) {
		return sc, fmt.Errorf("%d gold sentences, %d predicted", len(gold.Sentences), len(pred.Sentences))
	}
	for i := range gold.Sentences {
		g, p := gold.Sentences[i].Tokens, pred.Sentences[i].Tokens
		if len(g) != len(p) {
			return sc, fmt.Errorf("sentence %d: %d gold tokens, %d predicted", i+1, len(g), len(p))
		}
		for j := range g {
			sc.add(&g[j], &p[j])
		}
	}
	return sc, nil
}

func (sc *SyntaxScore) add(g, p *document.Token) {
	sc.Words++
	if g.UPOS == p.UPOS {
		sc.UPOS++
	}
	if g.XPOS == p.XPOS {
		sc.XPOS++
	}
	if g.Lemma == p.Lemma {
		sc.Lemma++
	}
	if g.Head != p.Head {
		return
	}
	sc.UAS++
	if universal(g.Rel) == universal(p.Rel) {
		sc.LAS++
	}
	if g.Rel == p.Rel {
		sc.LASFull++
	}
}

// universal returns the universal part of a relation: "nmod:poss" gives
// "nmod".
func universal(rel string) string {
	u, _, _ := strings.Cut(rel, ":")
	return u
}
