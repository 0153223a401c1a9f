package actor

import (
	"strings"

	"github.com/readout/readout/lexicon"
)

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
	if len(r.wordStarts(h.start, h.end)) == 1 && r.anySurname() {
		if _, ok := r.personBySurname(strings.ToLower(r.d.Text[v.toks[h.start].Start:v.toks[h.end-1].End])); ok {
			c.kind, c.nameS, c.nameE = kindPerson, h.start, h.end
			return
		}
	}
	if r.orgShaped(h) && len(r.wordStarts(h.start, h.end)) >= 2 || r.orgInName(c) {
		c.kind = kindPlace // "Landmark Bancshares Corp", "Kenya National Commission on Human Rights"
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
	if h.start != c.start || c.head != c.a0 || h.end > c.post || r.orgShaped(h) ||
		len(r.wordStarts(h.start, h.end)) > 3 || isAcronym(r.v.forms[h.start]) {
		return false // "Mike Ryan of the World Health Organization told" may have an "of" phrase
	}
	v := &r.v
	for i := h.start; i < h.end && v.parsed; i++ {
		if g := v.toks[i].Head - 1; v.toks[i].Rel == "nsubj" && g >= 0 && g < len(v.toks) && SpeechVerb(v.lemmas[g]) {
			return true
		}
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

// orgInName says whether a body word ends an earlier part of a longer
// capitalised name ("National Commission" in "Kenya National Commission
// on Human Rights").
func (r *run) orgInName(c *chunk) bool {
	for k := c.a0; k < c.head; k++ {
		if a := &r.atoms[k]; a.kind == atomCaps && r.orgShaped(a) && a.end < r.atoms[c.head].start && r.v.lower[a.end] == "on" {
			return true
		}
	}
	return false
}
