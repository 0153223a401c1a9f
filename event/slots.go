package event

import "github.com/readout/readout/lexicon"

// Prepositional phrases and slots of readout patterns.

// prepRels are the relations of a phrase a preposition may introduce.
func (c *coder) prepRel(k int) bool {
	switch c.s.base(k) {
	case "obl", "nmod", "advcl", "xcomp", "acl", "ccomp", "advmod":
		return true
	}
	return false
}

// hasPrep reports whether phrase k is introduced by one of the alts.
func (c *coder) hasPrep(alts [][]string, k int) bool {
	for _, alt := range alts {
		if c.s.hasCase(k, alt[len(alt)-1]) {
			return true
		}
	}
	return false
}

// matchPrep finds a prepositional phrase under a host whose preposition is
// one of the item's and whose object matches the item's content. "to"
// before a verb also finds an infinitive ("agree to cooperate"); a
// preposition may be a particle ("put off talks"); "to"/"for" before a slot
// may be an indirect object ("offered Russia support").
func (c *coder) matchPrep(it *lexicon.Item, st *mstate) bool {
	s := &c.s
	for hi := st.nh - 1; hi >= 0; hi-- {
		for k := s.first[st.hosts[hi]]; k >= 0; k = s.next[k] {
			kk := int(k)
			if st.isUsed(kk) || !c.prepRel(kk) {
				continue
			}
			intro := c.hasPrep(it.Alts, kk)
			if !intro && !(s.base(kk) == "xcomp" && hasAlt(it.Alts, "to")) {
				continue
			}
			save := *st
			if c.prepObject(it.Items, kk, st) {
				st.score++
				return true
			}
			*st = save
		}
	}
	return c.matchParticle(it, st) || c.matchDative(it, st)
}

func hasAlt(alts [][]string, w string) bool {
	for _, a := range alts {
		if len(a) == 1 && a[0] == w {
			return true
		}
	}
	return false
}

// prepObject matches the items of a preposition against its phrase k.
func (c *coder) prepObject(items []lexicon.Item, k int, st *mstate) bool {
	if len(items) == 0 {
		st.use(k, true)
		return true
	}
	it := &items[0]
	switch it.Kind {
	case lexicon.ItemWord:
		m, n := c.wordAt(it.Alts, k)
		if m < 0 {
			return false
		}
		st.use(k, true)
		if m != k {
			st.use(m, true)
		}
		st.words += n
	case lexicon.ItemSlot:
		if !c.fill(st, it, k, true) {
			return false
		}
		return c.matchItems(items[1:], st, false)
	case lexicon.ItemAny:
		st.use(k, true)
	default:
		return false
	}
	st.score++
	return c.matchItems(items[1:], st, false)
}

// matchParticle reads a preposition as a particle of a host verb, its
// object then among the host's dependents.
func (c *coder) matchParticle(it *lexicon.Item, st *mstate) bool {
	s := &c.s
	for hi := st.nh - 1; hi >= 0; hi-- {
		for k := s.first[st.hosts[hi]]; k >= 0; k = s.next[k] {
			kk := int(k)
			if st.isUsed(kk) || s.rel(kk) != "compound:prt" || !c.phraseAt(it.Alts, kk) {
				continue
			}
			save := *st
			st.use(kk, false)
			st.words++
			if c.matchItems(it.Items, st, false) {
				st.score++
				return true
			}
			*st = save
		}
	}
	return false
}

// matchDative fills "to SLOT" or "for SLOT" with the anchor's indirect
// object.
func (c *coder) matchDative(it *lexicon.Item, st *mstate) bool {
	if len(it.Items) != 1 || it.Items[0].Kind != lexicon.ItemSlot || !(hasAlt(it.Alts, "to") || hasAlt(it.Alts, "for")) {
		return false
	}
	k := c.s.child(int(st.hosts[0]), "iobj")
	if k < 0 || st.isUsed(k) {
		return false
	}
	if !c.fill(st, &it.Items[0], k, false) {
		return false
	}
	st.score++
	return true
}

// fill puts phrase k in the slot of item it. A time phrase ("on Thursday
// night") or a clause ("to offer support") is no participant. A required
// slot (written outside any optional group) takes only a phrase that names
// an actor, itself or inside it ("restrictions on flights to Cuba"), or a
// definite event noun that refers to an act coded before ("declined the
// request"; see context.go); an
// optional one may take a phrase that names none, which fills it but adds
// nothing to the match's score. A slot with roles ("TGT:OPP|CVL") takes only
// a phrase naming an actor of one of them.
func (c *coder) fill(st *mstate, it *lexicon.Item, k int, host bool) bool {
	if c.temporal(k) || !c.nominal(k) && !c.namesActor(k) {
		return false
	}
	named := c.namesActor(k)
	if len(it.Roles) > 0 && !c.hasRole(k, it.Roles) {
		return false
	}
	if !named && it.Required() && c.firstActorUnder(k, nil, 0) < 0 && !c.refersBack(k) {
		return false
	}
	st.setSlot(it.Slot, k)
	st.use(k, host)
	if named {
		st.score++
	} else {
		st.empty++
	}
	return true
}

// timeNouns head time phrases.
var timeNouns = setOf("day", "night", "morning", "afternoon", "evening", "week", "weekend",
	"month", "year", "time", "hour", "minute", "today", "yesterday", "tomorrow", "tonight",
	"moment", "period", "decade", "century", "season", "date", "midnight", "noon", "dawn")

// temporal reports whether phrase k says when rather than who.
func (c *coder) temporal(k int) bool {
	s := &c.s
	switch s.rel(k) {
	case "obl:tmod", "nmod:tmod", "obl:npmod", "nmod:npmod":
		return true
	}
	if timeNouns[s.lemma[k]] {
		return true
	}
	if _, ok := weekdays[s.form[k]]; ok {
		return true
	}
	_, ok := months[s.form[k]]
	return ok && s.form[k] != "may"
}

// matchSlot fills a slot written without a preposition: the indirect
// object, else the patient (object, or subject of a passive), else (not
// right after the anchor) a prepositional phrase.
func (c *coder) matchSlot(it *lexicon.Item, st *mstate) bool {
	s := &c.s
	a := int(st.hosts[0])
	cands := [2]int{s.child(a, "iobj"), c.patient(a, c.noun)}
	for _, k := range cands {
		if k >= 0 && !st.isUsed(k) && c.fill(st, it, k, true) {
			if c.namesActor(k) {
				st.score++ // an actor as object is a strong sign
			}
			return true
		}
	}
	if st.first {
		return false
	}
	for k := s.first[a]; k >= 0; k = s.next[k] {
		if !st.isUsed(int(k)) && (s.base(int(k)) == "obl" || s.base(int(k)) == "nmod") && c.fill(st, it, int(k), true) {
			return true
		}
	}
	return false
}
