package event

import (
	"github.com/readout/readout/document"
	"github.com/readout/readout/lexicon"
)

// Evaluative statements. "X said Y is unacceptable" says what "X called Y
// unacceptable" says. The dictionaries write the second form as
// object-complement patterns ("111 call TGT unacceptable|outrageous|...",
// "051 describe TGT as partner|friend|..."); the first form is a statement
// whose content is a copular clause with such a word as its predicate. The
// speaker is the source and the predicate's subject the target.

// complements maps a predicate word to the object-complement pattern that
// lists it, for the readout patterns of a lexicon.
func complements(l *lexicon.Lexicon) map[string]*lexicon.Pattern {
	m := map[string]*lexicon.Pattern{}
	for _, p := range l.Patterns {
		if p.Format != lexicon.Readout || p.Anchor.Noun || p.Code == "" || len(p.Post) != 2 || !judging(p) {
			continue
		}
		if it := &p.Post[0]; it.Kind != lexicon.ItemSlot || it.Slot != lexicon.SlotTarget {
			continue
		}
		w := &p.Post[1]
		if w.Kind == lexicon.ItemPrep && hasAlt(w.Alts, "as") && len(w.Items) == 1 {
			w = &w.Items[0]
		}
		if w.Kind != lexicon.ItemWord {
			continue
		}
		for _, alt := range w.Alts {
			if len(alt) == 1 {
				if _, seen := m[alt[0]]; !seen {
					m[alt[0]] = p
				}
			}
		}
	}
	return m
}

// judgingVerbs are the verbs whose object complement judges the object:
// "called X unacceptable", "described X as a partner" (not "granted X
// rights").
var judgingVerbs = setOf("call", "describe", "label", "brand", "term", "dub", "deem", "consider",
	"characterize", "characterise", "declare", "find", "hold", "regard", "view", "see", "denounce", "condemn", "criticize", "criticise", "praise", "hail")

// judging reports whether p is anchored on a verb of judging.
func judging(p *lexicon.Pattern) bool {
	for _, a := range p.Anchor.Alts {
		if judgingVerbs[a.Lemma()] {
			return true
		}
	}
	return false
}

// evaluations codes the evaluative statements of the current sentence.
func (c *coder) evaluations() {
	if len(c.comps) == 0 {
		return
	}
	c.concludedEvaluations()
	d := c.d
	for i := range d.Statements {
		st := &d.Statements[i]
		if st.Sentence != c.s.index || st.SpeakerEntity == "" {
			continue
		}
		k := c.contentHead(st.Content)
		if k < 0 || c.s.child(k, "cop") < 0 {
			continue
		}
		if p := c.comps[c.s.lemma[k]]; p != nil {
			c.evaluation(st, p, k)
		}
	}
}

// contentHead returns the token of the current sentence that heads a
// statement's content (its head lies outside the content), or -1.
// When several do (a content span that also takes in "on Tuesday" before
// "that ..."), the clause is the one: a clausal complement or a verb.
// thatClause returns the clause introduced by the first "that" of content
// sp when it comes before clause i, which then is not the one reported
// ("said here Wednesday that the US must be ready ... as soon as the
// elections are finalized" parsed with "finalized" as the reported
// clause); -1 otherwise.
func (c *coder) thatClause(sp document.Span, i int) int {
	s := &c.s
	for j := 0; j < i; j++ {
		t := &s.toks[j]
		if t.Start < sp.Start || t.End > sp.End || s.lemma[j] != "that" || s.base(j) != "mark" {
			continue
		}
		if h := s.head(j); h > j && h != i && s.child(h, "nsubj") >= 0 {
			return h
		}
		return -1
	}
	return -1
}

func (c *coder) contentHead(sp document.Span) int {
	s := &c.s
	first := -1
	for i := range s.toks {
		t := &s.toks[i]
		if t.Start < sp.Start || t.End > sp.End {
			continue
		}
		if h := s.head(i); h < 0 || s.toks[h].Start < sp.Start || s.toks[h].End > sp.End {
			switch s.base(i) {
			case "ccomp", "parataxis", "root", "xcomp":
				if j := c.thatClause(sp, i); j >= 0 {
					return j
				}
				return i
			}
			if first < 0 {
				first = i
			}
		}
	}
	if first >= 0 && !s.isVerb(first) {
		// "said here Wednesday that the US must be ready": the clause the
		// parser hung on an adverbial is the one introduced by "that"
		for i := range s.toks {
			t := &s.toks[i]
			if t.Start >= sp.Start && t.End <= sp.End && s.child(i, "nsubj") >= 0 && s.hasCase(i, "that") {
				return i
			}
		}
	}
	return first
}

// concludingVerbs report a judgement the subject arrived at: "concluded
// that the agreement is null and void" says what "declared the agreement
// null and void" says.
var concludingVerbs = setOf("conclude", "declare", "rule", "find", "deem", "determine")

// concludedEvaluations codes the judgements reported by concluding verbs
// that are no statement's cue: the verb's subject is the source, the
// subject of its copular clause the target.
func (c *coder) concludedEvaluations() {
	s := &c.s
	for v := range s.toks {
		if !concludingVerbs[s.lemma[v]] || !s.isVerb(v) || c.statementCue(v) {
			continue
		}
		k := s.child(v, "ccomp")
		if k < 0 || s.child(k, "cop") < 0 || s.child(k, "mark") < 0 {
			continue
		}
		p := c.comps[s.lemma[k]]
		if p == nil {
			continue
		}
		if a := c.verbAgent(v, 0); a >= 0 {
			if srcs := c.actorsOf(a, c.as[:0]); len(srcs) > 0 {
				c.cur = k
				c.evaluate(srcs, p, k, document.Span{})
			}
		}
	}
}

// statementCue reports whether token v is the cue of a statement of the
// current sentence.
func (c *coder) statementCue(v int) bool {
	for i := range c.d.Statements {
		st := &c.d.Statements[i]
		if st.Sentence == c.s.index && st.CueSpan.Start == c.s.toks[v].Start {
			return true
		}
	}
	return false
}

// evaluation emits the events of one evaluative statement whose
// predicate, token k, a pattern p lists.
func (c *coder) evaluation(st *document.Statement, p *lexicon.Pattern, k int) {
	sp := c.entityIndex(st.SpeakerEntity)
	if sp < 0 {
		return
	}
	c.cur = k
	srcs := c.addEntity(c.as[:0], mentionRef{ent: int32(sp), mention: -1})
	c.evaluate(srcs, p, k, st.SpeakerSpan)
}

// evaluate emits the events of a judgement by srcs of the subject of
// predicate k, as pattern p codes it; span is the source's evidence when
// the events name none.
func (c *coder) evaluate(srcs actorSet, p *lexicon.Pattern, k int, span document.Span) {
	var tgts actorSet
	if subj := c.s.child(k, "nsubj"); subj >= 0 {
		tgts = c.actorsOf(subj, c.bs[:0])
	}
	c.as, c.bs = srcs, tgts
	m := c.mood(k, false)
	f := found{pat: p, anchor: k}
	tmpl := c.template(&f, p.Code, m)
	c.format = p.Format
	n := len(c.d.Events)
	c.pairs(tmpl, srcs, tgts, false)
	for i := n; i < len(c.d.Events); i++ {
		if e := &c.d.Events[i]; e.Evidence.SourceSpan.End == 0 {
			e.Evidence.SourceSpan = span
		}
	}
}
