package petrarch

// A noun phrase with a coordination in it stands for several actors, one
// reading per member: "Lawmakers and officials in Fornost and Gondor" reads
// as lawmakers in Fornost, lawmakers in Gondor, officials in Fornost and
// officials in Gondor. A reading keeps what the members share: adjectives
// and compounds before the first member ("Danish media and government")
// and prepositional modifiers after the last ("... and officials in
// Gondor"); a possessor stays with its own member ("Ithilen's sheep and
// goats of Gondor").

// maxReadings caps the readings of one noun phrase.
const maxReadings = 64

// coordination is one coordination inside a noun phrase: its members and,
// for each, the tokens that belong to that member alone.
type coordination struct {
	members []int
	own     [][]int
	glue    []int // conjunctions and separating commas
}

// readings returns the token lists of the readings of p: one list when
// p has no coordination of nouns. nominal reports whether any
// coordination joins nouns (PETRARCH's compound phrase).
func (s *sent) readings(p *nphrase) (out [][]int, nominal bool) {
	in := make(map[int]bool, len(p.toks))
	for _, t := range p.toks {
		in[t] = true
	}
	var coords []coordination
	for _, x := range p.toks {
		if c, ok := s.coordinationAt(x, in); ok {
			coords = append(coords, c)
			nominal = nominal || s.nominal(x) && s.nominal(c.members[1])
		}
	}
	if len(coords) == 0 {
		return [][]int{p.toks}, false
	}
	choice := make([]int, len(coords))
	for {
		out = append(out, s.reading(p.toks, coords, choice))
		if len(out) >= maxReadings || !next(choice, coords) {
			return out, nominal
		}
	}
}

// next advances choice to the next combination of members.
func next(choice []int, coords []coordination) bool {
	for i := len(choice) - 1; i >= 0; i-- {
		choice[i]++
		if choice[i] < len(coords[i].members) {
			return true
		}
		choice[i] = 0
	}
	return false
}

// reading returns the tokens of one combination of members.
func (s *sent) reading(toks []int, coords []coordination, choice []int) []int {
	drop := map[int]bool{}
	for i, c := range coords {
		for _, g := range c.glue {
			drop[g] = true
		}
		for m := range c.members {
			if m != choice[i] {
				for _, t := range c.own[m] {
					drop[t] = true
				}
			}
		}
	}
	out := make([]int, 0, len(toks))
	for _, t := range toks {
		if !drop[t] {
			out = append(out, t)
		}
	}
	return out
}

// coordinationAt returns the coordination headed by x (x and its conj
// dependents inside the phrase).
func (s *sent) coordinationAt(x int, in map[int]bool) (coordination, bool) {
	c := coordination{members: []int{x}}
	for _, k := range s.kids[x] {
		if base(s.rel[k]) == "conj" && in[k] {
			c.members = append(c.members, k)
		}
	}
	if len(c.members) < 2 {
		return c, false
	}
	last := c.members[len(c.members)-1]
	for _, m := range c.members {
		own := []int{m}
		for _, k := range s.kids[m] {
			switch {
			case !in[k], base(s.rel[k]) == "conj" && m == x:
			case base(s.rel[k]) == "cc" || s.punct(k):
				c.glue = append(c.glue, k)
			case s.shared(k, m, x, last):
			default:
				own = s.appendSubtree(own, k, in)
			}
		}
		c.own = append(c.own, own)
	}
	return c, true
}

// shared reports whether dependent k of member m is shared by all the
// members of the coordination headed by x whose last member is last.
func (s *sent) shared(k, m, x, last int) bool {
	r := s.rel[k]
	switch {
	case m == x && k < x && (base(r) == "amod" || base(r) == "compound"):
		return true
	case k > last && base(r) == "nmod" && r != "nmod:poss" && (m == last || m == x):
		return true
	}
	return false
}

// appendSubtree appends k and its dependents inside the phrase.
func (s *sent) appendSubtree(out []int, k int, in map[int]bool) []int {
	out = append(out, k)
	for _, c := range s.kids[k] {
		if in[c] {
			out = s.appendSubtree(out, c, in)
		}
	}
	return out
}
