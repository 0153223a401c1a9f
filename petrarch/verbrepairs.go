package petrarch

import "slices"

// Repairs of verbs the tagger or parser took for something else.

// verbTakenForAdjective turns a past verb the parser took for an
// adjective back into a verb: after the root noun of a sentence without
// a verb ("Georgian demonstrators | launched missiles at ...", "The United
// States fired | anti-aircraft batteries"), or between two nouns it made
// one noun phrase of ("said such a step | enjoyed support"). The noun
// before it is its subject, the noun it modified its object.
func (s *sent) verbTakenForAdjective() bool {
	r := s.root()
	for v := 1; v < len(s.toks); v++ {
		h := s.head[v]
		if base(s.rel[v]) != "amod" || s.upos(v) != "VERB" || h <= v {
			continue
		}
		if x := s.xpos(v); x != "VBD" && x != "VBN" || s.words[v-1] == "-" {
			continue // "Al Qaeda-linked group" is no clause
		}
		switch subj := s.nounBefore(v, h); {
		case r >= 0 && s.nominal(r) && (h == r || r < v && s.under(h, r)):
			s.attach(v, -1, "root")
			if subj >= 0 && subj != h {
				s.attach(subj, v, "nsubj")
			} else if r != h {
				s.attach(r, v, "nsubj")
			}
			s.attach(h, v, "obj")
		case subj >= 0 && s.head[h] >= 0 && s.verbal(s.head[h]):
			s.attach(v, s.head[h], "ccomp")
			s.attach(subj, v, "nsubj")
			s.attach(h, v, "obj")
		default:
			continue
		}
		return true
	}
	return false
}

// nounBefore returns the subject a mistaken adjective v (modifying h)
// has: a noun subject of h, or a noun modifier of h, before v; -1 when
// none.
func (s *sent) nounBefore(v, h int) int {
	for _, k := range s.kids[h] {
		if k < v && s.nominal(k) {
			switch base(s.rel[k]) {
			case "nsubj", "compound":
				return k
			}
		}
	}
	return -1
}

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
		if !s.pastClauseOnNoun(v) {
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

// pastClauseOnNoun reports whether token v is a past verb with an object
// that the parser hung, right after it, as a clause modifying the noun
// before it (which has no copula): a participle modifying a noun takes no
// object, so v is a verb misread.
func (s *sent) pastClauseOnNoun(v int) bool {
	h := s.head[v]
	if h < 0 || s.rel[v] != "acl" || s.firstOf(v) != v || !s.under(v-1, h) || !s.nominal(h) {
		return false
	}
	x := s.xpos(v)
	return (x == "VBD" || x == "VBN") && s.hasRel(v, "obj") && !s.hasRel(h, "cop")
}
