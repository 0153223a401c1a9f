package actor

import (
	"github.com/readout/readout/document"
	"github.com/readout/readout/lexicon"
)

// context is what a chunk's modifiers say about the actor it names: the
// country ("Serbian", "of Iraq", "in Belgrade"), an organisation that owns
// it ("United States Department of State spokesperson"), and the role of
// its agent noun.
type context struct {
	country string
	org     string // full code of an organisation or institution modifier
	role    string
	rule    lexicon.Pos // dictionary line of the agent or organisation
	ruleOf  string      // or the rule of an entity already made
}

// chunkContext reads the modifiers of chunk c (every atom but the head and
// the possessor) and its head agent.
func (r *run) chunkContext(c *chunk) context {
	var cx, post context
	hs := r.headStart(c)
	for k := c.a0; k < c.a1; k++ {
		a := &r.atoms[k]
		if k == c.head {
			continue
		}
		into := &cx
		if a.start >= c.post && c.post < c.end {
			into = &post
		}
		switch {
		case a.kind == atomName:
			r.nameContext(into, a)
		case a.kind == atomCaps:
			// a body the article has named already ("a vice president at
			// PG&E")
			if i, ok := r.local[r.d.Text[r.v.toks[a.start].Start:r.v.toks[a.end-1].End]]; ok && into.org == "" {
				if e := &r.ents[i]; e.e.Actor != "" && e.e.Type != document.Person {
					into.org, into.ruleOf = e.e.Actor, e.e.Rule
					if into.country == "" {
						into.country = e.e.Country
					}
				}
			}
		case a.kind == atomAgent && a.agent != nil && (a.start < hs || into == &post) && a.start >= c.possAt:
			into.role, into.rule = a.agent.Code, a.agent.Pos
		case a.kind == atomAgent && a.start < hs && a.start >= c.possAt && into.role == "":
			into.role = titleRoles[r.v.lemmas[r.agentHead(a)]]
		}
	}
	if c.head >= 0 {
		if h := &r.atoms[c.head]; h.kind == atomAgent && h.agent != nil {
			cx.role, cx.rule = h.agent.Code, h.agent.Pos
		}
	} else if c.noun >= 0 && cx.role == "" {
		cx.role = titleRoles[r.v.lemmas[c.noun]] // "the Secretary of Transportation"
	}
	// The phrase before the head decides; "of Iraq", "for the German
	// government" fill what it leaves open ("US Embassy in London" is
	// American).
	if cx.country == "" && cx.org == "" {
		cx.country, cx.org = post.country, post.org
	}
	if cx.role == "" {
		cx.role = post.role
		if cx.rule.File == "" {
			cx.rule = post.rule
		}
	}
	return cx
}

// nameContext notes the country or organisation a modifier name gives.
func (r *run) nameContext(cx *context, a *atom) {
	ref, ok := r.pickRef(a.name, "")
	if !ok {
		return
	}
	act := r.c.lex.Actors[ref.Actor]
	res := r.c.lex.Resolve(ref, r.day)
	switch {
	case act.Type == lexicon.Person:
		return
	case ref.Kind == lexicon.BySeat, act.Type != lexicon.Country:
		if res.Code != "" && cx.org == "" {
			cx.org, cx.rule = res.Code, act.Pos
		}
		if res.Country != "" && cx.country == "" {
			cx.country = res.Country
		}
	default:
		if cx.country == "" {
			cx.country = res.Country // the first country named decides
		}
	}
}

func (r *run) headStart(c *chunk) int {
	if c.head >= 0 {
		return r.atoms[c.head].start
	}
	return c.end
}

// code gives the actor code of a context: an organisation's own code
// when it has a role already, else the country and the role. It reports
// false when the country is not known (it then comes from the article).
func (cx context) code() (code string, ok bool) {
	if cx.org != "" {
		if len(cx.org) > 3 || cx.role == "" {
			return cx.org, true
		}
		return cx.org + cx.role, true
	}
	if cx.country == "" {
		return cx.role, false
	}
	return cx.country + cx.role, true
}

// setCode fills an entity's code from a context, deferring the country
// when the context has none.
func (e *ent) setCode(cx context) {
	code, ok := cx.code()
	e.e.Rule = cx.ruleOf
	if cx.rule.File != "" {
		e.e.Rule = cx.rule.Rule()
	}
	if !ok {
		e.deferred, e.role = true, cx.role
		return
	}
	e.e.Actor = code
	e.e.Country = cx.country
	e.role = cx.role
	if cx.org != "" && cx.country == "" && len(cx.org) >= 3 {
		e.e.Country = ""
	}
}

// pickRef chooses among a name's candidates: an actor the document has
// already mentioned, then one of the country the context names, then the
// lexicon's own order (a person in office on the day, a country or body,
// a living person).
func (r *run) pickRef(m lexicon.ActorMatch, country string) (lexicon.NameRef, bool) {
	if len(m.Refs) == 0 {
		return lexicon.NameRef{}, false
	}
	if len(m.Refs) == 1 {
		return m.Refs[0], true
	}
	if ref, ok := r.pickPlace(m.Refs); ok {
		return ref, true
	}
	for _, ref := range m.Refs {
		if _, ok := r.byLex[ref.Actor]; ok && ref.Kind != lexicon.BySeat {
			return ref, true
		}
	}
	if country != "" {
		for _, ref := range m.Refs {
			a := r.c.lex.Actors[ref.Actor]
			if a.Type == lexicon.Person && a.RoleOn(r.day) != nil && r.c.lex.Resolve(ref, r.day).Country == country {
				return ref, true
			}
		}
	}
	res, ok := r.c.lex.ResolveMatch(m, r.day)
	return res.Ref, ok
}

// isPersonMatch says whether a name atom names a person.
func (r *run) isPersonMatch(a atom) bool {
	if a.kind != atomName {
		return false
	}
	ref, ok := r.pickRef(a.name, "")
	return ok && r.c.lex.Actors[ref.Actor].Type == lexicon.Person && ref.Kind == lexicon.ByName
}

// finish fills what waited for the whole article: deferred countries and
// the codes of groups, and writes the entities to the document.
func (r *run) finish() {
	home := r.home()
	for i := range r.ents {
		e := &r.ents[i]
		if e.deferred {
			e.e.Country = home
			e.e.Actor = home + e.role
		}
	}
	for i := range r.ents {
		e := &r.ents[i]
		if len(e.members) == 0 {
			continue
		}
		e.e.Members = make([]string, len(e.members))
		code, country := r.ents[e.members[0]].e.Actor, r.ents[e.members[0]].e.Country
		for k, m := range e.members {
			e.e.Members[k] = r.ents[m].e.ID
			if r.ents[m].e.Actor != code {
				code = ""
			}
			if r.ents[m].e.Country != country {
				country = ""
			}
		}
		e.e.Actor, e.e.Country = code, country
	}
	out := make([]document.Entity, len(r.ents))
	for i := range r.ents {
		out[i] = r.ents[i].e
	}
	r.handOutMentions(out)
	r.d.Entities = out
}

// handOutMentions gives each entity its mentions, in the order they were
// found, all from one array made for the document.
func (r *run) handOutMentions(out []document.Entity) {
	at := r.mentionAt[:0]
	for range len(out) + 1 {
		at = append(at, 0)
	}
	for _, e := range r.mentionOf {
		at[e+1]++
	}
	for i := range out {
		at[i+1] += at[i]
	}
	all := make([]document.Mention, len(r.mentions))
	for i := range out {
		out[i].Mentions = all[at[i]:at[i]:at[i+1]]
	}
	for k, e := range r.mentionOf {
		out[e].Mentions = append(out[e].Mentions, r.mentions[k])
	}
	r.mentionAt = at
	clear(r.mentions) // the pool must not keep the document's text
}
