package topic

import (
	"errors"
	"sort"
	"sync"

	"github.com/readout/readout/document"
	"github.com/readout/readout/lexicon"
)

// SentencesPerHit sets how many keyword matches a topic needs: one per
// this many sentences of the document (at least one). A keyword in the
// title is enough on its own.
const SentencesPerHit = 20

// Coder is the topic stage, a document.Annotator. Build it with New; it is
// safe for concurrent use.
type Coder struct {
	lex   *lexicon.Lexicon
	index map[*lexicon.Topic]int // topic -> its position in lex.Topics
	pool  sync.Pool
}

// New builds the topic stage over a lexicon's topic lists.
func New(lex *lexicon.Lexicon) (*Coder, error) {
	if lex == nil {
		return nil, errors.New("topic: nil lexicon")
	}
	c := &Coder{lex: lex, index: make(map[*lexicon.Topic]int, len(lex.Topics))}
	for i, t := range lex.Topics {
		c.index[t] = i
	}
	c.pool.New = func() any { return &scratch{} }
	return c, nil
}

type scratch struct {
	words  []string
	scores []float64
	title  []bool
	order  []int
}

// Annotate sets d.Topics.
func (c *Coder) Annotate(d *document.Document) error {
	sc := c.pool.Get().(*scratch)
	defer c.pool.Put(sc)
	n := len(c.lex.Topics)
	sc.scores = resize(sc.scores, n)
	sc.title = sc.title[:0]
	for i := 0; i < n; i++ {
		sc.title = append(sc.title, false)
	}
	for s := range d.Sentences {
		inTitle := s == 0 && d.Title != "" && d.Sentences[0].Text == d.Title
		c.sentence(d.Sentences[s].Tokens, inTitle, sc)
	}
	need := float64((len(d.Sentences) + SentencesPerHit - 1) / SentencesPerHit)
	if need < 1 {
		need = 1
	}
	sc.order = sc.order[:0]
	for i := 0; i < n; i++ {
		if sc.scores[i] >= need || sc.title[i] {
			sc.order = append(sc.order, i)
		}
	}
	sort.SliceStable(sc.order, func(a, b int) bool { return sc.scores[sc.order[a]] > sc.scores[sc.order[b]] })
	d.Topics = make([]string, 0, len(sc.order))
	for _, i := range sc.order {
		d.Topics = append(d.Topics, c.lex.Topics[i].Key)
	}
	return nil
}

// sentence counts the topic keywords of one sentence.
func (c *Coder) sentence(toks []document.Token, inTitle bool, sc *scratch) {
	sc.words = sc.words[:0]
	for i := range toks {
		w := toks[i].Lemma
		if w == "" || w == "_" {
			w = toks[i].Text
		}
		sc.words = append(sc.words, w)
	}
	w := 1.0
	if inTitle {
		w = 2
	}
	for i := 0; i < len(sc.words); {
		m, ok := c.lex.MatchTopic(sc.words, i)
		if !ok {
			i++
			continue
		}
		for _, t := range m.Items {
			k := c.index[t]
			sc.scores[k] += w
			if inTitle {
				sc.title[k] = true
			}
		}
		i = m.End
	}
}

func resize(s []float64, n int) []float64 {
	if cap(s) < n {
		return make([]float64, n)
	}
	s = s[:n]
	clear(s)
	return s
}
