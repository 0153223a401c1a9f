package actor

import "github.com/readout/readout/lexicon"

// classify decides what a chunk names from its head: the last atom (or
// description noun) before any post-modifier.
func (r *run) classify(c *chunk) {
	if c.isPron {
		return
	}
	c.head = -1
	r.checkPost(c)
	for k := c.a1 - 1; k >= c.a0; k-- {
		if r.atoms[k].start < c.post {
			c.head = k
			break
		}
	}
	if c.noun >= 0 && (c.head < 0 || c.noun > r.atoms[c.head].start) {
		c.head = -1
		r.classifyNoun(c)
		return
	}
	if c.head < 0 || r.secondSurname(c) {
		return
	}
	h := r.joinFirstName(c)
	switch h.kind {
	case atomName:
		if r.isPersonMatch(*h) || r.placeSurname(h) {
			c.kind, c.nameS, c.nameE = kindPerson, h.start, r.nameSuffix(h.end)
			c.extendTo(c.nameE)
			return
		}
		if r.modifierUse(c, h) {
			return
		}
		c.kind = kindActor
		c.plural = r.demonymPlural(*h)
	case atomCaps:
		r.classifyCaps(c, h)
	case atomAgent:
		r.classifyAgent(c, h)
	}
}

// secondSurname makes a person of a known name followed by one unknown
// capitalised word: "Ricardo Rosselló Nevares".
func (r *run) secondSurname(c *chunk) bool {
	h := &r.atoms[c.head]
	if h.kind != atomCaps || c.head == c.a0 || h.end-h.start != 1 {
		return false
	}
	p := &r.atoms[c.head-1]
	if p.kind != atomName || p.end != h.start || !r.isPersonMatch(*p) || r.isTitleWord(h.start) {
		return false
	}
	c.head--
	c.kind, c.nameS, c.nameE = kindPerson, p.start, r.nameSuffix(h.end)
	c.extendTo(c.nameE)
	return true
}

// joinFirstName returns the chunk's head, after joining an unknown first
// name to a surname alias or a place name: "Karim Haddad" is not the
// Haddad of the dictionary, nor "Denzel Washington" the capital, but
// unknown names.
func (r *run) joinFirstName(c *chunk) *atom {
	h := &r.atoms[c.head]
	if h.kind != atomName || c.head == c.a0 || h.end-h.start != 1 || !r.isPersonMatch(*h) && !r.placeOnly(h) {
		return h
	}
	p := &r.atoms[c.head-1]
	if p.kind != atomCaps || p.end != h.start {
		return h
	}
	p.end = h.end
	r.atoms = append(r.atoms[:c.head], r.atoms[c.head+1:]...) // the chunk's atoms are the last ones
	c.a1--
	c.head--
	return p
}

// classifyNoun handles a chunk headed by a description noun.
func (r *run) classifyNoun(c *chunk) {
	v := &r.v
	l := v.lemmas[c.noun]
	plural := v.plural(c.noun) || c.count > 1
	two := c.noun+1 < c.end && r.twoWordCountry(c.noun)
	switch {
	case plural && c.count > 1 || plural && c.det == "both":
		c.kind, c.plural = kindGroupDesc, true
	case sideHeads[l] && !plural:
		c.kind = kindCountryDesc
	case (countryHeads[l] || two) && !plural && c.det != "" && c.det != "a" && c.det != "an":
		c.kind = kindCountryDesc
	case peopleNouns[l]:
		if r.chunkContext(c).country != "" {
			c.kind, c.plural = kindBody, true
		}
	case bodyWords[l] || orgSelfNouns[l]:
		c.kind, c.plural = kindBody, plural
	case personNouns[l] || titleWords[l]:
		c.kind, c.plural = kindPersonDesc, plural
		if plural {
			c.kind = kindBody
		}
	}
}

// checkPost drops a post-modifier that a personal name follows: in
// "Minister of National Defense General Wei Fenghe" and "Special
// Representative for Iran Brian Hook" the prepositional phrase is part of
// the title before the name. After a body ("the government of Abdrabbuh
// Mansur Hadi") it stays.
func (r *run) checkPost(c *chunk) {
	if c.post >= c.end {
		return
	}
	before := -1
	for k := c.a0; k < c.a1; k++ {
		if r.atoms[k].end <= c.post {
			before = k
		}
	}
	if before >= 0 && r.atoms[before].kind == atomAgent && r.isBodyAtom(&r.atoms[before]) {
		return
	}
	for k := c.a0; k < c.a1; k++ {
		a := &r.atoms[k]
		if a.start <= c.post {
			continue
		}
		name := r.isPersonMatch(*a)
		if a.kind == atomCaps && k == c.a1-1 && k > c.a0 && a.end == c.end {
			prev := &r.atoms[k-1]
			name = prev.kind == atomAgent && prev.end == a.start ||
				prev.kind == atomName && prev.end == a.start ||
				len(r.wordStarts(a.start, a.end)) >= 3
		}
		if name {
			c.post = c.end
			return
		}
	}
}

// modifierUse says whether a country adjective heads a chunk only because
// the noun it modifies is no actor ("Ukrainian cities"): then the chunk
// names nothing.
func (r *run) modifierUse(c *chunk, h *atom) bool {
	if h.end != c.end || c.end >= len(r.v.forms) {
		return false
	}
	if r.v.forms[c.end] == "-" && r.v.joined(c.end-1) {
		return true // "Turkish-Libyan agreement"
	}
	// a country's adjective or demonym, or a place's adjective ("Bavarian
	// towns")
	if len(h.name.Refs) == 0 || !r.onlyAdjective(*h) && !r.placeAdjective(h) {
		return false
	}
	// Alone, an adjective or a singular demonym names no actor ("Greek,
	// Cypriot and French counterparts"); "the Chinese" and "Russians" do.
	w := r.v.lower[h.end-1]
	plural := len(w) > 1 && w[len(w)-1] == 's'
	return r.nounFollows(c.end) || c.det == "" && !plural
}

// nounFollows says whether the word at j is a noun a modifier may bear on:
// tagged NOUN, or (untagged) a lower-case word that is neither a function
// word nor verb-like.
func (r *run) nounFollows(j int) bool {
	v := &r.v
	if j >= len(v.forms) {
		return false
	}
	if u := v.upos(j); u != "" {
		return u == "NOUN" || u == "ADJ" || u == "PROPN"
	}
	l := v.lower[j]
	if v.caps[j] || !isWordish(l) || prepositions[l] || auxiliaries[l] || adverbs[l] || determiners[l] {
		return false
	}
	if _, ok := speechForms[l]; ok {
		return false
	}
	switch l {
	case "and", "or", "but", "who", "which", "that", "as", "to", "than":
		return false
	}
	n := len(l)
	return !(n > 2 && l[n-2:] == "ed") && !(n > 4 && l[n-3:] == "ing")
}

// classifyAgent handles a chunk headed by an agent or title: one person
// ("the Russian president", "a government official") or a body or group
// ("Serbian police", "protesters").
func (r *run) classifyAgent(c *chunk, h *atom) {
	v := &r.v
	last := r.agentHead(h)
	plural := v.plural(last)
	if c.count > 1 || c.det == "both" {
		c.kind, c.plural = kindGroupDesc, true
		return
	}
	if h.end == c.end && c.post == c.end && r.nounFollows(c.end) && !r.v.caps[h.start] {
		return // "civilian deaths", "a Ukrainian passenger jet": a modifier, no actor
	}
	if bodyWords[v.lemmas[last]] || plural {
		c.kind, c.plural = kindBody, plural
		return
	}
	c.kind = kindPersonDesc
}

// demonymPlural says whether a name atom is a plural demonym ("Russians").
func (r *run) demonymPlural(a atom) bool {
	for _, ref := range a.name.Refs {
		if ref.Kind == lexicon.ByDemonym {
			w := r.v.lower[a.end-1]
			return len(w) > 1 && w[len(w)-1] == 's'
		}
	}
	return false
}

// extendTo makes the chunk end at e when a name suffix runs past it
// ("Biden, Jr.").
func (c *chunk) extendTo(e int) {
	if e <= c.end {
		return
	}
	if c.post == c.end {
		c.post = e
	}
	c.end = e
}

// placeOnly says whether a name atom names only a capital or place.
func (r *run) placeOnly(a *atom) bool {
	for _, ref := range a.name.Refs {
		if ref.Kind != lexicon.ByCapital && ref.Kind != lexicon.ByPlace {
			return false
		}
	}
	return len(a.name.Refs) > 0
}
