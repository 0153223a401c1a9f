package event

// A plural possessive ("Protesters' demands include") is sometimes parsed
// with the possessor as the head of the phrase and the possessed noun
// hung on it as a conjunct with no conjunction. The repair puts the
// possessed noun in the possessor's place and the possessor under it.

// possessiveConj repairs such parses on a copy of the tokens.
func (s *sent) possessiveConj() {
	changed := false
	for y := 2; y < len(s.toks); y++ {
		x, p := y-2, y-1
		if s.toks[p].XPOS != "POS" || s.head(p) != x || s.head(y) != x || s.rb[y] != "conj" {
			continue
		}
		if !s.isNoun(x) || !s.isNoun(y) || s.child(y, "cc") >= 0 {
			continue
		}
		changed = true
		h, rel := s.head(x), s.toks[x].Rel
		s.setArc(y, h, rel)
		s.setArc(x, y, "nmod:poss")
		for k := range s.toks {
			if k != p && k != y && s.head(k) == x && k > x {
				s.setArc(k, y, s.toks[k].Rel) // what follows belongs to the head
			}
		}
	}
	if changed {
		s.link()
	}
}
