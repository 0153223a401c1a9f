package petrarch

import (
	"errors"
	"strings"
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
	// tree is set for dictionaries in PETRARCH2's notation, coded with
	// its tree semantics; legacy (TABARI-style) dictionaries are coded
	// with PETRARCH's sequence matching.
	tree       bool
	onto       *ontology
	transforms []transform
	discards   map[string][]*lexicon.Discard // by first word, for PETRARCH2

	mu    sync.RWMutex
	verbs map[string][]*verbEntry // verb form -> dictionary verbs, filled as met
}

// New returns a Coder over lex with options cfg.
func New(lex *lexicon.Lexicon, cfg Config) (*Coder, error) {
	if lex == nil {
		return nil, errors.New("petrarch: no lexicon")
	}
	c := &Coder{lex: lex, cfg: cfg, orphans: orphanPatterns(lex), verbs: map[string][]*verbEntry{}}
	c.tree = treeNotation(lex)
	c.onto = newOntology(lex)
	c.transforms = c.compileTransforms()
	c.discards = map[string][]*lexicon.Discard{}
	for _, d := range lex.Discards {
		if d.Format == lexicon.Petrarch {
			c.discards[d.Words[0]] = append(c.discards[d.Words[0]], d)
		}
	}
	return c, nil
}

// treeNotation reports whether the verb dictionary is written in
// PETRARCH2's notation: transformations, {noun phrases} or (prepositional
// phrases) in its patterns.
func treeNotation(lex *lexicon.Lexicon) bool {
	if len(lex.Transforms) > 0 {
		return true
	}
	for _, p := range lex.Patterns {
		if p.Format != lexicon.Petrarch {
			continue
		}
		for _, items := range [][]lexicon.Item{p.Pre, p.Post} {
			for i := range items {
				if items[i].Kind == lexicon.ItemPhrase || items[i].Kind == lexicon.ItemPrep {
					return true
				}
			}
		}
	}
	return false
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
		if disc := c.discarded(s, d.Sentences[si].Text); disc != nil {
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

// discarded returns the discard phrase the sentence holds, or nil.
// Legacy dictionaries are matched as PETRARCH does, in the sentence's
// words with the last word of a phrase a stem; PETRARCH2 matches whole
// words of the text split at spaces (punctuation stays on its word) and
// needs a word after the phrase.
func (c *Coder) discarded(s *sent, text string) *lexicon.Discard {
	if !c.tree {
		d, _ := c.lex.Discarded(s.texts)
		return d
	}
	words := strings.Fields(strings.ToLower(text))
	for i := range words {
		for _, d := range c.discards[words[i]] {
			if i+len(d.Words) < len(words) && equalWords(words[i:i+len(d.Words)], d.Words) {
				return d
			}
		}
	}
	return nil
}

// code codes one sentence: comma clauses out, noun phrases coded, then
// every verb in text order, skipping the verbs inside a phrase already
// coded.
func (s *sent) code() []coded {
	s.findNames()
	s.repair()
	s.findChunks()
	s.buildPhrases()
	if !s.c.tree {
		s.removeCommaClauses(&s.c.cfg) // PETRARCH2 no longer removes clauses
	}
	s.markClauseCommas()
	s.buildPhrases()
	s.codePhrases()
	if s.c.tree {
		return s.codeTree()
	}
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
