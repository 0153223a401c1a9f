package event

import (
	"fmt"
	"github.com/readout/readout/document"
	"github.com/readout/readout/lexicon"
	"os"
	"strings"
	"testing"
)

func TestDbgPetr(t *testing.T) {
	dir := sharedData(t, "petrarch2/dictionaries")
	lex, _ := lexicon.Load(lexicon.WithPetrarch(lexicon.PetrarchFiles{Verbs: []string{dir + "/PETR.Validate.verbs.txt"}, Actors: []string{dir + "/PETR.Validate.actors.txt"}, Agents: []string{dir + "/PETR.Validate.agents.txt"}, Discards: []string{dir + "/PETR.Validate.discards.txt"}}))
	p := newPipeline(t, lex)
	p.stages[4] = NewWithOptions(lex, Options{RequireDyad: true})
	for _, text := range strings.Split(os.Getenv("EVENT_TEXT"), "|") {
		d := &document.Document{ID: "x", Text: text, Published: "1995-01-04"}
		p.code(d)
		for si, s := range d.Sentences {
			fmt.Printf("## %s\n", s.Text)
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
		}
		for _, e := range d.Events {
			fmt.Printf("  => %s [%s] %s tgt=%q\n", eventLine(d, e), e.Evidence.Pattern, e.Evidence.Rule, e.Evidence.TargetSpan.Text)
		}
	}
}
