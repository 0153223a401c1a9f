package actor

import "github.com/readout/readout/lexicon"

// postFollows says whether a name or capitalised word follows a
// preposition, making it a post-modifier ("of Russia", "for Iran").
func (r *run) postFollows(j int) bool {
	v := &r.v
	if j < len(v.forms) && v.lower[j] == "the" {
		j++
	}
	if j >= len(v.forms) {
		return false
	}
	if a, ok := r.atomAt(j); ok && (a.kind == atomName || v.caps[j]) {
		if a.kind == atomName && (r.onlyAdjective(a) || r.placeAdjective(&a)) {
			// "in Iraqi military bases" is no place; "of the Tunisian
			// League" is a name
			return a.end < len(v.forms) && v.caps[a.end]
		}
		return true
	}
	return v.caps[j] && !v.headline && r.capsRun(j) > j
}

// postOK says whether a preposition may attach a post-modifier to what the
// chunk holds so far: "of" and "for" after a title, agent or name ("President
// Xi Jinping of the People's Republic of China", "Special Representative for
// Iran"); "in", "at" and "from" only after an agent ("police in Belgrade").
func (r *run) postOK(c *chunk, prep string) bool {
	if c.noun >= 0 {
		return prep != "from"
	}
	last := r.atoms[len(r.atoms)-1]
	switch prep {
	case "of", "for":
		return true
	}
	return last.kind == atomAgent
}

// continues says whether token k carries on a noun phrase: an atom or a
// description noun starts there.
func (r *run) continues(k int) bool {
	if k >= len(r.v.forms) || !modifiers[r.v.lower[k-1]] {
		return false
	}
	if a, ok := r.atomAt(k); ok && a.kind != atomName {
		return true
	}
	return r.descNoun(k) > k
}

// headBefore says whether the chunk so far has a head a post-modifier can
// follow: a person's name, a title or an agent.
func (r *run) headBefore(c *chunk) bool {
	for _, a := range r.atoms[c.a0:] {
		if a.kind == atomAgent || a.kind == atomCaps || a.kind == atomName && r.isPersonMatch(a) {
			return true
		}
	}
	return c.noun >= 0
}

// allNames says whether every atom of the chunk so far is a dictionary
// name (the chunk is a possessor such as "Russia's").
func (r *run) allNames(c *chunk) bool {
	for _, a := range r.atoms[c.a0:] {
		if a.kind != atomName {
			return false
		}
	}
	return true
}

// descNoun returns the end of a description noun at j ("side",
// "neighbor", "leaders", "counterpart"), or j when there is none.
func (r *run) descNoun(j int) int {
	v := &r.v
	l := v.lemmas[j]
	if r.twoWordCountry(j) {
		return j + 2
	}
	if countryHeads[l] || sideHeads[l] || personNouns[l] || peopleNouns[l] || titleWords[l] && !v.caps[j] ||
		orgSelfNouns[l] && !v.caps[j] && j > 0 && r.lastAtomEnds(j) {
		return j + 1
	}
	if _, ok := groupHeads[l]; ok && v.plural(j) {
		return j + 1 // a plural: "leaders", "sides"
	}
	return j
}

func hyphenModifier(w string) bool {
	switch w {
	case "based", "led", "backed", "born", "run", "owned", "controlled", "funded", "allied",
		"aligned", "linked", "affiliated", "sponsored", "supported":
		return true
	}
	return false
}

// isAcronym says whether s is written in capitals ("PRC", "U.S.", "FEMA").
func isAcronym(s string) bool {
	letters := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			letters++
		case c == '.' || c == '-' || c == '&' || c >= '0' && c <= '9':
		default:
			return false
		}
	}
	return letters >= 2
}

// isClauseWord says whether a word after "'s" shows the "'s" is "is"/"has"
// ("Russia's ready", "Xi's said"): a verb-like word, not a noun phrase.
func isClauseWord(w string) bool {
	switch w {
	case "been", "not", "a", "an", "the", "said", "going", "got", "also":
		return true
	}
	return false
}

// onlyAdjective says whether a name atom is only a country adjective or
// demonym.
func (r *run) onlyAdjective(a atom) bool {
	for _, ref := range a.name.Refs {
		if ref.Kind != lexicon.ByAdjective && ref.Kind != lexicon.ByDemonym {
			return false
		}
	}
	return true
}

// lastAtomEnds says whether the chunk's last atom ends right before j (a
// body noun after an agent: "student groups").
func (r *run) lastAtomEnds(j int) bool {
	n := len(r.atoms)
	return n > 0 && r.atoms[n-1].end == j && r.atoms[n-1].kind == atomAgent
}

// twoWordCountry says whether tokens j and j+1 are a two-word country
// description ("neighbouring country", "island nation").
func (r *run) twoWordCountry(j int) bool {
	v := &r.v
	return j+1 < len(v.forms) && countryPairs[v.lower[j]] != "" && countryPairs[v.lower[j]] == v.lemmas[j+1]
}
