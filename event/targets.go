package event

import "github.com/readout/readout/lexicon"

// Who an event's sources and targets are, once a pattern has matched.

// participants returns the sources and targets of a match.
func (c *coder) participants(f *found) (srcs, tgts actorSet) {
	p, st := f.pat, &f.st
	srcs, tgts = c.as[:0], c.bs[:0]
	agent := c.matchAgent(f)
	if agent < 0 && p.Format == lexicon.Petrarch && !f.noun && c.s.isPassive(f.anchor) {
		// PETRARCH: a passive with no agent keeps its subject as source
		// ("The Philippines was criticized over its dispute with X")
		agent = c.s.passiveSubject(f.anchor)
	}
	if st.comp >= 0 {
		srcs = c.actorsOf(st.comp, srcs)
	}
	if agent >= 0 && p.Subject != lexicon.NoSlot {
		switch p.Subject {
		case lexicon.SlotTarget:
			tgts = c.actorsOf(agent, tgts)
		default:
			srcs = c.actorsOf(agent, srcs)
		}
	}
	if st.src >= 0 {
		srcs = c.actorsOf(st.src, srcs)
	}
	tgts = c.targets(f, agent, srcs, tgts)
	if len(srcs) == 0 && agent < 0 && st.src < 0 && len(tgts) > 1 && hasTarget(p) && symmetric(p.Code) {
		// "talks between China and Russia": every participant both ways
		srcs, tgts = append(srcs, tgts...), tgts[:0]
		st.tgt = -1
	}
	c.as, c.bs = srcs, tgts
	return srcs, tgts
}

// matchAgent returns the agent of match f. An adjective anchor the parser
// read as a passive participle ("Israel is opposed to") has its subject as
// agent.
func (c *coder) matchAgent(f *found) int {
	if f.pat.Anchor.Adj && c.s.isPassive(f.anchor) {
		return c.s.passiveSubject(f.anchor)
	}
	return c.agent(f.anchor, f.noun)
}

// targets appends the targets of a match: the TGT slot's actors, else
// (where the slot is empty) what the construction implies.
func (c *coder) targets(f *found, agent int, srcs, tgts actorSet) actorSet {
	p, st := f.pat, &f.st
	if st.tgt >= 0 {
		tgts = c.actorsOf(st.tgt, tgts)
		if len(tgts) == 0 {
			// "restrictions on flights to Cuba": the first actor inside
			if k := c.firstActorUnder(st.tgt, nil, 0); k >= 0 {
				tgts = c.actorsOf(k, tgts)
			}
		}
		if len(tgts) > 0 || p.Format == lexicon.Petrarch {
			return tgts
		}
	}
	if p.Format == lexicon.Readout {
		// "condemned the attack": whoever the article said attacked
		if a, ok := c.anaphor(f); ok && !srcs.has(a) {
			return tgts.add(a)
		}
	}
	k := -1
	switch {
	case p.Format == lexicon.Petrarch && !f.noun:
		// PETRARCH: without "+" the target is the first actor the verb
		// phrase names after the verb (its object first).
		k = c.defaultTarget(f.anchor, agent)
	case p.Format == lexicon.Petrarch:
	case len(srcs) > 0 && hasTarget(p):
		// "offered Ukraine aid" read as one noun phrase: an actor
		// compounded to a matched word is the target
		if k = c.compoundTarget(st, srcs); k < 0 {
			k = c.impliedTarget(f, agent, srcs)
		}
	default:
		k = c.impliedTarget(f, agent, srcs)
	}
	if k < 0 && lexicon.Root(p.Code) == "13" {
		// a threat is aimed at whoever its condition names: "described
		// the consequences if China provides support"
		k = c.conditionAgent(f.anchor)
	}
	if k >= 0 {
		if st.tgt < 0 {
			st.tgt = k
		}
		tgts = c.actorsOf(k, tgts)
	}
	return tgts
}

// threatCondition returns the agent of an "if" or "unless" clause of
// anchor a or of a verb it is the complement of ("threatened to stop talks
// if the United States goes ahead"), or -1.
func (c *coder) threatCondition(a int) int {
	s := &c.s
	if k := c.conditionAgent(a); k >= 0 {
		return k
	}
	// the parse may hang the condition on the threatened act's own
	// complement ("threatened to stop negotiations to reduce weapons if"),
	// an infinitive it may read as an adverbial ("threatened today to
	// hold a strike unless")
	for n, k := 0, c.infinitive(a); k >= 0 && n < 3; n, k = n+1, c.infinitive(k) {
		if m := c.conditionAgent(k); m >= 0 {
			return m
		}
	}
	for n := 0; a >= 0 && n < 6; n++ {
		if k := c.conditionAgent(a); k >= 0 {
			return k
		}
		if s.base(a) != "xcomp" && s.base(a) != "ccomp" {
			break
		}
		a = s.head(a)
	}
	return -1
}

// infinitive returns the complement of verb a: its xcomp, else an
// adverbial infinitive ("to" and a bare verb), or -1.
func (c *coder) infinitive(a int) int {
	s := &c.s
	if k := s.child(a, "xcomp"); k >= 0 {
		return k
	}
	for k := s.first[a]; k >= 0; k = s.next[k] {
		if s.base(int(k)) == "advcl" && s.toks[k].XPOS == "VB" && s.hasCase(int(k), "to") {
			return int(k)
		}
	}
	return -1
}

// conditionAgent returns the agent of an "if" or "unless" clause of a,
// or -1.
func (c *coder) conditionAgent(a int) int {
	s := &c.s
	for k := s.first[a]; k >= 0; k = s.next[k] {
		if s.base(int(k)) != "advcl" {
			continue
		}
		for j := s.first[k]; j >= 0; j = s.next[j] {
			if s.base(int(j)) == "mark" && condMarks[s.lemma[j]] {
				return c.verbAgent(int(k), 0)
			}
		}
	}
	return -1
}

// compoundTarget returns a modifier of one of the match's words (a noun
// compounded to it, an adjective, a possessor) that names an actor of
// another country than the sources: "offered Ukraine aid", "shot down a
// Ukrainian passenger jet". "U.S. support" by the Secretary is the
// source's own. -1 when there is none.
func (c *coder) compoundTarget(st *mstate, srcs actorSet) int {
	s := &c.s
	for u := 1; u < st.nu; u++ {
		w := int(st.used[u])
		if !s.isNoun(w) {
			continue
		}
		for k := s.first[w]; k >= 0; k = s.next[k] {
			switch s.rel(int(k)) {
			case "compound", "amod", "nmod:poss":
			default:
				continue
			}
			if int(k) < w && c.namesActor(int(k)) && !c.sameCountry(c.scratch, srcs) {
				return int(k)
			}
		}
	}
	return -1
}

// sameCountry reports whether any actor of a shares its country with one
// of b.
func (c *coder) sameCountry(a, b actorSet) bool {
	for _, x := range a {
		for _, y := range b {
			if country(c.code(x)) == country(c.code(y)) {
				return true
			}
		}
	}
	return false
}

func country(code string) string {
	if len(code) > 3 {
		return code[:3]
	}
	return code
}

// hasTarget reports whether the pattern has a TGT slot.
func hasTarget(p *lexicon.Pattern) bool {
	return p.Subject == lexicon.SlotTarget || itemsHaveTarget(p.Post) || itemsHaveTarget(p.Pre)
}

func itemsHaveTarget(items []lexicon.Item) bool {
	for i := range items {
		it := &items[i]
		if it.Kind == lexicon.ItemSlot && it.Slot == lexicon.SlotTarget || it.Kind == lexicon.ItemCompound {
			return true
		}
		if itemsHaveTarget(it.Items) {
			return true
		}
	}
	return false
}
