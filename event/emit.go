package event

import (
	"github.com/readout/readout/document"
	"github.com/readout/readout/lexicon"
)

// emit turns a match into events: one per source and target pair.
func (c *coder) emit(f *found) {
	p, st := f.pat, &f.st
	if p.Code == "" {
		return // PETRARCH null code: the pattern matches but codes nothing
	}
	code := p.Code
	c.cur = f.anchor
	var srcs, tgts actorSet
	if f.tr != nil {
		srcs, tgts, _ = c.bindTransform(f.tr, f, f.gov)
		if f.tr.Result[2] != "Q" {
			code = f.tr.Result[2]
		}
		st.tgt = -1
	} else {
		srcs, tgts = c.participants(f)
	}
	m := c.mood(f.anchor, f.noun)
	guessed := false
	if len(srcs) == 0 && f.tr == nil && m.modality == document.Asserted {
		// an act reported as done by no one named (never a plan)
		var src party
		if src, guessed = c.placeSource(f); guessed {
			srcs = append(srcs, src)
		}
	}
	c.record(code, srcs, tgts, guessed)
	if len(srcs) == 0 && len(tgts) > 0 && hasTarget(p) && m.modality == document.Asserted && c.unknownPerson(f) {
		// "Public Advocate Letitia James took a parting shot at the de
		// Blasio administration": someone the dictionaries do not know
		// acts on the actor the pattern's target names; the source is
		// left uncoded
		mc := c.moodCode(f, code, &m)
		tmpl := c.template(f, mc, m)
		c.format = p.Format
		for _, b := range tgts {
			c.add(tmpl, party{ent: -1, named: -1, mention: -1, tok: -1}, b, true)
		}
		return
	}
	if len(srcs) == 0 {
		return
	}
	mc := c.moodCode(f, code, &m)
	if len(tgts) == 0 && p.Format == lexicon.Readout && lexicon.Root(mc) == "13" {
		// a threat to stop talks "if the United States goes ahead"
		if k := c.threatCondition(f.anchor); k >= 0 {
			for _, t := range c.actorsOf(k, c.scratch[:0]) {
				if !srcs.has(t) {
					tgts = append(tgts, t)
				}
			}
			c.bs = tgts
		}
	}
	tmpl := c.template(f, mc, m)
	c.format = p.Format
	if guessed && len(tgts) == 0 {
		// "two people were killed": the place's country on both sides
		tmpl.Target = srcs[0].code
		c.add(tmpl, srcs[0], party{ent: -1, named: -1}, false)
		return
	}
	reciprocal := len(tgts) == 0 && st.tgt < 0 && len(srcs) > 1 && symmetric(code)
	c.pairs(tmpl, srcs, tgts, reciprocal)
	if p.Format == lexicon.Readout && meetings[mc] {
		c.hosted(f, tmpl, srcs, tgts)
	}
	if p.Format != lexicon.Readout || len(tgts) == 0 {
		return
	}
	switch {
	case p.Reverse != "" && f.tr == nil:
		// "042:043 visit TGT": the host receives the visitor
		rm := c.mood(f.anchor, f.noun)
		rc := c.moodCode(f, p.Reverse, &rm)
		c.pairs(c.template(f, rc, rm), tgts, srcs, false)
	case mutual[mc]:
		c.pairs(tmpl, tgts, srcs, false)
	}
}

// unknownPerson reports whether the agent of a readout match is a
// person's name the dictionaries do not know: a proper name of two words
// or more joined as a name ("Letitia James"; not a compound, as
// "Solid State Circuits Conference") that names no actor and no country.
func (c *coder) unknownPerson(f *found) bool {
	s := &c.s
	if f.pat.Format != lexicon.Readout || f.tr != nil {
		return false
	}
	ag := c.matchAgent(f)
	if ag < 0 || s.toks[ag].UPOS != "PROPN" || c.lexc[ag] != "" || c.namesActor(ag) {
		return false
	}
	for k := s.first[ag]; k >= 0; k = s.next[k] {
		if s.rel(int(k)) == "flat" && s.toks[k].UPOS == "PROPN" && c.lexc[k] == "" {
			return true
		}
	}
	return false
}

// meetings are the codes of meeting in person.
var meetings = map[string]bool{"040": true, "044": true, "046": true}

// hosted codes a meeting held in the country of some of its participants
// ("met with Director Wang in Beijing", "gathered in Cairo") as a visit by
// the others (042) hosted by them (043).
func (c *coder) hosted(f *found, tmpl document.Event, srcs, tgts actorSet) {
	place, _ := c.placeCountry(f.anchor)
	if place == "" {
		return
	}
	var hosts, guests actorSet
	for _, set := range [2]actorSet{srcs, tgts} {
		for _, p := range set {
			if country(c.code(p)) == place {
				hosts = hosts.add(p)
			} else {
				guests = guests.add(p)
			}
		}
	}
	if len(hosts) == 0 || len(guests) == 0 {
		return
	}
	for _, pair := range [2]struct {
		code     string
		from, to actorSet
	}{{"042", guests, hosts}, {"043", hosts, guests}} {
		e := tmpl
		e.Code, e.Root = pair.code, lexicon.Root(pair.code)
		if ec, ok := c.lex.Code(pair.code); ok {
			e.QuadClass, e.Goldstein, e.Plover, e.PloverMode = ec.Quad, ec.Goldstein, ec.Plover, ec.PloverMode
		}
		c.pairs(e, pair.from, pair.to, false)
	}
}

// visits are the codes of visiting and hosting, which take two countries:
// a trip inside one's own country is no visit.
var visits = map[string]bool{"042": true, "043": true}

// mutual are the codes of acts both sides do at once: consulting, talking
// by phone, meeting at a third place, negotiating. "X met with Y" is also
// Y meeting X (unlike a visit, 042, and hosting it, 043).
var mutual = map[string]bool{"040": true, "041": true, "044": true, "046": true}

// symmetricPrefixes are the codes (and code families) of acts that the
// members of a compound subject do to each other when no one else is
// named: "X and Y met", "agreed to cooperate", "signed an agreement",
// "clashed". Every other act of "X and Y" is each member's own act:
// "X and Y condemned the attack" is no condemnation of Y by X.
var symmetricPrefixes = []string{
	"030", "031", "036", "037", // intent to cooperate, meet, settle
	"040", "041", "044", "046", // consult, phone, meet elsewhere, negotiate
	"050", "057", // diplomatic cooperation, agreements
	"06",         // material cooperation
	"190", "193", // fighting, clashes
}

// symmetric reports whether code is the code of a symmetric act.
func symmetric(code string) bool {
	for _, p := range symmetricPrefixes {
		if len(code) >= len(p) && code[:len(p)] == p {
			return true
		}
	}
	return false
}

// refusals map acts of considering, agreeing, accepting and yielding to
// the rejection CAMEO codes when they are refused (negated): "would not
// consider requests", "refused to lift the curfew" (1241), "would not
// meet the hostage-takers' demands" (124). The longest prefix of the code
// found wins.
var refusals = map[string]string{
	"014": "120", // consider an option
	"030": "120", // agree, accept a proposal
	"036": "125", // agree to meet or talk: reject the proposal to meet
	"037": "127", // accept a settlement: reject the plan
	"038": "126", // accept mediation
	"080": "124", // yield, accept demands
	"081": "1241", "082": "1242", "083": "123", "0831": "1231", "0832": "1232",
	"0833": "1233", "0834": "1234", "084": "1243", "085": "1244", "086": "1245", "087": "1246",
	// cooperate, give aid: refuse to ("will not accept any more refugees")
	"06": "121", "061": "1211", "062": "1212",
	"07": "122", "071": "1221", "072": "1222", "073": "1223", "074": "1224",
}

// refusal returns the code of refusing the act coded, and whether CAMEO
// has one.
func refusal(code string) (string, bool) {
	for n := len(code); n >= 3; n-- {
		if r, ok := refusals[code[:n]]; ok {
			return r, true
		}
	}
	return "", false
}

// moodCode returns the code of an event given its mood: an intended act
// of a readout pattern becomes its CAMEO intent (or threat), and so does a
// future act someone announces in the sentence ("Finland will give
// Tanzania a grant, the ministry said"); a future act the writer reports
// as scheduled ("from January the government will provide subsidies")
// keeps its own code, flagged as future, as coders code it. A material
// act in a main clause with an "if" clause is conditional.
// PETRARCH dictionaries say themselves what a governing verb does (their
// transformations), so their codes only take the passive code of a
// passive verb.
func (c *coder) moodCode(f *found, code string, m *mood) string {
	p := f.pat
	if p.Format == lexicon.Petrarch {
		if p.Passive != "" && !f.noun && c.s.isPassive(f.anchor) {
			return p.Passive
		}
		return code
	}
	if r, ok := refusal(code); ok && m.negated {
		// "would not consider requests", "refused to accept the terms":
		// a refusal is a rejection
		m.negated = false
		return r
	}
	if m.modality == document.Intent || m.modality == document.Future && !c.scheduled(f, m) {
		return intentCode(c.lex, code)
	}
	if q := quadOf(c.lex, code); m.condMain && (q == 2 || q == 4) {
		m.modality = document.Conditional
	}
	return code
}

// scheduled reports whether a future act is one the writer reports as
// coming ("from January the government will provide subsidies"): "will"
// or "shall" on the act or on the verbs that govern it through
// complements ("will continue offering"), no word of plan or intent
// among those verbs ("plans to", "is to"), no "if" clause that makes it
// a promise or a threat, and nobody in the sentence who says it (a future
// act someone announces is their expressed intent).
func (c *coder) scheduled(f *found, m *mood) bool {
	if m.condMain || c.announced() {
		return false
	}
	s := &c.s
	node := f.anchor
	if f.noun {
		if node = c.lightGovernor(f.anchor); node < 0 {
			return false
		}
	}
	for depth := 0; depth < 8; depth++ {
		for k := s.first[node]; k >= 0; k = s.next[k] {
			if s.base(int(k)) == "aux" && (futureAux[s.lemma[k]] || futureAux[s.form[k]]) {
				return true
			}
		}
		h := s.head(node)
		switch {
		case h < 0:
			return false
		case s.base(node) == "xcomp":
			if l := s.lemma[h]; intentWords[l] || threatWords[l] || futureWords[l] || negWords[l] || l == "be" {
				return false
			}
		case s.base(node) != "conj" || s.child(node, "nsubj") >= 0 || !s.isVerb(h):
			return false
		}
		node = h
	}
	return false
}

// announced reports whether the current sentence reports a statement.
func (c *coder) announced() bool {
	for i := range c.d.Statements {
		if c.d.Statements[i].Sentence == c.s.index {
			return true
		}
	}
	return false
}

// template fills what every event of one match shares.
func (c *coder) template(f *found, code string, m mood) document.Event {
	p := f.pat
	future := m.modality == document.Future || m.modality == document.Intent
	e := document.Event{
		Sentence: c.s.index,
		Code:     code,
		Root:     lexicon.Root(code),
		Date:     c.dateOf(f.anchor, future),
		Negated:  m.negated,
		Modality: m.modality,
		Evidence: document.Evidence{VerbSpan: c.s.span(f.anchor, f.anchor), Rule: p.Pos.Rule(), Pattern: p.String()},
	}
	if ec, ok := c.lex.Code(code); ok {
		e.QuadClass, e.Goldstein, e.Plover, e.PloverMode = ec.Quad, ec.Goldstein, ec.Plover, ec.PloverMode
	}
	c.statementOf(&e, f.anchor)
	return e
}

// pairs adds one event per source and target (each ordered pair of
// sources when reciprocal); a source with no target gives a one-sided
// event.
func (c *coder) pairs(tmpl document.Event, srcs, tgts actorSet, reciprocal bool) {
	for _, a := range srcs {
		if reciprocal {
			for _, b := range srcs {
				if !a.same(b) && c.code(a) != c.code(b) {
					c.add(tmpl, a, b, true)
				}
			}
			continue
		}
		if len(tgts) == 0 {
			if e := c.domestic(tmpl, a); e.Target != "" || !c.opt.RequireDyad {
				c.add(e, a, party{ent: -1, named: -1}, false)
			}
		}
		for _, b := range tgts {
			if !a.same(b) {
				c.add(tmpl, a, b, true)
			}
		}
	}
}

// domestic gives a protest or a coercive act with no named target (CAMEO
// roots 14 and 17: "thousands protested", "declared a state of
// emergency", "signed a decree that bars ...") the source's own country
// as its target, as CAMEO codes domestic protest and repression; so too
// the demands, accusations, rejections and threats of the opposition,
// civilians, workers, students and rebels ("the protesters' demands
// include ..."), which are put to their own government. The target is then
// a code with no entity.
func (c *coder) domestic(e document.Event, a party) document.Event {
	if c.format == lexicon.Petrarch {
		return e
	}
	switch e.Root {
	case "14", "17":
	case "10", "11", "12", "13":
		if !codeHasRole(c.code(a)[min(3, len(c.code(a))):], dissidents) {
			return e
		}
	default:
		return e
	}
	if cc := country(c.code(a)); len(cc) == 3 && !lexicon.InternationalCodes[cc] {
		if _, ok := c.lex.Country(cc); ok {
			e.Target = cc
		}
	}
	return e
}

// dissidents are the roles of domestic actors whose claims are put to
// their own government.
var dissidents = []string{"OPP", "CVL", "LAB", "EDU", "REB", "INS", "SEP"}

// add appends one event unless the same one was coded for this sentence.
func (c *coder) add(e document.Event, a, b party, hasB bool) {
	d := c.d
	e.Source, e.SourceEntity, e.Evidence.SourceSpan = c.partyFields(a)
	if hasB {
		e.Target, e.TargetEntity, e.Evidence.TargetSpan = c.partyFields(b)
	}
	if visits[e.Code] && country(e.Source) == country(e.Target) {
		return // landing at an airport at home, arriving at a hearing: no visit
	}
	for i := len(d.Events) - 1; i >= 0; i-- {
		o := &d.Events[i]
		if o.Sentence != e.Sentence {
			break
		}
		if o.SourceEntity == e.SourceEntity && o.Source == e.Source && o.TargetEntity == e.TargetEntity && o.Target == e.Target && o.Code == e.Code {
			return
		}
	}
	d.Events = append(d.Events, e)
}

// partyFields returns the code, entity ID and evidence span of a party.
func (c *coder) partyFields(p party) (code, id string, span document.Span) {
	if p.ent < 0 {
		if p.tok < 0 {
			return p.code, "", document.Span{}
		}
		return p.code, "", c.s.span(int(p.tok), int(p.tok))
	}
	e := &c.d.Entities[p.ent]
	return c.code(p), e.ID, mentionSpan(&c.d.Entities[p.named], p.mention) // c.code: an entity may be recoded here (diaspora.go)
}

func mentionSpan(e *document.Entity, m int32) document.Span {
	if m < 0 || int(m) >= len(e.Mentions) {
		return document.Span{}
	}
	x := &e.Mentions[m]
	return document.Span{Start: x.Start, End: x.End, Text: x.Text}
}

// statementOf fills the speaker and source of an event said inside a
// statement's content; other events are reported by the publisher.
func (c *coder) statementOf(e *document.Event, anchor int) {
	d := c.d
	e.AccordingTo = d.Publisher
	i := c.statementAt(c.s.toks[anchor].Start)
	if i < 0 {
		return
	}
	st := &d.Statements[i]
	e.SpeakerEntity = st.SpeakerEntity
	if st.AccordingTo != "" {
		e.AccordingTo = st.AccordingTo
	}
	e.Statement = i + 1
}

func quadOf(l *lexicon.Lexicon, code string) int {
	if ec, ok := l.Code(code); ok {
		return ec.Quad
	}
	return 0
}
