package event

import "strings"

// A sentence the parser left without a main verb, its subject noun as the
// root and the verb hung as a modifier on the noun right after it
// ("Druze inhabitants of the Golan Heights threatened today to hold",
// "Fabius and a group of deputies held talks with"), is read with that
// verb as its root, the root noun its subject and the noun after it its
// object (or its time).

// reroot repairs such a parse on a copy of the sentence's tokens, so the
// document keeps the parser's reading.
func (s *sent) reroot() {
	r := s.root()
	if r < 0 || s.toks[r].UPOS != "NOUN" && s.toks[r].UPOS != "PROPN" {
		return
	}
	if v := s.verbBeforeRoot(r); v >= 0 {
		// "A Russian official offered concessions": the root noun is the
		// object, its subject the verb's
		subj := s.child(r, "nsubj")
		s.setArc(v, -1, "root")
		s.setArc(r, v, "obj")
		s.setArc(subj, v, "nsubj")
		s.link()
		return
	}
	v := -1
	for i := r + 1; i < len(s.toks); i++ {
		if s.toks[i].UPOS == "VERB" || s.toks[i].UPOS == "AUX" {
			v = i
			break
		}
	}
	if v >= 0 && s.clauseAsModifier(r, v) {
		// "Doctors from two American aid groups donated and delivered
		// goods to": the verb hung on a noun of the subject phrase
		s.own = append(s.own[:0], s.toks...)
		s.toks = s.own
		s.setArc(v, -1, "root")
		s.setArc(r, v, "nsubj")
		if k := s.child(v, "nsubj:pass"); k > r && s.child(v, "aux:pass") < 0 {
			// "X and his counterparts, A, B and C, gathered": the names
			// the parser made a passive subject are the subject's apposition
			s.setArc(k, r, "appos")
		}
		s.nominalSubject(r, v)
		s.link()
		return
	}
	if v < 0 || !s.modifierVerb(v) {
		return
	}
	h := s.head(v)
	s.own = append(s.own[:0], s.toks...)
	s.toks = s.own
	s.setArc(v, -1, "root")
	s.setArc(r, v, "nsubj")
	if _, day := weekdays[s.form[h]]; day || timeNouns[s.lemma[h]] {
		s.setArc(h, v, "obl:unmarked")
	} else {
		s.setArc(h, v, "obj")
	}
	s.link()
}

// modifierVerb reports whether token v is a past form with no dependents
// of its own hung as a modifier on the noun right after it (or after a
// determiner or number): the main verb misread.
func (s *sent) modifierVerb(v int) bool {
	t := &s.toks[v]
	if t.UPOS != "VERB" || t.XPOS != "VBD" && t.XPOS != "VBN" || t.Rel != "amod" || s.first[v] >= 0 {
		return false
	}
	h := s.head(v)
	if h <= v || h > v+3 || s.toks[h].UPOS != "NOUN" && s.toks[h].UPOS != "PROPN" {
		return false
	}
	for k := v + 1; k < h; k++ {
		if u := s.toks[k].UPOS; u != "DET" && u != "NUM" && u != "ADJ" {
			return false
		}
	}
	return true
}

// agentObject repairs an "agent" the parser gave a participle with no
// "by" ("Israeli tanks fired four shell bombs at targets" read as tanks
// fired by bombs): it is the participle's object.
func (s *sent) agentObject() {
	changed := false
	for i := range s.toks {
		if s.toks[i].Rel != "obl:agent" || s.caseWord(i) != "" {
			continue
		}
		if h := s.head(i); h < 0 || h > i || s.toks[h].UPOS != "VERB" {
			continue
		}
		changed = true
		s.setArc(i, s.head(i), "obj")
	}
	if changed {
		s.link()
	}
}

// gerundNoun repairs an object noun followed by a gerund the parser hung
// on it as a modifier ("opened a landmark hearing Wednesday into the
// legality" read as a landmark that is hearing): the gerund is the head
// noun of the object, the noun before it its modifier.
func (s *sent) gerundNoun() {
	changed := false
	for g := 1; g < len(s.toks); g++ {
		o := g - 1
		if s.toks[g].XPOS != "VBG" || s.toks[g].Rel != "acl" || s.head(g) != o || s.toks[o].UPOS != "NOUN" || s.rb[o] != "obj" {
			continue
		}
		if v := s.head(o); v < 0 || s.toks[v].UPOS != "VERB" || !s.onlyCircumstance(g) {
			continue
		}
		changed = true
		s.setArc(g, s.head(o), "obj")
		s.setArc(o, g, "compound")
		for k := s.first[g]; k >= 0; k = s.next[k] {
			if s.rb[k] == "obj" {
				s.setArc(int(k), g, "nmod:tmod") // "hearing Wednesday"
			}
		}
		for k := s.first[o]; k >= 0; k = s.next[k] {
			if int(k) < o && (s.rb[k] == "det" || s.rb[k] == "amod") {
				s.setArc(int(k), g, s.toks[k].Rel) // "a landmark hearing"
			}
		}
	}
	if changed {
		s.link()
	}
}

// onlyCircumstance reports whether gerund g has no object but a day or
// time, and no subject: a noun misread, not a clause.
func (s *sent) onlyCircumstance(g int) bool {
	for k := s.first[g]; k >= 0; k = s.next[k] {
		switch s.rb[k] {
		case "nsubj", "ccomp", "xcomp", "iobj":
			return false
		case "obj":
			if !s.timeWord(int(k)) {
				return false
			}
		}
	}
	return true
}

// timeWord reports a day, month or other time noun.
func (s *sent) timeWord(i int) bool {
	if _, ok := weekdays[s.form[i]]; ok {
		return true
	}
	if _, ok := months[s.form[i]]; ok && s.form[i] != "may" {
		return true
	}
	return timeNouns[s.lemma[i]]
}

// caseWord returns the preposition of phrase i, "" when it has none.
func (s *sent) caseWord(i int) string {
	for k := s.first[i]; k >= 0 && int(k) < i; k = s.next[k] {
		if s.rb[k] == "case" {
			return s.lemma[k]
		}
	}
	return ""
}

// verbBeforeRoot returns the past form hung as a modifier on root noun r
// right before it, with r's subject before it in turn ("A Russian
// official offered concessions" read as a noun phrase with a subject);
// -1 when there is none.
func (s *sent) verbBeforeRoot(r int) int {
	subj := s.child(r, "nsubj")
	if subj < 0 {
		return -1
	}
	for v := r - 1; v > subj; v-- {
		t := &s.toks[v]
		switch {
		case t.UPOS == "DET" || t.UPOS == "NUM" || t.UPOS == "ADJ":
			continue
		case t.UPOS == "VERB" && (t.XPOS == "VBD" || t.XPOS == "VBN") && t.Rel == "amod" && s.head(v) == r && s.first[v] < 0:
			return v
		}
		return -1
	}
	return -1
}

// writable makes the sentence's tokens a copy of its own, once: setArc
// calls it before every change, so a repair never writes the document.
func (s *sent) writable() {
	if len(s.toks) > 0 && len(s.own) >= len(s.toks) && &s.own[0] == &s.toks[0] {
		return
	}
	s.own = append(s.own[:0], s.toks...)
	s.toks = s.own
}

// clauseAsModifier reports whether verb v, the first after the root noun
// r, is a past form hung as a participle on r or on a noun of r's phrase
// before it, with no auxiliary and no agent of its own: the main verb of
// a sentence the parser left without one.
func (s *sent) clauseAsModifier(r, v int) bool {
	t := &s.toks[v]
	if t.UPOS != "VERB" || t.XPOS != "VBD" && t.XPOS != "VBN" || t.Rel != "acl" {
		return false
	}
	h := s.head(v)
	for n := 0; h != r; n++ {
		if h < r || h > v || n > 4 {
			return false
		}
		h = s.head(h)
	}
	for k := s.first[v]; k >= 0; k = s.next[k] {
		if r := s.rb[k]; r == "aux" || s.toks[k].Rel == "obl:agent" || s.toks[k].Rel == "nsubj" {
			return false
		}
	}
	return true
}

// setArc hangs token i on head h (-1 for the root) with relation rel, in
// the sentence's own copy of the tokens.
func (s *sent) setArc(i, h int, rel string) {
	s.writable()
	s.toks[i].Head, s.toks[i].Rel = h+1, rel
	s.rb[i] = rel
	if k := strings.IndexByte(rel, ':'); k >= 0 {
		s.rb[i] = rel[:k]
	}
}

// link rebuilds the children lists from the heads.
func (s *sent) link() {
	n := len(s.toks)
	for i := range n {
		s.first[i], s.next[i] = -1, -1
	}
	for i := n - 1; i >= 0; i-- {
		h := s.toks[i].Head - 1
		if h < 0 {
			continue
		}
		s.next[i] = s.first[h]
		s.first[h] = int32(i)
	}
}

// nominalSubject repairs a root noun r that the parser gave a subject of
// its own across a conjunction ("Sameh Shoukry and his Greek counterparts"
// read as "Sameh Shoukry is counterparts"), once r is made the subject of
// verb v: the first noun is v's subject and r its conjunct.
func (s *sent) nominalSubject(r, v int) {
	n := s.child(r, "nsubj")
	if n < 0 {
		n = s.nameCompound(r)
	}
	if n < 0 || n > r {
		return
	}
	cc := -1
	for k := n + 1; k < r; k++ {
		if s.toks[k].UPOS == "CCONJ" && s.lemma[k] == "and" {
			cc = k
		}
	}
	if cc < 0 {
		return
	}
	s.setArc(n, v, "nsubj")
	s.setArc(r, n, "conj")
	s.setArc(cc, r, "cc")
}

// nameCompound returns the first child of noun r that is a person's full
// name (a proper noun with a flat part) hung on it as a compound: read as
// a modifier of the noun ("Sameh Shoukry and his Greek counterparts" as
// "Sameh counterparts"); -1 when there is none.
func (s *sent) nameCompound(r int) int {
	for c := s.first[r]; c >= 0; c = s.next[c] {
		if k := int(c); s.rb[k] == "compound" && s.toks[k].UPOS == "PROPN" && s.child(k, "flat") >= 0 {
			return k
		}
	}
	return -1
}

// root returns the sentence's root token (its first, if the parse has
// several), or -1.
func (s *sent) root() int {
	for i := range s.toks {
		if s.toks[i].Head == 0 {
			return i
		}
	}
	return -1
}
