package event

// Repairs of arguments the parser hung in the wrong place, made on a copy
// of the sentence's tokens (writable) so the document keeps the parser's
// reading. Each reads a structure English does not allow and puts the
// word where the sentence's grammar requires it.

// repairArguments runs the argument repairs in turn.
func (s *sent) repairArguments() {
	if s.explSubject() {
		s.link()
	}
	if s.timeSubject() {
		s.link()
	}
	if s.apposSubject() {
		s.link()
	}
	if s.nounClause() {
		s.link()
	}
	if s.reducedRelative() {
		s.link()
	}
	if s.caseSubject() {
		s.link()
	}
	if s.nounInfinitive() {
		s.link()
	}
	if s.partnerPhrase() {
		s.link()
	}
	if s.openingParticiple() {
		s.link()
	}
	if s.clauseInObjects() {
		s.link()
	}
	if s.subordinateSubject() {
		s.link()
	}
	s.compoundModifier()
	if s.timeCompoundObject() {
		s.link()
	}
}

// bare reports whether verb v has no subject of any kind.
func (s *sent) bare(v int) bool { return !s.hasSubjectOtherThan(v, -1) }

// explSubject repairs a pronoun read as an expletive of a predicate that
// takes a controlled infinitive ("Syria says it is willing to withdraw"):
// an extraposed "it" stands for a clausal subject or complement ("it is
// likely that", "it is hard to say" with the infinitive as subject), so
// with neither, and the infinitive a complement, "it" is the subject.
func (s *sent) explSubject() bool {
	changed := false
	for i := range s.toks {
		if s.rb[i] != "expl" || s.toks[i].UPOS != "PRON" {
			continue
		}
		h := s.head(i)
		if h < i || s.child(h, "xcomp") < 0 || s.child(h, "cop") < 0 ||
			s.child(h, "csubj") >= 0 || s.child(h, "ccomp") >= 0 || s.child(h, "nsubj") >= 0 {
			continue
		}
		s.setArc(i, h, "nsubj")
		changed = true
	}
	return changed
}

// timeSubject repairs a day or time read as the subject of a clause that
// has a subject of its own after it ("said Wednesday that the US must be
// ready"): the time belongs to the verb the clause depends on when a
// "that" stands between them, else to the clause's verb.
func (s *sent) timeSubject() bool {
	changed := false
	for t := range s.toks {
		if s.rel(t) != "nsubj" || !s.timeWord(t) {
			continue
		}
		h := s.head(t)
		if h < 0 {
			continue
		}
		other := -1
		for k := s.first[h]; k >= 0; k = s.next[k] {
			if int(k) > t && (s.rel(int(k)) == "nsubj" || s.rel(int(k)) == "nsubj:pass") {
				other = int(k)
				break
			}
		}
		if other < 0 {
			continue
		}
		at := h
		if m := s.child(h, "mark"); m > t && m < other && s.head(h) >= 0 && s.head(h) < t {
			at = s.head(h)
		}
		s.setArc(t, at, "obl:unmarked")
		changed = true
	}
	return changed
}

// apposSubject repairs a subject set off by an apposition ("Pakistan, a
// key U.S. ally in the war, has refused") that the parser hung on the
// apposition as if it were a predicate: a word with no verb or copula
// cannot take a subject, so the subject is the verb's, the apposition
// the subject's.
func (s *sent) apposSubject() bool {
	changed := false
	for d := range s.toks {
		n := s.child(d, "nsubj")
		v := s.head(d)
		if n < 0 || n > d || v < d || s.isVerb(d) || s.toks[d].UPOS == "VERB" || s.toks[d].UPOS == "AUX" ||
			s.child(d, "cop") >= 0 || s.toks[v].UPOS != "VERB" || !s.bare(v) || s.child(v, "nsubj:pass") >= 0 {
			continue
		}
		comma := false
		for k := n + 1; k < d; k++ {
			comma = comma || s.form[k] == ","
		}
		if !comma {
			continue
		}
		s.setArc(n, v, "nsubj")
		s.setArc(d, n, "appos")
		changed = true
	}
	return changed
}

// nounClause repairs a reported clause whose verb the parser hung as a
// participle on its subject ("Thousands of Iraqi Kurds demonstrated in
// Kirkuk, witnesses said" read as thousands who were demonstrated): a
// noun is no clausal complement, so the verb is, with the noun its
// subject.
func (s *sent) nounClause() bool {
	changed := false
	for r := range s.toks {
		if s.rb[r] != "ccomp" || !s.isNoun(r) || s.child(r, "cop") >= 0 || s.head(r) < 0 {
			continue
		}
		v := -1
		for i := r + 1; i < len(s.toks); i++ {
			if s.toks[i].UPOS == "VERB" || s.toks[i].UPOS == "AUX" {
				v = i
				break
			}
		}
		if v < 0 || !s.clauseAsModifier(r, v) {
			continue
		}
		s.setArc(v, s.head(r), s.rel(r))
		s.setArc(r, v, "nsubj")
		changed = true
	}
	return changed
}

// caseSubject repairs a prepositional phrase read as the subject of the
// participle after it ("granted asylum to five officers holed up in a
// residence" read as officers who holed up): a phrase with a
// preposition is no subject, so it stays with the verb before it and
// the participle modifies its noun.
func (s *sent) caseSubject() bool {
	changed := false
	for n := range s.toks {
		v := s.head(n)
		if s.rel(n) != "nsubj" || v < n || s.toks[v].XPOS != "VBN" && s.toks[v].XPOS != "VBD" || !s.isNoun(n) ||
			s.child(v, "aux") >= 0 || s.child(v, "aux:pass") >= 0 || s.child(v, "cop") >= 0 {
			continue
		}
		k := s.child(n, "case")
		h := s.head(v)
		if k < 0 || k > n || s.toks[k].UPOS != "ADP" || h < 0 || h > n {
			continue
		}
		if s.isVerb(h) {
			s.setArc(n, h, "obl")
		} else {
			s.setArc(n, h, "nmod")
		}
		s.setArc(v, n, "acl")
		changed = true
	}
	return changed
}

// openingParticiple repairs a participle that opens a sentence as the
// modifier of its subject ("Outgoing Public Advocate Letitia James took"
// read as going out of the Public Advocate): a clause that opens a
// sentence ends with a comma, so one that runs straight into the subject
// is part of the subject's phrase, its "object" a title of the subject
// (and a name the title took, the subject's first name).
func (s *sent) openingParticiple() bool {
	v := 0
	if len(s.toks) < 3 || s.toks[v].XPOS != "VBG" || s.rb[v] != "advcl" {
		return false
	}
	o, h := s.child(v, "obj"), s.head(v)
	if o < 0 || h < 0 || !s.isNoun(o) {
		return false
	}
	_, hi := s.subtreeEdges(o)
	n := hi + 1
	if n >= len(s.toks) || s.head(n) != h || s.rel(n) != "nsubj" || !s.isNoun(n) {
		return false
	}
	for k := s.first[v]; k >= 0; k = s.next[k] {
		if int(k) != o {
			return false
		}
	}
	s.setArc(v, o, "amod")
	s.setArc(o, n, "compound")
	if f := n - 1; f > o && s.head(f) == o && s.rel(f) == "flat" {
		s.setArc(f, n, "flat") // "Letitia | James": one name
	}
	return true
}

// subordinateSubject repairs a sentence whose subordinate clause lost its
// subject to a preposition and took the main clause's subject ("The army
// prepared to resume shelling as attempts to resolve the crisis were
// deadlocked" read as the army, prepared to resume shelling as attempts,
// being deadlocked): a conjunction the tagger knows as one opens a
// clause, so the noun after it is that clause's subject, and the verb
// hung on the first subject is the main verb.
func (s *sent) subordinateSubject() bool {
	for x := range s.toks {
		m := s.child(x, "case")
		if m < 0 || m+1 > x || s.toks[m].UPOS != "SCONJ" || !subordinators[s.lemma[m]] || !s.isNoun(x) {
			continue
		}
		_, hi := s.subtreeEdges(x)
		r := hi + 1
		if r < len(s.toks) && (s.rb[r] == "cop" || s.rb[r] == "aux") {
			r = s.head(r) // "were deadlocked"
		}
		if r >= len(s.toks) || r <= hi || s.toks[r].UPOS != "VERB" && s.toks[r].UPOS != "ADJ" {
			continue
		}
		n := s.child(r, "nsubj")
		if n < 0 || n > m {
			n = s.child(r, "nsubj:pass")
		}
		if n < 0 || n > m {
			continue
		}
		p := s.head(x)
		for steps := 0; p >= 0 && s.head(p) != n && steps < len(s.toks); steps++ {
			p = s.head(p)
		}
		if p < 0 || p < n || s.rb[p] != "acl" || s.toks[p].UPOS != "VERB" || s.toks[p].XPOS != "VBD" && s.toks[p].XPOS != "VBN" {
			continue
		}
		s.setArc(p, s.head(r), s.rel(r))
		s.setArc(n, p, "nsubj")
		s.setArc(r, p, "advcl")
		s.setArc(x, r, s.rel(n))
		s.setArc(m, r, "mark")
		return true
	}
	return false
}
