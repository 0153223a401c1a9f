package petrarch

import "unicode"

// nphrase is a noun phrase, PETRARCH's "(NE": a noun with its
// determiners, adjectives, compounds, possessor and a simple
// prepositional modifier ("soldiers from Gondor", "the government of
// Gondor"). A coordination inside it ("Arnor and Gondor", "lawmakers in
// Fornost and Gondor") makes it a compound with one reading per member.
type nphrase struct {
	head       int
	start, end int   // span [start, end) in the sentence
	toks       []int // its tokens in text order
	// codes are the distinct actor codes its readings give ("---" for a
	// reading that names no actor or agent; dropped when another
	// reading names one), words the upper-case words of the reading that
	// gave each code (for new_actor_length).
	codes    []string
	words    []string
	compound bool // a coordination of nouns: PETRARCH's "(NEC"
	coded    bool // some reading names an actor or agent
	actor    bool // some reading names an actor, not only agents
}

// findChunks assigns each token to the noun phrase it belongs to (by the
// phrase's head), from the dependency parse; -1 for tokens outside noun
// phrases.
func (s *sent) findChunks() {
	n := len(s.toks)
	s.chunk = make([]int, n)
	for i := range s.chunk {
		s.chunk[i] = -2 // not visited
	}
	for i := 0; i < n; i++ {
		if s.head[i] < 0 {
			s.visit(i, -1, s.chunk)
		}
	}
}

// visit assigns token i (and its subtree) to chunk k, or starts a chunk
// at i when it is a noun outside any chunk.
func (s *sent) visit(i, k int, chunk []int) {
	stack := [][2]int{{i, k}}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		t, c := top[0], top[1]
		if chunk[t] != -2 {
			continue
		}
		if c < 0 && s.nominal(t) && !s.temporal(t) {
			c = t
		}
		chunk[t] = c
		for j := len(s.kids[t]) - 1; j >= 0; j-- {
			kid := s.kids[t][j]
			if c >= 0 && s.inside(kid, t) {
				stack = append(stack, [2]int{kid, c})
			} else {
				stack = append(stack, [2]int{kid, -1})
			}
		}
	}
}

// inside reports whether dependent c of token h (which is in a noun
// phrase) belongs to the same noun phrase.
func (s *sent) inside(c, h int) bool {
	switch base(s.rel[c]) {
	case "acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis", "appos", "obl",
		"nsubj", "obj", "iobj", "vocative", "discourse", "list", "orphan",
		"reparandum", "dislocated", "aux", "cop", "expl", "mark":
		return false
	case "nmod":
		if s.rel[c] == "nmod:poss" {
			return true
		}
		return s.simplePP(c)
	case "conj":
		return !s.verbal(c)
	}
	return true
}

// joinPreps are the prepositions whose phrase joins the noun it modifies:
// those that tie an agent to its actor ("soldiers from Gondor", "the
// government of Gondor", "lawmakers in Fornost").
var joinPreps = setOf("of", "from", "in")

// simplePP reports whether a prepositional modifier may join its noun's
// phrase: PETRARCH joins "X of Y" only when Y has no prepositional
// modifier of its own ("an attack by [soldiers in Ithilen]" stays apart).
func (s *sent) simplePP(c int) bool {
	if !joinPreps[s.caseWord(c)] {
		return false
	}
	for _, k := range s.kids[c] {
		if base(s.rel[k]) == "nmod" && s.rel[k] != "nmod:poss" && s.hasCase(k) {
			return false
		}
	}
	return true
}

// temporalWords head bare time expressions ("today", "next week",
// "Monday"), which PETRARCH's parser marks NP-TMP and does not treat as
// noun phrases.
var temporalWords = setOf(
	"today", "tonight", "yesterday", "tomorrow", "now",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december",
	"day", "days", "week", "weeks", "weekend", "month", "months", "year", "years",
	"morning", "afternoon", "evening", "night", "time",
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// temporal reports whether token i heads a bare time expression.
func (s *sent) temporal(i int) bool {
	r := s.rel[i]
	switch r {
	case "obl:tmod", "nmod:tmod", "obl:npmod", "nmod:npmod":
		return temporalWords[s.words[i]] || s.upos(i) != "PROPN"
	}
	switch base(r) {
	case "obl", "nmod", "advmod", "dep":
		return temporalWords[s.words[i]] && !s.hasCase(i)
	}
	return false
}

// buildPhrases turns chunk assignments into noun phrases: the contiguous
// run of the chunk's tokens around its head, without the head's own
// preposition, edge punctuation and removed tokens.
func (s *sent) buildPhrases() {
	chunk := s.chunk
	n := len(s.toks)
	s.nes = s.nes[:0]
	for i := range s.neAt {
		s.neAt[i] = -1
	}
	in := make([]bool, n)
	for h := 0; h < n; h++ {
		if chunk[h] != h {
			continue
		}
		for i := range in {
			in[i] = chunk[i] == h && !s.del[i]
		}
		if !in[h] {
			continue
		}
		for _, k := range s.kids[h] {
			if s.rel[k] == "case" && !s.possessive(k) {
				s.clear(k, in)
			}
		}
		start, end := h, h+1
		for start > 0 && in[start-1] {
			start--
		}
		for end < n && in[end] {
			end++
		}
		for start < h && s.punct(start) {
			start++
		}
		for end-1 > h && s.punct(end-1) {
			end--
		}
		p := &nphrase{head: h, start: start, end: end}
		for i := start; i < end; i++ {
			p.toks = append(p.toks, i)
		}
		s.nes = append(s.nes, p)
	}
	sortPhrases(s.nes)
	s.mergeSplitPhrases()
	for k, p := range s.nes {
		for _, t := range p.toks {
			s.neAt[t] = k
		}
	}
}

// mergeSplitPhrases joins noun phrases the parser split although they
// stand side by side as one: after a possessive ("Gondor's | Prime
// Minister Falastur") or where a capitalised name runs on ("Gryffindor's
// head | Minerva McGonagall", "West | German world government
// activists"). The joined phrase keeps the later head, and its tokens
// count as one chunk from then on.
func (s *sent) mergeSplitPhrases() {
	out := s.nes[:0]
	for _, p := range s.nes {
		if k := len(out) - 1; k >= 0 && s.joins(out[k], p) {
			a := out[k]
			for _, t := range a.toks {
				s.chunk[t] = p.head
			}
			var gap []int
			for t := a.end; t < p.start; t++ {
				s.chunk[t] = p.head
				gap = append(gap, t)
			}
			p.toks = append(append(a.toks, gap...), p.toks...)
			p.start = a.start
			out[k] = p
			continue
		}
		out = append(out, p)
	}
	s.nes = out
}

// joins reports whether phrase a, right before b (or with only a hyphen
// between: "anti- Gondor parade"), is the first part of one noun phrase
// with it.
func (s *sent) joins(a, b *nphrase) bool {
	gap := b.start - a.end
	if gap < 0 || gap > 0 && !(gap == 1 && s.texts[a.end] == "-") && !s.adjectivesAfterPossessive(a, b) {
		return false
	}
	if s.upos(a.head) == "PRON" || s.upos(b.head) == "PRON" {
		return false
	}
	last, first := a.end-1, b.start
	switch {
	case s.possessive(last):
		return true
	case s.upos(first) == "DET":
		return false
	case capitalised(s.texts[first]):
		return capitalised(s.texts[last]) || s.nominal(last)
	}
	// a name before a common noun modifies it ("Osgiliath soldiers")
	return gap == 0 && s.upos(a.head) == "PROPN" && capitalised(s.texts[last]) && s.upos(first) == "NOUN"
}

// adjectivesAfterPossessive reports whether only adjectives (and their
// conjunctions) the parser left out stand between a possessive phrase a
// and phrase b ("Ithilen's | awful and | evil minister").
func (s *sent) adjectivesAfterPossessive(a, b *nphrase) bool {
	if !s.possessive(a.end - 1) {
		return false
	}
	for i := a.end; i < b.start; i++ {
		if s.neAt[i] >= 0 || s.chunk[i] >= 0 {
			return false
		}
		switch s.upos(i) {
		case "ADJ", "CCONJ", "ADV":
		default:
			if s.words[i] != "," {
				return false
			}
		}
	}
	return true
}

// capitalised reports whether a word starts with an upper-case letter.
func capitalised(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// clear unmarks the subtree of k.
func (s *sent) clear(k int, in []bool) {
	in[k] = false
	for _, c := range s.kids[k] {
		s.clear(c, in)
	}
}

func sortPhrases(ps []*nphrase) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && ps[j].start < ps[j-1].start; j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

// phraseOf returns the noun phrase token i is in, or nil.
func (s *sent) phraseOf(i int) *nphrase {
	if i < 0 || i >= len(s.neAt) || s.neAt[i] < 0 {
		return nil
	}
	return s.nes[s.neAt[i]]
}
