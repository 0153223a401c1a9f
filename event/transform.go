package event

import (
	"strings"

	"github.com/readout/readout/lexicon"
)

// PETRARCH2 verb transformations recode an event said, claimed, wanted or
// attempted by someone: "~ a (a b ATTACK) SAY = a b 015" turns "X said it
// attacked Y" into X claiming responsibility towards Y. The inner event is
// the one coded in the clause the outer verb governs (ccomp or xcomp);
// the outer verb's own event is then dropped. Variables are letters; in
// the inner event "_" asks for no actor of its own (a controlled subject,
// "wants to attack") and "." accepts anything.

// findTransform returns the first transformation that applies to the
// inner event f, and the governing verb, or nil.
func (c *coder) findTransform(f *found) (*lexicon.Transform, int) {
	if len(c.lex.Transforms) == 0 || f.pat.Format != lexicon.Petrarch || f.noun {
		return nil, -1
	}
	s := &c.s
	a := f.anchor
	if s.base(a) != "ccomp" && s.base(a) != "xcomp" {
		return nil, -1
	}
	v := s.head(a)
	block := c.blockOf(v)
	for _, t := range c.lex.Transforms {
		if !verbNamed(t.OuterVerb, block, s.lemma[v], "") ||
			(t.InnerVerb != "Q" && !verbNamed(t.InnerVerb, f.pat.Block, s.lemma[a], f.pat.Code)) {
			continue
		}
		if _, _, ok := c.bindTransform(t, f, v); ok {
			return t, v
		}
	}
	return nil, -1
}

// verbNamed reports whether a transformation's verb name stands for a
// verb: its PETRARCH block, the verb itself ("SAY", "WANT"), or for
// "ATTACK" any event of the force roots 18-20.
func verbNamed(name, block, lemma, code string) bool {
	if name == block || strings.EqualFold(name, lemma) {
		return true
	}
	r := lexicon.Root(code)
	return name == "ATTACK" && (r == "18" || r == "19" || r == "20")
}

// blockOf returns the PETRARCH verb block of verb v, "" when none.
func (c *coder) blockOf(v int) string {
	s := &c.s
	for _, w := range [2]string{s.lemma[v], s.form[v]} {
		for _, p := range c.lex.PatternsFor(w) {
			if p.Format == lexicon.Petrarch && p.Block != "" && c.anchorWords(p, v) {
				return p.Block
			}
		}
	}
	return ""
}

// bindTransform binds the variables of t for inner event f under verb v
// and returns the sources and targets of the result.
func (c *coder) bindTransform(t *lexicon.Transform, f *found, v int) (srcs, tgts actorSet, ok bool) {
	s := &c.s
	var vars [2]struct {
		name string
		set  actorSet
	}
	bind := func(name string, set actorSet) bool {
		for i := range vars {
			if vars[i].name == name {
				return sameActors(vars[i].set, set)
			}
		}
		for i := range vars {
			if vars[i].name == "" {
				vars[i].name, vars[i].set = name, set
				return len(set) > 0
			}
		}
		return false
	}
	outer := actorSet(nil)
	if ag := c.verbAgent(v, 0); ag >= 0 {
		outer = c.actorsOf(ag, nil)
	}
	if !bind(t.Source, outer) {
		return nil, nil, false
	}
	var innerSrc, innerTgt actorSet
	controlled := s.base(f.anchor) == "xcomp" && s.child(f.anchor, "nsubj") < 0 && s.child(v, "obj") < 0
	if !controlled {
		if ag := c.agent(f.anchor, false); ag >= 0 {
			innerSrc = c.actorsOf(ag, nil)
		}
	}
	if k := f.st.tgt; k >= 0 {
		innerTgt = c.actorsOf(k, nil)
	} else if k := c.defaultTarget(f.anchor); k >= 0 {
		innerTgt = c.actorsOf(k, nil)
	}
	for _, side := range [2]struct {
		v   string
		set actorSet
	}{{t.InnerSource, innerSrc}, {t.InnerTarget, innerTgt}} {
		switch side.v {
		case ".":
		case "_":
			if len(side.set) > 0 && !(side.v == t.InnerSource && controlled) {
				return nil, nil, false
			}
		default:
			if !bind(side.v, side.set) {
				return nil, nil, false
			}
		}
	}
	get := func(name string) actorSet {
		for i := range vars {
			if vars[i].name == name {
				return vars[i].set
			}
		}
		return nil
	}
	return get(t.Result[0]), get(t.Result[1]), true
}

func sameActors(a, b actorSet) bool {
	if len(a) != len(b) || len(a) == 0 {
		return false
	}
	for _, x := range a {
		found := false
		for _, y := range b {
			if x.ent == y.ent {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}
