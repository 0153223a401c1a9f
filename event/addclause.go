package event

// "..., adding Iran will pursue the prosecution" is sometimes parsed with
// the reported clause's subject as the object of the participle and the
// participle as the clausal subject of the reported verb. The repair
// makes the noun the verb's subject and the verb the participle's
// complement, the participle taking the verb's place.

// participleClause repairs such parses on a copy of the tokens.
func (s *sent) participleClause() {
	changed := false
	for v := range s.toks {
		g := s.child(v, "csubj")
		if g < 0 || g > v || s.toks[g].XPOS != "VBG" || s.child(v, "nsubj") >= 0 {
			continue
		}
		o := s.child(g, "obj")
		a := s.child(v, "aux")
		if o < 0 || a < 0 || o > a || !s.isNoun(o) && s.toks[o].UPOS != "PRON" || s.lastOf(o) != a-1 {
			continue
		}
		changed = true
		h, rel := s.head(v), s.toks[v].Rel
		s.setArc(g, h, rel)
		if h < 0 {
			s.setArc(g, -1, "root")
		}
		s.setArc(v, g, "ccomp")
		s.setArc(o, v, "nsubj")
	}
	if changed {
		s.link()
	}
}

// lastOf returns the last token of phrase i.
func (s *sent) lastOf(i int) int {
	last := i
	for k := s.first[i]; k >= 0; k = s.next[k] {
		if l := s.lastOf(int(k)); l > last {
			last = l
		}
	}
	return last
}
