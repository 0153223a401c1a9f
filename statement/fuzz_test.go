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
