package syntax

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/readout/readout/format/conllu"
)

// goldSent is one treebank sentence prepared for training or scoring.
type goldSent struct {
	forms  []string
	upos   []string
	xpos   []string
	lemmas []string
	heads  []int32 // 1-based, 0 = root
	rels   []string
}

// readTreebank reads the words of a CoNLL-U file (multiword tokens are
// represented by their words; empty nodes are skipped).
func readTreebank(path string) ([]*goldSent, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := conllu.NewReader(f, path)
	var out []*goldSent
	for {
		s, err := r.Next()
		if err != nil {
			if errors.Is(err, io.EOF) {
				return out, nil
			}
			return out, err
		}
		out = append(out, fromConllu(s))
	}
}

func fromConllu(s *conllu.Sentence) *goldSent {
	g := &goldSent{}
	for _, w := range s.Words {
		g.forms = append(g.forms, w.Form)
		g.upos = append(g.upos, w.UPOS)
		g.xpos = append(g.xpos, w.XPOS)
		g.lemmas = append(g.lemmas, w.Lemma)
		h := w.Head
		if h < 0 {
			h = 0
		}
		g.heads = append(g.heads, int32(h))
		g.rels = append(g.rels, w.Deprel)
	}
	return g
}

func (g *goldSent) String() string { return fmt.Sprint(g.forms) }
