package actor

import (
	"github.com/readout/readout/lexicon"
)

// atom is the smallest piece of an actor phrase: a dictionary name
// ("Xi Jinping", "Chinese", "Moscow"), an agent noun ("police", "foreign
// minister"), an office title ("President") or a run of capitalised words
// the dictionaries do not know ("Vladimir Rebic").
type atom struct {
	start, end int
	kind       atomKind
	name       lexicon.ActorMatch // atomName
	agent      *lexicon.Agent     // the agent the words are, if any
	title      lexicon.TitleMatch
	hasTitle   bool
}

type atomKind uint8

const (
	atomName  atomKind = iota + 1 // dictionary name
	atomAgent                     // agent noun or office title
	atomCaps                      // unknown capitalised words
)

// atomSlot memoises atomAt for one token of the current sentence.
type atomSlot struct {
	done, ok bool
	a        atom
}

// atomAt returns the atom that starts at token i, if any (memoised per
// sentence: the chunker asks for the same token more than once).
func (r *run) atomAt(i int) (atom, bool) {
	if i < len(r.memo) {
		if m := &r.memo[i]; m.done {
			return m.a, m.ok
		}
	}
	a, ok := r.findAtom(i)
	if i < len(r.memo) {
		r.memo[i] = atomSlot{true, ok, a}
	}
	return a, ok
}

// findAtom finds the atom that starts at token i. Dictionary names, agents
// and titles compete by length; a name wins a tie.
func (r *run) findAtom(i int) (atom, bool) {
	v := &r.v
	lex := r.c.lex
	nm, nameOK := r.matchName(i)
	nameOK = nameOK && !r.placeAcronym(nm)
	ag, agentOK := lex.MatchAgent(v.lemmas, i)
	if ag2, ok := lex.MatchAgent(v.lower, i); ok && (!agentOK || ag2.End > ag.End) {
		ag, agentOK = ag2, true // "House of Representatives" is written as a plural
	}
	agentOK = agentOK && r.agentOK(i)
	ti, titleOK := lex.MatchTitle(v.forms, i)
	end := 0
	if nameOK {
		end = nm.End
	}
	if agentOK && ag.End > end {
		end = ag.End
	}
	if titleOK && ti.End > end {
		end = ti.End
	}
	if end == 0 {
		// A capitalised title word or honorific before a name: "Secretary
		// Austin", "Director Rebic", "Dr Ali bin Tamim".
		if v.caps[i] && r.isTitleWord(i) && i+1 < len(v.forms) && v.caps[i+1] && (!v.headline || r.personAt(i+1)) {
			return atom{start: i, end: i + 1, kind: atomAgent, agent: r.agentOfWords(i, i+1)}, true
		}
		return atom{}, false
	}
	// A title that a name alias starts with gives way to a longer name
	// after it: "President Xi Jinping" is the title and "Xi Jinping", not
	// the alias "President Xi" and a stray "Jinping".
	if nameOK && nm.End == end {
		for _, t := range [2]int{ti.End, ag.End} {
			if t > i && t < end && (t == ti.End && titleOK || t == ag.End && agentOK) {
				if m2, ok := r.matchName(t); ok && m2.End > end {
					nameOK, end = false, t
					break
				}
			}
		}
	}
	a := atom{start: i, end: end, kind: atomAgent}
	if nameOK && nm.End == end {
		a.kind, a.name = atomName, nm
	}
	if agentOK && ag.End == end {
		a.agent = ag.Items[0]
	}
	if titleOK && ti.End == end {
		a.title, a.hasTitle = ti, true
	}
	if a.kind == atomAgent && a.agent == nil {
		a.agent = r.agentOfWords(i, end)
	}
	return a, true
}

// matchName finds a dictionary name at token i, reading hyphenated
// compounds as one word ("Abdul-Mahdi", "Agence France-Presse") as well as
// token by token ("China-Russia" gives China). The longer match wins. A
// name must be written with a capital (or start with a particle such as
// "al").
func (r *run) matchName(i int) (lexicon.ActorMatch, bool) {
	v := &r.v
	if !r.nameCaps(i) {
		return lexicon.ActorMatch{}, false
	}
	m, ok := r.c.lex.MatchActor(v.forms, i)
	if w := v.tokWord[i]; w >= 0 {
		if mw, okw := r.c.lex.MatchActor(v.words, w); okw {
			if end := v.wordTok[mw.End]; !ok || end > m.End {
				mw.Start, mw.End = i, end
				return mw, true
			}
		}
	}
	if ok && v.tokWord[m.End-1] < 0 && m.End < len(v.forms) && v.tokWord[m.End] < 0 {
		// the name ends inside a compound: "Houthi-led" keeps it, but
		// "Abdul" of "Abdul-Mahdi" is no name
		if v.forms[m.End] == "-" && m.End+1 < len(v.forms) && v.caps[m.End+1] {
			return m, false
		}
	}
	return m, ok
}

// nameCaps says whether the word at i may start a name: capitalised, a
// particle before a capitalised word, or "the" before one.
func (r *run) nameCaps(i int) bool {
	v := &r.v
	if v.caps[i] {
		return true
	}
	if (particles[v.lower[i]] || v.lower[i] == "the") && i+1 < len(v.caps) {
		return v.caps[i+1] || v.forms[i+1] == "-" && i+2 < len(v.caps) && v.caps[i+2]
	}
	return false
}

// hyphenEnd returns the end of the hyphenated compound starting at i
// (tokens joined by "-" with no spaces), or i+1 when there is none.
func (r *run) hyphenEnd(i int) int {
	v := &r.v
	j := i + 1
	for j+1 < len(v.forms) && v.forms[j] == "-" && v.joined(j-1) && v.joined(j) {
		j += 2
	}
	return j
}

// agentOK rejects an agent match on a word the tagger calls a verb
// ("police" the noun, not "to police").
func (r *run) agentOK(start int) bool {
	v := &r.v
	if v.upos(start) == "VERB" || v.upos(start) == "AUX" {
		return false
	}
	return true
}

// agentOfWords returns the agent named by the last word of a title that is
// not an agent phrase itself ("Special Representative" -> representative),
// or nil.
func (r *run) agentOfWords(start, end int) *lexicon.Agent {
	for k := end - 1; k >= start; k-- {
		if m, ok := r.c.lex.MatchAgent(r.v.lemmas, k); ok && m.End <= end {
			return m.Items[0]
		}
	}
	return nil
}

// isTitleWord says whether token i can stand in a title before a name:
// an agent or title atom, an honorific, or a listed title word.
func (r *run) isTitleWord(i int) bool {
	l := r.v.lower[i]
	return honorifics[l] || titleWords[l] || titleWords[r.v.lemmas[i]] || personNouns[l]
}

// capsRun returns the end of the run of unknown capitalised words starting
// at i (i when token i does not start one). The run may hold particles,
// initials and hyphens; it stops at any dictionary atom.
func (r *run) capsRun(i int) int {
	v := &r.v
	j := i
	if particles[v.lower[i]] && i+2 < len(v.forms) && v.forms[i+1] == "-" && v.joined(i) && v.joined(i+1) && v.caps[i+2] {
		j = i + 2 // "al-Eryani"
	}
	for j < len(v.forms) {
		switch {
		case v.caps[j] && !notNames[v.lower[j]] && isWordish(v.forms[j]):
			if j > i {
				if _, ok := r.atomAt(j); ok {
					return j
				}
			}
			j++
		case j > i && particles[v.lower[j]] && j+1 < len(v.forms) && (v.caps[j+1] || v.forms[j+1] == "-"):
			j++
		case j > i && v.forms[j] == "-" && v.joined(j-1) && v.joined(j) && j+1 < len(v.forms) && v.caps[j+1]:
			j++
		default:
			return j
		}
	}
	return j
}

// isWordish says whether a token is a word (starts with a letter).
func isWordish(s string) bool {
	if s == "" {
		return false
	}
	c := s[0]
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= 0x80
}

// personAt says whether a dictionary person's name starts at token i
// ("Secretary Blinken" in a title-case headline).
func (r *run) personAt(i int) bool {
	m, ok := r.matchName(i)
	return ok && r.isPersonMatch(atom{start: i, end: m.End, kind: atomName, name: m})
}
