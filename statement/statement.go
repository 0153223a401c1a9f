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
	r.ix = actor.NewIndex(d)
	if d.Publisher == "" {
		d.Publisher = c.publisher(d, r.ix)
	}
	d.Statements = d.Statements[:0]
	for s := range d.Sentences {
		r.sentence(s)
	}
	if d.Statements == nil {
		d.Statements = []document.Statement{}
	}
	r.d, r.ix = nil, nil
	c.pool.Put(r)
	return nil
}

// run is the state of one document.
type run struct {
	c     *Coder
	d     *document.Document
	ix    *actor.Index
	toks  []document.Token
	lower []string
	buf   []byte
	cues  []cue
	s     int
}

// sentence finds the statements of sentence s.
func (r *run) sentence(s int) {
	r.s = s
	r.toks = r.d.Sentences[s].Tokens
	r.lowerForms()
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

// lowerForms fills r.lower with the lower-case token texts, sharing one
// allocation per sentence.
func (r *run) lowerForms() {
	n := len(r.toks)
	if cap(r.lower) < n {
		r.lower = make([]string, n)
	}
	r.lower = r.lower[:n]
	r.buf = r.buf[:0]
	need := false
	for i := range r.toks {
		t := r.toks[i].Text
		r.lower[i] = t
		for j := 0; j < len(t); j++ {
			if c := t[j]; c >= 'A' && c <= 'Z' {
				need = true
				break
			}
		}
	}
	if !need {
		return
	}
	offs := make([]int, 0, n+1)
	for i := range r.toks {
		offs = append(offs, len(r.buf))
		for _, c := range []byte(r.toks[i].Text) {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			r.buf = append(r.buf, c)
		}
	}
	offs = append(offs, len(r.buf))
	all := string(r.buf)
	for i := range r.toks {
		r.lower[i] = all[offs[i]:offs[i+1]]
	}
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
