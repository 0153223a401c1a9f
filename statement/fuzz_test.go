package statement_test

import (
	"testing"

	"github.com/readout/readout/document"
)

// FuzzStatements runs the text, actor and statement stages on arbitrary
// text: they must not fail, and every span must lie in the text and name
// its sentence.
func FuzzStatements(f *testing.F) {
	for _, s := range []string{
		"Russia, he said, stands ready.",
		"Noting that trade grew, Xi pointed out that ties are strong, adding that , said",
		"\"We are ready,\" said the Russian president, \"and willing.\"",
		"According to , according to according to Putin Politico quoted as saying",
		"Readout of President Biden's Call\n\nThe below is attributable to Spokesperson X:",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := &document.Document{Text: s}
		if err := surfaceStages0(t, d); err != nil {
			return
		}
		for _, st := range d.Statements {
			if st.Sentence < 0 || st.Sentence >= len(d.Sentences) {
				t.Fatalf("statement in sentence %d of %d", st.Sentence, len(d.Sentences))
			}
			for _, sp := range []document.Span{st.CueSpan, st.Content, st.SpeakerSpan} {
				if sp.Start < 0 || sp.End > len(d.Text) || sp.Start > sp.End || d.Text[sp.Start:sp.End] != sp.Text {
					t.Fatalf("bad span %+v", sp)
				}
			}
			if st.SpeakerEntity != "" && d.EntityByID(st.SpeakerEntity) == nil {
				t.Fatalf("unknown speaker entity %s", st.SpeakerEntity)
			}
		}
	})
}

// FuzzMalformedParse gives the actor and statement stages parses that no
// parser would make (heads out of range, any relation and tag): they
// come from outside when a document is read back with its annotation.
// The stages must not fail.
func FuzzMalformedParse(f *testing.F) {
	f.Add("Xi said, adding that Russia, he noted, is ready.", []byte{0, 3, 200, 1, 7, 2, 9, 4})
	f.Add("According to Putin, the Russian president told him.", []byte{255, 1, 2, 3})
	rels := []string{"nsubj", "advcl", "conj", "ccomp", "parataxis", "acl", "appos", "flat", "obj", "root", "nsubj:pass"}
	tags := []string{"VERB", "NOUN", "PROPN", "AUX", "PRON", "ADJ"}
	f.Fuzz(func(t *testing.T, s string, heads []byte) {
		d := &document.Document{Text: s}
		if err := surfaceStages0(t, d); err != nil {
			return
		}
		for i := range d.Tokens {
			b := 0
			if len(heads) > 0 {
				b = int(heads[i%len(heads)])
			}
			d.Tokens[i].Head = b%40 - 2
			d.Tokens[i].Rel = rels[b%len(rels)]
			d.Tokens[i].UPOS = tags[b%len(tags)]
		}
		for _, st := range surfaceStages[1:] { // actor and statement, on this parse
			if err := st.Annotate(d); err != nil {
				t.Fatal(err)
			}
		}
	})
}
