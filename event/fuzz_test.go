package event

import (
	"strings"
	"testing"

	"github.com/readout/readout/document"
	"github.com/readout/readout/lexicon"
)

// FuzzParseDate feeds arbitrary words to the date reader: it must not
// panic, must take no more words than it is given, and what it finds must
// resolve to a well-formed date.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"on Thursday night", "21 June 2020", "January 3 , 2019", "last week", "two days ago", "in 2015", "May 31", "31 February"} {
		f.Add(s)
	}
	pub, _ := lexicon.ParseDay("2020-04-18")
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Fields(s)
		for i := range words {
			prev := ""
			if i > 0 {
				prev = words[i-1]
			}
			e, n := parseDate(words[i:], lowered(words[i:]), prev)
			if n < 0 || n > len(words)-i {
				t.Fatalf("%q: took %d words of %d", s, n, len(words)-i)
			}
			if n > 0 {
				if d := e.resolve(pub, false); d != "" && len(d) != 4 && len(d) != 7 && len(d) != 10 {
					t.Fatalf("%q: bad date %q", s, d)
				}
			}
		}
	})
}

// FuzzCoder codes sentences whose parse comes from the fuzzer (heads,
// relations, lemmas, tags and entity mentions): the coder must not panic
// on any tree, however malformed.
func FuzzCoder(f *testing.F) {
	f.Add([]byte("\x02\x01\x00\x03\x01\x02"), "China attacked Russia")
	f.Add([]byte("\x00\x05\x09\x02\x03\x04\x01"), "Xi and Putin spoke over phone")
	lex := testLexicon(f, testDicts)
	c := New(lex)
	rels := []string{"root", "nsubj", "obj", "iobj", "obl", "nmod", "conj", "xcomp", "ccomp", "advcl", "acl", "acl:relcl", "case", "mark", "aux", "aux:pass", "nsubj:pass", "compound", "amod", "nmod:poss", "appos", "advmod", "det", "cc", "punct", "obl:agent", "compound:prt"}
	upos := []string{"VERB", "NOUN", "PROPN", "ADP", "PART", "AUX", "PRON", "ADJ", "ADV", "CCONJ", "PUNCT", "NUM", "SCONJ"}
	f.Fuzz(func(t *testing.T, tree []byte, text string) {
		words := strings.Fields(text)
		if len(words) == 0 || len(words) > 40 {
			return
		}
		d := &document.Document{Published: "2020-04-18", Text: strings.Join(words, " ")}
		off := 0
		for i, w := range words {
			b := byte(i)
			if i < len(tree) {
				b = tree[i]
			}
			d.Tokens = append(d.Tokens, document.Token{
				Start: off, End: off + len(w), Text: w, Lemma: strings.ToLower(w),
				UPOS: upos[int(b)%len(upos)], Head: int(b)%(len(words)+2) - 1, Rel: rels[int(b)/3%len(rels)],
			})
			off += len(w) + 1
		}
		d.Sentences = []document.Sentence{{Start: 0, End: len(d.Text), Text: d.Text, Tokens: d.Tokens}}
		for i, w := range words {
			if i%2 == 0 {
				d.Entities = append(d.Entities, document.Entity{ID: "e" + w, Actor: "CHN", Mentions: []document.Mention{{Sentence: 0, Start: d.Tokens[i].Start, End: d.Tokens[i].End}}})
			}
		}
		if len(d.Entities) > 1 {
			d.Entities[1].Members = []string{d.Entities[0].ID, "missing"}
		}
		if err := c.Annotate(d); err != nil {
			t.Fatal(err)
		}
	})
}
