package event

import (
	"strings"
	"unicode/utf8"

	"github.com/readout/readout/document"
)

// lowerCache holds the lower-case forms of capitalised words, so that a
// proper noun is lowered once per coder, not once per occurrence.
type lowerCache map[string]string

const maxLowerCache = 1 << 14

func (lc *lowerCache) get(s string) string {
	if isLower(s) {
		return s
	}
	if *lc == nil {
		*lc = make(lowerCache, 256)
	}
	if l, ok := (*lc)[s]; ok {
		return l
	}
	if len(*lc) >= maxLowerCache {
		clear(*lc)
	}
	l := strings.ToLower(s)
	(*lc)[strings.Clone(s)] = l // a clone: the key must not pin the document's text
	return l
}

// sent is one parsed sentence seen as a dependency tree: token i (0-based)
// has head head(i) (-1 for the root) and its children in text order.
// The slices are reused from sentence to sentence.
type sent struct {
	doc   *document.Document
	index int
	toks  []document.Token
	lemma []string // lower-case lemma, or lower-case text when no lemma
	form  []string // lower-case text
	rb    []string // universal part of each relation ("obl" of "obl:tmod")
	low   lowerCache
	first []int32          // first child, -1 when none
	next  []int32          // next sibling in text order, -1 when none
	own   []document.Token // a repaired copy of the tokens (reroot.go)
}

// reset loads sentence si of d. It reports false when the sentence has no
// usable parse (unparsed, or a head out of range).
func (s *sent) reset(d *document.Document, si int) bool {
	s.doc, s.index = d, si
	s.toks = d.Sentences[si].Tokens
	n := len(s.toks)
	s.lemma = grow(s.lemma, n)
	s.form = grow(s.form, n)
	s.rb = grow(s.rb, n)
	s.first = growInt(s.first, n)
	s.next = growInt(s.next, n)
	for i := range n {
		s.first[i], s.next[i] = -1, -1
		t := &s.toks[i]
		if t.Head < 0 || t.Head > n || t.Head == i+1 {
			return false
		}
		l := t.Lemma
		if l == "" || l == "_" {
			l = t.Text
		}
		s.lemma[i] = s.low.get(l)
		s.form[i] = s.low.get(t.Text)
		s.rb[i] = t.Rel
		if k := strings.IndexByte(t.Rel, ':'); k >= 0 {
			s.rb[i] = t.Rel[:k]
		}
	}
	s.link()
	for i := range n {
		// a verb the tagger took for a noun ("had shot down a jet") has
		// the noun's lemma: an irregular past takes its verb back, as does
		if v, ok := irregularPast[s.form[i]]; ok && (s.toks[i].UPOS != "VERB" && s.isVerb(i) ||
			s.toks[i].UPOS == "VERB" && s.lemma[i] == s.form[i]) {
			s.lemma[i] = v // or a verb the lemmatiser left as it is ("spoke")
		}
	}
	s.reroot()
	s.rerootSubordinate()
	s.possessiveConj()
	s.participleClause()
	s.agentObject()
	s.gerundNoun()
	s.repairArguments()
	s.caseCompound()
	s.clauseSubject()
	s.finiteConjunct()
	s.gerundSubject()
	return n > 0
}

// irregularPast maps irregular past forms that are also nouns or
// adjectives to their verbs.
var irregularPast = map[string]string{
	"shot": "shoot", "struck": "strike", "fought": "fight", "hit": "hit", "led": "lead",
	"held": "hold", "met": "meet", "sent": "send", "sought": "seek", "won": "win",
	"beat": "beat", "bound": "bind", "shut": "shut", "cut": "cut", "set": "set", "spoke": "speak",
	"broke": "break", "broken": "break", "took": "take", "taken": "take", "drove": "drive",
	"driven": "drive", "threw": "throw", "thrown": "throw", "withdrew": "withdraw", "withdrawn": "withdraw",
	"overran": "overrun", "stole": "steal", "stolen": "steal", "swore": "swear", "sworn": "swear",
	"shook": "shake", "froze": "freeze", "frozen": "freeze", "fled": "flee", "slain": "slay",
}

func grow(s []string, n int) []string {
	if cap(s) < n {
		return make([]string, n)
	}
	return s[:n]
}

func growInt(s []int32, n int) []int32 {
	if cap(s) < n {
		return make([]int32, n)
	}
	return s[:n]
}

// lower returns s in lower case, without allocating when it already is.
func lower(s string) string {
	if isLower(s) {
		return s
	}
	return strings.ToLower(s)
}

// isLower reports whether s is ASCII without capitals.
func isLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || (c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

// is reports whether token i's lemma or lower-case form is w.
func (s *sent) is(i int, w string) bool { return s.lemma[i] == w || s.form[i] == w }

// head returns the head of token i, -1 for the root.
func (s *sent) head(i int) int { return s.toks[i].Head - 1 }

// rel returns the full relation of token i ("obl:tmod").
func (s *sent) rel(i int) string { return s.toks[i].Rel }

// base returns the universal part of token i's relation ("obl").
func (s *sent) base(i int) string { return s.rb[i] }

// child returns the first child of h with relation rel (an exact match, or
// the universal part when rel has no subtype), or -1.
func (s *sent) child(h int, rel string) int {
	for c := s.first[h]; c >= 0; c = s.next[c] {
		if s.relIs(int(c), rel) {
			return int(c)
		}
	}
	return -1
}

// relIs reports whether token i's relation is rel: exactly, or by its
// universal part when rel has no subtype.
func (s *sent) relIs(i int, rel string) bool {
	r := s.toks[i].Rel
	if r == rel {
		return true
	}
	return strings.IndexByte(rel, ':') < 0 && len(r) > len(rel) && r[len(rel)] == ':' && r[:len(rel)] == rel
}

// caseOf returns the lemma of the preposition (case or mark child) of
// token i, "" when it has none. A two-word preposition ("because of",
// "on behalf of") gives its last word.
func (s *sent) caseOf(i int) string {
	out := ""
	for c := s.first[i]; c >= 0; c = s.next[c] {
		if int(c) > i {
			break
		}
		if r := s.base(int(c)); r == "case" || r == "mark" {
			out = s.lemma[c]
		}
	}
	return out
}

// hasCase reports whether token i has a case or mark child with lemma w.
func (s *sent) hasCase(i int, w string) bool {
	for c := s.first[i]; c >= 0; c = s.next[c] {
		if r := s.base(int(c)); (r == "case" || r == "mark" || r == "fixed") && s.lemma[c] == w {
			return true
		}
	}
	return false
}

// isPassive reports whether verb i is in the passive voice.
func (s *sent) isPassive(i int) bool {
	for c := s.first[i]; c >= 0; c = s.next[c] {
		switch s.rel(int(c)) {
		case "nsubj:pass", "aux:pass", "csubj:pass":
			return true
		}
	}
	return s.headlinePassive(i)
}

// headlinePassive reports whether verb i is the passive of a headline,
// written without its auxiliary ("Egypt activist released in case ...",
// "Three killed in attack"): the root past participle of an unpunctuated
// sentence, with a subject, no auxiliary and no object.
func (s *sent) headlinePassive(i int) bool {
	if s.toks[i].XPOS != "VBN" || s.head(i) >= 0 || s.child(i, "nsubj") < 0 ||
		s.child(i, "aux") >= 0 || s.child(i, "obj") >= 0 || s.child(i, "iobj") >= 0 {
		return false
	}
	switch s.toks[len(s.toks)-1].Text {
	case ".", "!", "?":
		return false
	}
	return true
}

// passiveSubject returns the subject of passive verb i, -1 when none.
func (s *sent) passiveSubject(i int) int {
	if k := s.child(i, "nsubj:pass"); k >= 0 {
		return k
	}
	if s.headlinePassive(i) {
		return s.child(i, "nsubj")
	}
	if h := s.head(i); h >= 0 && s.base(i) == "advcl" && s.toks[i].XPOS == "VBN" && s.child(i, "nsubj") < 0 && s.isVerb(h) {
		// "journalists were injured after being attacked": a passive
		// adverbial clause with no subject shares the main clause's
		if k := s.child(h, "nsubj:pass"); k >= 0 {
			return k
		}
		return s.child(h, "nsubj")
	}
	return -1
}

// isNoun reports whether token i is tagged as a noun.
func (s *sent) isNoun(i int) bool {
	switch s.toks[i].UPOS {
	case "NOUN", "PROPN":
		return true
	}
	return false
}

// isVerb reports whether token i can head a clause as a verb.
func (s *sent) isVerb(i int) bool {
	switch s.toks[i].UPOS {
	case "VERB":
		return true
	case "AUX":
		// "have talks", "be in contact" heads without a main verb.
		return s.base(i) != "aux" && s.base(i) != "cop"
	case "", "X":
		return true
	case "NOUN", "ADJ", "PROPN":
		// a mistagged verb: only verbs take objects and particles; a
		// word with an article of its own, or that is itself an object,
		// is a noun ("developing a helicopter attack drone capable of")
		if s.child(i, "det") >= 0 || s.base(i) == "obj" {
			return false
		}
		return s.child(i, "obj") >= 0 || s.child(i, "compound:prt") >= 0
	}
	return false
}

// isAdj reports whether token i is an adjective that may anchor a pattern:
// tagged ADJ, or a past participle used as one ("is prepared to",
// "remains committed to").
func (s *sent) isAdj(i int) bool {
	switch s.toks[i].UPOS {
	case "ADJ":
		return true
	case "VERB":
		// "is prepared to", "remains committed to", "is opposed to" (a
		// passive with no agent is the adjective's copular clause)
		return s.toks[i].XPOS == "VBN" && (s.child(i, "cop") >= 0 || s.base(i) == "xcomp" || s.base(i) == "amod" ||
			s.child(i, "aux:pass") >= 0 && s.child(i, "obl:agent") < 0)
	}
	return false
}

// span returns the byte span of tokens [a, b] (inclusive).
func (s *sent) span(a, b int) document.Span {
	return s.doc.SpanOf(s.toks[a].Start, s.toks[b].End)
}

// subtreeEdges returns the first and last token of the subtree of i,
// assuming a projective tree (it follows leftmost and rightmost children).
func (s *sent) subtreeEdges(i int) (lo, hi int) {
	lo, hi = i, i
	for {
		c := s.first[lo]
		if c < 0 || int(c) > lo {
			break
		}
		lo = int(c)
	}
	for {
		last := -1
		for c := s.first[hi]; c >= 0; c = s.next[c] {
			if int(c) > hi {
				last = int(c)
			}
		}
		if last < 0 {
			break
		}
		hi = last
	}
	return lo, hi
}
