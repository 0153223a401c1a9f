package event

// Argument frames: who is the agent and who the patient of an anchor,
// whatever the voice and however the clause is built.

// lightVerbs are the verbs that carry a nominal event without adding to
// it ("launched an attack on", "held talks with", "imposed sanctions on"):
// the event noun's agent is the verb's subject.
var lightVerbs = setOf(
	"launch", "carry", "conduct", "stage", "mount", "make", "hold", "pay",
	"impose", "have", "give", "take", "begin", "start", "continue", "resume",
	"undertake", "wage", "commit", "perform", "deliver", "extend", "issue",
	"announce", "level", "lodge", "file", "express", "voice", "offer", "provide",
	"send", "grant", "reach", "sign", "conclude", "open", "enter", "join",
	"step", "intensify", "escalate", "renew", "complete", "host", "accept",
	"publish",
)

// doerPassives are verbs whose passive with no agent has its subject's
// side as the one acting: a state of the subject ("were engaged in
// fighting", "are involved in smuggling"), or forces or envoys moved by
// their own side ("peacekeepers were shipped out of Gorazde", "troops
// were withdrawn", "the ambassador was recalled").
var doerPassives = setOf("engage", "involve", "withdraw", "pull", "ship", "recall", "redeploy")

// relPronouns stand for the noun a relative clause modifies.
var relPronouns = setOf("who", "which", "that", "whom", "whose")

// agent returns the token heading the agent (the actor doing the act) of
// anchor a, or -1 when the sentence does not name one.
func (c *coder) agent(a int, noun bool) int {
	if noun {
		return c.nounAgent(a)
	}
	return c.verbAgent(a, 0)
}

func (c *coder) verbAgent(a, depth int) int {
	s := &c.s
	if depth > 6 {
		return -1
	}
	if s.isPassive(a) || c.passiveParticiple(a) {
		if k := c.byAgent(a); k >= 0 || !doerPassives[s.lemma[a]] {
			return k
		}
		// "Serb forces were engaged in ethnic cleansing": the subject of
		// a passive of state is the one doing the act
		return s.passiveSubject(a)
	}
	if k := c.subject(a); k >= 0 && s.rel(k) != "nsubj:pass" {
		if relPronouns[s.lemma[k]] && s.rel(a) == "acl:relcl" {
			return s.head(a)
		}
		if s.caseOf(k) != "" && !c.namesActor(k) {
			// "Following the meeting in Ufa, Pakistan and India decided":
			// an opening phrase parsed as the subject, the subject hung
			// inside it
			if m := c.hiddenSubject(k, 0); m >= 0 {
				return m
			}
		}
		return k
	}
	if k := c.timeAppos(a); k >= 0 {
		return k
	}
	if h := s.head(a); h >= 0 {
		return c.sharedAgent(a, h, depth)
	}
	return -1
}

// subject returns the subject of a: its first nsubj, or a later one that
// names an actor when the first does not ("Some 800,000 Iraqi Kurds"
// parsed with "Some" as a subject of its own).
func (c *coder) subject(a int) int {
	s := &c.s
	first := -1
	for k := s.first[a]; k >= 0; k = s.next[k] {
		if s.rel(int(k)) != "nsubj" {
			continue
		}
		if first < 0 {
			first = int(k)
		}
		if c.namesActor(int(k)) {
			return int(k)
		}
	}
	return first
}

// sharedAgent finds the agent of a clause with no subject of its own in
// the clause it depends on (h): the controller of a complement, the
// subject of the verb it is coordinated with or that it modifies, the noun
// a participle modifies.
func (c *coder) sharedAgent(a, h, depth int) int {
	s := &c.s
	switch s.base(a) {
	case "xcomp":
		// object control: "urged the embassy to reconsider" (not "posted
		// a message blaming Iran")
		if k := s.child(h, "obj"); k >= 0 && !lightVerbs[s.lemma[h]] && c.namesActor(k) {
			return k
		}
		if s.isPassive(h) {
			if k := s.passiveSubject(h); k >= 0 {
				return k
			}
		}
		return c.verbAgent(h, depth+1)
	case "conj":
		if s.isVerb(h) || s.toks[h].UPOS == "ADJ" {
			return c.verbAgent(h, depth+1)
		}
		if s.isVerb(a) {
			// a verb the parse coordinated with a noun ("condemned an
			// attack on Thursday and promised aid"): the clause it
			// belongs to is the nearest verb above
			for g, n := s.head(h), 0; g >= 0 && n < 8; g, n = s.head(g), n+1 {
				if s.isVerb(g) {
					return c.verbAgent(g, depth+1)
				}
			}
		}
	case "advcl":
		return c.verbAgent(h, depth+1)
	case "ccomp", "parataxis":
		if k := c.coordinateClause(a, h); k >= 0 {
			return c.verbAgent(k, depth+1)
		}
		return c.parentheticalSubject(a, h)
	case "acl":
		return c.aclAgent(a, h, depth)
	}
	return -1
}

// coordinateClause repairs "Benin opened its borders ..., but was still
// refusing admittance to Ghanaians, police said": a clause with a
// conjunction and no subject that the parse hung beside the clause
// reported on the speech verb h shares that clause's subject. It returns
// that clause, -1 when a is no such clause.
func (c *coder) coordinateClause(a, h int) int {
	s := &c.s
	cc := s.child(a, "cc")
	if cc < 0 || cc > a {
		return -1
	}
	for k := s.first[h]; k >= 0 && int(k) < a; k = s.next[k] {
		if b := s.base(int(k)); (b == "ccomp" || b == "parataxis") && s.isVerb(int(k)) {
			return int(k) // the first: the clause reported
		}
	}
	return -1
}

// aclAgent finds the agent of a clause modifying the noun h.
func (c *coder) aclAgent(a, h, depth int) int {
	s := &c.s
	switch {
	case s.rel(a) == "acl:relcl":
		return h
	case s.child(a, "mark") >= 0:
		// a complement of a noun: "the decision to withdraw", "agreed on
		// the importance of maintaining"
		if k := s.child(h, "nmod:poss"); k >= 0 {
			return k
		}
		if g := s.head(h); g >= 0 && s.isVerb(g) {
			return c.verbAgent(g, depth+1)
		}
	case s.toks[a].XPOS == "VBG" || s.toks[a].XPOS == "" || s.child(a, "obj") >= 0 || s.child(a, "iobj") >= 0 || c.mainVerbAsModifier(a):
		// "countries fighting the disease" (or a participle with an
		// object: "police arrested students" read as a noun phrase);
		// "posted a message blaming Iran": a message's author is who
		// posted it
		if g := s.head(h); g >= 0 && s.isVerb(g) && !c.namesActor(h) && (s.rel(h) == "obj" || s.base(h) == "obl") {
			return c.verbAgent(g, depth+1)
		}
		return h
	}
	return -1
}

// hiddenSubject returns the apposition or conjunct inside phrase k that
// names an actor, -1 when none does.
func (c *coder) hiddenSubject(k, depth int) int {
	s := &c.s
	for j := s.first[k]; j >= 0 && depth < 3; j = s.next[j] {
		switch s.base(int(j)) {
		case "appos", "conj":
			if c.namesActor(int(j)) {
				return int(j)
			}
		case "nmod":
			if m := c.hiddenSubject(int(j), depth+1); m >= 0 {
				return m
			}
		}
	}
	return -1
}

// timeAppos repairs "On Friday, the Department announced ...": a parse
// that hangs the subject on the opening time phrase as its apposition or
// conjunct, or ("Pakistan today threatened") as a noun modifying it.
func (c *coder) timeAppos(a int) int {
	s := &c.s
	for k := s.first[a]; k >= 0 && int(k) < a; k = s.next[k] {
		if s.base(int(k)) != "obl" || !c.temporal(int(k)) {
			continue
		}
		for j := s.first[k]; j >= 0; j = s.next[j] {
			front := s.rel(int(j)) == "compound" && j < k
			if (s.rel(int(j)) == "appos" || s.base(int(j)) == "conj" || front) && c.namesActor(int(j)) {
				return int(j)
			}
		}
	}
	return -1
}

// parentheticalSubject repairs "Russia, he said, stands ready": a parse
// that hangs the reported clause's subject on the speech verb (as a
// second subject, a vocative, ...). A noun phrase the speech verb governs
// before its own subject belongs to the reported clause a.
func (c *coder) parentheticalSubject(a, h int) int {
	s := &c.s
	speaker := -1
	for k := s.first[h]; k >= 0; k = s.next[k] {
		if s.rel(int(k)) == "nsubj" {
			speaker = int(k)
		}
	}
	if speaker < 0 {
		return -1
	}
	if a < h {
		// "The Palestinians reject the changes, Erakat said": a subject
		// before the reported clause, hung on the speech verb
		for k := s.first[h]; k >= 0 && int(k) < a; k = s.next[k] {
			if int(k) != speaker && s.rel(int(k)) == "nsubj" && c.nominal(int(k)) {
				return int(k)
			}
		}
		return -1
	}
	for k := s.first[h]; k >= 0 && int(k) < speaker; k = s.next[k] {
		switch s.base(int(k)) {
		case "nsubj", "vocative", "dep", "appos", "discourse":
			if c.nominal(int(k)) && !c.temporal(int(k)) {
				return int(k)
			}
		}
	}
	return -1
}

// passiveParticiple reports whether a is a past participle modifying a
// noun in the passive sense ("experts dispatched by the government"): one
// with a direct object of its own is not ("police arrested students" read
// as a noun phrase), nor one with a subject of its own (a clause misread
// as a modifier: "announced Thursday that it has called off").
func (c *coder) passiveParticiple(a int) bool {
	s := &c.s
	return s.base(a) == "acl" && s.rel(a) != "acl:relcl" && s.toks[a].XPOS == "VBN" &&
		s.child(a, "obj") < 0 && s.child(a, "iobj") < 0 && s.child(a, "nsubj") < 0 && !c.mainVerbAsModifier(a)
}

// mainVerbAsModifier repairs a sentence parsed with no main verb, its verb
// hung on the subject as a modifier ("Prime Minister Robert Mugabe today
// accused the United States ..."): a participle after the sentence's
// root noun, with no auxiliary, is the main verb and the noun its subject.
func (c *coder) mainVerbAsModifier(a int) bool {
	s := &c.s
	h := s.head(a)
	return h >= 0 && s.head(h) < 0 && h < a && s.isNoun(h) && s.child(a, "aux") < 0 && s.child(a, "aux:pass") < 0 &&
		(s.toks[a].XPOS == "VBD" || s.toks[a].XPOS == "VBN")
}

// byAgent returns the "by" phrase of a passive verb or nominal.
func (c *coder) byAgent(a int) int {
	s := &c.s
	if k := s.child(a, "obl:agent"); k >= 0 {
		return k
	}
	for k := s.first[a]; k >= 0; k = s.next[k] {
		if (s.base(int(k)) == "obl" || s.base(int(k)) == "nmod") && s.hasCase(int(k), "by") {
			return int(k)
		}
	}
	return -1
}

// nounAgent finds the agent of an event noun: its possessor ("Xi's
// visit"), an actor among its modifiers ("US sanctions", "Russian
// attacks"), a "by" phrase ("the attack on X by Y"), or the subject of the
// light verb that governs it ("launched an attack").
func (c *coder) nounAgent(a int) int {
	s := &c.s
	if k := s.child(a, "nmod:poss"); k >= 0 {
		return k
	}
	if h := s.head(a); h >= 0 && h < a && s.isNoun(h) && s.base(a) == "nmod" && c.possessive(h) {
		return h // "Protesters' demands" parsed with the possessor as head
	}
	if k := s.child(a, "nsubj"); k >= 0 && k < a {
		return k // "the United States' killing of" parsed as a gerund
	}
	for k := s.first[a]; k >= 0; k = s.next[k] {
		if int(k) > a {
			break
		}
		switch s.rel(int(k)) {
		case "compound", "amod":
			if c.ents.has(int(k)) {
				return int(k)
			}
		}
	}
	if k := c.byAgent(a); k >= 0 {
		return k
	}
	if g := c.lightGovernor(a); g >= 0 {
		return c.verbAgent(g, 0)
	}
	if k := c.meansAgent(a); k >= 0 {
		return k
	}
	return c.combatAgent(a)
}

// combatNouns name fighting that takes two sides.
var combatNouns = setOf("fighting", "battle", "clash", "combat", "skirmish", "gunbattle", "firefight", "hostility")

// combatAgent returns the agent of the clause a fight noun is the
// circumstance of: "captured the stronghold after five days of fighting",
// "retook the village after fierce fighting" (the side that took it
// fought). -1 when noun a is no such phrase.
func (c *coder) combatAgent(a int) int {
	s := &c.s
	if !combatNouns[s.lemma[a]] {
		return -1
	}
	k := a
	if h := s.head(a); h >= 0 && s.isNoun(h) && s.hasCase(a, "of") {
		k = h // "days of fighting"
	}
	switch s.caseOf(k) {
	case "after", "during", "amid", "following", "in":
	default:
		return -1
	}
	if h := s.head(k); h >= 0 && s.base(k) == "obl" && s.isVerb(h) {
		return c.verbAgent(h, 0)
	}
	return -1
}

// meansAgent returns the agent of the act an event noun is the means or
// manner of: "the United States' killing of Soleimani in an airstrike",
// "destroyed the village with shelling". -1 when noun a is no such phrase.
func (c *coder) meansAgent(a int) int {
	s := &c.s
	h := s.head(a)
	if h < 0 || (s.base(a) != "obl" && s.base(a) != "nmod") {
		return -1
	}
	switch s.caseOf(a) {
	case "in", "with", "through", "via":
	default:
		return -1
	}
	switch {
	case s.isVerb(h):
		return c.verbAgent(h, 0)
	case s.isNoun(h) && s.head(h) != a:
		if k := s.child(h, "nmod:poss"); k >= 0 {
			return k
		}
		if g := c.lightGovernor(h); g >= 0 {
			return c.verbAgent(g, 0)
		}
	}
	return -1
}

// possessive reports whether noun h carries a possessive marker ("'s",
// "'").
func (c *coder) possessive(h int) bool {
	s := &c.s
	for j := s.first[h]; j >= 0; j = s.next[j] {
		if s.base(int(j)) == "case" && int(j) > h && (s.lemma[j] == "'s" || s.form[j] == "'" || s.form[j] == "'s") {
			return true
		}
	}
	return false
}

// lightGovernor returns the light verb whose object (or passive subject)
// is noun a, or -1.
func (c *coder) lightGovernor(a int) int {
	s := &c.s
	h := s.head(a)
	if h < 0 || !lightVerbs[s.lemma[h]] {
		return -1
	}
	switch s.rel(a) {
	case "obj", "nsubj:pass":
		return h
	}
	if s.base(a) == "obl" && (s.lemma[h] == "step" || s.lemma[h] == "enter" || s.lemma[h] == "join") {
		return h // "stepped up its attacks", "entered into talks"
	}
	return -1
}

// patient returns the token heading the patient (direct object) of anchor
// a: the object of an active verb, the subject of a passive one, the noun
// a passive participle modifies ("experts dispatched by"), or -1.
func (c *coder) patient(a int, noun bool) int {
	s := &c.s
	if noun {
		return -1
	}
	if s.isPassive(a) {
		return s.passiveSubject(a)
	}
	if c.passiveParticiple(a) {
		return s.head(a)
	}
	if k := s.child(a, "obj"); k >= 0 {
		if relPronouns[s.lemma[k]] && s.rel(a) == "acl:relcl" {
			return s.head(a)
		}
		return k
	}
	if s.rel(a) == "acl:relcl" && s.child(a, "nsubj") >= 0 {
		// "the efforts Russia has made": the modified noun is the object
		return -1
	}
	return -1
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// defaultTarget returns the first phrase after verb a, in its own
// clause, that names an actor other than the agent's: the patient first,
// then the verb's other dependents and their modifiers in text order. -1
// when there is none.
func (c *coder) defaultTarget(a, agent int) int {
	var not actorSet
	if agent >= 0 {
		not = c.actorsOf(agent, c.notBuf[:0])
		c.notBuf = not
	}
	if k := c.patient(a, false); k >= 0 && k != agent && c.namesOther(k, not) {
		return k
	}
	s := &c.s
	for k := s.first[a]; k >= 0; k = s.next[k] {
		if int(k) < a || int(k) == agent {
			continue
		}
		switch s.base(int(k)) {
		case "obj", "iobj", "obl", "nmod", "xcomp":
			if m := c.firstActorUnder(int(k), not, 0); m >= 0 {
				return m
			}
		}
	}
	return -1
}

// firstActorUnder returns k, or the first phrase under it in text order,
// that names an actor not in not, entering participles ("the roads
// leading into Mordor") but no other clause.
func (c *coder) firstActorUnder(k int, not actorSet, depth int) int {
	if c.namesOther(k, not) {
		return k
	}
	s := &c.s
	if depth > 4 {
		return -1
	}
	for j := s.first[k]; j >= 0; j = s.next[j] {
		switch s.rel(int(j)) {
		case "acl:relcl", "conj":
			if s.isVerb(int(j)) {
				continue // another clause
			}
		}
		switch b := s.base(int(j)); {
		case b == "obj", b == "obl", b == "nmod", b == "xcomp", b == "conj", b == "appos", b == "acl",
			b == "amod" && s.first[j] >= 0, // an adjective phrase: "hackers capable of launching ... against X"
			b == "advcl" && s.toks[k].UPOS == "ADJ":
			if circumstance[s.caseOf(int(j))] && b != "acl" {
				continue // "after days of battles with X": when, not whom
			}
			if m := c.firstActorUnder(int(j), not, depth+1); m >= 0 {
				return m
			}
		}
	}
	return -1
}

// circumstance are the prepositions of phrases that say when or despite
// what, never whom an act is aimed at.
var circumstance = setOf("after", "before", "since", "until", "till", "following", "despite", "amid", "amidst", "prior", "ahead")

// namesOther reports whether the phrase headed by k names an actor that
// is not in not. While an implied target is looked for (c.ownPlace), the
// bare country of an actor in not, named as a place, is no other actor
// either: "promised to democratize Serbia" aims at no one.
func (c *coder) namesOther(k int, not actorSet) bool {
	x := c.phraseActors(k, c.scratch[:0], 0)
	c.scratch = x
	for _, p := range x {
		found := false
		for _, q := range not {
			if p.same(q) || c.ownPlace && c.code(p) == country(c.code(q)) && c.isPlace(p) {
				found = true
				break
			}
		}
		if !found {
			return true
		}
	}
	return false
}

// namesActor reports whether the phrase headed by k names an actor.
func (c *coder) namesActor(k int) bool {
	x := c.phraseActors(k, c.scratch[:0], 0)
	c.scratch = x
	return len(x) > 0
}
