package actor

// chunk is a noun phrase that may name an actor: a determiner, modifiers,
// atoms, and at most one post-modifier ("of the People's Republic of
// China"). Pronouns are chunks of one token.
type chunk struct {
	start, end int
	det        string // lower-case determiner or possessive pronoun, "" when none
	count      int    // "the two leaders": 2
	a0, a1     int    // its atoms: run.atoms[a0:a1]
	// poss ends a possessor that names an actor ("Russia's"): tokens
	// [start, poss) are that actor's mention. poss == start when none.
	poss int
	// possAt is where the phrase after any possessive "'s" starts
	// ("diplomat's wife": at "wife"); start when there is none.
	possAt int
	post   int // where a post-modifier after the head starts; end when none
	noun   int // a description noun that is not an atom ("side", "leaders"); -1 when none
	abbr   int // token of a bracketed abbreviation after a name ("(PRC)"); -1 when none

	isPron bool
	pron   pronoun

	// set by classify
	kind         chunkKind
	head         int // atom index of the head; -1 when none
	nameS, nameE int // tokens of a personal name; equal when none
	plural       bool

	// set by resolution
	ent     int // entity index; -1 when none
	subject bool
	speaker bool
	appos   int // chunk index of an appositive merged into this one; -1
	skip    bool
}

// chunkKind says what a chunk names.
type chunkKind uint8

const (
	kindNone        chunkKind = iota
	kindPronoun               // he, his, they
	kindPerson                // a dictionary person or a personal name
	kindActor                 // a dictionary country, institution, organisation, group, capital or seat
	kindBody                  // an agent naming a body or a group: "Serbian police", "protesters"
	kindPersonDesc            // one person by description: "the Russian president", "Dunn's mother"
	kindCountryDesc           // "the northern neighbor", "the Chinese side"
	kindGroupDesc             // "the two leaders", "both sides"
	kindPlace                 // an unknown organisation or place named with a country: "Abu Dhabi Media"
)

// chunks splits sentence v into chunks, left to right.
func (r *run) findChunks() {
	r.chunks = r.chunks[:0]
	r.atoms = r.atoms[:0]
	n := len(r.v.forms)
	if cap(r.memo) < n {
		r.memo = make([]atomSlot, n)
	}
	r.memo = r.memo[:n]
	clear(r.memo)
	for i := 0; i < n; {
		c, ok := r.parseChunk(i)
		if !ok {
			i++
			continue
		}
		r.classify(&c)
		r.chunks = append(r.chunks, c)
		i = max(c.end, i+1) // always move on, even past an empty chunk
	}
}

// parseChunk reads the chunk that starts at token i.
func (r *run) parseChunk(i int) (chunk, bool) {
	v := &r.v
	n := len(v.forms)
	c := chunk{start: i, poss: i, possAt: i, noun: -1, abbr: -1, head: -1, ent: -1, appos: -1, a0: len(r.atoms)}
	if p, ok := pronouns[v.lower[i]]; ok && !(p.possessive && r.bodyFollows(i+1)) {
		c.end, c.isPron, c.pron, c.kind = i+1, true, p, kindPronoun
		c.a1 = c.a0
		return c, true
	}
	j := i
	if determiners[v.lower[j]] && !(demonstratives[v.lower[j]] && j+1 < n && v.caps[j+1]) {
		c.det = v.lower[j]
		j++
	}
	if j < n {
		if k, ok := counts[v.lower[j]]; ok {
			c.count = k
			j++
		} else if c.det == "both" {
			c.count = 2
		}
	}
	end := j
	for j < n {
		next, last, ok := r.chunkStep(&c, j)
		if !ok || next <= j {
			break // no element, or one that would not move on
		}
		if last > 0 {
			end = last
		}
		j = next
		if c.noun >= 0 && c.post == 0 && !(j < n && postPreps[v.lower[j]] && r.postFollows(j+1)) {
			break // a description noun is the head: only a post-modifier may follow
		}
	}
	c.end = end
	c.a1 = len(r.atoms)
	if c.poss > c.end {
		c.poss = c.start // "Russia's attacks": the possessor is the whole chunk
	}
	if c.post > c.end || c.post == 0 {
		c.post = c.end
	}
	if c.a1 == c.a0 && c.noun < 0 {
		r.atoms = r.atoms[:c.a0]
		return c, false
	}
	return c, true
}

// chunkStep reads one element of a chunk at token j. It returns where the
// next element starts, the end of the chunk if it may end after this
// element (0 when it may not), and false when j does not continue it.
func (r *run) chunkStep(c *chunk, j int) (next, end int, ok bool) {
	v := &r.v
	n := len(v.forms)
	lw := v.lower[j]
	hasAtoms := len(r.atoms) > c.a0
	if a, ok := r.atomAt(j); ok {
		r.atoms = append(r.atoms, a)
		return a.end, a.end, true
	}
	switch {
	case c.det != "" && !hasAtoms && v.caps[j] && titleWords[v.lemmas[j]] && !(j+1 < n && v.caps[j+1]):
		c.noun = j // "The Secretary", "the Director"
		return j + 1, j + 1, true
	case !v.caps[j] && (personNouns[v.lemmas[j]] || titleWords[v.lemmas[j]]) && j+1 < n && v.caps[j+1] && !v.headline:
		// "motorcyclist Harry Dunn", "colleague Faisal al-Thubhani"
		r.atoms = append(r.atoms, atom{start: j, end: j + 1, kind: atomAgent, agent: r.agentOfWords(j, j+1)})
		return j + 1, 0, true
	case (lw == "'s" || lw == "'") && hasAtoms && j+1 < n && !isClauseWord(v.lower[j+1]):
		if r.allNames(c) {
			c.poss = j + 1
		}
		c.possAt = j + 1
		return j + 1, 0, true
	case (v.caps[j] || particles[lw]) && !v.headline:
		if k := r.capsRun(j); k > j && r.capsStartOK(j, k) {
			r.atoms = append(r.atoms, atom{start: j, end: k, kind: atomCaps})
			return k, k, true
		}
	case lw == "on" && hasAtoms && v.caps[j-1] && j+1 < n && v.caps[j+1] && !v.headline:
		return j + 1, 0, true // "Commission on Human Rights"
	case lw == "-" && hasAtoms && v.joined(j-1) && j+1 < n && hyphenModifier(v.lower[j+1]):
		return j + 2, 0, true
	case lw == "(" && hasAtoms && j+2 < n && v.forms[j+2] == ")" && isAcronym(v.forms[j+1]):
		c.abbr = j + 1
		return j + 3, j + 3, true
	case postPreps[lw] && (hasAtoms || c.noun >= 0) && r.postOK(c, lw) && r.postFollows(j+1):
		if c.post == 0 && r.headBefore(c) {
			c.post = j
		}
		k := j + 1
		if k < n && v.lower[k] == "the" {
			k++
		}
		return k, 0, true
	case c.count > 0 || c.det != "" || hasAtoms:
		if k := r.descNoun(j); k > j && !r.continues(k) {
			c.noun = j
			return k, k, true
		}
	}
	if modifiers[lw] && j+1 < n && !v.caps[j] {
		return j + 1, 0, true
	}
	return j, 0, false
}

// capsStartOK says whether a capitalised run may start an actor phrase:
// not a sentence-opening word that is not a name.
func (r *run) capsStartOK(j, k int) bool {
	v := &r.v
	if j > 0 && v.forms[j-1] != "\"" && v.forms[j-1] != "(" && v.forms[j-1] != "'" {
		return true
	}
	if _, speech := speechForms[v.lower[j]]; weakStarters[v.lower[j]] || speech {
		return false // "Remarked scientist Tierra Curry, ..."
	}
	if v.upos(j) == "PROPN" || k-j >= 2 {
		return true
	}
	return r.midCaps.has(v.forms[j])
}

// bodyFollows says whether a noun phrase body follows a possessive pronoun
// ("his Russian counterpart").
func (r *run) bodyFollows(j int) bool {
	v := &r.v
	if j >= len(v.forms) {
		return false
	}
	if _, ok := r.atomAt(j); ok {
		return true
	}
	if modifiers[v.lower[j]] || counts[v.lower[j]] > 0 {
		return j+1 < len(v.forms) && r.bodyFollows(j+1)
	}
	return r.descNoun(j) > j
}
