package petrarch

// Repairs of a sentence that ends in a report of its source (", the
// official news agency WFNA said on Thursday"), whose clauses the parser
// sometimes hangs on the wrong words.

// reportTakenForAdverbial turns a clause with a subject and a finite verb
// but no conjunction, hung after a comma as an adverbial clause (", the
// agency said on Thursday"), into the parenthetical it is: an adverbial
// clause with a subject of its own opens with a conjunction ("after",
// "when"), a bare finite one is a report set beside the sentence.
func (s *sent) reportTakenForAdverbial() bool {
	changed := false
	for v := range s.toks {
		h := s.head[v]
		if h < 0 || h > v || s.rel[v] != "advcl" || !s.finite(v) || !s.hasSubject(v) || s.hasRel(v, "mark") {
			continue
		}
		if !s.afterComma(v) {
			continue
		}
		s.rel[v] = "parataxis"
		changed = true
	}
	return changed
}

// afterComma reports whether k's phrase opens with a comma or follows one.
func (s *sent) afterComma(k int) bool {
	f := s.firstOf(k)
	return s.words[f] == "," || f > 0 && s.words[f-1] == ","
}

// finite reports whether verb v is tagged as a past or present tense.
func (s *sent) finite(v int) bool {
	switch s.xpos(v) {
	case "VBD", "VBZ", "VBP":
		return s.verbal(v)
	}
	return false
}

// reporterTakenForApposition makes the noun phrase before a reporting
// verb's name subject ("a 12-year rift, the official news agency | WFNA
// said", read as the agency in apposition to the rift) the verb's
// subject again: a phrase set off by a comma and followed at once by the
// verb's subject belongs to that subject.
func (s *sent) reporterTakenForApposition() bool {
	changed := false
	for x := range s.toks {
		if s.rel[x] != "appos" || !s.nominal(x) {
			continue
		}
		b := s.lastOf(x) + 1
		if b >= len(s.toks) || base(s.rel[b]) != "nsubj" || s.lastOf(b) != b {
			continue
		}
		g := s.head[b]
		if g <= b || !s.verbal(g) || s.head[x] >= x {
			continue
		}
		if !s.afterComma(x) {
			continue
		}
		s.attach(x, g, "nsubj")
		changed = true
	}
	return changed
}

// clauseTakenForModifier turns a past verb with an object, which the
// parser hung as a modifier on the last of a list of subjects of a later
// reporting verb ("Mordor, Fornost, and Gondor | welcomed a resumption
// ..., the agency WFNA said"), into the sentence's clause, the list its
// subject and the report beside it. The reporting verb has a subject of
// its own after the clause; a modifier takes no object.
func (s *sent) clauseTakenForModifier() bool {
	for v := 1; v < len(s.toks); v++ {
		h := s.head[v]
		if !s.pastClauseOnNoun(v) {
			continue
		}
		n := h
		for base(s.rel[n]) == "conj" && s.head[n] >= 0 {
			n = s.head[n]
		}
		g := s.head[n]
		if base(s.rel[n]) != "nsubj" || g <= v || !s.verbal(g) {
			continue
		}
		other := false
		for _, k := range s.kids[g] {
			other = other || k > s.lastOf(v) && base(s.rel[k]) == "nsubj"
		}
		if !other {
			continue
		}
		s.attach(v, s.head[g], s.rel[g])
		s.attach(n, v, "nsubj")
		s.attach(g, v, "parataxis")
		return true
	}
	return false
}

// coordinatedModifiers reads two nouns coordinated before a head noun
// ("Eriador's death and injury | toll") as PETRARCH's constituency parse
// reads them, as splitCompoundSubject does for a subject cut in two: the
// first noun a phrase of its own, coordinated with the second and its
// head ("Eriador's death" and "injury toll").
func (s *sent) coordinatedModifiers() bool {
	changed := false
	for n := range s.toks {
		if base(s.rel[n]) != "nsubj" || s.upos(n) != "NOUN" || s.hasRel(n, "det") {
			continue
		}
		a, b := -1, -1
		for _, k := range s.kids[n] {
			if s.rel[k] == "compound" && k < n && s.upos(k) == "NOUN" {
				if a < 0 {
					a = k
				} else if b < 0 {
					b = k
				}
			}
		}
		if a < 0 || b != n-1 || s.lastOf(a)+2 != b {
			continue
		}
		cc := b - 1
		if s.head[cc] != b || !conjunctions[s.words[cc]] {
			continue
		}
		s.attach(a, s.head[n], s.rel[n])
		s.attach(n, a, "conj")
		s.attach(cc, n, "cc")
		changed = true
	}
	return changed
}
