package petrarch

import "github.com/readout/readout/lexicon"

// tev is an event as PETRARCH2 builds it up the tree: a source, and a
// target or the event of a clause the verb governs (inner), with a PICO
// code (and the CAMEO code as written while no combination changed it).
type tev struct {
	src, tgt side
	inner    *tev
	code     int
	cameo    string
	verb     *verb
	rule     *lexicon.Pattern
	// open marks a passive event without a target: the subject of a
	// verb above takes its place ("was fired at ..." under "said").
	open bool
}

// codeTree codes a sentence with PETRARCH2's semantics: each top clause's
// verb phrase takes up the events of the clauses it governs.
func (s *sent) codeTree() []coded {
	var out []coded
	for t := range s.toks {
		if !s.topClause(t) {
			continue
		}
		for _, e := range s.clauseEvents(t, side{}, false) {
			out = s.finish(e, out)
		}
	}
	return out
}

// topClause reports whether token t heads a clause no other verb takes
// up: the root, a clause set beside it (parataxis, a coordinated clause
// with its own subject), or a clause reported by a verb after it ("X
// attacked Y, an official said"), which PETRARCH's parser sets beside
// the reporting clause.
func (s *sent) topClause(t int) bool {
	if s.del[t] || !s.predicate(t) {
		return false
	}
	for k, steps := t, 0; steps <= len(s.head); steps++ {
		h := s.head[k]
		if h < 0 || s.del[h] || s.reported(k) {
			return true
		}
		switch base(s.rel[k]) {
		case "parataxis", "list":
		case "conj":
			if !s.hasSubject(k) {
				return false
			}
		default:
			return false
		}
		k = h
	}
	return false
}

// reported reports whether clause k is the complement of a verb that
// follows it.
func (s *sent) reported(k int) bool {
	return base(s.rel[k]) == "ccomp" && s.head[k] > k
}

// clauseEvents returns the events of the clause headed by t, and of the
// clauses coordinated with it. up is the subject it inherits (from a
// coordinated verb or an object that controls it); inherited is set when
// it has none of its own.
func (s *sent) clauseEvents(t int, up side, inherited bool) []*tev {
	c := s.clauseAt(t)
	if s.verbal(t) {
		c.v = s.findVerb(t)
	}
	rule, b := s.clauseCode(c)
	if subj := s.subjectSide(c, b); !subj.none() {
		up, inherited = subj, false
	}
	events := s.ownEvents(c, b, rule, up, inherited)
	for _, k := range c.conjs {
		events = append(events, s.clauseEvents(k, up, true)...)
	}
	return events
}

// ownEvents returns the events of clause c coded by rule, with subject
// up: a passive verb's; else an event with the target of its phrase (and
// the reverse one of a two-way code); else one without target; else
// those of the clauses it governs, taken up.
func (s *sent) ownEvents(c *clause, b *tbind, rule *lexicon.Pattern, up side, inherited bool) []*tev {
	code, cameo, passive := s.codeOf(rule)
	if c.passive || code == 0 && passive != "" {
		if evs := s.passiveEvents(c, b, rule, up, code, cameo, passive); evs != nil {
			return evs
		}
	}
	var events []*tev
	if low := s.lowerSide(c, b); !low.none() {
		events = append(events, &tev{src: up, tgt: low, code: code, cameo: cameo, verb: c.v, rule: rule})
		if passive != "" && !up.none() && !inherited {
			events = append(events, &tev{src: low, tgt: up, code: s.c.onto.value(passive), cameo: passive, verb: c.v, rule: rule})
		}
	} else if len(c.comps) == 0 && (!up.none() || code != 0) {
		events = append(events, &tev{src: up, code: code, cameo: cameo, verb: c.v, rule: rule})
	}
	if len(events) == 0 {
		events = s.takeUp(c, up, code, cameo, rule)
	}
	if c.negated {
		negate(events)
	}
	return events
}

// clauseCode returns the pattern (or verb line) that codes the clause,
// nil when its verb is not in the dictionary or gives no code.
func (s *sent) clauseCode(c *clause) (*lexicon.Pattern, *tbind) {
	if c.v == nil {
		return nil, newBind()
	}
	if p, b := s.bestTree(c); p != nil {
		return p, b
	}
	return c.v.entry.line, newBind()
}

// codeOf returns a rule's code as a PICO value, as written, and its
// passive part.
func (s *sent) codeOf(rule *lexicon.Pattern) (int, string, string) {
	if rule == nil {
		return 0, "", ""
	}
	return s.c.onto.value(rule.Code), rule.Code, rule.Passive
}

// subjectSide returns the clause's subject: the phrase "$" names, else its
// subject noun(s).
func (s *sent) subjectSide(c *clause, b *tbind) side {
	if b.src >= 0 {
		return s.meaning(b.src, nil)
	}
	return s.sideOf(c.subj, nil)
}

// sideOf joins the meanings of nouns (the members of a coordination).
func (s *sent) sideOf(nouns []int, skip map[int]bool) side {
	var out side
	for _, n := range nouns {
		m := s.meaning(n, skip)
		if m.none() {
			continue
		}
		if out.p == nil {
			out.p = m.p
		}
		out.codes = appendCodes(out.codes, m.codes)
	}
	out.codes = dropNull(out.codes)
	return out
}

// lowerSide returns the clause's target: the phrase "+" names, else the
// first object naming an actor or agent, else the first prepositional
// phrase that does. An object that controls a governed clause ("asked
// Obama to help") belongs to that clause instead.
func (s *sent) lowerSide(c *clause, b *tbind) side {
	if b.tgt >= 0 {
		return s.meaning(b.tgt, b.named)
	}
	for _, group := range [][]int{c.objs, c.preps} {
		for _, n := range group {
			if s.controls(c, n) {
				continue
			}
			if m := s.meaning(n, b.named); m.coded() {
				return m
			}
		}
	}
	return side{}
}

// controls reports whether object n is the subject of a clause the
// verb governs ("wants Putin to attack").
func (s *sent) controls(c *clause, n int) bool {
	for _, k := range c.comps {
		if base(s.rel[k]) == "xcomp" && n < k && (base(s.rel[n]) == "obj" || base(s.rel[n]) == "iobj") {
			return true
		}
	}
	return false
}
