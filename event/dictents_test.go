package event

import (
	"strconv"
	"testing"

	"github.com/readout/readout/document"
	"github.com/readout/readout/format/conllu"
	"github.com/readout/readout/lexicon"
)

// dictEntities gives d one entity per actor code that a dictionary name
// in its sentences resolves to on the publication day: a stand-in for the
// actor stage in tests that need entities on gold parses.
func dictEntities(lex *lexicon.Lexicon, d *document.Document) {
	day, _ := lexicon.ParseDay(d.Published)
	byCode := map[string]int{}
	for si := range d.Sentences {
		toks := d.Sentences[si].Tokens
		words := make([]string, len(toks))
		for i := range toks {
			words[i] = toks[i].Text
		}
		for i := 0; i < len(words); {
			m, ok := lex.MatchActor(words, i)
			if !ok {
				i++
				continue
			}
			res, ok := lex.ResolveMatch(m, day)
			if ok && res.Code != "" {
				ei, seen := byCode[res.Code]
				if !seen {
					ei = len(d.Entities)
					byCode[res.Code] = ei
					d.Entities = append(d.Entities, document.Entity{ID: "e" + strconv.Itoa(ei+1), Name: res.Code, Actor: res.Code})
				}
				a, b := toks[m.Start].Start, toks[m.End-1].End
				d.Entities[ei].Mentions = append(d.Entities[ei].Mentions, document.Mention{Sentence: si, Start: a, End: b, Text: d.Text[a:b], Kind: "name"})
			}
			i = m.End
		}
	}
}

// goldDoc reads a CoNLL-U file into one document with dictionary entities.
func goldDoc(t testing.TB, lex *lexicon.Lexicon, path, published string, max int) *document.Document {
	t.Helper()
	sents, err := conllu.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if max > 0 && len(sents) > max {
		sents = sents[:max]
	}
	d := conllu.ToDocument("gold", sents)
	d.Published = published
	dictEntities(lex, d)
	return d
}
