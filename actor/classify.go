package actor

import (
	"strings"

	"github.com/readout/readout/lexicon"
)

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
	if c.head < 0 {
		return
	}
	h := &r.atoms[c.head]
	if h.kind == atomCaps && c.head > c.a0 && h.end-h.start == 1 {
		// "Ricardo Rosselló Nevares": a second surname after a known name
		if p := &r.atoms[c.head-1]; p.kind == atomName && p.end == h.start && r.isPersonMatch(*p) && !r.isTitleWord(h.start) {
			c.head--
			c.kind, c.nameS, c.nameE = kindPerson, p.start, r.nameSuffix(h.end)
			c.extendTo(c.nameE)
			return
		}
	}
	if h.kind == atomName && c.head > c.a0 && r.isPersonMatch(*h) {
		// "Karim Haddad" is not the Haddad of the dictionary: an unknown
		// first name before a surname alias makes an unknown name
		if p := &r.atoms[c.head-1]; p.kind == atomCaps && p.end == h.start && h.end-h.start == 1 {
			p.end = h.end
			r.atoms = append(r.atoms[:c.head], r.atoms[c.head+1:]...)
			c.a1--
			c.head--
			h = p
		}
	}
	switch h.kind {
	case atomName:
		if r.isPersonMatch(*h) {
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

// classifyNoun handles a chunk headed by a description noun.
func (r *run) classifyNoun(c *chunk) {
	v := &r.v
	l := v.lemmas[c.noun]
	plural := v.plural(c.noun) || c.count > 1
	two := ""
	if c.noun+1 < c.end {
		two = v.lower[c.noun] + " " + v.lemmas[c.noun+1]
	}
	switch {
	case plural && c.count > 1 || plural && c.det == "both":
		c.kind, c.plural = kindGroupDesc, true
	case sideHeads[l] && !plural:
		c.kind = kindCountryDesc
	case (countryHeads[l] || countryHeads[two]) && !plural && c.det != "" && c.det != "a" && c.det != "an":
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

// classifyCaps handles a chunk headed by unknown capitalised words: a
// personal name when a title, agent, honorific or person noun stands
// before it, or when its last word is the surname of a person already
// met; an organisation or place when a country name stands in it.
func (r *run) classifyCaps(c *chunk, h *atom) {
	v := &r.v
	if r.bodyAfter(c, h) {
		c.kind = kindPlace
		return
	}
	if r.titledName(c, h) {
		c.kind, c.nameS, c.nameE = kindPerson, r.nameStart(c, h), r.nameSuffix(h.end)
		c.extendTo(c.nameE)
		return
	}
	if len(r.wordStarts(h.start, h.end)) == 1 {
		if _, ok := r.personBySurname(strings.ToLower(r.d.Text[v.toks[h.start].Start:v.toks[h.end-1].End])); ok {
			c.kind, c.nameS, c.nameE = kindPerson, h.start, h.end
			return
		}
	}
	if r.orgShaped(h) && len(r.wordStarts(h.start, h.end)) >= 2 {
		c.kind = kindPlace // "Landmark Bancshares Corp", "New York Stock Exchange"
		return
	}
	if r.orgPossessor(c) && h.end-h.start >= 2 || r.surnameRepeats(c, h) || r.speakingName(c, h) {
		c.kind, c.nameS, c.nameE = kindPerson, h.start, r.nameSuffix(h.end)
		return
	}
	if c.head > c.a0 {
		// a country's name run on by capitalised words names a body:
		// "USA Today", "China Daily"
		if p := &r.atoms[c.head-1]; p.kind == atomName && p.end == h.start && r.nameOnly(p) {
			c.kind = kindPlace
			return
		}
	}
	if !r.orgShaped(h) {
		return
	}
	for _, a := range r.atoms[c.a0:c.head] {
		if a.kind == atomName {
			c.kind = kindPlace
			return
		}
	}
}

// orgShaped says whether capitalised words end like the name of a body or
// place ("... Media", "... Airport", "... Police Headquarters").
func (r *run) orgShaped(h *atom) bool {
	l := r.v.lemmas[h.end-1]
	if placeWords[l] || orgWords[l] || bodyWords[l] || companyWords[strings.TrimSuffix(r.v.lower[h.end-1], ".")] {
		return true
	}
	_, ok := r.c.lex.MatchAgent(r.v.lemmas, h.end-1)
	return ok
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
	adjective := false
	for _, ref := range h.name.Refs {
		switch ref.Kind {
		case lexicon.ByAdjective, lexicon.ByDemonym:
			adjective = true
		default:
			return false
		}
	}
	if !adjective {
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

// titledName says whether a person title stands before the capitalised
// head: an agent or title right before it ("Police director Vladimir
// Rebic"), or before a short prepositional phrase that ends at the name
// ("Special Representative for Iran Brian Hook", "Minister of Information
// Moammar al-Eryani"); or an honorific or person noun right before it.
func (r *run) titledName(c *chunk, h *atom) bool {
	v := &r.v
	if c.head > c.a0 {
		prev := &r.atoms[c.head-1]
		if prev.end == h.start && prev.kind == atomAgent && !r.isBodyAtom(prev) {
			return true
		}
		if r.titleThroughPrep(c, prev, h) {
			return true
		}
	}
	k := h.start - 1
	if k < c.start {
		return false
	}
	l := v.lower[k]
	return honorifics[l] || titleWords[l] || titleWords[v.lemmas[k]] || personNouns[v.lemmas[k]]
}

// titleThroughPrep recognises TITLE of|for [the] NAME PERSON and
// TITLE of PORTFOLIO PERSON.
func (r *run) titleThroughPrep(c *chunk, prev, h *atom) bool {
	v := &r.v
	at := h.start
	if prev.kind == atomName && prev.end == h.start {
		at = prev.start
	} else if len(r.wordStarts(h.start, h.end)) < 3 {
		return false
	}
	if at > c.start && v.lower[at-1] == "the" {
		at--
	}
	if at <= c.start || v.lower[at-1] != "of" && v.lower[at-1] != "for" {
		return false
	}
	for k := c.a0; k < c.head; k++ {
		if a := &r.atoms[k]; a.end == at-1 && a.kind == atomAgent && !r.isBodyAtom(a) {
			return true
		}
	}
	return false
}

// bodyAfter says whether the capitalised head follows a body agent
// ("news agency ISNA", "firm Saba"): it then names that body.
func (r *run) bodyAfter(c *chunk, h *atom) bool {
	if c.head <= c.a0 {
		return false
	}
	a := &r.atoms[c.head-1]
	return a.kind == atomAgent && a.end == h.start && r.isBodyAtom(a)
}

// agentHead returns the head token of an agent or title: the word before
// "of" in "member of parliament", else the last word.
func (r *run) agentHead(a *atom) int {
	for k := a.start + 1; k < a.end; k++ {
		if r.v.lower[k] == "of" {
			return k - 1
		}
	}
	return a.end - 1
}

// isBodyAtom says whether an agent atom names a body, not a person.
func (r *run) isBodyAtom(a *atom) bool {
	l := r.v.lemmas[r.agentHead(a)]
	if bodyWords[l] || orgWords[l] {
		return true
	}
	if a.agent != nil {
		switch a.agent.Code {
		case "NGO", "IGO", "BUS", "MED":
			return !personNouns[l] && !titleWords[l] && !personAgents[l]
		}
	}
	return false
}

// nameStart returns where a personal name starts inside a capitalised
// head. After "Minister of" the first words name the portfolio
// ("Minister of Information Moammar al-Eryani"): the name is the last two
// words. Title words at the front of the run are not part of the name.
func (r *run) nameStart(c *chunk, h *atom) int {
	v := &r.v
	s := h.start
	for s < h.end-1 && (r.isTitleWord(s) || v.lower[s] == "-") {
		s++
	}
	if s > c.start && postPreps[v.lower[s-1]] {
		words := r.wordStarts(s, h.end)
		if len(words) >= 3 {
			return words[len(words)-2]
		}
	}
	return s
}

// wordStarts returns the starts of the words of tokens [s, e), a
// hyphenated compound counting as one word.
func (r *run) wordStarts(s, e int) []int {
	out := r.ints[:0]
	for k := s; k < e; {
		out = append(out, k)
		k = r.hyphenEnd(k)
	}
	r.ints = out
	return out
}

// nameSuffix extends a personal name over a suffix: "Biden, Jr.",
// "Austin III".
func (r *run) nameSuffix(end int) int {
	v := &r.v
	if end < len(v.forms) && suffixes[v.lower[end]] {
		return end + 1
	}
	if end+1 < len(v.forms) && v.forms[end] == "," && suffixes[v.lower[end+1]] {
		return end + 2
	}
	return end
}

// orgPossessor says whether the chunk opens with an organisation's
// possessive ("BBC's Jonathan Marcus").
func (r *run) orgPossessor(c *chunk) bool {
	if c.poss == c.start || c.head == c.a0 {
		return false
	}
	a := r.atoms[c.a0]
	if a.kind != atomName {
		return false
	}
	ref, ok := r.pickRef(a.name, "")
	return ok && r.c.lex.Actors[ref.Actor].Type == lexicon.Organization
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

// surnameRepeats says whether a bare name of two or three words ("Anne
// Sacoolas", "Harry Dunn") is a person's: its last word stands alone
// elsewhere in the article ("Sacoolas, who has immunity", "Dunn's
// mother"), as news refers to people after the first mention.
func (r *run) surnameRepeats(c *chunk, h *atom) bool {
	words := r.wordStarts(h.start, h.end)
	if len(words) < 2 || len(words) > 3 || h.start != c.start && !determiners[r.v.lower[c.start]] || c.a1-c.a0 != 1 {
		return false
	}
	last := words[len(words)-1]
	if r.hyphenEnd(last) != h.end {
		return false
	}
	return r.midCaps.alone(r.v.forms[last])
}

// speakingName says whether a bare capitalised name is the subject of a
// speech verb ("Fallows remarked", "Tamim claimed"): someone speaking is a
// person more often than not; an organisation's name would be in the
// dictionaries or carry a body word.
func (r *run) speakingName(c *chunk, h *atom) bool {
	if h.start != c.start || c.a1-c.a0 != 1 || r.orgShaped(h) || len(r.wordStarts(h.start, h.end)) > 3 ||
		isAcronym(r.v.forms[h.start]) {
		return false
	}
	v := &r.v
	if v.parsed {
		for i := h.start; i < h.end; i++ {
			if g := v.toks[i].Head - 1; v.toks[i].Rel == "nsubj" && g >= 0 && g < len(v.toks) && SpeechVerb(v.lemmas[g]) {
				return true
			}
		}
		return false
	}
	return r.speechAfter(c.end)
}

// nameOnly says whether a name atom names a country by its name (not an
// adjective, capital or seat).
func (r *run) nameOnly(a *atom) bool {
	for _, ref := range a.name.Refs {
		if ref.Kind != lexicon.ByName || r.c.lex.Actors[ref.Actor].Type != lexicon.Country {
			return false
		}
	}
	return true
}
