package event

// clauseSubject repairs a reported clause with no "that" whose subject the
// parser took for the object of the reporting verb ("acknowledged their
// government had shot down a jet" read as acknowledging the government,
// then a clause with no subject): the object is the clause's subject. The
// object must run up to the clause, which has no subject or marker of its
// own.
func (s *sent) clauseSubject() {
	changed := false
	for c := range s.toks {
		if s.rb[c] != "ccomp" || !s.isVerb(c) || !s.bare(c) || s.child(c, "mark") >= 0 {
			continue
		}
		v := s.head(c)
		if v < 0 || v > c {
			continue
		}
		n := s.child(v, "obj")
		if n < 0 || n > c || !s.isNoun(n) {
			continue
		}
		if _, hi := s.subtreeEdges(n); hi+1 != s.leftEdge(c) {
			continue
		}
		changed = true
		s.setArc(n, c, "nsubj")
	}
	if changed {
		s.link()
	}
}

// leftEdge returns the first token of the subtree of i.
func (s *sent) leftEdge(i int) int {
	lo, _ := s.subtreeEdges(i)
	return lo
}

// caseCompound repairs a prepositional phrase the parser hung on the next
// noun as a compound ("discussed with Minister Lavrov recent sanctions"
// read as "Lavrov sanctions"): a compound has no preposition of its own,
// so the phrase goes to the verb whose object or subject that noun is, as
// an oblique, else to the noun as its modifier.
func (s *sent) caseCompound() {
	changed := false
	for i := range s.toks {
		if s.rb[i] != "compound" || s.child(i, "case") < 0 {
			continue
		}
		h := s.head(i)
		if h < i {
			continue
		}
		changed = true
		if v := s.head(h); v >= 0 && s.isVerb(v) && (s.rb[h] == "obj" || s.rb[h] == "nsubj") {
			s.setArc(i, v, "obl")
		} else {
			s.setArc(i, h, "nmod")
		}
	}
	if changed {
		s.link()
	}
}

// finiteConjunct repairs a finite verb the parser coordinated with an
// infinitive ("Raab urged the embassy to reconsider and spoke with
// Pompeo" read as the embassy speaking): a verb in the past or present
// tense cannot share the infinitive's "to", so it is coordinated with the
// verb the infinitive depends on, whose subject it takes.
func (s *sent) finiteConjunct() {
	changed := false
	for c := range s.toks {
		x := s.head(c)
		if s.rb[c] != "conj" || x < 0 || !s.bare(c) || s.child(c, "aux") >= 0 {
			continue
		}
		if !s.finite(c) {
			continue
		}
		if s.rb[x] != "xcomp" || s.toks[x].XPOS != "VB" || s.child(x, "mark") < 0 || s.head(x) < 0 {
			continue
		}
		changed = true
		s.setArc(c, s.head(x), "conj")
	}
	if changed {
		s.link()
	}
}

// finite reports whether verb i is in the past or present tense by its
// tag, or is an irregular past form the tagger took for a base form
// ("spoke").
func (s *sent) finite(i int) bool {
	switch s.toks[i].XPOS {
	case "VBD", "VBZ", "VBP":
		return true
	case "VB":
		v, ok := irregularPast[s.form[i]]
		return ok && v != s.form[i]
	}
	return false
}

// gerundSubject repairs a reporting gerund the parser made the subject of
// the clause it reports ("said ..., adding Iran will pursue the
// prosecution" read as "adding Iran" doing the pursuing): the gerund
// modifies the verb the clause hung on, the clause is its complement and
// the gerund's object, which runs up to the clause, its subject.
func (s *sent) gerundSubject() {
	changed := false
	for g := range s.toks {
		if s.toks[g].XPOS != "VBG" || s.rb[g] != "nsubj" && s.rb[g] != "csubj" {
			continue
		}
		v := s.head(g)
		if v < g || s.head(v) < 0 || s.hasSubjectOtherThan(v, g) {
			continue
		}
		n := s.child(g, "obj")
		if n < 0 || !s.isNoun(n) {
			continue
		}
		if _, hi := s.subtreeEdges(n); !s.onlyAuxiliaries(hi+1, v) {
			continue
		}
		changed = true
		s.setArc(g, s.head(v), "advcl")
		s.setArc(v, g, "ccomp")
		s.setArc(n, v, "nsubj")
	}
	if changed {
		s.link()
	}
}

// hasSubjectOtherThan reports whether token i has a subject (nominal,
// clausal or expletive) other than token k (-1 for none left out).
func (s *sent) hasSubjectOtherThan(i, k int) bool {
	for c := s.first[i]; c >= 0; c = s.next[c] {
		if int(c) == k {
			continue
		}
		switch s.rb[c] {
		case "nsubj", "csubj", "expl":
			return true
		}
	}
	return false
}

// onlyAuxiliaries reports whether tokens a to v-1 are all auxiliaries or
// adverbs of verb v ("will", "would not").
func (s *sent) onlyAuxiliaries(a, v int) bool {
	for k := a; k < v; k++ {
		if s.head(k) != v || s.rb[k] != "aux" && s.rb[k] != "advmod" {
			return false
		}
	}
	return true
}
