package event

// Repairs of objects and modifiers the parser hung in the wrong place
// (see argrepairs.go): a noun read as an object's modifier or the other
// way round, and phrases hung on a verb that belong to a noun.

// reducedRelative repairs a past participle that follows the object it
// modifies ("return weapons seized last year from peacekeepers") read as
// a passive clause of its own with that object as subject: a passive
// with no auxiliary is a reduced relative clause, so the noun stays the
// object of the verb before it and the participle modifies the noun.
func (s *sent) reducedRelative() bool {
	changed := false
	for p := range s.toks {
		if s.toks[p].XPOS != "VBN" || s.child(p, "aux") >= 0 || s.child(p, "aux:pass") >= 0 {
			continue
		}
		n, h := s.child(p, "nsubj:pass"), s.head(p)
		if n < 0 || n > p || h < 0 || h > n || s.toks[h].UPOS != "VERB" || s.child(h, "obj") >= 0 {
			continue
		}
		switch s.rb[p] {
		case "advcl", "xcomp", "ccomp":
		default:
			continue
		}
		s.setArc(n, h, "obj")
		s.setArc(p, n, "acl")
		changed = true
	}
	return changed
}

// compoundModifier repairs a noun read as the plain modifier of the noun
// right after it ("the return of U.N. weapons inspectors" read as
// weapons of inspectors): a noun modifier with no preposition before
// its head is the head of a compound, the first noun its modifier.
func (s *sent) compoundModifier() bool {
	changed := false
	for n := 0; n+1 < len(s.toks); n++ {
		m := n + 1
		if s.rel(m) != "nmod" || s.head(m) != n || s.toks[n].UPOS != "NOUN" || s.toks[m].UPOS != "NOUN" ||
			(s.first[m] >= 0 && int(s.first[m]) < m) {
			continue
		}
		s.setArc(m, s.head(n), s.rel(n))
		s.setArc(n, m, "compound")
		for k := s.first[n]; k >= 0; k = s.next[k] {
			if int(k) != m {
				s.setArc(int(k), m, s.rel(int(k)))
			}
		}
		s.link()
		changed = true
	}
	return changed
}

// timeCompoundObject repairs an object read as a modifier of the day
// after it ("staged mass demonstrations Saturday"): a verb with no object
// and a bare time phrase whose first noun is no time takes that noun as
// its object.
func (s *sent) timeCompoundObject() bool {
	changed := false
	for t := 1; t < len(s.toks); t++ {
		c, v := t-1, s.head(t)
		if !s.timeWord(t) || s.rb[t] != "obl" && s.rb[t] != "nmod" || s.caseWord(t) != "" ||
			s.rel(c) != "compound" || s.head(c) != t || s.toks[c].UPOS != "NOUN" || s.timeWord(c) ||
			v < 0 || v > c || s.toks[v].UPOS != "VERB" || s.child(v, "obj") >= 0 {
			continue
		}
		s.setArc(c, v, "obj")
		changed = true
	}
	return changed
}

// infinitiveNouns take a "to" clause as their complement: demands,
// requests, plans and offers of an act.
var infinitiveNouns = setOf("demand", "request", "call", "appeal", "order", "ultimatum",
	"attempt", "effort", "bid", "invitation", "permission", "decision", "plan", "intention",
	"commitment", "willingness", "readiness", "pledge", "promise", "threat", "vow", "offer",
	"proposal", "agreement")

// nounInfinitive repairs a "to" clause right after an object that takes
// one ("would not meet the demands to release prisoners") read as the
// purpose of the verb: it is the complement of the noun.
func (s *sent) nounInfinitive() bool {
	changed := false
	for x := range s.toks {
		v := s.head(x)
		if s.rb[x] != "advcl" || v < 0 || v > x || s.toks[x].XPOS != "VB" || !s.hasCase(x, "to") {
			continue
		}
		o := s.child(v, "obj")
		if o < 0 || o > x || !infinitiveNouns[s.lemma[o]] {
			continue
		}
		if _, hi := s.subtreeEdges(o); hi+2 != x || s.form[x-1] != "to" {
			continue
		}
		s.setArc(x, o, "acl")
		changed = true
	}
	return changed
}

// partnerNouns take a "with" phrase naming the other party.
var partnerNouns = setOf("battle", "clash", "fighting", "fight", "war", "skirmish", "confrontation",
	"conflict", "talk", "negotiation", "meeting", "dialogue", "tie", "relation", "contact")

// partnerPhrase repairs a "with" phrase hung on a distant verb across a
// noun that takes one ("declared a ceasefire after 12 days of battles
// with the Amal militia" read as declaring with the militia): the phrase
// names the noun's other party.
func (s *sent) partnerPhrase() bool {
	changed := false
	for x := range s.toks {
		v := s.head(x)
		if s.rb[x] != "obl" || v < 0 || v > x || s.caseWord(x) != "with" {
			continue
		}
		lo, _ := s.subtreeEdges(x)
		w := lo - 1
		for steps := 0; w > v && !(s.isNoun(w) && partnerNouns[s.lemma[w]]); steps++ {
			if h := s.head(w); h > v && h < lo && steps < len(s.toks) {
				w = h
			} else {
				w = -1
			}
		}
		if w <= v {
			continue
		}
		s.setArc(x, w, "nmod")
		changed = true
	}
	return changed
}

// clauseInObjects repairs a reported clause with no "that" read as an
// object of the reporting verb that takes an object of its own, the
// clause's verb a modifier of that object ("admitted pathologists
// harvested organs from Palestinians" read as admitting pathologists
// of harvested organs): a noun takes no object, so the first noun is the
// clause's subject, the past form its verb and the second noun its object.
func (s *sent) clauseInObjects() bool {
	changed := false
	for o1 := range s.toks {
		v, o2, p := s.head(o1), s.child(o1, "obj"), o1+1
		if s.rel(o1) != "obj" || v < 0 || v > o1 || !s.isNoun(o1) || o2 != p+1 || !s.isNoun(o2) ||
			s.head(p) != o2 || s.rel(p) != "amod" || s.toks[p].XPOS != "VBD" && s.toks[p].XPOS != "VBN" || s.first[p] >= 0 {
			continue
		}
		s.setArc(p, v, "ccomp")
		s.setArc(o1, p, "nsubj")
		s.setArc(o2, p, "obj")
		for k := s.first[o1]; k >= 0; k = s.next[k] {
			if int(k) > o2 {
				s.setArc(int(k), p, "obl")
			}
		}
		changed = true
	}
	return changed
}
