package event

import "github.com/readout/readout/lexicon"

// Acts without a named agent. "Two people were killed in a suicide
// bombing", "at least 71 people were arrested", "the bill was suspended",
// "weeks of protests against the law": the perpetrator, the police, the
// government, the protesters go unnamed. CAMEO coders (and the event data
// sets built on them) code such an act with the country where it happened
// as its source, and its victims, or that same country, as its target.
// The event stage does the same for material acts (roots 08 and 14-20,
// and the courts' charges and sentences, 115 and 116;
// for an event noun, protest and violence only) reported in a clause of
// their own (not in a participle describing someone: "an alumnus killed
// in action"), taking the country from a place phrase of the clause ("in Sousse",
// "near Tehran"); an article of several sentences that names no place
// there lends its main country (the country its actors belong to most
// often).

// agentlessRoots are the roots of acts coded without a named agent.
var agentlessRoots = setOf("08", "14", "15", "16", "17", "18", "19", "20")

// agentlessCodes are codes outside agentlessRoots that are coded without
// a named agent too: charges brought and sentences passed by the courts of
// the country ("Libby was sentenced to two and a half years").
var agentlessCodes = setOf("115", "116")

// violentRoots are the roots of acts that an event noun with no agent
// reports as done: protests and violence ("a bombing killed", "weeks of
// protests").
var violentRoots = setOf("14", "18", "19", "20")

// placePreps introduce a place phrase.
var placePreps = setOf("in", "at", "near", "outside", "inside", "across", "throughout", "around", "on")

// placeSource returns the country of the place where match f happened
// when its anchor names no agent that is an actor, as a party with no
// entity; ok is false when there is none or the act is not coded so.
func (c *coder) placeSource(f *found) (party, bool) {
	root := lexicon.Root(f.pat.Code)
	if f.pat.Format != lexicon.Readout || !agentlessRoots[root] && !agentlessCodes[f.pat.Code] {
		return party{}, false
	}
	switch {
	case f.noun && !violentRoots[root]:
		// a plan or a measure with no author is no act yet ("new
		// lockdown restrictions are to be announced")
		return party{}, false
	case f.noun && (c.s.caseOf(f.anchor) == "as" || c.s.caseOf(f.anchor) == "like"):
		// a label ("referring to the protests as riots") reports no act
		return party{}, false
	case !f.noun && c.s.base(f.anchor) == "acl":
		// a participle describing someone ("an alumnus killed in action
		// in Iraq") is background, not the act reported
		return party{}, false
	}
	if ag := c.matchAgent(f); ag >= 0 && (c.namesActor(ag) || c.s.toks[ag].UPOS == "PRON") {
		return party{}, false // an agent named, or named before ("it shot down")
	}
	if code, tok := c.placeCountry(f.anchor); code != "" {
		return party{ent: -1, named: -1, mention: -1, code: code, tok: int32(tok)}, true
	}
	if code, tok := c.patientCountry(f); code != "" {
		return party{ent: -1, named: -1, mention: -1, code: code, tok: int32(tok)}, true
	}
	if code := c.mainCountry(); code != "" {
		return party{ent: -1, named: -1, mention: -1, code: code, tok: -1}, true
	}
	return party{}, false
}

// placeCountry returns the country a place phrase of anchor a (or of the
// clauses it depends on, or of its object) names, and its token.
func (c *coder) placeCountry(a int) (string, int) {
	s := &c.s
	for h, n := a, 0; h >= 0 && n < 4; h, n = s.head(h), n+1 {
		if code, tok := c.placeUnder(h); code != "" {
			return code, tok
		}
		if k := c.patient(h, false); k >= 0 && s.isVerb(h) {
			if code, tok := c.placeUnder(k); code != "" {
				return code, tok
			}
		}
		if r := s.base(h); r != "xcomp" && r != "conj" && r != "acl" && r != "ccomp" && r != "advcl" {
			break
		}
	}
	return "", -1
}

// placeUnder looks at the place phrases attached to token h.
func (c *coder) placeUnder(h int) (string, int) {
	s := &c.s
	for k := s.first[h]; k >= 0; k = s.next[k] {
		kk := int(k)
		if b := s.base(kk); b != "obl" && b != "nmod" || c.temporal(kk) || !placePreps[s.caseOf(kk)] {
			continue
		}
		if m := c.firstActorUnder(kk, nil, 0); m >= 0 {
			x := c.actorsOf(m, c.scratch[:0])
			c.scratch = x
			for _, p := range x {
				if cc := c.code(p); len(cc) == 3 && c.isCountry(cc) {
					return cc, m
				}
			}
		}
	}
	return "", -1
}

// patientCountry returns the country of the actor an act with no named
// agent was done to ("Egypt activist released", "China's former drug
// regulator was sentenced"): the authorities of that country did it.
func (c *coder) patientCountry(f *found) (string, int) {
	s := &c.s
	k := c.patient(f.anchor, f.noun)
	if h := s.head(f.anchor); f.noun && h >= 0 && s.isVerb(h) && (s.base(f.anchor) == "nsubj" || s.hasCase(f.anchor, "by")) {
		// "oil facilities belonging to Saudi Aramco were hit by drone
		// strikes": the verb's patient is the noun's
		k = c.patient(h, false)
	}
	if k < 0 {
		return "", -1
	}
	if !c.namesActor(k) {
		if k = c.firstActorUnder(k, nil, 0); k < 0 {
			return "", -1
		}
	}
	x := c.actorsOf(k, c.scratch[:0])
	c.scratch = x
	for _, p := range x {
		if cc := country(c.code(p)); c.isCountry(cc) {
			return cc, k
		}
	}
	return "", -1
}

func (c *coder) isCountry(code string) bool {
	_, ok := c.lex.Country(code)
	return ok
}

// mainCountry returns the country the document's actors belong to most
// often (counting mentions), "" for a document of fewer than three
// sentences or one whose leading country is not clear (a tie).
func (c *coder) mainCountry() string {
	if c.mainDone {
		return c.main
	}
	c.mainDone, c.main = true, ""
	if len(c.d.Sentences) < 3 {
		return ""
	}
	counts := map[string]int{}
	for i := range c.d.Entities {
		e := &c.d.Entities[i]
		if cc := country(e.Actor); len(cc) == 3 && c.isCountry(cc) {
			counts[cc] += len(e.Mentions)
		}
	}
	best, second := 0, 0
	for cc, n := range counts {
		switch {
		case n > best:
			c.main, best, second = cc, n, best
		case n == best:
			second = n
		case n > second:
			second = n
		}
	}
	if best == second {
		c.main = ""
	}
	return c.main
}
