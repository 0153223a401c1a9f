package statement

import "github.com/readout/readout/actor"

// findSpeaker finds who makes cue k: from the parse when there is one
// (the cue's nominal subject), else from word order: the phrase right
// before the cue ("Xi said", "Souhail Alouini, a member of Parliament,
// said"), right after it in the inverted order (", stressed the Russian
// president"), the object of "according to" and of "quoted", or, further
// back, the nearest phrase that is not the object of a preposition.
// Participles wait for borrowSpeaker.
func (r *run) findSpeaker(k int) {
	c := &r.cues[k]
	var ref actor.Ref
	ok := false
	switch c.form {
	case according:
		ref, ok = r.mentionStartingAt(c.end)
	case quotedAs:
		ref, ok = r.mentionStartingAt(r.quotedBefore(c.start-1) + 1)
	default:
		ref, ok = r.finiteSpeaker(c)
	}
	c.speaker, c.hasSpeaker = ref, ok
}

// finiteSpeaker finds the speaker of a verb cue. The inverted order
// (", stressed the Russian president.") and a phrase right before the
// verb ("Xi said", "Russia, he said,") are read from word order; the parse
// overrules the phrase before the verb only when it names another subject
// of the verb itself ("scientists from X and Y say"), and finds subjects
// further away ("Prime Minister Mitsotakis speaking to ... called").
func (r *run) finiteSpeaker(c *cue) (actor.Ref, bool) {
	if ref, ok := r.speakerAfter(c.end); ok {
		return ref, true
	}
	subj := -1
	if r.parsed() {
		subj = r.directSubject(c.start)
	}
	if c.form != participle {
		if ref, ok := r.speakerBefore(c.start); ok && (subj < 0 || subj >= ref.Start && subj < ref.End || !r.dependentPhrase(ref)) {
			return ref, true
		}
	}
	if subj >= 0 {
		return r.ix.At(r.s, subj)
	}
	if r.parsed() {
		if ref, ok, _ := r.parsedSubject(c.start); ok || c.form == participle {
			return ref, ok
		}
	}
	if c.form == participle {
		return actor.Ref{}, false
	}
	return r.speakerBack(c.start)
}

// dependentPhrase says whether the parse hangs a phrase on another word as
// a conjunct, object or modifier ("UC Davis" in "scientists from Bristol
// and UC Davis say"): such a phrase right before a verb is not its subject.
func (r *run) dependentPhrase(m actor.Ref) bool {
	for i := m.Start; i < m.End; i++ {
		if h := r.toks[i].Head - 1; h >= m.Start && h < m.End {
			continue
		}
		switch r.toks[i].Rel {
		case "conj", "nmod", "obl", "obj", "iobj", "nmod:poss", "compound":
			return true
		}
		return false
	}
	return false
}

// directSubject returns the nominal subject of the verb at t in the parse
// (the nearest when there are two), or -1.
func (r *run) directSubject(t int) int {
	best := -1
	for i := range r.toks {
		if r.toks[i].Head-1 == t && (r.toks[i].Rel == "nsubj" || r.toks[i].Rel == "nsubj:outer") {
			if best < 0 || abs(i-t) < abs(best-t) {
				best = i
			}
		}
	}
	return best
}

// parsedSubject returns the mention of the nominal subject of the verb at
// t (the nearest, when the parse gives two), looking through a participle
// to the verb it depends on. has says whether the parse has a subject at
// all, named by an entity or not.
func (r *run) parsedSubject(t int) (ref actor.Ref, ok, has bool) {
	for hops := 0; hops < 3 && t >= 0 && t < len(r.toks); hops++ {
		best := -1
		for i := range r.toks {
			if r.toks[i].Head-1 == t && (r.toks[i].Rel == "nsubj" || r.toks[i].Rel == "nsubj:outer") {
				if best < 0 || abs(i-t) < abs(best-t) {
					best = i
				}
			}
		}
		if best >= 0 {
			ref, ok = r.ix.At(r.s, best)
			return ref, ok, true
		}
		switch r.toks[t].Rel {
		case "advcl", "xcomp", "conj", "parataxis", "acl":
			t = r.toks[t].Head - 1
		default:
			return actor.Ref{}, false, false
		}
	}
	return actor.Ref{}, false, false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// speakerBefore finds the speaker phrase ending right before t, past
// adverbs and auxiliaries and one comma after an appositive.
func (r *run) speakerBefore(t int) (actor.Ref, bool) {
	k := t
	for k > 0 && (adverbs[r.lower[k-1]] || auxiliaries[r.lower[k-1]]) {
		k--
	}
	if ref, ok := r.mentionEndingAt(k); ok && !r.afterPreposition(ref.Start) {
		return ref, true
	}
	if k > 1 && r.lower[k-1] == "," {
		if ref, ok := r.mentionEndingAt(k - 1); ok && ref.Start > 0 && ref.Entity.Type == "person" {
			return ref, true
		}
	}
	return actor.Ref{}, false
}

// speakerAfter finds the speaker of an inverted cue (", said Xi", ",
// stressed the Russian president"): a phrase right after a cue that
// follows a comma or a closing quotation mark.
func (r *run) speakerAfter(e int) (actor.Ref, bool) {
	c := r.cueAt(e - 1)
	if c == nil {
		return actor.Ref{}, false
	}
	if c.start > 0 {
		if p := r.toks[c.start-1].Text; p != "," && !isQuote(p) {
			return actor.Ref{}, false
		}
	} else if !isPast(r.lower[c.start]) {
		return actor.Ref{}, false // "Remarked X, ..." opens with the cue
	}
	ref, ok := r.mentionStartingAt(e)
	if !ok || ref.End < len(r.toks) && !closing(r.toks[ref.End].Text) {
		return actor.Ref{}, false // ", said workers would strike" is no inversion
	}
	return ref, true
}

// closing says whether a token ends a clause: punctuation or a quotation
// mark.
func closing(s string) bool {
	switch s {
	case ",", ".", ";", ":", "!", "?", "\"", "--", ")":
		return true
	}
	return false
}

// speakerBack looks back from t for the nearest phrase that may be the
// cue's subject: not the object of a preposition, not inside a quotation,
// a person rather than anything else.
func (r *run) speakerBack(t int) (actor.Ref, bool) {
	var best actor.Ref
	found := false
	for _, m := range r.ix.Mentions(r.s) {
		if m.End > t || r.afterPreposition(m.Start) || r.inQuote(m.Start) {
			continue
		}
		better := !found || m.End > best.End || m.End == best.End && m.Start < best.Start
		if m.Entity.Type == "person" && (!found || best.Entity.Type != "person") {
			better = true
		} else if found && best.Entity.Type == "person" && m.Entity.Type != "person" {
			better = false
		}
		if better {
			best, found = m, true
		}
	}
	return best, found
}

// afterPreposition says whether a phrase starting at s is the object of a
// preposition ("to the Atlantic Council think tank").
func (r *run) afterPreposition(s int) bool {
	if s > 0 && prepositions[r.lower[s-1]] {
		return true
	}
	return s > 1 && determiners[r.lower[s-1]] && prepositions[r.lower[s-2]]
}

// borrowSpeaker gives a participle cue the speaker of its clause: an
// opening participle ("Noting that ..., Xi pointed out") the speaker of
// the cue after it, a later one (", adding that", "by saying") the speaker
// of the cue before it, else the sentence's subject.
func (r *run) borrowSpeaker(k int) {
	c := &r.cues[k]
	if c.hasSpeaker || c.form != participle {
		return
	}
	if c.start == 0 || r.toks[c.start-1].Text == "\"" {
		for j := k + 1; j < len(r.cues); j++ {
			if r.cues[j].hasSpeaker {
				c.speaker, c.hasSpeaker = r.cues[j].speaker, true
				return
			}
		}
	}
	for j := k - 1; j >= 0; j-- {
		if r.cues[j].hasSpeaker && r.cues[j].form != according {
			c.speaker, c.hasSpeaker = r.cues[j].speaker, true
			return
		}
	}
	c.speaker, c.hasSpeaker = r.sentenceSubject(c.start)
}

// sentenceSubject returns the first phrase before t that is not inside a
// fronted phrase or a prepositional phrase: the main clause's subject.
func (r *run) sentenceSubject(t int) (actor.Ref, bool) {
	from := 0
	if fronted[r.word(0)] {
		for i := 0; i < t; i++ {
			if r.toks[i].Text == "," {
				from = i + 1
				break
			}
		}
	}
	for _, m := range r.ix.Mentions(r.s) {
		if m.Start < from || m.Start >= t {
			continue
		}
		if m.Start > 0 && prepositions[r.lower[m.Start-1]] {
			continue
		}
		return m, true
	}
	return actor.Ref{}, false
}

// mentionEndingAt returns the longest mention that ends right before
// token e.
func (r *run) mentionEndingAt(e int) (actor.Ref, bool) {
	var best actor.Ref
	found := false
	for _, m := range r.ix.Mentions(r.s) {
		if m.End == e && (!found || m.Start < best.Start) {
			best, found = m, true
		}
	}
	return best, found
}

// mentionStartingAt returns the longest mention that starts at token s,
// or right after a determiner there.
func (r *run) mentionStartingAt(s int) (actor.Ref, bool) {
	if s < 0 {
		return actor.Ref{}, false
	}
	for _, at := range [2]int{s, s + 1} {
		if at == s+1 && !determiners[r.word(s)] {
			break
		}
		var best actor.Ref
		found := false
		for _, m := range r.ix.Mentions(r.s) {
			if m.Start == at && (!found || m.End > best.End) {
				best, found = m, true
			}
		}
		if found {
			return best, true
		}
	}
	return actor.Ref{}, false
}

// cueAt returns the cue that ends at token t (inclusive), or nil.
func (r *run) cueAt(t int) *cue {
	for k := range r.cues {
		if r.cues[k].end-1 == t {
			return &r.cues[k]
		}
	}
	return nil
}

// inQuote says whether token t is inside a quotation.
func (r *run) inQuote(t int) bool {
	open := false
	for i := 0; i < t; i++ {
		if isQuote(r.toks[i].Text) {
			open = !open
		}
	}
	return open
}

var prepositions = setOf("of", "in", "on", "at", "to", "from", "with", "by", "for", "about",
	"against", "between", "among", "into", "over", "under", "through", "during", "after",
	"before", "since", "toward", "towards", "within", "without", "amid", "despite", "including",
	"via", "like", "than")

var fronted = setOf("for", "recalling", "noting", "speaking", "after", "before", "since", "while",
	"when", "as", "although", "though", "in", "on", "at", "during", "following", "despite",
	"stressing", "adding", "saying", "describing", "calling", "referring", "responding",
	"welcoming", "expressing", "asked", "addressing", "according")
