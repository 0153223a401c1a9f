package petrarch

// PETRARCH was built on a constituency parser; a few analyses of a
// dependency parser send it the wrong way often enough to be set right
// before coding. Each repair rewrites heads and relations of one
// recognisable shape; none looks at words beyond function words.

// repair applies the repairs and rebuilds the dependents lists.
func (s *sent) repair() {
	changed := false
	for _, fix := range []func() bool{
		s.adjectiveAfterModal, s.prepositionTakenForMark,
		s.splitSubjectList, s.splitCompoundSubject, s.listTakenForApposition, s.subjectOfPhrase, s.verbTakenForAdjective,
		s.clauseTakenForRelative, s.reducedRelative, s.existential, s.hyphenModifier,
		s.verbTakenForModifier, s.infinitiveAfterObject, s.participleTakenForSubject,
		s.clauseTakenForModifier, s.reporterTakenForApposition, s.reportTakenForAdverbial,
		s.coordinatedModifiers, s.clauseTakenForSubject,
	} {
		if fix() {
			changed = true
			s.rebuildKids()
		}
	}
	if changed {
		s.breakCycles()
	}
}

// rebuildKids recomputes every token's dependents from head.
func (s *sent) rebuildKids() {
	for i := range s.kids {
		s.kids[i] = s.kids[i][:0:0]
	}
	for i, h := range s.head {
		if h >= 0 {
			s.kids[h] = append(s.kids[h], i)
		}
	}
}

func (s *sent) attach(t, h int, rel string) {
	s.head[t], s.rel[t] = h, rel
}

// root returns the sentence's root token, -1 when none.
func (s *sent) root() int {
	for i, h := range s.head {
		if h < 0 && !s.punct(i) && s.rel[i] == "root" {
			return i
		}
	}
	return -1
}

// splitSubjectList joins the last member of a list of subjects that the
// parser made a second subject ("The US, Russia, and Switzerland met"):
// it becomes a conjunct of the first.
func (s *sent) splitSubjectList() bool {
	changed := false
	for v := range s.toks {
		var subj []int
		for _, k := range s.kids[v] {
			if s.rel[k] == "nsubj" && s.nominal(k) {
				subj = append(subj, k)
			}
		}
		if len(subj) != 2 {
			continue
		}
		a, b := subj[0], subj[1]
		cc := s.firstOf(b) - 1
		for cc > a && (s.punct(cc)) {
			cc--
		}
		if cc <= a || !conjunctions[s.words[cc]] {
			continue
		}
		s.attach(b, a, "conj")
		s.attach(cc, b, "cc")
		for p := cc + 1; p < b; p++ {
			if s.punct(p) {
				s.attach(p, b, "punct")
			}
		}
		for p := cc - 1; p > a && s.punct(p); p-- {
			s.attach(p, b, "punct")
		}
		changed = true
	}
	return changed
}

var conjunctions = setOf("and", "or", "nor")

// listTakenForApposition turns a chain of appositions that ends in a
// coordination ("Mordor, the Shire, Fornost and Bree", parsed as Shire in
// apposition to Mordor, Fornost to Shire, Bree coordinated with Fornost)
// into the list it is: every member a conjunct of the first.
func (s *sent) listTakenForApposition() bool {
	changed := false
	for x := range s.toks {
		if !s.nominal(x) || base(s.rel[x]) == "appos" {
			continue
		}
		chain := s.appositionChain(x)
		if len(chain) == 0 {
			continue
		}
		last := chain[len(chain)-1]
		ends := s.conjuncts(last)
		if len(ends) == 0 && !s.listEndsOn(x, last) {
			// (with "Mordor, the awful Fornost, and good Gondor" the
			// last member hangs on the first)
			continue
		}
		for _, y := range append(chain, ends...) {
			s.attach(y, x, "conj")
		}
		changed = true
	}
	return changed
}

// listEndsOn reports whether x has a conjunct after apposition last
// with a comma and a conjunction before it: the end of a list.
func (s *sent) listEndsOn(x, last int) bool {
	e := s.lastOf(last)
	if e+2 >= len(s.toks) || s.words[e+1] != "," || !conjunctions[s.words[e+2]] {
		return false
	}
	for _, c := range s.conjuncts(x) {
		if c > e+2 && s.firstOf(c) <= e+1 {
			return true
		}
	}
	return false
}

// appositionChain returns the appositions hanging one from the other
// below x.
func (s *sent) appositionChain(x int) []int {
	var out []int
	for cur := x; ; {
		next := -1
		for _, k := range s.kids[cur] {
			if base(s.rel[k]) == "appos" && s.nominal(k) {
				next = k
			}
		}
		if next < 0 || len(out) > len(s.toks) {
			return out
		}
		out = append(out, next)
		cur = next
	}
}

// subjectOfPhrase makes a "subject" that opens with a preposition ("The
// US Secretary | of state wants") a modifier of the noun before it.
func (s *sent) subjectOfPhrase() bool {
	changed := false
	for b := range s.toks {
		if base(s.rel[b]) != "nsubj" || !s.hasCase(b) {
			continue
		}
		a := s.firstOf(b) - 1
		if a < 0 || !s.nominal(a) || s.head[a] != s.head[b] && base(s.rel[a]) != "nsubj" {
			continue
		}
		s.attach(b, a, "nmod")
		changed = true
	}
	return changed
}

// clauseTakenForRelative turns a root noun with a relative clause whose
// subject is a name right after the noun ("The Somali militant group
// al-Shabab | is claiming ...") into that clause with the noun as
// subject and the name in apposition.
func (s *sent) clauseTakenForRelative() bool {
	r := s.root()
	if r < 0 || !s.nominal(r) {
		return false
	}
	for _, v := range s.kids[r] {
		if s.rel[v] != "acl:relcl" || !s.verbal(v) {
			continue
		}
		for _, n := range s.kids[v] {
			if base(s.rel[n]) == "nsubj" && s.firstOf(n) == r+1 && s.upos(n) == "PROPN" {
				s.attach(v, -1, "root")
				s.attach(r, v, "nsubj")
				s.attach(n, r, "appos")
				return true
			}
		}
	}
	return false
}

// reducedRelative turns a root participle right after its subject, with a
// later verb that has an auxiliary but no subject ("The civilians
// imprisoned for ... were released by ...") or is coordinated with it
// without a conjunction ("A report released Tuesday ... alleged that
// ..."), into a modifier of the subject, the later verb being the
// clause.
func (s *sent) reducedRelative() bool {
	r := s.root()
	if r < 0 || !s.verbal(r) || s.xpos(r) != "VBD" && s.xpos(r) != "VBN" {
		return false
	}
	n := -1
	for _, k := range s.kids[r] {
		if base(s.rel[k]) == "nsubj" && k == r-1 {
			n = k
		}
	}
	if n < 0 {
		return false
	}
	for _, w := range s.kids[r] {
		if w < r || !s.verbal(w) || s.hasSubject(w) {
			continue
		}
		rel := ""
		if base(s.rel[w]) == "conj" && !s.hasConjunction(w) {
			rel = "nsubj"
		}
		for _, a := range s.kids[w] {
			switch s.rel[a] {
			case "aux:pass":
				rel = "nsubj:pass"
			case "aux":
				if rel == "" {
					rel = "nsubj"
				}
			}
		}
		if rel == "" {
			continue
		}
		s.attach(w, -1, "root")
		s.attach(n, w, rel)
		s.attach(r, n, "acl")
		return true
	}
	return false
}

// hasConjunction reports whether a conjunct has its conjunction ("and")
// or a comma before it.
func (s *sent) hasConjunction(w int) bool {
	for _, k := range s.kids[w] {
		if base(s.rel[k]) == "cc" || s.punct(k) && k < w {
			return true
		}
	}
	return false
}

// existential turns "there were N killed in X" into a clause of the
// participle with N as its subject.
func (s *sent) existential() bool {
	for b := range s.toks {
		expl := false
		for _, k := range s.kids[b] {
			expl = expl || s.rel[k] == "expl"
		}
		if !expl {
			continue
		}
		for _, n := range s.kids[b] {
			if base(s.rel[n]) != "nsubj" {
				continue
			}
			for _, p := range s.kids[n] {
				if base(s.rel[p]) == "acl" && s.xpos(p) == "VBN" {
					s.attach(p, b, "ccomp")
					s.attach(n, p, "nsubj:pass")
					return true
				}
			}
		}
	}
	return false
}

// splitCompoundSubject joins a second subject right after the first
// (both of one verb) to the noun before it, which the parser cut off
// from its compound: "death | toll has risen" is the death toll,
// "Eriador's death and injury | toll" the death and the injury toll.
func (s *sent) splitCompoundSubject() bool {
	for v := range s.toks {
		var subj []int
		for _, k := range s.kids[v] {
			if base(s.rel[k]) == "nsubj" && s.nominal(k) {
				subj = append(subj, k)
			}
		}
		if len(subj) != 2 {
			continue
		}
		a, b := subj[0], subj[1]
		l := s.lastOf(a)
		if b != l+1 || s.upos(b) != "NOUN" || s.upos(l) != "NOUN" && s.upos(l) != "PROPN" || s.hasRel(b, "det") {
			continue
		}
		switch {
		case l == a:
			for _, k := range s.kids[a] {
				if k < a {
					s.attach(k, b, s.rel[k])
				}
			}
		case s.head[l] == a && base(s.rel[l]) == "conj":
			for _, k := range s.kids[l] {
				if k < l {
					s.attach(k, b, s.rel[k])
				}
			}
			v, a = a, -1 // b becomes the conjunct
		default:
			continue
		}
		rel := s.rel[b]
		if a < 0 {
			rel = "conj"
		}
		s.attach(b, v, rel)
		s.attach(l, b, "compound")
		return true
	}
	return false
}
