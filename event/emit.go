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
	if len(srcs) == 0 {
		return
	}
	m := c.mood(f.anchor, f.noun)
	code = c.moodCode(f, code, &m)
	tmpl := c.template(f, code, m)
	c.format = p.Format
	reciprocal := len(tgts) == 0 && st.tgt < 0 && len(srcs) > 1
	c.pairs(tmpl, srcs, tgts, reciprocal)
	if symmetric[code] && len(tgts) > 0 && p.Format == lexicon.Readout {
		c.pairs(tmpl, tgts, srcs, false)
	}
}

// symmetric are the codes of acts both sides do at once: consulting,
// talking by phone, meeting at a third place, negotiating. "X met with Y"
// is also Y meeting X (unlike a visit, 042, and hosting it, 043).
var symmetric = map[string]bool{"040": true, "041": true, "044": true, "046": true}

// moodCode returns the code of an event given its mood: a future or
// intended act of a readout pattern becomes its CAMEO intent (or threat);
// a material act in a main clause with an "if" clause is conditional.
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
	if m.modality == document.Intent || m.modality == document.Future {
		return intentCode(c.lex, code)
	}
	if q := quadOf(c.lex, code); m.condMain && (q == 2 || q == 4) {
		m.modality = document.Conditional
	}
	return code
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
				if a.ent != b.ent {
					c.add(tmpl, a, b, true)
				}
			}
			continue
		}
		if len(tgts) == 0 {
			if e := c.domestic(tmpl, a); e.Target != "" || !c.opt.RequireDyad {
				c.add(e, a, party{ent: -1}, false)
			}
		}
		for _, b := range tgts {
			if a.ent != b.ent {
				c.add(tmpl, a, b, true)
			}
		}
	}
}

// domestic gives a protest or a coercive act with no named target (CAMEO
// roots 14 and 17: "thousands protested", "declared a state of
// emergency", "signed a decree that bars ...") the source's own country
// as its target, as CAMEO codes domestic protest and repression; the
// target is then a code with no entity.
func (c *coder) domestic(e document.Event, a party) document.Event {
	if e.Root != "14" && e.Root != "17" || c.format == lexicon.Petrarch {
		return e
	}
	if cc := country(c.d.Entities[a.ent].Actor); len(cc) == 3 && !lexicon.InternationalCodes[cc] {
		if _, ok := c.lex.Country(cc); ok {
			e.Target = cc
		}
	}
	return e
}

// participants returns the sources and targets of a match.
func (c *coder) participants(f *found) (srcs, tgts actorSet) {
	p, st := f.pat, &f.st
	srcs, tgts = c.as[:0], c.bs[:0]
	agent := c.agent(f.anchor, f.noun)
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
	if st.tgt >= 0 {
		tgts = c.actorsOf(st.tgt, tgts)
		if len(tgts) == 0 {
			// "restrictions on flights to Cuba": the first actor inside
			if k := c.firstActorUnder(st.tgt, 0); k >= 0 {
				tgts = c.actorsOf(k, tgts)
			}
		}
	} else if p.Format == lexicon.Petrarch && !f.noun {
		// PETRARCH: without "+" the target is the first actor the verb
		// phrase names after the verb (its object first).
		if k := c.defaultTarget(f.anchor); k >= 0 {
			st.tgt = k
			tgts = c.actorsOf(k, tgts)
		}
	}
	if len(tgts) == 0 && st.tgt < 0 && len(srcs) > 0 && hasTarget(p) {
		// "offered Ukraine aid" read as one noun phrase: an actor
		// compounded to a matched word is the target
		if k := c.compoundTarget(st, srcs); k >= 0 {
			st.tgt = k
			tgts = c.actorsOf(k, tgts)
		}
	}
	if len(tgts) == 0 && st.tgt < 0 && lexicon.Root(p.Code) == "13" {
		// a threat is aimed at whoever its condition names: "described
		// the consequences if China provides support"
		if k := c.conditionAgent(f.anchor); k >= 0 {
			st.tgt = k
			tgts = c.actorsOf(k, tgts)
		}
	}
	if len(srcs) == 0 && agent < 0 && st.src < 0 && len(tgts) > 1 && hasTarget(p) {
		// "talks between China and Russia": every participant both ways
		srcs, tgts = append(srcs, tgts...), tgts[:0]
		st.tgt = -1
	}
	c.as, c.bs = srcs, tgts
	return srcs, tgts
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

// compoundTarget returns a noun compounded to one of the match's words
// that names an actor of another country than the sources ("U.S.
// support" by the Secretary is the source's own), or -1.
func (c *coder) compoundTarget(st *mstate, srcs actorSet) int {
	s := &c.s
	for u := 1; u < st.nu; u++ {
		w := int(st.used[u])
		if !s.isNoun(w) {
			continue
		}
		for k := s.first[w]; k >= 0; k = s.next[k] {
			if int(k) < w && s.rel(int(k)) == "compound" && c.namesActor(int(k)) && !c.sameCountry(c.scratch, srcs) {
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
			if country(c.d.Entities[x.ent].Actor) == country(c.d.Entities[y.ent].Actor) {
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

// add appends one event unless the same one was coded for this sentence.
func (c *coder) add(e document.Event, a, b party, hasB bool) {
	d := c.d
	src := &d.Entities[a.ent]
	e.Source, e.SourceEntity = src.Actor, src.ID
	e.Evidence.SourceSpan = mentionSpan(&d.Entities[a.named], a.mention)
	if hasB {
		tgt := &d.Entities[b.ent]
		e.Target, e.TargetEntity = tgt.Actor, tgt.ID
		e.Evidence.TargetSpan = mentionSpan(&d.Entities[b.named], b.mention)
	}
	for i := len(d.Events) - 1; i >= 0; i-- {
		o := &d.Events[i]
		if o.Sentence != e.Sentence {
			break
		}
		if o.SourceEntity == e.SourceEntity && o.TargetEntity == e.TargetEntity && o.Target == e.Target && o.Code == e.Code {
			return
		}
	}
	d.Events = append(d.Events, e)
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
	at := c.s.toks[anchor].Start
	for i := range d.Statements {
		st := &d.Statements[i]
		if at >= st.Content.Start && at < st.Content.End {
			e.SpeakerEntity = st.SpeakerEntity
			if st.AccordingTo != "" {
				e.AccordingTo = st.AccordingTo
			}
			e.Statement = i + 1
			return
		}
	}
}

func quadOf(l *lexicon.Lexicon, code string) int {
	if ec, ok := l.Code(code); ok {
		return ec.Quad
	}
	return 0
}
