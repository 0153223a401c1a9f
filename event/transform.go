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
			if p.Format == lexicon.Petrarch && p.Block != "" && c.anchorWords(p, v) > 0 {
				return p.Block
			}
		}
	}
	return ""
}

// tvars binds the letters of a transformation to actor sets.
type tvars struct {
	name [3]string
	set  [3]actorSet
}

// bind binds a letter, or checks it against its binding; an unbound
// letter needs actors.
func (v *tvars) bind(name string, set actorSet) bool {
	for i := range v.name {
		if v.name[i] == name {
			return sameActors(v.set[i], set)
		}
	}
	for i := range v.name {
		if v.name[i] == "" {
			v.name[i], v.set[i] = name, set
			return len(set) > 0
		}
	}
	return false
}

func (v *tvars) get(name string) actorSet {
	for i := range v.name {
		if v.name[i] == name {
			return v.set[i]
		}
	}
	return nil
}

// bindTransform binds the variables of t for inner event f under verb v
// and returns the sources and targets of the result.
func (c *coder) bindTransform(t *lexicon.Transform, f *found, v int) (srcs, tgts actorSet, ok bool) {
	var vars tvars
	var outer actorSet
	if ag := c.verbAgent(v, 0); ag >= 0 {
		outer = c.actorsOf(ag, nil)
	}
	if !vars.bind(t.Source, outer) {
		return nil, nil, false
	}
	innerSrc, innerTgt, controlled := c.innerActors(f, v)
	if !bindSide(&vars, t.InnerSource, innerSrc, controlled) || !bindSide(&vars, t.InnerTarget, innerTgt, false) {
		return nil, nil, false
	}
	return vars.get(t.Result[0]), vars.get(t.Result[1]), true
}

// bindSide binds one actor of the inner event: "." accepts anything, "_"
// no actor of its own (or a controlled subject), a letter binds.
func bindSide(vars *tvars, name string, set actorSet, controlled bool) bool {
	switch name {
	case ".":
		return true
	case "_":
		return len(set) == 0 || controlled
	}
	return vars.bind(name, set)
}

// innerActors returns the source and target of an inner event, and
// whether its subject is controlled by the outer verb's subject ("wants
// to attack").
func (c *coder) innerActors(f *found, v int) (src, tgt actorSet, controlled bool) {
	s := &c.s
	controlled = s.base(f.anchor) == "xcomp" && s.child(f.anchor, "nsubj") < 0 && s.child(v, "obj") < 0
	if !controlled {
		if ag := c.agent(f.anchor, false); ag >= 0 {
			src = c.actorsOf(ag, nil)
		}
	}
	if k := f.st.tgt; k >= 0 {
		tgt = c.actorsOf(k, nil)
	} else if k := c.defaultTarget(f.anchor, -1); k >= 0 {
		tgt = c.actorsOf(k, nil)
	}
	return src, tgt, controlled
}

func sameActors(a, b actorSet) bool {
	if len(a) != len(b) || len(a) == 0 {
		return false
	}
	for _, x := range a {
		found := false
		for _, y := range b {
			if x.same(y) {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}
