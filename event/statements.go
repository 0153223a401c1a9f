package event

import (
	"github.com/readout/readout/document"
	"github.com/readout/readout/lexicon"
)

// Statements as events. A statement says something of someone; CAMEO codes
// what it does to them:
//   - "Russia said Sudan must return the helicopter", "Mubarak said the US
//     should be ready to mediate": a demand (100, "must", "has to") or an
//     appeal (020, "should", "ought to") from the speaker to the subject of
//     the reported clause;
//   - any other statement about an actor of another country, when what it
//     says codes no act ("the German government said Russian opposition
//     leader Navalny was poisoned"): a public statement (010) to it.

// deonticCodes map the modal of a reported clause to the code of the
// statement: an obligation laid on the subject is a demand, a
// recommendation an appeal.
var deonticCodes = map[string]string{"must": "100", "have": "100", "need": "100", "should": "020", "ought": "020"}

// statementEvents codes the statements of the current sentence; n is the
// number of events the document had before the sentence was coded.
func (c *coder) statementEvents(n int) {
	d := c.d
	for i := range d.Statements {
		st := &d.Statements[i]
		if st.Sentence != c.s.index || st.SpeakerEntity == "" {
			continue
		}
		sp := c.entityIndex(st.SpeakerEntity)
		k := c.contentHead(st.Content)
		if sp < 0 || k < 0 || !c.politicalSpeaker(c.d.Entities[sp].Actor) {
			continue
		}
		code, subj := c.deontic(k)
		if code == "" {
			code, subj = c.directive(st, n, k)
		}
		tgt := -1
		switch {
		case code != "" && subj >= 0 && !c.isSpeaker(subj, sp):
			tgt = subj
		case !c.coded(n, st.Content):
			code, tgt = "010", c.statedAbout(st.Content, k, sp)
		}
		if tgt >= 0 {
			c.statementEvent(st, i, sp, code, k, tgt)
		}
	}
}

// reporters are the roles of speakers who report rather than act: the
// press, business, experts, citizens.
var reporters = setOf("MED", "JOU", "BUS", "EDU", "HLH", "CVL", "CRM", "AGR", "REF", "SET", "ENV")

// politicalSpeaker reports whether an actor's statements are political
// acts: a code that starts with a country or an international body and
// whose roles are not those of reporters ("according to the Canadian
// Press", "police said" with no country known).
func (c *coder) politicalSpeaker(code string) bool {
	if len(code) < 3 || !c.isCountry(code[:3]) && !lexicon.InternationalCodes[code[:3]] {
		return false
	}
	for i := 3; i+3 <= len(code); i += 3 {
		if reporters[code[i:i+3]] {
			return false
		}
	}
	return true
}

// coded reports whether an event of the sentence coded after index n,
// with an actor as its source, lies inside the statement's content: what
// was said is then coded as the act it reports. (An act nobody is named
// for, "Navalny was poisoned", leaves the statement about its victim.)
func (c *coder) coded(n int, content document.Span) bool {
	evs := c.d.Events
	for i := n; i < len(evs); i++ {
		if v := evs[i].Evidence.VerbSpan; evs[i].SourceEntity != "" && v.Start >= content.Start && v.End <= content.End {
			return true
		}
	}
	return false
}

// deontic returns the code of a reported clause headed by k whose modal
// lays an obligation or a recommendation on its subject, and the subject;
// "" when it has none.
func (c *coder) deontic(k int) (string, int) {
	s := &c.s
	subj := s.child(k, "nsubj")
	for j := s.first[k]; j >= 0; j = s.next[j] {
		if s.base(int(j)) == "aux" {
			if code := deonticCodes[s.lemma[j]]; code != "" && s.lemma[j] != "have" && s.lemma[j] != "need" {
				return code, subj
			}
		}
	}
	// "X has to", "X needs to": the modal verb heads the clause
	if code := deonticCodes[s.lemma[k]]; code != "" && (s.lemma[k] == "have" || s.lemma[k] == "need") {
		if x := s.child(k, "xcomp"); x >= 0 && s.child(x, "mark") >= 0 {
			return code, subj
		}
	}
	return "", -1
}

// directiveCues map a reporting verb that lays what its clause says on
// the clause's subject ("recommended the troops withdraw") to the code of
// the statement: an appeal, or a demand.
var directiveCues = map[string]string{"recommend": "020", "urge": "020", "advise": "020", "demand": "100"}

// directive returns the code and subject of a reported clause headed by
// k whose cue is a directive verb that coded no event of its own (its
// subject misread: "NPR reported X recommended the troops withdraw");
// "" when there is none.
func (c *coder) directive(st *document.Statement, n, k int) (string, int) {
	s := &c.s
	cue := -1
	for i := range s.toks {
		if s.toks[i].Start == st.CueSpan.Start && s.toks[i].End == st.CueSpan.End {
			cue = i
			break
		}
	}
	if cue < 0 || directiveCues[s.lemma[cue]] == "" || s.head(k) != cue {
		return "", -1
	}
	for _, e := range c.d.Events[n:] {
		if e.Evidence.VerbSpan.Start == st.CueSpan.Start {
			return "", -1
		}
	}
	subj := s.child(k, "nsubj")
	if subj < 0 {
		return "", -1
	}
	return directiveCues[s.lemma[cue]], subj
}

// isSpeaker reports whether phrase k names the speaker (entity sp).
func (c *coder) isSpeaker(k, sp int) bool {
	x := c.actorsOf(k, c.scratch[:0])
	c.scratch = x
	for _, p := range x {
		if int(p.ent) == sp {
			return true
		}
	}
	return len(x) == 0
}

// statedAbout returns the phrase a statement is about: the subject of its
// main clause, else the first phrase of that clause, that names an actor
// of another country than the speaker's; -1 when there is none.
func (c *coder) statedAbout(content document.Span, k, sp int) int {
	s := &c.s
	not := c.addEntity(c.notBuf[:0], mentionRef{ent: int32(sp), mention: -1})
	c.notBuf = not
	foreign := func(j int) bool {
		x := c.actorsOf(j, c.scratch[:0])
		c.scratch = x
		for _, p := range x {
			if country(c.code(p)) != country(c.code(not[0])) {
				return true
			}
		}
		return false
	}
	for _, r := range [2]string{"nsubj", "nsubj:pass"} {
		if j := s.child(k, r); j >= 0 && foreign(j) {
			return j
		}
	}
	for j := range s.toks {
		t := &s.toks[j]
		if t.Start >= content.Start && t.End <= content.End && c.under(j, k) && c.namesActor(j) && foreign(j) {
			return j
		}
	}
	return -1
}

// statementEvent emits the event of statement st (index i, speaker entity
// sp) to the actors of phrase tgt.
func (c *coder) statementEvent(st *document.Statement, i, sp int, code string, k, tgt int) {
	c.cur = k
	srcs := c.addEntity(c.as[:0], mentionRef{ent: int32(sp), mention: -1})
	tgts := c.actorsOf(tgt, c.bs[:0])
	c.as, c.bs = srcs, tgts
	cue := c.tokenAt(st.CueSpan.Start)
	if cue < 0 {
		cue = k
	}
	f := found{pat: &lexicon.Pattern{Code: code, Format: lexicon.Readout}, anchor: cue}
	tmpl := c.template(&f, code, mood{modality: document.Asserted})
	tmpl.Evidence.Rule, tmpl.Evidence.Pattern = "", "statement"
	tmpl.Evidence.VerbSpan = st.CueSpan
	tmpl.Statement, tmpl.SpeakerEntity = i+1, st.SpeakerEntity
	c.format = lexicon.Readout
	n := len(c.d.Events)
	c.pairs(tmpl, srcs, tgts, false)
	for j := n; j < len(c.d.Events); j++ {
		if e := &c.d.Events[j]; e.Evidence.SourceSpan.End == 0 {
			e.Evidence.SourceSpan = st.SpeakerSpan
		}
	}
}

// tokenAt returns the token of the current sentence that starts at byte
// offset at, -1 when none does.
func (c *coder) tokenAt(at int) int {
	for i := range c.s.toks {
		if c.s.toks[i].Start == at {
			return i
		}
	}
	return -1
}
