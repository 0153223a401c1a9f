package petrarch

import (
	"strings"
	"unicode"

	"github.com/readout/readout/document"
	"github.com/readout/readout/lexicon"
)

// sent is one sentence being coded: its tokens and parse, and what the
// coder finds on them (noun phrases, removed comma clauses).
type sent struct {
	c     *Coder
	index int // sentence index in the document
	toks  []document.Token
	words []string // lower-case token texts
	texts []string // token texts as written
	// named marks capitalised words tagged neither noun nor verb that
	// start an actor name: the tagger's slips on unknown names
	// ("Osgiliath welcomed ..." tagged as an adverb).
	named []bool
	head  []int // 0-based head, -1 for a root or an unparsed token
	rel   []string
	kids  [][]int // dependents of each token, in text order
	del   []bool  // removed with a comma-delimited clause
	// clauseComma marks the commas that end an upper sequence.
	clauseComma []bool
	// tail is where a terminal reporting clause starts ("..., a senior
	// official said"); verb phrases before it end there.
	tail int
	day  lexicon.Day

	chunk []int      // noun phrase head of each token (-1: none)
	nes   []*nphrase // noun phrases in text order
	neAt  []int      // noun phrase of each token, -1 when none

	// done marks the verbs of a verb phrase already coded: PETRARCH codes
	// a verb phrase once and goes on after its end.
	done []bool
}

// newSent prepares sentence si of d.
func newSent(c *Coder, d *document.Document, si int, day lexicon.Day) *sent {
	sen := &d.Sentences[si]
	n := len(sen.Tokens)
	s := &sent{
		c: c, index: si, toks: sen.Tokens, day: day,
		words: make([]string, n), texts: make([]string, n), head: make([]int, n), rel: make([]string, n),
		kids: make([][]int, n), del: make([]bool, n), neAt: make([]int, n), done: make([]bool, n),
	}
	counts := make([]int, n)
	for i, t := range sen.Tokens {
		s.words[i] = strings.ToLower(t.Text)
		s.texts[i] = t.Text
		s.rel[i] = t.Rel
		s.head[i] = -1
		if t.Head > 0 && t.Head <= n && t.Head-1 != i {
			s.head[i] = t.Head - 1
			counts[t.Head-1]++
		}
		s.neAt[i] = -1
	}
	backing := make([]int, 0, n)
	for i := range s.kids {
		s.kids[i] = backing[len(backing) : len(backing) : len(backing)+counts[i]]
		backing = backing[:len(backing)+counts[i]]
	}
	for i, h := range s.head {
		if h >= 0 {
			s.kids[h] = append(s.kids[h], i)
		}
	}
	s.breakCycles()
	return s
}

// breakCycles detaches tokens whose head chain loops, so that every walk
// up the tree ends (a parser should never produce one; input documents
// may).
func (s *sent) breakCycles() {
	n := len(s.head)
	for i := range s.head {
		k, steps := i, 0
		for k >= 0 && steps <= n {
			k, steps = s.head[k], steps+1
		}
		if steps > n {
			s.detach(i)
		}
	}
}

func (s *sent) detach(i int) {
	h := s.head[i]
	if h < 0 {
		return
	}
	kids := s.kids[h][:0]
	for _, k := range s.kids[h] {
		if k != i {
			kids = append(kids, k)
		}
	}
	s.kids[h] = kids
	s.head[i] = -1
}

// base returns a relation without its subtype ("nmod:poss" -> "nmod").
func base(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

func (s *sent) upos(i int) string { return s.toks[i].UPOS }
func (s *sent) xpos(i int) string { return s.toks[i].XPOS }

// nominal reports whether token i can head a noun phrase.
func (s *sent) nominal(i int) bool {
	switch s.upos(i) {
	case "NOUN", "PROPN", "PRON", "NUM":
		return true
	}
	x := s.xpos(i)
	return strings.HasPrefix(x, "NN") || x == "PRP" || x == "CD" || s.named != nil && s.named[i]
}

// findNames fills named.
func (s *sent) findNames() {
	s.named = make([]bool, len(s.toks))
	for i, t := range s.texts {
		if t == "" || !unicode.IsUpper(rune(t[0])) || s.verbal(i) || s.punct(i) {
			continue
		}
		switch s.upos(i) {
		case "NOUN", "PROPN", "PRON", "NUM", "DET", "ADP", "CCONJ", "SCONJ", "PART", "AUX":
			continue
		}
		if _, ok := s.c.lex.MatchActor(s.texts, i); ok {
			s.named[i] = true
		}
	}
}

// verbal reports whether token i is tagged as a verb (PETRARCH codes only
// words the parser calls verbs).
func (s *sent) verbal(i int) bool {
	switch s.upos(i) {
	case "VERB", "AUX":
		return true
	}
	return strings.HasPrefix(s.xpos(i), "VB")
}

func (s *sent) punct(i int) bool { return s.upos(i) == "PUNCT" }

// hasCase reports whether token i has a dependent of relation case (its
// preposition).
func (s *sent) hasCase(i int) bool {
	for _, k := range s.kids[i] {
		if s.rel[k] == "case" && !s.possessive(k) {
			return true
		}
	}
	return false
}

// possessive reports whether token i is a possessive marker ('s, ').
func (s *sent) possessive(i int) bool {
	return s.xpos(i) == "POS" || s.words[i] == "'s" || (s.words[i] == "'" && s.rel[i] == "case")
}

// caseWord returns the preposition of token i ("" when none).
func (s *sent) caseWord(i int) string {
	for _, k := range s.kids[i] {
		if s.rel[k] == "case" && !s.possessive(k) {
			return s.words[k]
		}
	}
	return ""
}

// under reports whether token k is in the subtree of token a.
func (s *sent) under(k, a int) bool {
	for steps := 0; k >= 0 && steps <= len(s.head); steps++ {
		if k == a {
			return true
		}
		k = s.head[k]
	}
	return false
}
