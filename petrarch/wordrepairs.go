package petrarch

import (
	"slices"
	"strings"
)

// adjectiveAfterModal retags as a verb a word the tagger took for an
// adjective right after a modal or a form of "do" (adverbs and
// negations aside), when the verb dictionary knows it: "would free",
// "did not clear". English puts only a verb there. The sentence's
// tokens are copied before the first change; the document's stay as
// they are.
func (s *sent) adjectiveAfterModal() bool {
	changed := false
	for i := 1; i < len(s.toks); i++ {
		if s.upos(i) != "ADJ" || !s.afterModal(i) || len(s.c.entries(s.words[i])) == 0 {
			continue
		}
		if !changed {
			s.toks = slices.Clone(s.toks)
		}
		s.toks[i].UPOS, s.toks[i].XPOS = "VERB", "VB"
		changed = true
	}
	return changed
}

// afterModal reports whether the word before token i, adverbs and
// negations aside, is a modal or a form of "do".
func (s *sent) afterModal(i int) bool {
	return s.afterAuxiliary(i) && !s.afterTo(i)
}

// afterTo reports whether the word before token i, adverbs and negations
// aside, is "to".
func (s *sent) afterTo(i int) bool {
	for j := i - 1; j >= 0; j-- {
		if s.upos(j) != "ADV" && s.words[j] != "not" && s.words[j] != "n't" {
			return s.words[j] == "to"
		}
	}
	return false
}

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

// verbTakenForModifier turns a past verb with an object right after a
// noun, which the parser made a clause modifying the noun, into a verb
// with the noun as subject: the sentence's verb after a root noun
// ("Georgian demonstrators | launched missiles at ..."), or the clause a
// verb reports after its object ("said such a step | enjoyed support").
// A participle modifying a noun takes no object, so the object tells
// them apart.
func (s *sent) verbTakenForModifier() bool {
	for v := 1; v < len(s.toks); v++ {
		h := s.head[v]
		if h < 0 || s.rel[v] != "acl" || s.firstOf(v) != v || !s.under(v-1, h) || !s.nominal(h) {
			continue
		}
		if x := s.xpos(v); x != "VBD" && x != "VBN" || !s.hasRel(v, "obj") || s.hasRel(h, "cop") {
			continue
		}
		switch g := s.head[h]; {
		case g < 0:
			s.attach(v, -1, "root")
		case base(s.rel[h]) == "obj" && s.verbal(g):
			s.attach(v, g, "ccomp")
		default:
			continue
		}
		s.attach(h, v, "nsubj")
		return true
	}
	return false
}

// participleTakenForSubject turns a participle with a subject of its own
// that the parser made the subject of the next verb ("The civilians
// imprisoned for ... | were released") back into a modifier of its
// subject, which becomes the verb's subject.
func (s *sent) participleTakenForSubject() bool {
	for p := 1; p < len(s.toks); p++ {
		g := s.head[p]
		if g < 0 || base(s.rel[p]) != "nsubj" || !s.verbal(g) {
			continue
		}
		if x := s.xpos(p); x != "VBD" && x != "VBN" {
			continue
		}
		for _, n := range s.kids[p] {
			if base(s.rel[n]) == "nsubj" && n < p && s.lastOf(n) == p-1 && s.nominal(n) {
				s.attach(n, g, s.rel[p])
				s.attach(p, n, "acl")
				return true
			}
		}
	}
	return false
}

// infinitiveAfterObject makes a "to" clause right after a verb's object,
// which the parser set as an adverbial clause, the clause the object is
// the subject of ("wants Putin | to attack", "urged Gondor | to help"),
// as in PETRARCH's parses, where it is a clause inside the verb phrase.
// An object with a modifier after its head ("permission to Russia | to
// help") is left alone.
func (s *sent) infinitiveAfterObject() bool {
	changed := false
	for k := range s.toks {
		h := s.head[k]
		if h < 0 || base(s.rel[k]) != "advcl" || k < h {
			continue
		}
		first := s.firstOf(k)
		if s.words[first] != "to" || s.head[first] != k {
			continue
		}
		for _, n := range s.kids[h] {
			if base(s.rel[n]) == "obj" && n < k && s.lastOf(n)+1 == first && !s.modifiedAfter(n) {
				s.rel[k] = "xcomp"
				changed = true
			}
		}
	}
	return changed
}

// modifiedAfter reports whether noun n has a dependent after it other
// than the rest of its name.
func (s *sent) modifiedAfter(n int) bool {
	for _, k := range s.kids[n] {
		if k > n && base(s.rel[k]) != "flat" && !s.punct(k) {
			return true
		}
	}
	return false
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
