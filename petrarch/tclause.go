package petrarch

// PETRARCH2 reads a sentence as a tree of verb phrases: each verb has a
// subject (the noun phrase above it), objects and prepositional phrases
// below it, and clauses it governs, whose events it takes up. These are
// the parts of a verb's clause, read off the dependency parse.

// clause is one verb (or copular predicate) and its parts.
type clause struct {
	tok     int   // the predicate word
	v       *verb // its dictionary entry; nil when it has none
	subj    []int // subject heads, members of a coordination included
	objs    []int // object heads: direct and indirect objects
	preps   []int // heads of the noun phrases of its prepositional phrases
	words   []int // other words a pattern may name: particles, adverbs, adjectival complements
	comps   []int // governed clauses: complements and adverbial clauses
	conjs   []int // coordinated predicates sharing its subject
	passive bool
	negated bool
}

// clauseAt returns the clause of predicate t.
func (s *sent) clauseAt(t int) *clause {
	c := &clause{tok: t}
	for _, k := range s.kids[t] {
		if s.del[k] {
			continue
		}
		s.addPart(c, k)
	}
	c.passive = s.treePassive(t)
	return c
}

// addPart files dependent k of the predicate.
func (s *sent) addPart(c *clause, k int) {
	r := s.rel[k]
	switch base(r) {
	case "nsubj", "csubj":
		// a subject after its verb is the parser's slip for the
		// subject of a clause the verb governs ("said such a step
		// enjoyed ..."), unless the clause has no other
		if s.nominal(k) && (k < c.tok || len(c.subj) == 0 && !s.subjectBefore(c.tok)) {
			c.subj = append(c.subj, k)
			c.subj = append(c.subj, s.conjuncts(k)...)
		}
	case "obj", "iobj":
		c.objs = append(c.objs, k)
	case "obl", "nmod":
		switch {
		case s.temporal(k):
		case s.caseWord(k) != "" && s.nominal(k):
			c.preps = append(c.preps, k)
		}
	case "compound", "advmod":
		if s.words[k] == "not" || s.words[k] == "n't" || s.words[k] == "never" {
			c.negated = true
		} else {
			c.words = append(c.words, k)
		}
	case "xcomp":
		if s.predicate(k) {
			c.comps = append(c.comps, k)
		} else {
			c.words = append(c.words, k)
		}
	case "ccomp":
		if s.predicate(k) {
			c.comps = append(c.comps, k)
		}
	case "advcl":
		// an adverbial clause before the verb ("Before leaving for
		// Beijing, Bush ...") is no part of its verb phrase
		if s.predicate(k) && k > c.tok {
			c.comps = append(c.comps, k)
		}
	case "conj":
		if s.predicate(k) && !s.hasSubject(k) {
			c.conjs = append(c.conjs, k)
		}
	}
}

// subjectBefore reports whether predicate t has a subject before it.
func (s *sent) subjectBefore(t int) bool {
	for _, c := range s.kids[t] {
		if base(s.rel[c]) == "nsubj" && c < t {
			return true
		}
	}
	return false
}

// conjuncts returns the heads coordinated with noun k.
func (s *sent) conjuncts(k int) []int {
	var out []int
	for _, c := range s.kids[k] {
		if base(s.rel[c]) == "conj" && s.nominal(c) && !s.del[c] {
			out = append(out, c)
		}
	}
	return out
}

// predicate reports whether token k heads a clause: a verb, or a word
// with a copula or subject of its own.
func (s *sent) predicate(k int) bool {
	if s.verbal(k) && s.xpos(k) != "MD" {
		return true
	}
	for _, c := range s.kids[k] {
		switch base(s.rel[c]) {
		case "cop", "nsubj", "csubj":
			return true
		}
	}
	return false
}

func (s *sent) hasSubject(k int) bool {
	for _, c := range s.kids[k] {
		if base(s.rel[c]) == "nsubj" || base(s.rel[c]) == "csubj" || base(s.rel[c]) == "expl" {
			return true
		}
	}
	return false
}

// treePassive reports PETRARCH2's passive: a past participle with a form
// of "be" (or a passive subject), or one that modifies a noun.
func (s *sent) treePassive(t int) bool {
	switch s.xpos(t) {
	case "VBN", "VBD":
	default:
		return false
	}
	for _, c := range s.kids[t] {
		switch s.rel[c] {
		case "aux:pass", "nsubj:pass":
			return true
		case "aux", "cop":
			if auxWords[s.words[c]] && !haveWords[s.words[c]] {
				return true
			}
		}
	}
	return base(s.rel[t]) == "acl" && s.xpos(t) == "VBN"
}

// haveWords are the forms of "have".
var haveWords = setOf("has", "have", "had", "having")

// agentPreps introduce the agent of a passive verb for PETRARCH2, and
// goalPreps its target.
var (
	agentPreps = setOf("by", "from", "in")
	goalPreps  = setOf("at", "against", "into", "towards")
)
