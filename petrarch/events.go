package petrarch

import "github.com/readout/readout/lexicon"

// coded is one event a verb gives, before it becomes a document.Event.
type coded struct {
	source, target string // codes; "---" for none
	code           string
	src, tgt       *nphrase
	verb           *verb
	rule           *lexicon.Pattern // the pattern, or the verb's line
}

// codeVerb codes verb v: the best pattern of its block that matches (or
// the verb's own code), its source and target. matched reports whether
// the verb phrase was coded at all (a pattern or a code applied, even
// when no event came of it); PETRARCH then goes on after its phrase.
func (s *sent) codeVerb(v *verb) (out []coded, low []int, matched bool) {
	up := &seq{s: s, toks: s.upperSeq(v), up: true}
	lower := &seq{s: s, toks: s.lowerSeq(v)}
	v.passive = s.isPassive(v, lower.toks)
	rule, b := s.bestPattern(v, up, lower)
	if rule == nil {
		rule = v.entry.line
		if rule.Code == "" && rule.Passive == "" {
			return nil, lower.toks, false
		}
	}
	if rule.Code == "" && rule.Passive == "" {
		return nil, lower.toks, true
	}
	src := b.source
	if src == nil {
		src = s.findSource(up.toks)
	}
	if src == nil {
		return nil, lower.toks, true
	}
	tgt := b.target
	if b.both {
		tgt = src
	}
	if tgt == nil {
		tgt = s.findTarget(src, up.toks, lower.toks)
	}
	if tgt == nil {
		return nil, lower.toks, true
	}
	return s.makeEvents(v, rule, src, tgt), lower.toks, true
}

// bestPattern returns the pattern of v's block that matches with the
// most items (the first of those in file order), or nil.
func (s *sent) bestPattern(v *verb, up, low *seq) (*lexicon.Pattern, bind) {
	var best *lexicon.Pattern
	var bestBind bind
	bestScore := -1
	for _, p := range v.entry.patterns {
		score := p.Specificity()
		if score <= bestScore {
			continue
		}
		var b bind
		if low.match(p.Post, &b) && up.match(p.Pre, &b) {
			best, bestBind, bestScore = p, b, score
		}
	}
	return best, bestBind
}

// isPassive reports PETRARCH's passive voice: a past participle after a
// form of "be", with "by" in its phrase ("was opposed by Osgiliath").
func (s *sent) isPassive(v *verb, low []int) bool {
	if s.xpos(v.tok) != "VBN" {
		return false
	}
	by := false
	for _, t := range low {
		by = by || s.words[t] == "by"
	}
	if !by {
		return false
	}
	for i := v.first - 1; i >= 0 && i >= v.first-4; i-- {
		switch s.words[i] {
		case "is", "are", "was", "were", "be", "been", "being", "am":
			return true
		}
	}
	return false
}

// findSource returns the source PETRARCH takes when no pattern names one:
// the first noun phrase before the verb that names an actor (a
// coordination of nouns that names none, "bombing and shelling", is no
// actor), else the first noun phrase before it.
func (s *sent) findSource(up []int) *nphrase {
	var first *nphrase
	for i := len(up) - 1; i >= 0; i-- {
		p := s.phraseOf(up[i])
		if p == nil {
			continue
		}
		if p.coded {
			return p
		}
		if first == nil {
			first = p
		}
	}
	return first
}

// findTarget returns the target PETRARCH takes when no pattern names one,
// in order of preference: the first noun phrase in the verb's phrase that
// names an actor other than the source; the first one there that names
// none; the nearest one before the verb that names an actor other than
// the source; the nearest other one before the verb.
func (s *sent) findTarget(src *nphrase, up, low []int) *nphrase {
	same := func(p *nphrase) bool {
		return p == src || (!p.compound && !src.compound && len(p.codes) == 1 && len(src.codes) == 1 && p.codes[0] == src.codes[0])
	}
	for _, pass := range []struct {
		toks  []int
		coded bool
	}{{low, true}, {low, false}, {up, true}, {up, false}} {
		for _, t := range pass.toks {
			p := s.phraseOf(t)
			if p == nil || p == src {
				continue
			}
			if pass.coded && p.coded && !same(p) {
				return p
			}
			if !pass.coded && !p.coded && !p.compound {
				return p
			}
		}
	}
	return nil
}

// makeEvents pairs the codes of source and target. A code with a second
// part ("[032:033]") also codes the reverse event with it; a passive verb
// swaps source and target; self-references are dropped, and with
// require_dyad any event missing an actor.
func (s *sent) makeEvents(v *verb, rule *lexicon.Pattern, src, tgt *nphrase) []coded {
	srcCodes, tgtCodes := s.actorCodes(src), s.actorCodes(tgt)
	var out []coded
	add := func(a, b []string, code string, ap, bp *nphrase) {
		for _, x := range a {
			for _, y := range b {
				if x == y || code == "" {
					continue
				}
				e := coded{source: x, target: y, code: code, src: ap, tgt: bp, verb: v, rule: rule}
				if v.passive {
					e.source, e.target, e.src, e.tgt = y, x, bp, ap
				}
				if s.c.cfg.RequireDyad && (e.source == nullActor || e.target == nullActor) {
					continue
				}
				out = appendNew(out, e)
			}
		}
	}
	if rule.Passive != "" {
		if srcCodes[0] == nullActor {
			srcCodes = tgtCodes
		} else if tgtCodes[0] == nullActor {
			tgtCodes = srcCodes
		}
		add(srcCodes, tgtCodes, rule.Code, src, tgt)
		add(tgtCodes, srcCodes, rule.Passive, tgt, src)
		return out
	}
	add(srcCodes, tgtCodes, rule.Code, src, tgt)
	return out
}

// actorCodes returns a phrase's codes for an event: "/"-joined codes
// split, and an uncoded phrase named by its words when new_actor_length
// allows.
func (s *sent) actorCodes(p *nphrase) []string {
	var out []string
	for i, c := range p.codes {
		if c == nullActor && i < len(p.words) && s.newActor(p.words[i]) {
			c = `"` + p.words[i] + `"`
		}
		out = append(out, c)
	}
	if len(out) == 0 {
		out = append(out, nullActor)
	}
	return out
}

// appendNew appends e unless an event with the same codes is there.
func appendNew(out []coded, e coded) []coded {
	for _, o := range out {
		if o.source == e.source && o.target == e.target && o.code == e.code {
			return out
		}
	}
	return append(out, e)
}
