package ud

import (
	"errors"
	"strings"
	"testing"

	"github.com/readout/readout/document"
	"github.com/readout/readout/format/conllu"
)

const syntaxGold = `# text = They saw it.
1	They	they	PRON	PRP	_	2	nsubj	_	_
2	saw	see	VERB	VBD	_	0	root	_	_
3	it	it	PRON	PRP	_	2	obj	_	SpaceAfter=No
4	.	.	PUNCT	.	_	2	punct	_	_

# text = John's dog
1	John	John	PROPN	NNP	_	3	nmod:poss	_	SpaceAfter=No
2	's	's	PART	POS	_	1	case	_	_
3	dog	dog	NOUN	NN	_	0	root	_	_

`

// fakeTagger annotates from a fixed table of (form -> annotation), to
// check the scorer's counting.
type fakeTagger map[string]document.Token

func (f fakeTagger) Annotate(d *document.Document) error {
	for i := range d.Tokens {
		t := &d.Tokens[i]
		a, ok := f[t.Text]
		if !ok {
			return errors.New("unknown form " + t.Text)
		}
		t.UPOS, t.XPOS, t.Lemma, t.Head, t.Rel = a.UPOS, a.XPOS, a.Lemma, a.Head, a.Rel
	}
	return nil
}

func TestScoreSyntax(t *testing.T) {
	sents, err := conllu.ReadAll(strings.NewReader(syntaxGold), "gold")
	if err != nil {
		t.Fatal(err)
	}
	gold := conllu.ToDocument("g", sents)
	an := fakeTagger{
		"They": {UPOS: "PRON", XPOS: "PRP", Lemma: "they", Head: 2, Rel: "nsubj"},
		"saw":  {UPOS: "VERB", XPOS: "VBD", Lemma: "saw", Head: 0, Rel: "root"}, // wrong lemma
		"it":   {UPOS: "PRON", XPOS: "PRP", Lemma: "it", Head: 2, Rel: "iobj"},  // wrong relation
		".":    {UPOS: "PUNCT", XPOS: ".", Lemma: ".", Head: 3, Rel: "punct"},   // wrong head
		"John": {UPOS: "PROPN", XPOS: "NNP", Lemma: "John", Head: 3, Rel: "nmod"},
		"'s":   {UPOS: "PART", XPOS: "POS", Lemma: "'s", Head: 1, Rel: "case"},
		"dog":  {UPOS: "VERB", XPOS: "VB", Lemma: "dog", Head: 0, Rel: "root"}, // wrong tags
	}
	sc, preds, err := ScoreSyntax([]*document.Document{gold}, an)
	if err != nil {
		t.Fatal(err)
	}
	want := SyntaxScore{Words: 7, UPOS: 6, XPOS: 6, Lemma: 6, UAS: 6, LAS: 5, LASFull: 4}
	if sc != want {
		t.Errorf("got %+v, want %+v", sc, want)
	}
	if gold.Tokens[1].Lemma != "see" || preds[0].Tokens[1].Lemma != "saw" {
		t.Error("scoring changed the gold document or did not annotate a copy")
	}
	if !strings.Contains(sc.String(), "UAS 85.71") {
		t.Errorf("String() = %q", sc.String())
	}
}

func TestCompareSyntaxMismatch(t *testing.T) {
	sents, _ := conllu.ReadAll(strings.NewReader(syntaxGold), "gold")
	a := conllu.ToDocument("a", sents)
	b := conllu.ToDocument("b", sents[:1])
	if _, err := CompareSyntax(a, b); err == nil {
		t.Error("different sentence counts accepted")
	}
	b = conllu.ToDocument("b", sents)
	b.Sentences[1].Tokens = b.Sentences[1].Tokens[:2]
	if _, err := CompareSyntax(a, b); err == nil {
		t.Error("different token counts accepted")
	}
}
