package petrarch

import (
	"strings"
	"testing"

	"github.com/readout/readout/document"
)

// fuzzWords, fuzzTags and fuzzRels are what a fuzzed sentence is made of:
// dictionary words among others, so that patterns and actors are met.
var (
	fuzzWords = []string{"Freedonia", "Sylvania", "police", "attacked", "said", "it", "not", "to", "with",
		"and", ",", "by", "was", "rockets", "military", "base", "wants", "help", "the", "of", ".", "football", "match",
		"visited", "militiamen", "Rufus", "Firefly", "aid", "'s", "which", "met", "trade", "unions"}
	fuzzTags = [][2]string{{"PROPN", "NNP"}, {"NOUN", "NN"}, {"NOUN", "NNS"}, {"VERB", "VBD"}, {"VERB", "VBN"}, {"VERB", "VB"},
		{"AUX", "VBD"}, {"ADJ", "JJ"}, {"ADP", "IN"}, {"PART", "TO"}, {"PUNCT", ","}, {"PRON", "PRP"}, {"CCONJ", "CC"}, {"DET", "DT"}, {"X", ""}}
	fuzzRels = []string{"root", "nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent", "nmod", "nmod:poss", "amod", "compound",
		"conj", "cc", "punct", "case", "mark", "xcomp", "ccomp", "advcl", "acl:relcl", "aux", "aux:pass", "advmod", "det", "appos", "flat", "parataxis", ""}
)

// fuzzDoc builds a document from bytes: four bytes a token (word, tag,
// head, relation). Heads may point anywhere, themselves included, or
// outside the sentence; byte 0xFF starts a new sentence.
func fuzzDoc(data []byte) *document.Document {
	d := &document.Document{ID: "fuzz", Published: "2015-01-01"}
	var text strings.Builder
	var toks []document.Token
	flush := func() {
		if len(toks) == 0 {
			return
		}
		start, end := toks[0].Start, toks[len(toks)-1].End
		d.Sentences = append(d.Sentences, document.Sentence{Index: len(d.Sentences), Start: start, End: end, Tokens: toks})
		toks = nil
	}
	for i := 0; i+3 < len(data); i += 4 {
		if data[i] == 0xFF {
			flush()
			continue
		}
		w := fuzzWords[int(data[i])%len(fuzzWords)]
		tag := fuzzTags[int(data[i+1])%len(fuzzTags)]
		if text.Len() > 0 {
			text.WriteByte(' ')
		}
		start := text.Len()
		text.WriteString(w)
		toks = append(toks, document.Token{
			Text: w, Lemma: strings.ToLower(w), UPOS: tag[0], XPOS: tag[1],
			Head: int(int8(data[i+2])), Rel: fuzzRels[int(data[i+3])%len(fuzzRels)],
			Start: start, End: text.Len(),
		})
	}
	flush()
	d.Text = text.String()
	for i := range d.Sentences {
		s := &d.Sentences[i]
		s.Text = d.Text[s.Start:s.End]
	}
	return d
}

// FuzzAnnotate codes fuzzed parses, well formed or not, in both
// notations: the coder never panics and every event points at a sentence
// and at entities of the document.
func FuzzAnnotate(f *testing.F) {
	f.Add([]byte{0, 0, 2, 1, 3, 3, 0, 0, 1, 0, 2, 3})
	f.Add([]byte{0, 0, 2, 1, 16, 6, 3, 20, 3, 4, 0, 0, 0xFF, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0})
	f.Add([]byte{5, 11, 2, 1, 4, 3, 0, 0, 2, 11, 4, 1, 3, 3, 2, 17, 1, 0, 4, 2})
	coders := []*Coder{
		newCoder(f, loadDicts(f, "legacy.verbs.txt", false), nil),
		newCoder(f, loadDicts(f, "tree.verbs.txt", true), map[string]string{"require_dyad": "false", "new_actor_length": "3"}),
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, c := range coders {
			d := fuzzDoc(data)
			if err := c.Annotate(d); err != nil {
				t.Fatal(err)
			}
			for _, e := range d.Events {
				if e.Sentence < 0 || e.Sentence >= len(d.Sentences) || e.Code == "" {
					t.Fatalf("event %+v", e)
				}
				for _, id := range []string{e.SourceEntity, e.TargetEntity} {
					if id != "" && entityByID(d, id) == nil {
						t.Fatalf("event %+v names no entity %s", e, id)
					}
				}
			}
		}
	})
}
