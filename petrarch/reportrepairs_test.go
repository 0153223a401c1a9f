package petrarch

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/readout/readout/document"
)

// TestReportRepairs checks the repairs of sentences that end in a report
// of their source, of lists and of clauses taken for noun phrases: want
// lists "word>head:rel" arcs of the repaired tree (head "-" for the root).
func TestReportRepairs(t *testing.T) {
	c := newCoder(t, loadDicts(t, "legacy.verbs.txt", false), nil)
	tests := []struct{ name, sent, want string }{
		{"a past verb with an object hung on the last subject of a report",
			"Mordor/PROPN:NNP/nsubj/9 ,/PUNCT:,/punct/4 and/CCONJ:CC/cc/4 Gondor/PROPN:NNP/conj/1 welcomed/VERB:VBD/acl/4 talks/NOUN:NNS/obj/5 ,/PUNCT:,/punct/9 WFNA/PROPN:NNP/nsubj/9 said/VERB:VBD/root/0",
			"welcomed>-:root Mordor>welcomed:nsubj said>welcomed:parataxis"},
		{"a bare finite clause after a comma is a report beside the sentence",
			"Gondor/PROPN:NNP/nsubj/2 welcomed/VERB:VBD/root/0 talks/NOUN:NNS/obj/2 ,/PUNCT:,/punct/6 WFNA/PROPN:NNP/nsubj/6 said/VERB:VBD/advcl/2",
			"said>welcomed:parataxis"},
		{"an adverbial clause with its conjunction stays one",
			"Gondor/PROPN:NNP/nsubj/2 welcomed/VERB:VBD/root/0 talks/NOUN:NNS/obj/2 ,/PUNCT:,/punct/7 after/SCONJ:IN/mark/7 Arnor/PROPN:NNP/nsubj/7 left/VERB:VBD/advcl/2",
			"left>welcomed:advcl"},
		{"the phrase before a reporter's name is the reporter",
			"Gondor/PROPN:NNP/nsubj/2 welcomed/VERB:VBD/root/0 talks/NOUN:NNS/obj/2 ,/PUNCT:,/punct/6 the/DET:DT/det/6 agency/NOUN:NN/appos/3 WFNA/PROPN:NNP/nsubj/8 said/VERB:VBD/parataxis/2",
			"agency>said:nsubj"},
		{"an apposition then a conjunct after a comma is a list",
			"Mordor/PROPN:NNP/nsubj/7 ,/PUNCT:,/punct/3 Fornost/PROPN:NNP/appos/1 ,/PUNCT:,/punct/6 and/CCONJ:CC/cc/6 Gondor/PROPN:NNP/conj/1 met/VERB:VBD/root/0",
			"Fornost>Mordor:conj Gondor>Mordor:conj"},
		{"two nouns coordinated before a head",
			"Eriador/PROPN:NNP/nmod:poss/3 's/PART:POS/case/1 death/NOUN:NN/compound/6 and/CCONJ:CC/cc/5 injury/NOUN:NN/compound/6 toll/NOUN:NN/nsubj/7 rose/VERB:VBD/root/0",
			"death>rose:nsubj toll>death:conj and>toll:cc injury>toll:compound"},
		{"a time phrase taken for the subject of a clause its conjunction opens",
			"statement/NOUN:NN/nsubj/2 comes/VERB:VBZ/root/0 a/DET:DT/det/4 day/NOUN:NN/nsubj/7 before/ADP:IN/case/6 Sarkozy/PROPN:NNP/nmod/4 heads/VERB:VBZ/conj/2 to/ADP:IN/case/9 Beijing/PROPN:NNP/obl/7",
			"day>comes:obl:tmod Sarkozy>heads:nsubj before>heads:mark heads>comes:advcl"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := newSent(c, tokensDoc(t, tc.sent), 0, 0)
			s.findNames()
			s.repair()
			for _, w := range strings.Fields(tc.want) {
				if got := s.arcOf(w); got != w {
					t.Errorf("want %s, got %s", w, got)
				}
			}
		})
	}
}

// tokensDoc builds a one-sentence document from tokens written
// FORM/UPOS:XPOS/REL/HEAD.
func tokensDoc(t *testing.T, line string) *document.Document {
	t.Helper()
	var toks []document.Token
	for _, f := range strings.Fields(line) {
		p := strings.Split(f, "/")
		if len(p) != 4 {
			t.Fatalf("bad test token %q", f)
		}
		h, err := strconv.Atoi(p[3])
		if err != nil {
			t.Fatalf("bad head in %q", f)
		}
		upos, xpos, _ := strings.Cut(p[1], ":")
		toks = append(toks, document.Token{Text: p[0], Lemma: strings.ToLower(p[0]), UPOS: upos, XPOS: xpos, Rel: p[2], Head: h})
	}
	return &document.Document{ID: "t", Sentences: []document.Sentence{{Tokens: toks}}}
}

// arcOf returns the arc of the word want names ("word>head:rel").
func (s *sent) arcOf(want string) string {
	word, _, _ := strings.Cut(want, ">")
	for i, w := range s.texts {
		if w != word {
			continue
		}
		head := "-"
		if h := s.head[i]; h >= 0 {
			head = s.texts[h]
		}
		return fmt.Sprintf("%s>%s:%s", word, head, s.rel[i])
	}
	return word + " missing"
}
