package petrarch

import "strings"

// hyphenModifier turns a past participle joined by a hyphen to the word
// before it ("military-ruled", "Iranian-backed"), which the parser made a
// verb taking the noun after it as object, back into a modifier of that
// noun: "dissidents from military-ruled Myanmar". The noun takes the
// participle's place, or modifies the noun right before it when the
// participle was a clause of the verb; the preposition and determiner
// before the compound go with it.
func (s *sent) hyphenModifier() bool {
	changed := false
	for v := 2; v+1 < len(s.toks); v++ {
		o := v + 1
		if s.words[v-1] != "-" || s.head[v] < 0 || s.head[o] != v || base(s.rel[o]) != "obj" || !s.nominal(o) {
			continue
		}
		if x := s.xpos(v); x != "VBN" && x != "VBD" {
			continue
		}
		h, rel := s.head[v], s.rel[v]
		switch base(rel) {
		case "advcl", "acl", "xcomp", "ccomp", "dep", "parataxis":
			rel = "nmod"
			if s.verbal(h) {
				rel = "obl"
			}
		}
		first := v - 2
		for _, k := range s.kids[v] {
			if k < v-2 {
				s.attach(k, o, s.rel[k])
				first = min(first, k)
			}
		}
		if p := first - 1; rel == "obl" && p >= 0 && s.head[p] == h && s.nominal(p) {
			h, rel = p, "nmod" // "dissidents | from military-ruled Myanmar"
		}
		s.attach(o, h, rel)
		s.attach(v, o, "amod")
		changed = true
	}
	return changed
}

// hasRel reports whether token t has a dependent of relation rel (its
// base).
func (s *sent) hasRel(t int, rel string) bool {
	for _, k := range s.kids[t] {
		if base(s.rel[k]) == rel {
			return true
		}
	}
	return false
}

// lastOf returns the last token of k's subtree.
func (s *sent) lastOf(k int) int {
	last := k
	for _, c := range s.kids[k] {
		if l := s.lastOf(c); l > last {
			last = l
		}
	}
	return last
}

// prepositionTakenForMark makes a preposition the parser set on the
// subject of a clause ("after | a hafling was reported") the clause's
// conjunction: a subject takes no preposition. A clause it had made a
// conjunct without "and" becomes an adverbial clause of the verb.
func (s *sent) prepositionTakenForMark() bool {
	changed := false
	for a := range s.toks {
		n := s.head[a]
		if n < 0 || s.rel[a] != "case" || s.firstOf(n) != a || !strings.HasPrefix(s.rel[n], "nsubj") {
			continue
		}
		v := s.head[n]
		if v < 0 || !s.verbal(v) || v < n || s.subjects(v) > 1 {
			continue // "The US Secretary | of state wants": subjectOfPhrase
		}
		s.attach(a, v, "mark")
		if base(s.rel[v]) == "conj" && !s.hasConjunction(v) {
			s.rel[v] = "advcl"
		}
		changed = true
	}
	return changed
}

// subjects counts the subjects of token v.
func (s *sent) subjects(v int) int {
	n := 0
	for _, k := range s.kids[v] {
		if base(s.rel[k]) == "nsubj" {
			n++
		}
	}
	return n
}
