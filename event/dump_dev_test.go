package event

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/readout/readout/eval"
)

// TestDumpDev prints the parse, mentions and events of the gold
// sentences of one annotation (EVENT_DUMP=path/to/expected.json).
func TestDumpDev(t *testing.T) {
	path := os.Getenv("EVENT_DUMP")
	if path == "" {
		t.Skip("dev only")
	}
	lex := loadDefault(t)
	p := newPipeline(t, lex)
	a, err := eval.ReadAnnotation(path)
	if err != nil {
		t.Fatal(err)
	}
	d := readArticle(t, a)
	if err := p.code(d); err != nil {
		t.Fatal(err)
	}
	want := os.Getenv("EVENT_SENT")
	for si, s := range d.Sentences {
		if want != "" && !strings.Contains(s.Text, want) {
			continue
		}
		fmt.Printf("\n## %d %s\n", si, s.Text)
		for i, tk := range s.Tokens {
			var ms []string
			for _, e := range d.Entities {
				for _, m := range e.Mentions {
					if m.Sentence == si && tk.Start >= m.Start && tk.End <= m.End {
						ms = append(ms, e.ID+":"+e.Actor+strings.Join(e.Members, ","))
					}
				}
			}
			fmt.Printf("  %2d %-14s %-12s %-5s %-4s %2d %-10s %s\n", i+1, tk.Text, tk.Lemma, tk.UPOS, tk.XPOS, tk.Head, tk.Rel, strings.Join(ms, " "))
		}
		for _, e := range d.Events {
			if e.Sentence == si {
				fmt.Printf("  => %s [%s] %s\n", eventLine(d, e), e.Evidence.Pattern, e.Evidence.Rule)
			}
		}
		for _, st := range d.Statements {
			if st.Sentence == si {
				fmt.Printf("  statement by %s: %q\n", st.SpeakerEntity, st.Content.Text)
			}
		}
	}
}
