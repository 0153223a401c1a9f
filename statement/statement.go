package statement

import (
	"errors"
	"sync"

	"github.com/readout/readout/actor"
	"github.com/readout/readout/document"
	"github.com/readout/readout/lexicon"
)

// Coder is the statement stage, a document.Annotator; it runs after the
// actor stage. Build it once with New; it is safe for concurrent use.
type Coder struct {
	lex  *lexicon.Lexicon
	pool sync.Pool
}

// New builds the statement stage. The lexicon gives the offices of the
// people who issue official readouts.
func New(lex *lexicon.Lexicon) (*Coder, error) {
	if lex == nil {
		return nil, errors.New("statement: nil lexicon")
	}
	c := &Coder{lex: lex}
	c.pool.New = func() any { return &run{c: c} }
	return c, nil
}

// Annotate finds the statements of d and sets d.Statements, and
// d.Publisher when it is empty.
func (c *Coder) Annotate(d *document.Document) error {
	r := c.pool.Get().(*run)
	r.d = d
	r.ix.Reset(d)
	r.lowerForms()
	if d.Publisher == "" {
		d.Publisher = c.publisher(d, &r.ix)
	}
	d.Statements = d.Statements[:0]
	for s := range d.Sentences {
		r.sentence(s)
	}
	if d.Statements == nil {
		d.Statements = []document.Statement{}
	}
	r.d = nil
	r.ix.Reset(nil)
	clear(r.lowerAll)
	c.pool.Put(r)
	return nil
}

// run is the state of one document.
type run struct {
	c     *Coder
	d     *document.Document
	ix    actor.Index
	toks  []document.Token
	lower []string // lower-case token texts of the current sentence
	// lowerAll holds the lower-case forms of every sentence's tokens,
	// sentence s at lowerAll[lowerAt[s]:lowerAt[s+1]].
	lowerAll []string
	lowerAt  []int
	buf      []byte
	cues     []cue
	s        int
}

// sentence finds the statements of sentence s.
func (r *run) sentence(s int) {
	r.s = s
	r.toks = r.d.Sentences[s].Tokens
	r.lower = r.lowerAll[r.lowerAt[s]:r.lowerAt[s+1]]
	r.findCues()
	for k := range r.cues {
		r.findSpeaker(k)
	}
	for k := range r.cues {
		r.borrowSpeaker(k)
	}
	for k := range r.cues {
		r.emit(k)
	}
}

// lowerForms fills r.lowerAll with the lower-case texts of the tokens of
// every sentence (ASCII letters lowered), sharing one allocation per
// document.
func (r *run) lowerForms() {
	sents := r.d.Sentences
	r.lowerAt = append(r.lowerAt[:0], 0)
	r.buf = r.buf[:0]
	n := 0
	for s := range sents {
		for _, t := range sents[s].Tokens {
			if hasUpperASCII(t.Text) {
				r.buf = appendLowerASCII(r.buf, t.Text)
			}
		}
		n += len(sents[s].Tokens)
		r.lowerAt = append(r.lowerAt, n)
	}
	if cap(r.lowerAll) < n {
		r.lowerAll = make([]string, n)
	}
	r.lowerAll = r.lowerAll[:n]
	all := string(r.buf)
	i := 0
	for s := range sents {
		for _, t := range sents[s].Tokens {
			r.lowerAll[i] = t.Text
			if hasUpperASCII(t.Text) {
				r.lowerAll[i], all = all[:len(t.Text)], all[len(t.Text):]
			}
			i++
		}
	}
}

func hasUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return true
		}
	}
	return false
}

func appendLowerASCII(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

func (r *run) word(i int) string {
	if i < 0 || i >= len(r.lower) {
		return ""
	}
	return r.lower[i]
}

func (r *run) parsed() bool {
	return len(r.toks) > 0 && r.toks[0].Head >= 0 && r.toks[0].Rel != ""
}
