package event

import (
	"fmt"
	"github.com/readout/readout/eval"
	"os"
	"strings"
	"testing"
)

func TestDbg(t *testing.T) {
	lex := loadDefault(t)
	p := newPipeline(t, lex)
	a, _ := eval.ReadAnnotation(os.Getenv("EVENT_DUMP"))
	d := readArticle(t, a)
	p.code(d)
	c := &coder{lex: lex, d: d}
	c.ents.load(d)
	for si, s := range d.Sentences {
		if !strings.Contains(s.Text, os.Getenv("EVENT_SENT")) {
			continue
		}
		fmt.Println("reset", c.s.reset(d, si))
		c.ents.sentence(&c.s)
		dd, at := lex.Discarded(c.s.lemma)
		if dd != nil {
			fmt.Println("DISCARD", dd.Words, dd.Pos, at)
		}
		c.found = c.found[:0]
		for i := range c.s.toks {
			c.anchorAt(i)
		}
		for _, f := range c.found {
			fmt.Println(f.anchor, f.pat.Describe(), f.pat.Pos, f.st.used[:f.st.nu], f.st.score, f.st.src, f.st.tgt, c.agent(f.anchor, f.noun))
		}
	}
}
