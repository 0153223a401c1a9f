package petrarch_test

import (
	"fmt"
	"log"
	"os"

	"github.com/readout/readout/format/conllu"
	"github.com/readout/readout/lexicon"
	"github.com/readout/readout/petrarch"
)

// Code a parsed sentence with PETRARCH2 dictionaries. In the pipeline
// the text and syntax stages give the parse; here it comes from a
// CoNLL-U file.
func ExampleNew() {
	lex, err := lexicon.Load(lexicon.WithPetrarch(lexicon.PetrarchFiles{
		Verbs:  []string{"testdata/tree.verbs.txt"},
		Actors: []string{"testdata/actors.txt"},
		Agents: []string{"testdata/agents.txt"},
		PICO:   []string{"testdata/pico.txt"},
	}))
	if err != nil {
		log.Fatal(err)
	}
	cfg, err := petrarch.ParseConfig(map[string]string{"require_dyad": "true"})
	if err != nil {
		log.Fatal(err)
	}
	coder, err := petrarch.New(lex, cfg)
	if err != nil {
		log.Fatal(err)
	}
	f, err := os.Open("testdata/story.conllu")
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	sents, err := conllu.ReadAll(f, "story.conllu")
	if err != nil {
		log.Fatal(err)
	}
	d := conllu.ToDocument("example", sents[:1])
	if err := coder.Annotate(d); err != nil {
		log.Fatal(err)
	}
	for _, e := range d.Events {
		fmt.Printf("%s: %s %s %s by %s\n", e.Evidence.VerbSpan.Text, e.Source, e.Target, e.Code, e.Evidence.Rule)
	}
	// Output:
	// attacked: FRD SYL 190 by testdata/tree.verbs.txt:9
}
