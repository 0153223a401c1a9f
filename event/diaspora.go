package event

import "github.com/readout/readout/document"

// A people named by a nationality and placed in another country ("ethnic
// Albanians in south Serbia", "the Albanians of southern Serbia", "killed
// three ethnic Albanians in southeastern Serbia") is, as CAMEO codes
// ethnic groups, an actor of the country it lives in, its nationality
// being its ethnicity: a coder writes SRB, not ALB.

// diaspora returns the party that stands for group entity p named at
// token h: p itself, or, when h names a people by a demonym and the
// phrase (or, for an "ethnic" people, the clause of the event being
// coded) places it in another country, that country with p's role.
func (c *coder) diaspora(h int, p party) party {
	if p.ent < 0 || c.inDiaspora {
		return p
	}
	e := &c.d.Entities[p.ent]
	if e.Type != document.Group || len(e.Actor) < 3 || !c.demonymOf(h, e.Actor[:3]) {
		return p
	}
	c.inDiaspora = true
	defer func() { c.inDiaspora = false }()
	home := e.Actor[:3]
	y := c.placedIn(h, home, 0)
	if y == "" && c.ethnic(h) && c.cur >= 0 {
		y = c.placedIn(c.cur, home, 0)
	}
	if y == "" {
		return p
	}
	p.recode = y + e.Actor[3:]
	return p
}

// demonymOf reports whether phrase h names a people by the demonym of
// country x ("Albanians") or by its adjective written as an ethnicity
// ("ethnic Albanian guerrillas"), not by the country's name ("Albania's
// army") nor by its adjective alone ("Albanian rebels in Macedonia" may
// have come from Albania).
func (c *coder) demonymOf(h int, x string) bool {
	s := &c.s
	if code, ok := c.lex.CountryOfAdjective(s.form[h]); ok && code == x {
		return true
	}
	if code, ok := c.lex.CountryOfAdjective(s.lemma[h]); ok && code == x {
		return true
	}
	if !c.ethnic(h) {
		return false
	}
	for k := s.first[h]; k >= 0 && int(k) < h; k = s.next[k] {
		if r := s.rel(int(k)); r == "amod" || r == "compound" {
			if code, ok := c.lex.CountryOfAdjective(s.form[k]); ok && code == x {
				return true
			}
		}
	}
	return false
}

// ethnic reports whether phrase h is written as an ethnic group ("ethnic
// Albanians").
func (c *coder) ethnic(h int) bool {
	s := &c.s
	for k := s.first[h]; k >= 0 && int(k) < h; k = s.next[k] {
		if s.lemma[k] == "ethnic" {
			return true
		}
	}
	return s.lemma[h] == "ethnic"
}

// placedIn returns the country other than home that a place phrase of h
// names ("in south Serbia", "of southern Serbia", "in a gunbattle in
// southeastern Serbia", "operating in Macedonia"), "" when none does.
func (c *coder) placedIn(h int, home string, depth int) string {
	s := &c.s
	if depth > 2 {
		return ""
	}
	for k := s.first[h]; k >= 0; k = s.next[k] {
		kk := int(k)
		switch b := s.base(kk); {
		case (b == "obl" || b == "nmod") && (placePreps[s.caseOf(kk)] || s.caseOf(kk) == "of") && !c.temporal(kk):
			for _, p := range c.actorsOf(kk, nil) {
				if cc := c.code(p); len(cc) == 3 && c.isPlace(p) && c.isCountry(cc) {
					if cc == home {
						return ""
					}
					return cc
				}
			}
			if y := c.placedIn(kk, home, depth+1); y != "" {
				return y
			}
		case b == "acl" && depth == 0 && s.isVerb(kk):
			// "guerrillas operating in Macedonia"
			if y := c.placedIn(kk, home, depth+1); y != "" {
				return y
			}
		}
	}
	return ""
}
