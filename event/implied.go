package event

import "github.com/readout/readout/lexicon"

// Implied targets: who an act of a readout pattern is aimed at when its
// TGT slot is empty or the pattern has none. A careful coder reads the
// target off the clause: "rejected an Australian ultimatum", "praised
// Haiti's efforts", "rejected calls by Belarus's rulers", "demanded that
// the United States cancel", "agreed to lift embargoes on ... Iran",
// "fired shells at targets in Jericho".

// impliedTarget returns the token heading the phrase that names the
// target of match f, or -1: an actor modifying one of the matched words,
// the anchor's object, the subject of a clause it governs ("demanded that
// X ..."), then the first actor its other dependents name in text order
// (objects, prepositional phrases, infinitives and what they govern).
// Acts of consulting (root 04) take their partner from the pattern only:
// the subject of talks is no partner. The agent's own actors are never
// the target.
func (c *coder) impliedTarget(f *found, agent int, srcs actorSet) int {
	p := f.pat
	if lexicon.Root(p.Code) == "04" || len(srcs) > 1 && symmetric(p.Code) {
		return -1
	}
	not := srcs
	if agent >= 0 && len(not) == 0 {
		not = c.actorsOf(agent, c.notBuf[:0])
		c.notBuf = not
	}
	if victimCodes[p.Code] {
		// "acknowledged their government had shot down a Ukrainian jet":
		// the victim of the act acknowledged
		for u := 1; u < f.st.nu; u++ {
			if w := int(f.st.used[u]); c.s.isVerb(w) {
				if k := c.clauseTarget(w, c.agent(w, false), not); k >= 0 {
					return k
				}
			}
		}
	}
	if k := c.usedWordTarget(&f.st, f.anchor, not); k >= 0 {
		return k // a possessor is a target even of the source's country: "boycott Algeria's elections"
	}
	c.ownPlace = true
	defer func() { c.ownPlace = false }()
	if f.noun {
		return c.nounTarget(f.anchor, agent, not)
	}
	if k := c.clauseTarget(f.anchor, agent, not); k >= 0 {
		return k
	}
	switch lexicon.Root(p.Code) {
	case "03", "05", "06", "08":
		return c.talksPartner(f.anchor, not)
	}
	return -1
}

// talkNouns name talks, whose partner a yielding or an agreement reached
// after them is made to.
var talkNouns = setOf("talk", "talks", "negotiation", "deliberation", "discussion", "consultation", "meeting", "dialogue")

// talksPartner returns the partner of the talks an act came after ("called
// off the strike after deliberations with the government"), -1 when none.
func (c *coder) talksPartner(a int, not actorSet) int {
	s := &c.s
	for k := s.first[a]; k >= 0; k = s.next[k] {
		kk := int(k)
		if s.base(kk) != "obl" || !talkNouns[s.lemma[kk]] || (s.caseOf(kk) != "after" && s.caseOf(kk) != "following") {
			continue
		}
		for j := s.first[kk]; j >= 0; j = s.next[j] {
			if s.base(int(j)) == "nmod" && s.hasCase(int(j), "with") {
				if m := c.firstActorUnder(int(j), not, 0); m >= 0 {
					return m
				}
			}
		}
	}
	return -1
}

// usedWordTarget returns one of the match's words (not the anchor) that
// names an actor outside not itself, else a phrase attached to one of them
// that does: a possessor or a
// prepositional phrase ("calls by Belarus's rulers", "an offer from
// Afghanistan"). Adjective and compound modifiers of the source's own
// country ("U.S. support") are the source's.
func (c *coder) usedWordTarget(st *mstate, anchor int, not actorSet) int {
	s := &c.s
	for u := 1; u < st.nu; u++ {
		// a matched word that names an actor itself: "opened fire on
		// protesters", "clashed with police"
		if w := int(st.used[u]); w != anchor && s.isNoun(w) && c.ents.has(w) && c.namesOther(w, not) {
			return w
		}
	}
	for u := 1; u < st.nu; u++ {
		w := int(st.used[u])
		if w == anchor || !s.isNoun(w) {
			continue
		}
		for k := s.first[w]; k >= 0; k = s.next[k] {
			kk := int(k)
			if c.temporal(kk) {
				continue
			}
			switch s.rel(kk) {
			case "nmod:poss":
			case "compound", "amod":
				if kk > w || !c.namesOther(kk, not) || c.sameCountry(c.scratch, not) {
					continue
				}
			default:
				if s.base(kk) != "nmod" || s.rel(kk) == "nmod:tmod" {
					continue
				}
			}
			if m := c.firstActorUnder(kk, not, 1); m >= 0 {
				return m
			}
		}
	}
	return -1
}

// clauseTarget looks among the dependents of verb (or adjective) a after
// it: its object first, then the subject of a clause it governs, then the
// first actor named by its objects, prepositional phrases and
// complements in text order.
func (c *coder) clauseTarget(a, agent int, not actorSet) int {
	s := &c.s
	if k := c.patient(a, false); k >= 0 && k != agent && c.namesOther(k, not) {
		return k
	}
	for k := s.first[a]; k >= 0; k = s.next[k] {
		kk := int(k)
		if kk < a || kk == agent || c.temporal(kk) || circumstance[s.caseOf(kk)] {
			continue
		}
		switch s.base(kk) {
		case "obj", "iobj", "obl", "nmod", "xcomp":
			if m := c.firstActorUnder(kk, not, 0); m >= 0 {
				return m
			}
		case "ccomp":
			if j := s.child(kk, "nsubj"); j >= 0 && c.namesOther(j, not) {
				return j
			}
		case "advcl":
			// a purpose: "send material to help defend Saudi Arabia"
			if m := s.child(kk, "mark"); m >= 0 && s.lemma[m] == "to" {
				if m := c.firstActorUnder(kk, not, 0); m >= 0 {
					return m
				}
			}
		}
	}
	return -1
}

// nounTarget looks among the modifiers of an event noun other than its
// agent ("the attack on X", "Turkish army deployments in Libya"), then
// after the light verb that carries it ("launched missiles at US troops").
func (c *coder) nounTarget(a, agent int, not actorSet) int {
	s := &c.s
	for k := s.first[a]; k >= 0; k = s.next[k] {
		kk := int(k)
		if kk == agent || c.temporal(kk) {
			continue
		}
		switch s.base(kk) {
		case "nmod", "acl":
			if s.rel(kk) == "nmod:poss" {
				continue
			}
			if m := c.firstActorUnder(kk, not, 0); m >= 0 {
				return m
			}
		}
	}
	if g := c.lightGovernor(a); g >= 0 {
		return c.clauseTarget(g, agent, not)
	}
	return -1
}
