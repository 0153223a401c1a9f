package actor_test

import (
	"fmt"

	"github.com/readout/readout/actor"
	"github.com/readout/readout/document"
	"github.com/readout/readout/lexicon"
	"github.com/readout/readout/text"
)

// A later stage finds the entity behind a token with an Index: the
// innermost mention that covers it, and for a group the entities it
// stands for.
func ExampleIndex() {
	lex, err := lexicon.LoadDefault()
	if err != nil {
		fmt.Println(err)
		return
	}
	coder, err := actor.New(lex)
	if err != nil {
		fmt.Println(err)
		return
	}
	d := &document.Document{Text: "China and Russia signed a treaty. The Russian president praised it.", Published: "2021-06-28"}
	if err := (&text.Segmenter{}).Annotate(d); err != nil {
		fmt.Println(err)
		return
	}
	if err := coder.Annotate(d); err != nil {
		fmt.Println(err)
		return
	}
	ix := actor.NewIndex(d)
	for s := range d.Sentences {
		for _, ref := range ix.Mentions(s) {
			var members []string
			for _, m := range ix.Members(ref.Entity) {
				members = append(members, m.Actor)
			}
			fmt.Printf("%q tokens %d-%d: %s %s %v\n", ref.Mention.Text, ref.Start, ref.End, ref.Entity.Name, ref.Entity.Actor, members)
		}
	}
	// Output:
	// "China and Russia" tokens 0-3: China and Russia  [CHN RUS]
	// "China" tokens 0-1: China CHN [CHN]
	// "Russia" tokens 2-3: Russia RUS [RUS]
	// "The Russian president" tokens 0-3: Vladimir Putin RUSGOV [RUSGOV]
}
