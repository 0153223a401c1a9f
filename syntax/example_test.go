package syntax_test

import (
	"fmt"

	"github.com/readout/readout/document"
	"github.com/readout/readout/syntax"
	"github.com/readout/readout/text"
)

func ExampleAnalyzer_Annotate() {
	an, err := syntax.Load()
	if err != nil {
		panic(err)
	}
	d := &document.Document{Text: "President Xi spoke with Putin on Thursday."}
	var seg text.Segmenter
	if err := seg.Annotate(d); err != nil {
		panic(err)
	}
	if err := an.Annotate(d); err != nil {
		panic(err)
	}
	for i, t := range d.Tokens {
		fmt.Println(i+1, t.Text, t.UPOS, t.XPOS, t.Lemma, t.Head, t.Rel)
	}
	// Output:
	// 1 President PROPN NNP President 2 nmod:desc
	// 2 Xi PROPN NNP Xi 3 nsubj
	// 3 spoke VERB VBD speak 0 root
	// 4 with ADP IN with 5 case
	// 5 Putin PROPN NNP Putin 3 obl
	// 6 on ADP IN on 7 case
	// 7 Thursday PROPN NNP Thursday 3 obl
	// 8 . PUNCT . . 3 punct
}
