package actor

import (
	"strings"

	"github.com/readout/readout/document"
	"github.com/readout/readout/lexicon"
)

// resolveNamed gives an entity to a chunk that names its actor: a person,
// a dictionary actor, a body or an unknown organisation or place. It adds
// the chunk's mentions, and those of any possessor, abbreviation or
// post-modifier name inside it.
func (r *run) resolveNamed(k int) {
	c := &r.chunks[k]
	switch c.kind {
	case kindPerson:
		c.ent = r.personEntityWith(c, context{})
		r.personMentions(c, c.ent)
	case kindActor:
		c.ent = r.actorEntity(c)
		r.mention(c.ent, r.trimDet(c.poss, c.end), c.end, "name")
		if h := &r.atoms[c.head]; h.end-h.start < c.end-r.trimDet(c.poss, c.end) {
			r.mention(c.ent, h.start, h.end, "name") // "Fars" in "Iranian news agency Fars"
		}
	case kindBody:
		c.ent = r.bodyEntity(c)
		r.mention(c.ent, r.trimDet(c.poss, c.end), c.end, "description")
	case kindPlace:
		c.ent = r.placeEntity(c)
		r.mention(c.ent, r.trimDet(c.poss, c.end), c.end, "name")
		if h := &r.atoms[c.head]; r.bodyAfter(c, h) {
			r.mention(c.ent, h.start, h.end, "name") // "ISNA" in "news agency ISNA"
		}
	case kindNone:
		r.innerMentions(c) // "... of the World Health Organization (WHO)"
		return
	default:
		return
	}
	r.innerMentions(c)
}

// innerMentions adds mentions for names inside a chunk that are actors of
// their own: a possessor ("Russia's"), a bracketed abbreviation ("(PRC)"),
// a name after "of" ("of the People's Republic of China").
func (r *run) innerMentions(c *chunk) {
	for k := c.a0; k < c.a1; k++ {
		a := &r.atoms[k]
		if k == c.head || a.kind != atomName {
			continue
		}
		inPoss := a.end <= c.poss
		inPost := a.start >= c.post || r.afterOf(c, a.start) // "President of Ukraine Volodymyr Zelenskyy"
		ref, ok := r.pickRef(a.name, "")
		if !ok || ref.Kind == lexicon.ByAdjective || ref.Kind == lexicon.ByDemonym {
			continue
		}
		// Bodies named inside a phrase are mentioned ("a United States
		// Department of State spokesperson"); a country only as a
		// possessor or after a preposition ("US Secretary of State" is
		// an adjective use).
		t := r.c.lex.Actors[ref.Actor].Type
		if !inPoss && !inPost && (t == lexicon.Country || t == lexicon.Person) {
			continue
		}
		r.mention(r.entityForRef(ref), a.start, a.end, "name")
	}
	if c.abbr >= 0 {
		r.abbrMention(c)
	}
}

// afterOf says whether token t follows "of" or "for" (and maybe "the")
// inside chunk c.
func (r *run) afterOf(c *chunk, t int) bool {
	v := &r.v
	if t > c.start && v.lower[t-1] == "the" {
		t--
	}
	return t > c.start && (v.lower[t-1] == "of" || v.lower[t-1] == "for")
}

// abbrMention gives "(PRC)" to the actor it abbreviates: the dictionary
// actor it names, else the name before it. The name with its abbreviation
// ("Federal Emergency Management Agency (FEMA)") is a mention too.
func (r *run) abbrMention(c *chunk) {
	v := &r.v
	i := -1
	if m, ok := r.c.lex.MatchActor(v.forms, c.abbr); ok && m.End == c.abbr+1 {
		if ref, ok := r.pickRef(m, ""); ok {
			i = r.entityForRef(ref)
		}
	}
	if i < 0 {
		i = c.ent
		if c.poss > c.start {
			return
		}
		r.mention(i, r.trimDet(c.start, c.abbr-1), c.abbr+2, "name")
	}
	if s := r.trimDet(c.poss, c.abbr-1); i == c.ent && s < c.abbr-1 {
		r.mention(i, s, c.abbr-1, "name") // the name without its abbreviation
	}
	r.mention(i, c.abbr, c.abbr+1, "name")
}

// actorEntity finds or makes the entity a dictionary name stands for.
// Demonyms and adjectives used as nouns ("the Russians") name the people
// of a country, a group apart from the country itself.
func (r *run) actorEntity(c *chunk) int {
	h := &r.atoms[c.head]
	ref, _ := r.pickRef(h.name, "")
	if ref.Kind == lexicon.ByAdjective || ref.Kind == lexicon.ByDemonym {
		res := r.c.lex.Resolve(ref, r.day)
		return r.entityForKey("people:"+res.Country, func() ent {
			e := ent{plural: true}
			e.e.Type, e.e.Actor, e.e.Country = document.Group, res.Country, res.Country
			e.e.Rule = res.Actor.Pos.Rule()
			return e
		})
	}
	return r.entityForRef(ref)
}

// bodyEntity finds or makes the entity of an agent phrase naming a body or
// group: one entity per code and head word ("Serbian police").
func (r *run) bodyEntity(c *chunk) int {
	cx := r.chunkContext(c)
	if org, ok := r.selfNamedOrg(c); ok {
		return org
	}
	head := r.v.lemmas[r.headToken(c)]
	code, known := cx.code()
	key := "body:" + code + ":" + head
	for k := c.a0; k < c.a1; k++ {
		if r.atoms[k].kind == atomCaps {
			// a proper name: "John Radcliffe Hospital"
			key = "place:" + strings.ToLower(r.d.Text[r.v.toks[r.trimDet(c.poss, c.end)].Start:r.v.toks[c.end-1].End])
			break
		}
	}
	if i, ok := r.sameBody(key, cx.role, head, known, cx); ok {
		return i
	}
	return r.entityForKey(key, func() ent {
		e := ent{plural: c.plural, head: head}
		e.e.Type = document.Organization
		if c.plural && !bodyWords[head] {
			e.e.Type = document.Group
		}
		e.setCode(cx)
		if legislatures[head] && code != "" && !e.deferred {
			e.e.Name = r.c.institutionName(code)
		}
		return e
	})
}

// sameBody finds an agent entity met before under another key: "police"
// (country from the article) and "police in Hong Kong" are one body when
// they have the same role and head word, whichever came first; a body
// whose country waited for the article's takes the one now named.
func (r *run) sameBody(key, role, head string, known bool, cx context) (int, bool) {
	if _, ok := r.byKey[key]; ok || !strings.HasPrefix(key, "body:") {
		return 0, false
	}
	for i := range r.ents {
		e := &r.ents[i]
		if e.head != head || e.lex >= 0 || !strings.HasPrefix(e.key, "body:") {
			continue
		}
		switch {
		case !known && e.role == role || !known && !e.deferred && strings.HasSuffix(e.e.Actor, role) && len(e.e.Actor) == 3+len(role):
			return i, true
		case known && e.deferred && e.role == role:
			e.setCode(cx)
			e.deferred = false
			return i, true
		}
	}
	return 0, false
}

// selfNamedOrg handles "Houthi rebels", "the Houthi movement": an
// organisation or group named before a noun that means itself.
func (r *run) selfNamedOrg(c *chunk) (int, bool) {
	if c.head <= c.a0 || !orgSelfNouns[r.v.lemmas[c.end-1]] {
		return 0, false
	}
	a := &r.atoms[c.head-1]
	if a.kind != atomName {
		return 0, false
	}
	ref, ok := r.pickRef(a.name, "")
	if !ok {
		return 0, false
	}
	t := r.c.lex.Actors[ref.Actor].Type
	if t != lexicon.Organization && t != lexicon.Group {
		return 0, false
	}
	return r.entityForRef(ref), true
}

// placeEntity makes the entity of unknown capitalised words with a country
// name inside ("Abu Dhabi Media", "Baghdad International Airport").
func (r *run) placeEntity(c *chunk) int {
	cx := r.chunkContext(c)
	h := &r.atoms[c.head]
	for k := h.start; k < h.end; k++ {
		if m, ok := r.c.lex.MatchAgent(r.v.lemmas, k); ok && m.End <= h.end {
			cx.role, cx.rule = m.Items[0].Code, m.Items[0].Pos
		} else if cx.role == "" && officeWords[r.v.lemmas[k]] {
			cx.role = "GOV" // "Department of Transportation", "Emergency Management Agency"
		} else if cx.role == "" && companyWords[strings.TrimSuffix(r.v.lower[k], ".")] {
			cx.role = "BUS" // "Landmark Bancshares Corp"
		}
	}
	s := r.trimDet(c.poss, c.end)
	if r.bodyAfter(c, h) {
		s = h.start // "news agency ISNA" is ISNA
	}
	name := r.d.Text[r.v.toks[s].Start:r.v.toks[c.end-1].End]
	return r.entityForKey("place:"+strings.ToLower(name), func() ent {
		var e ent
		e.e.Name, e.e.Type = name, document.Organization
		if placeWords[r.v.lemmas[h.end-1]] {
			e.e.Type = document.Location
		}
		e.setCode(cx)
		return e
	})
}

// trimDet moves a start past a determiner.
func (r *run) trimDet(s, e int) int {
	if s < e-1 && determiners[r.v.lower[s]] {
		return s + 1
	}
	return s
}
