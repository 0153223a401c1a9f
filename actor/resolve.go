package actor

import (
	"github.com/readout/readout/document"
	"github.com/readout/readout/lexicon"
)

// resolvePronoun links a pronoun to the most salient entity it can refer
// to: a person for he and she (of a compatible gender), a group or plural
// for they, a country or organisation for its. A pronoun in a fronted
// phrase refers forward to the sentence's subject ("For his part, Putin
// said"); a pronoun coordinated with a name is not that name ("he and
// Putin").
func (r *run) resolvePronoun(k int) {
	c := &r.chunks[k]
	p := c.pron
	if p.neuter && !p.possessive && !c.speaker {
		return // "it" is too often no actor at all
	}
	subj := -1
	if w := r.v.lower[c.start]; w == "him" || w == "them" || w == "her" && !r.nounFollows(c.end) {
		subj = r.clauseSubject(k) // "Biden spoke with Zelenskyy to congratulate him": him is not Biden
	}
	accept := func(i int) bool { return r.fits(i, p) && !r.coordinated(k, i) && i != subj }
	i := r.cataphor(k, accept)
	if i < 0 {
		i = r.lastSpeaker(k, accept)
	}
	if i < 0 {
		i = r.best(k, accept)
	}
	if i < 0 {
		return
	}
	c.ent = i
	if p.gender != anyGender && r.ents[i].gender == anyGender {
		r.ents[i].gender = p.gender
	}
	r.mention(i, c.start, c.end, "pronoun")
}

// clauseSubject returns the entity of the nearest subject before chunk k in
// the sentence, or -1.
func (r *run) clauseSubject(k int) int {
	for j := k - 1; j >= 0; j-- {
		if c := &r.chunks[j]; c.subject && c.ent >= 0 {
			return c.ent
		}
	}
	return -1
}

// fits says whether entity i can be the referent of pronoun p.
func (r *run) fits(i int, p pronoun) bool {
	e := &r.ents[i]
	switch {
	case p.person:
		return e.e.Type == document.Person && (e.gender == anyGender || e.gender == p.gender)
	case p.plural:
		return e.plural || len(e.members) > 0
	case p.neuter:
		return e.e.Type != document.Person && !e.plural && len(e.members) == 0
	}
	return false
}

// coordinated says whether chunk k is joined by "and" to a chunk naming
// entity i ("he and Putin").
func (r *run) coordinated(k, i int) bool {
	v := &r.v
	for _, j := range [2]int{k - 1, k + 1} {
		if j < 0 || j >= len(r.chunks) || r.chunks[j].ent != i {
			continue
		}
		a, b := &r.chunks[min(j, k)], &r.chunks[max(j, k)]
		if b.start == a.end+1 && (v.lower[a.end] == "and" || v.lower[a.end] == "or") {
			return true
		}
	}
	return false
}

// cataphor resolves a pronoun inside a fronted phrase ("For his part,
// Putin said", "Recalling that he and Putin held ..., Xi said") to the
// subject that follows the phrase.
func (r *run) cataphor(k int, accept func(int) bool) int {
	v := &r.v
	if len(v.forms) == 0 || !fronting[v.lower[0]] {
		return -1
	}
	comma := -1
	for t := r.chunks[k].end; t < len(v.forms); t++ {
		if v.forms[t] == "," {
			comma = t
			break
		}
	}
	if comma < 0 {
		return -1
	}
	for j := k + 1; j < len(r.chunks); j++ {
		c := &r.chunks[j]
		if c.start <= comma {
			continue
		}
		if c.start == comma+1 && c.ent >= 0 && c.kind == kindPerson && accept(c.ent) {
			return c.ent
		}
		break
	}
	return -1
}

// lastSpeaker resolves the subject of a speech verb ("he added") to the
// person who spoke last, within the last two sentences.
func (r *run) lastSpeaker(k int, accept func(int) bool) int {
	c := &r.chunks[k]
	if !c.speaker || !c.pron.person {
		return -1
	}
	for j := k - 1; j >= 0; j-- {
		if p := &r.chunks[j]; p.speaker && p.ent >= 0 && accept(p.ent) {
			return p.ent
		}
	}
	if r.subjectSent > r.speakerSent && r.subject != r.speaker && r.v.idx-r.subjectSent <= 2 {
		// another person has been the subject since: the new speaker
		if accept(r.subject) {
			return r.subject
		}
		return -1
	}
	if r.speaker >= 0 && r.v.idx-r.speakerSent <= 2 && accept(r.speaker) {
		return r.speaker
	}
	return -1
}

// resolvePersonDesc links "the Russian president", "the Secretary", "his
// Russian counterpart", "a government official" to a person: the holder
// of the title in the named country on the article's date, else the most
// salient person known by that title; else it makes a person of the
// description itself.
func (r *run) resolvePersonDesc(k int) {
	c := &r.chunks[k]
	cx := r.chunkContext(c)
	i := -1
	headWord := r.v.lemmas[c.end-1]
	if c.post < c.end {
		headWord = r.v.lemmas[c.post-1]
	}
	switch {
	case counterpartNouns[headWord]:
		i = r.counterpart(k, cx.country)
	case c.det == "the" || cx.country != "":
		i = r.titled(k, cx, headWord)
	}
	if i < 0 {
		code, _ := cx.code()
		i = r.entityForKey("desc:"+code+":"+headWord, func() ent {
			var e ent
			e.e.Type = document.Person
			e.setCode(cx)
			e.titles = appendWords(e.titles, headWord)
			return e
		})
	}
	c.ent = i
	r.mention(i, c.start, c.end, "description")
	if c.post < c.end {
		r.mention(i, c.start, c.post, "description")
	}
	r.innerMentions(c)
}

// titled finds the person a definite description with a title names.
func (r *run) titled(k int, cx context, headWord string) int {
	c := &r.chunks[k]
	var title lexicon.TitleMatch
	hasTitle := false
	for a := c.a0; a < c.a1; a++ {
		if r.atoms[a].hasTitle && r.atoms[a].start < c.post {
			title, hasTitle = r.atoms[a].title, true
			if cx.country == "" {
				cx.country = r.titleCountry(&r.atoms[a]) // "the mayor of Istanbul"
			}
		}
	}
	if hasTitle && cx.country != "" {
		if h, ok := r.c.lex.TitleHolder(title, cx.country, r.day); ok {
			return r.entityForRef(lexicon.NameRef{Actor: r.c.actorIndex[h.Actor], Kind: lexicon.ByName})
		}
	}
	words := r.titleWordsOf(c)
	i := r.best(k, func(i int) bool {
		e := &r.ents[i]
		if e.e.Type != document.Person || cx.country != "" && e.e.Country != cx.country {
			return false
		}
		for _, w := range words {
			if !e.hasTitle(w) {
				return false
			}
		}
		return len(words) > 0
	})
	if i >= 0 || !hasTitle || cx.country != "" {
		return i
	}
	if h, ok := r.c.lex.TitleHolder(title, r.home(), r.day); ok {
		return r.entityForRef(lexicon.NameRef{Actor: r.c.actorIndex[h.Actor], Kind: lexicon.ByName})
	}
	return -1
}

// titleWordsOf returns the words of a description's title that a person
// must be known by: "president" for "the Russian president", "home" and
// "minister" for "the home minister".
func (r *run) titleWordsOf(c *chunk) []string {
	v := &r.v
	out := r.words[:0]
	end := c.post
	start := c.possAt
	if start < c.start+1 && c.det != "" {
		start = c.start + 1
	}
	for t := start; t < end; t++ {
		l := v.lemmas[t]
		if modifiers[l] && l != "deputy" && l != "vice" || l == "of" || l == "the" || v.caps[t] && !titleWords[l] && !r.isTitleAtom(c, t) {
			continue
		}
		out = append(out, l)
	}
	r.words = out
	return out
}

// isTitleAtom says whether token t lies in an agent or title atom of c.
func (r *run) isTitleAtom(c *chunk, t int) bool {
	for k := c.a0; k < c.a1; k++ {
		if a := &r.atoms[k]; a.kind == atomAgent && a.start <= t && t < a.end {
			return true
		}
	}
	return false
}

// counterpart resolves "his Russian counterpart": the holder, in the named
// country, of the office the possessor holds.
func (r *run) counterpart(k int, country string) int {
	c := &r.chunks[k]
	owner := -1
	if p, ok := pronouns[c.det]; ok && p.possessive {
		owner = r.best(k, func(i int) bool { return r.fits(i, p) })
	}
	if owner < 0 || country == "" {
		return -1
	}
	offices := r.ents[owner].offices
	for _, o := range offices.List() {
		if h, ok := r.c.lex.OfficeHolder(country, o, r.day); ok {
			return r.entityForRef(lexicon.NameRef{Actor: r.c.actorIndex[h.Actor], Kind: lexicon.ByName})
		}
	}
	return -1
}

// resolveCountryDesc links "the Chinese side" to China, and "the northern
// neighbor" or "the country" to the most salient country, leaving out, for
// a neighbour, the country the sentence is told from (its subject's and its
// speaker's).
func (r *run) resolveCountryDesc(k int) {
	c := &r.chunks[k]
	cx := r.chunkContext(c)
	i := -1
	if cx.country != "" {
		i = r.countryEntity(cx.country)
	} else {
		other := otherCountryHeads[r.v.lemmas[c.noun]] || otherCountryHeads[r.v.lower[c.noun]] && r.twoWordCountry(c.noun)
		skip1, skip2 := r.viewpoint(k)
		i = r.best(k, func(i int) bool {
			e := &r.ents[i]
			return e.e.Type == document.Country && !(other && (e.e.Country == skip1 || e.e.Country == skip2))
		})
	}
	if i < 0 {
		return
	}
	c.ent = i
	r.mention(i, c.start, c.end, "description")
}

// viewpoint returns the countries of the nearest subject before chunk k
// and of the sentence's speaker.
func (r *run) viewpoint(k int) (subject, speaker string) {
	for j := k - 1; j >= 0; j-- {
		c := &r.chunks[j]
		if c.ent < 0 {
			continue
		}
		if subject == "" && c.subject {
			subject = r.ents[c.ent].e.Country
		}
		if speaker == "" && c.speaker {
			speaker = r.ents[c.ent].e.Country
		}
	}
	return subject, speaker
}

// countryEntity returns the entity of a country code.
func (r *run) countryEntity(code string) int {
	ai, ok := r.c.countries[code]
	if !ok {
		return -1
	}
	return r.entityForRef(lexicon.NameRef{Actor: ai, Kind: lexicon.ByName})
}

// fronting are the first words of a sentence that open a fronted phrase.
var fronting = setOf("for", "recalling", "noting", "speaking", "after", "before", "since", "while",
	"when", "as", "although", "though", "in", "on", "at", "during", "following", "despite",
	"stressing", "adding", "saying", "describing", "calling", "referring", "responding",
	"welcoming", "expressing", "asked", "addressing", "according")
