package actor

import (
	"testing"

	"github.com/readout/readout/document"
	"github.com/readout/readout/text"
)

// FuzzAnnotate codes arbitrary text: the stage must not fail, and every
// mention must lie inside its sentence and every group member exist.
func FuzzAnnotate(f *testing.F) {
	for _, s := range []string{
		"Chinese President Xi Jinping and his Russian counterpart, Vladimir Putin, spoke.",
		"The Chinese side, he added, is confident.",
		"Police director Vladimir Rebic said at least 71 people were arrested.",
		"Dunn's mother, Charlotte Charles, said on TV, \"She left.\" Charles told the Daily Mail.",
		"the two heads of state , his his the 's 's ( PRC ) of of al- - -",
		"Minister of Information Moammar al-Eryani, Dr Ali bin Tamim, Abdul-Mahdi, Agence France-Presse",
	} {
		f.Add(s)
	}
	c := testCoder(f)
	f.Fuzz(func(t *testing.T, s string) {
		d := &document.Document{Text: s, Published: "2020-04-16"}
		if err := (&text.Segmenter{}).Annotate(d); err != nil {
			return // binary input is the text layer's to refuse
		}
		if err := c.Annotate(d); err != nil {
			t.Fatal(err)
		}
		ids := map[string]bool{}
		for _, e := range d.Entities {
			ids[e.ID] = true
		}
		for _, e := range d.Entities {
			for _, m := range e.Mentions {
				sent := d.Sentences[m.Sentence]
				if m.Start < sent.Start || m.End > sent.End || m.Start >= m.End || d.Text[m.Start:m.End] != m.Text {
					t.Fatalf("%s: bad mention %q [%d,%d)", e.Name, m.Text, m.Start, m.End)
				}
			}
			for _, id := range e.Members {
				if !ids[id] {
					t.Fatalf("%s: unknown member %s", e.Name, id)
				}
			}
		}
	})
}
