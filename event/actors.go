package event

import "github.com/readout/readout/document"

// mentionRef ties tokens of a sentence to an entity mention.
type mentionRef struct {
	ent     int32 // index into Document.Entities
	mention int32 // index into the entity's Mentions
}

// entityIndex maps the tokens of one sentence to the entity mentions that
// cover them. A token may belong to several entities: a description such as
// "the two leaders" that the actor stage resolved to two people is one
// mention in each of their entities.
type entityIndex struct {
	bySent [][]mentionRef // per sentence, the mentions in it
	first  []int32        // per token of the current sentence, first link
	links  []tokLink
}

type tokLink struct {
	ref  mentionRef
	next int32
}

// load indexes every mention of d by sentence.
func (x *entityIndex) load(d *document.Document) {
	x.bySent = x.bySent[:0]
	for len(x.bySent) < len(d.Sentences) {
		x.bySent = append(x.bySent, nil)
	}
	for i := range x.bySent {
		x.bySent[i] = x.bySent[i][:0]
	}
	for ei := range d.Entities {
		e := &d.Entities[ei]
		if e.Actor == "" && len(e.Members) == 0 {
			continue
		}
		for mi := range e.Mentions {
			m := &e.Mentions[mi]
			if m.Sentence >= 0 && m.Sentence < len(x.bySent) {
				x.bySent[m.Sentence] = append(x.bySent[m.Sentence], mentionRef{int32(ei), int32(mi)})
			}
		}
	}
}

// sentence links the tokens of s to the mentions that cover them.
func (x *entityIndex) sentence(s *sent) {
	n := len(s.toks)
	x.first = growInt(x.first, n)
	for i := range x.first {
		x.first[i] = -1
	}
	x.links = x.links[:0]
	if s.index >= len(x.bySent) {
		return
	}
	refs := x.bySent[s.index]
	for ri := len(refs) - 1; ri >= 0; ri-- { // links are prepended: keep entity order
		r := refs[ri]
		m := &s.doc.Entities[r.ent].Mentions[r.mention]
		for i := range n {
			t := &s.toks[i]
			if t.Start >= m.Start && t.End <= m.End && t.End > t.Start {
				x.links = append(x.links, tokLink{r, x.first[i]})
				x.first[i] = int32(len(x.links) - 1)
			}
		}
	}
}

// has reports whether token i is part of a mention.
func (x *entityIndex) has(i int) bool { return x.first[i] >= 0 }

// party is one participant found for an event slot: an entity, or a
// country the dictionaries name where the actor stage made no entity
// ("rejected an Australian ultimatum").
type party struct {
	ent     int32  // index into Document.Entities; -1 for a country with no entity
	named   int32  // the entity whose mention names it here (a group for its members)
	mention int32  // index into Entities[named].Mentions
	code    string // ent -1: the country's code
	tok     int32  // ent -1: the token that names it
	place   bool   // ent -1: named as a place ("Serbia"), not by its people ("Serbian")
	recode  string // the code the entity has here, when not its own (diaspora.go)
}

// same reports whether two parties are one actor.
func (x party) same(y party) bool {
	if x.ent >= 0 || y.ent >= 0 {
		return x.ent == y.ent
	}
	return x.code == y.code
}

// actorSet collects participants without duplicates.
type actorSet []party

func (a actorSet) add(x party) actorSet {
	for _, y := range a {
		if y.same(x) {
			return a
		}
	}
	return append(a, x)
}

// has reports whether a holds x.
func (a actorSet) has(x party) bool {
	for _, y := range a {
		if y.same(x) {
			return true
		}
	}
	return false
}

// isPlace reports whether a party is a country named as a place: an
// entity of type country or location, or a country named by its name.
func (c *coder) isPlace(p party) bool {
	if p.ent < 0 {
		return p.place
	}
	switch c.d.Entities[p.ent].Type {
	case document.Country, document.Location:
		return true
	}
	return false
}

// code returns a party's CAMEO actor code.
func (c *coder) code(p party) string {
	if p.ent < 0 {
		return p.code
	}
	if p.recode != "" {
		return p.recode
	}
	return c.d.Entities[p.ent].Actor
}

// addEntity adds the entity of a mention, or the members of a group
// entity ("China and Russia", "the two leaders") in its place.
func (c *coder) addEntity(out actorSet, r mentionRef) actorSet {
	e := &c.d.Entities[r.ent]
	if len(e.Members) == 0 {
		return out.add(party{ent: r.ent, named: r.ent, mention: r.mention})
	}
	for _, id := range e.Members {
		if k := c.entityIndex(id); k >= 0 && len(c.d.Entities[k].Members) == 0 && c.d.Entities[k].Actor != "" {
			out = out.add(party{ent: int32(k), named: r.ent, mention: r.mention})
		}
	}
	return out
}

// entityIndex returns the index of the entity with an id, -1 when none.
func (c *coder) entityIndex(id string) int {
	ents := c.d.Entities
	// IDs are usually "e<index+1>": try that first.
	if n := idNumber(id); n >= 1 && n <= len(ents) && ents[n-1].ID == id {
		return n - 1
	}
	for i := range ents {
		if ents[i].ID == id {
			return i
		}
	}
	return -1
}

// idNumber reads the number of an ID written "e<number>", 0 when it is
// not written so.
func idNumber(id string) int {
	if len(id) < 2 || id[0] != 'e' || len(id) > 10 {
		return 0
	}
	n := 0
	for i := 1; i < len(id); i++ {
		c := id[i]
		if c < '0' || c > '9' {
			return 0
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// modRank says whether a dependent of a phrase's head may name the actor
// of the whole phrase, and how strongly: "Russia's army", "US President",
// "Chinese troops", "his counterpart, Vladimir Putin", "the government of
// Ukraine", "representatives from Iran". 0 means it may not.
func (c *coder) modRank(k int) int {
	s := &c.s
	switch s.rel(k) {
	case "nmod:poss":
		return 6
	case "compound", "flat", "flat:name":
		return 5
	case "amod":
		return 4
	case "appos":
		return 3
	case "acl:relcl":
		return 1
	case "nsubj":
		// a noun's "subject" before it is a compound the parser misread
		// ("the United States troops")
		if h := s.head(k); h >= 0 && k < h && s.isNoun(h) && !s.isVerb(h) && s.child(h, "cop") < 0 {
			return 5
		}
	}
	if s.base(k) == "nmod" && (s.hasCase(k, "of") || s.hasCase(k, "from") || s.hasCase(k, "between") || s.hasCase(k, "by")) {
		return 2
	}
	return 0
}

// actorsOf appends the actors of the phrase headed by token h: the
// entities of a mention covering h, else of its strongest modifier that
// names one; then the actors of each phrase coordinated with h ("X and Y").
func (c *coder) actorsOf(h int, out actorSet) actorSet {
	out = c.phraseActors(h, out, 0)
	s := &c.s
	for k := s.first[h]; k >= 0; k = s.next[k] {
		if s.base(int(k)) == "conj" {
			out = c.phraseActors(int(k), out, 0)
		}
	}
	return out
}

// phraseActors finds the actors of one phrase (no coordination).
func (c *coder) phraseActors(h int, out actorSet, depth int) actorSet {
	s, x := &c.s, &c.ents
	n := len(out)
	if x.first[h] >= 0 {
		// the phrase is named; actors already found (a coordination's
		// group) count as found
		for l := x.first[h]; l >= 0; l = x.links[l].next {
			out = c.addEntity(out, x.links[l].ref)
		}
		for i := n; i < len(out); i++ {
			out[i] = c.diaspora(h, out[i])
		}
		return out
	}
	if sp := c.quotedSpeaker(h); sp >= 0 {
		return c.addEntity(out, mentionRef{ent: int32(sp), mention: -1})
	}
	if code := c.lexc[h]; code != "" {
		return out.add(party{ent: -1, named: -1, mention: -1, code: code, tok: int32(h), place: c.lexPlace[h]})
	}
	if depth >= 2 {
		return out
	}
	for rank := 6; rank > 0; rank-- {
		for k := s.first[h]; k >= 0; k = s.next[k] {
			if c.modRank(int(k)) != rank {
				continue
			}
			m := int(k)
			if rank == 1 { // a relative clause: its subject, unless the
				// clause is the event being coded ("the night that
				// Serbians protested")
				if m == c.cur {
					continue
				}
				if m = s.child(m, "nsubj"); m < 0 {
					continue
				}
			}
			out = c.phraseActors(m, out, depth+1)
			if rank == 5 || rank == 4 { // "Sino-Russian", "US and Chinese": coordinated modifiers
				for j := s.first[m]; j >= 0; j = s.next[j] {
					if s.base(int(j)) == "conj" {
						out = c.phraseActors(int(j), out, depth+1)
					}
				}
			}
		}
		if len(out) > n {
			return out
		}
	}
	return out
}

// firstPerson are the pronouns by which a speaker names themselves or
// the body they speak for.
var firstPerson = setOf("i", "me", "my", "myself", "we", "us", "our", "ourselves")

// thirdPerson are the pronouns that, as the subject of a reported clause,
// usually stand for its speaker ("Syria says it is willing to withdraw",
// "Obama said he would send"), by the speaker's kind.
var thirdPerson = map[string]string{"he": "person", "she": "person", "it": "body", "they": "body"}

// quotedSpeaker returns the speaker entity of the statement whose content
// holds token h when h is a pronoun the actor stage left unresolved that
// stands for the speaker: a first-person pronoun ("'We warn the Saudis',
// Saree said"), or a third-person subject of the content's main clause
// that fits the speaker ("Syria says it is willing"); -1 otherwise.
func (c *coder) quotedSpeaker(h int) int {
	s := &c.s
	if s.toks[h].UPOS != "PRON" {
		return -1
	}
	first, kind := firstPerson[s.form[h]], thirdPerson[s.form[h]]
	if !first && kind == "" {
		return -1
	}
	i := c.statementAt(s.toks[h].Start)
	if i < 0 || c.d.Statements[i].SpeakerEntity == "" {
		return -1
	}
	sp := c.entityIndex(c.d.Statements[i].SpeakerEntity)
	if sp < 0 || first {
		return sp
	}
	if s.base(h) != "nsubj" || c.contentHead(c.d.Statements[i].Content) != s.head(h) {
		return -1
	}
	if (c.d.Entities[sp].Type == "person") != (kind == "person") {
		return -1
	}
	return sp
}

// statementAt returns the index of the innermost statement whose content
// holds byte offset at, -1 when none does.
func (c *coder) statementAt(at int) int {
	best := -1
	for i := range c.d.Statements {
		sp := c.d.Statements[i].Content
		if at >= sp.Start && at < sp.End {
			if best < 0 || sp.End-sp.Start < c.d.Statements[best].Content.End-c.d.Statements[best].Content.Start {
				best = i
			}
		}
	}
	return best
}

// hasRole reports whether the phrase headed by k (or, when it names no
// actor, the first phrase inside it that does) names an actor of one of
// roles: a code that starts with one of them (a country or international
// code: USA, IGO) or holds one after its country (MIL of RUSMIL, HLH of
// USAGOVHLH).
func (c *coder) hasRole(k int, roles []string) bool {
	x := c.actorsOf(k, c.scratch[:0])
	if len(x) == 0 {
		if m := c.firstActorUnder(k, nil, 0); m >= 0 {
			x = c.actorsOf(m, x)
		}
	}
	c.scratch = x
	for _, p := range x {
		if codeHasRole(c.code(p), roles) {
			return true
		}
	}
	return false
}

// codeHasRole reports whether one of the three-letter segments of an
// actor code is one of roles.
func codeHasRole(code string, roles []string) bool {
	for i := 0; i+3 <= len(code); i += 3 {
		for _, r := range roles {
			if code[i:i+3] == r {
				return true
			}
		}
	}
	return false
}
