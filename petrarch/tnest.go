package petrarch

import "github.com/readout/readout/lexicon"

// passiveEvents codes a passive verb: the source is the first "by",
// "from" or "in" phrase naming an actor, the targets its subject and any
// "at", "against", "into" or "towards" phrase. Without a target the event
// stays open for a verb above to fill. nil when there is neither source
// nor code.
func (s *sent) passiveEvents(c *clause, b *tbind, rule *lexicon.Pattern, up side, code int, cameo, passive string) []*tev {
	if code == 0 && passive != "" {
		code, cameo = s.c.onto.value(passive), passive
	}
	src := side{}
	if b.src >= 0 {
		src = s.meaning(b.src, b.named)
	}
	targets := []side{}
	if !up.none() {
		targets = append(targets, up)
	}
	for _, k := range append(append([]int(nil), c.preps...), s.objectPreps(c)...) {
		w := s.caseWord(k)
		switch {
		case agentPreps[w] && src.none() && b.src < 0:
			if m := s.meaning(k, b.named); m.coded() {
				src = m
			}
		case goalPreps[w]:
			if m := s.meaning(k, b.named); m.coded() {
				targets = append(targets, m)
			}
		}
	}
	if b.tgt >= 0 {
		targets = []side{s.meaning(b.tgt, b.named)}
	}
	if src.none() && code == 0 {
		return nil
	}
	if len(targets) == 0 {
		return []*tev{{src: src, code: code, cameo: cameo, verb: c.v, rule: rule, open: true}}
	}
	var out []*tev
	for _, t := range targets {
		out = append(out, &tev{src: src, tgt: t, code: code, cameo: cameo, verb: c.v, rule: rule})
	}
	return out
}

// objectPreps returns the prepositional phrases of the clause's objects,
// which PETRARCH's parser often sets on the verb ("received assurances
// from the government").
func (s *sent) objectPreps(c *clause) []int {
	var out []int
	for _, n := range c.objs {
		out = append(out, s.nestedPreps(n)...)
	}
	return out
}

// takeUp codes a clause from the clauses it governs, as PETRARCH2 resolves
// a verb phrase's lower events: an event with a source of its own nests
// under this verb (and may be transformed: "A said B attacked C"); one
// without takes this verb's subject and a combined code ("wants to help"
// -> 033).
func (s *sent) takeUp(c *clause, up side, code int, cameo string, rule *lexicon.Pattern) []*tev {
	var out []*tev
	for _, k := range c.comps {
		if s.reported(k) {
			continue
		}
		inherit := side{}
		for _, n := range c.objs {
			if s.controls(c, n) && n < k {
				inherit = s.meaning(n, nil)
			}
		}
		for _, e := range s.clauseEvents(k, inherit, true) {
			if e.src.none() && e.tgt.none() && e.inner == nil && e.code == 0 {
				continue
			}
			out = append(out, s.resolve(e, up, code, cameo, c.v, rule)...)
		}
	}
	return out
}

// resolve joins a governed clause's event e to this verb.
func (s *sent) resolve(e *tev, up side, code int, cameo string, v *verb, rule *lexicon.Pattern) []*tev {
	if up.none() && code == 0 {
		return []*tev{e}
	}
	switch {
	case e.open:
		if up.none() {
			return []*tev{e}
		}
		return []*tev{{src: e.src, tgt: up, code: combine(code, e.code), verb: e.verb, rule: e.rule}}
	case !e.src.none():
		n := &tev{src: up, inner: e, code: code, cameo: cameo, verb: v, rule: rule}
		return s.transform(n)
	}
	n := &tev{src: up, inner: e, code: code, cameo: cameo, verb: v, rule: rule}
	for _, t := range s.c.transforms {
		if t.t.InnerSource == "_" {
			if out, ok := s.applyTransform(t, n); ok {
				return out
			}
		}
	}
	r := &tev{src: up, tgt: e.tgt, code: combine(code, e.code), verb: e.verb, rule: e.rule}
	if code == 0 {
		r.cameo = e.cameo
	}
	return []*tev{r}
}

// transform applies PETRARCH2's verb transformations to a nested event
// (outer source a, inner event e): the first that fits recodes it; else,
// when the inner code names no verbal class, "a (b . Q) P" becomes
// "a b P+Q"; else it stays nested (and is not coded).
func (s *sent) transform(n *tev) []*tev {
	e := n.inner
	for _, t := range s.c.transforms {
		if out, ok := s.applyTransform(t, n); ok {
			return out
		}
	}
	if !n.src.none() && n.code != 0 && !e.src.none() && e.code >= 0 && e.code < 0x1000 && e.inner == nil {
		return []*tev{{src: n.src, tgt: e.src, code: combine(n.code, e.code), verb: n.verb, rule: n.rule}}
	}
	return []*tev{n}
}

// applyTransform applies one transformation ("~ a (b c VERB) OUTER = x y
// CODE") to n when it fits.
func (s *sent) applyTransform(t transform, n *tev) ([]*tev, bool) {
	e := n.inner
	if e.inner != nil || !classMatch(n.code, t.outer) || t.inner >= 0 && !classMatch(e.code, t.inner) || t.inner < 0 && e.code == 0 {
		return nil, false
	}
	vars := map[string]side{t.t.Source: n.src}
	switch is := t.t.InnerSource; {
	case is == "_":
		if !e.src.none() {
			return nil, false
		}
	case is == ".":
	case is == t.t.Source:
		if !sameSide(e.src, n.src) {
			return nil, false
		}
	default:
		if e.src.none() || sameSide(e.src, n.src) {
			return nil, false
		}
		vars[is] = e.src
	}
	if it := t.t.InnerTarget; it != "." && it != "_" {
		vars[it] = e.tgt
	}
	src, tgt := vars[t.t.Result[0]], vars[t.t.Result[1]]
	code, cameo := s.c.onto.value(t.code), t.code
	if t.codeIsQ {
		code, cameo = e.code, e.cameo
	}
	return []*tev{{src: src, tgt: tgt, code: code, cameo: cameo, verb: n.verb, rule: n.rule}}, true
}

// sameSide reports whether two sides name the same actors.
func sameSide(a, b side) bool {
	if len(a.codes) != len(b.codes) {
		return false
	}
	for i := range a.codes {
		if a.codes[i] != b.codes[i] {
			return false
		}
	}
	return true
}

// negate turns the events' codes into refusals ("would not give").
func negate(events []*tev) {
	for _, e := range events {
		if e.code != 0 {
			e.code -= negation
			e.cameo = ""
		}
	}
}

// finish turns a resolved event into coded events: one per source and
// target code (nested events and those without a CAMEO code give none);
// a compound source without target in a cooperative code (roots 03 to
// 06) codes every pair of its members.
func (s *sent) finish(e *tev, out []coded) []coded {
	if e.inner != nil || e.rule == nil {
		return out
	}
	code := e.cameo
	if code == "" {
		code = s.c.onto.code(e.code)
	}
	if code == "" {
		return out
	}
	add := func(a, b string, ap, bp *nphrase) {
		if a == b || s.c.cfg.RequireDyad && (a == nullActor || b == nullActor) {
			return
		}
		out = appendNew(out, coded{source: a, target: b, code: code, src: ap, tgt: bp, verb: e.verb, rule: e.rule})
	}
	srcs, tgts := s.sideCodes(e.src), s.sideCodes(e.tgt)
	if e.tgt.none() && len(srcs) > 1 && cooperative(code) {
		tgts = srcs
	}
	for _, a := range srcs {
		for _, b := range tgts {
			add(a, b, e.src.p, e.tgt.p)
		}
	}
	return out
}

// sideCodes returns the codes an event gives a side ("---" for none).
func (s *sent) sideCodes(a side) []string {
	if a.none() || a.p == nil {
		return []string{nullActor}
	}
	p := *a.p
	p.codes = a.codes
	return s.actorCodes(&p)
}

// cooperative reports whether a code is in roots 03 to 06, which
// PETRARCH2 codes among the members of a compound without a target.
func cooperative(code string) bool {
	r := lexicon.Root(code)
	return r == "03" || r == "04" || r == "05" || r == "06"
}
