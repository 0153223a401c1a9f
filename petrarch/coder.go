package petrarch

import (
	"errors"
	"sync"

	"github.com/readout/readout/document"
	"github.com/readout/readout/lexicon"
)

// Coder codes documents with PETRARCH's semantics over a lexicon loaded
// from PETRARCH dictionaries. It is a document.Annotator; one Coder may
// annotate many documents at once.
type Coder struct {
	lex     *lexicon.Lexicon
	cfg     Config
	orphans map[string][]*lexicon.Pattern

	mu    sync.RWMutex
	verbs map[string][]*verbEntry // verb form -> dictionary verbs, filled as met
}

// New returns a Coder over lex with options cfg.
func New(lex *lexicon.Lexicon, cfg Config) (*Coder, error) {
	if lex == nil {
		return nil, errors.New("petrarch: no lexicon")
	}
	return &Coder{lex: lex, cfg: cfg, orphans: orphanPatterns(lex), verbs: map[string][]*verbEntry{}}, nil
}

// Applies reports whether lex holds PETRARCH verb patterns, the
// dictionaries this coder is for.
func Applies(lex *lexicon.Lexicon) bool {
	if lex == nil {
		return false
	}
	for _, p := range lex.Patterns {
		if p.Format == lexicon.Petrarch {
			return true
		}
	}
	return false
}

// Config returns the coder's options.
func (c *Coder) Config() Config { return c.cfg }

// Annotate codes every sentence of d and appends the events (and the
// entities they name) to d. A sentence with a discard phrase gives no
// events; a story discard ("+" in the discard list) gives none for the
// whole document.
func (c *Coder) Annotate(d *document.Document) error {
	if d == nil {
		return errors.New("petrarch: no document")
	}
	day, _ := lexicon.ParseDay(d.Published)
	var events []coded
	var sents []int
	for si := range d.Sentences {
		s := newSent(c, d, si, day)
		if disc, _ := c.lex.Discarded(s.rawWords()); disc != nil {
			if disc.Story {
				return nil
			}
			continue
		}
		evs := s.code()
		for range evs {
			sents = append(sents, si)
		}
		events = append(events, evs...)
	}
	c.emit(d, events, sents)
	return nil
}

// rawWords returns the sentence's token texts, for discard phrases.
func (s *sent) rawWords() []string {
	out := make([]string, len(s.toks))
	for i, t := range s.toks {
		out[i] = t.Text
	}
	return out
}

// code codes one sentence: comma clauses out, noun phrases coded, then
// every verb in text order, skipping the verbs inside a phrase already
// coded.
func (s *sent) code() []coded {
	s.findNames()
	s.findChunks()
	s.buildPhrases()
	s.removeCommaClauses(&s.c.cfg)
	s.markClauseCommas()
	s.buildPhrases()
	s.codePhrases()
	var out []coded
	for i := range s.toks {
		if s.done[i] {
			continue
		}
		v := s.findVerb(i)
		if v == nil {
			continue
		}
		evs, low, matched := s.codeVerb(v)
		if !matched {
			continue
		}
		for _, t := range low {
			s.done[t] = true
		}
		for _, e := range evs {
			out = appendNew(out, e)
		}
	}
	return out
}
