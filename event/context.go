package event

import "github.com/readout/readout/lexicon"

// What earlier sentences tell about a participant. "The spokesperson
// condemned the attack" names no target, but the article has told who
// attacked whom; "The embassy declined the request" rejects whoever made
// the request. A coder reads the definite event noun as the act coded
// before and takes its author (condemning, rejecting, answering) or its
// victim (apologising, claiming or denying responsibility) as the target.

// act is one coded (or, for want of a source, uncoded) act of the
// document, kept for the event nouns of later sentences that refer to it.
type act struct {
	sent     int
	root     string
	src, tgt party
	hasSrc   bool
	hasTgt   bool
	guessed  bool // the source is the place's country (see placeSource)
}

// record keeps an act: its first source and first target.
func (c *coder) record(code string, srcs, tgts actorSet, guessed bool) {
	a := act{sent: c.s.index, root: lexicon.Root(code), guessed: guessed}
	if len(srcs) > 0 {
		a.src, a.hasSrc = c.portable(srcs[0]), true
	}
	if len(tgts) > 0 {
		a.tgt, a.hasTgt = c.portable(tgts[0]), true
	}
	if a.hasSrc || a.hasTgt {
		c.acts = append(c.acts, a)
	}
}

// portable returns a party that keeps its meaning in another sentence: a
// country with no entity loses its token.
func (c *coder) portable(p party) party {
	if p.ent < 0 {
		p.tok = -1
	}
	return p
}

// eventNouns map definite nouns that refer back to an act to the roots
// of the acts they may refer to ("" for any act but statements and
// consultations).
var eventNouns = map[string]string{
	"attack": "18 19 20", "assault": "18 19 20", "strike": "18 19 20", "airstrike": "18 19 20",
	"bombing": "18 19 20", "killing": "18 19 20", "murder": "18 19 20", "assassination": "18 19 20",
	"shooting": "18 19 20", "poisoning": "18 19 20", "shelling": "18 19 20", "raid": "17 18 19 20",
	"invasion": "19 20", "incursion": "19 20", "explosion": "18 19 20", "blast": "18 19 20",
	"violence": "14 17 18 19 20", "aggression": "18 19 20", "massacre": "18 19 20 ",
	"crackdown": "17 18 19", "arrest": "17", "detention": "17", "execution": "17 18",
	"expulsion": "16 17", "ban": "16 17", "restriction": "16 17 19", "sanction": "16 17",
	"embargo": "16", "blockade": "16 19", "incident": "17 18 19 20", "crash": "18 19 20",
	"downing": "18 19 20", "crime": "17 18 19 20",
	"request": "02 10", "demand": "10", "call": "02 10", "appeal": "02", "plea": "02",
	"ultimatum": "10 13", "invitation": "02 03", "threat": "13", "warning": "13",
	"accusation": "11", "allegation": "11", "claim": "01 11", "charge": "11 17",
	"criticism": "11", "condemnation": "11", "attribution": "11", "blame": "11",
	"proposal": "02 03 05", "offer": "03 05 07", "plan": "03 05 16 17",
	"agreement": "03 05", "deal": "03 05", "accord": "03 05", "pact": "03 05",
	"move": "", "decision": "", "step": "", "action": "", "measure": "", "policy": "",
	"mistake": "14 15 16 17 18 19 20", "error": "14 15 16 17 18 19 20", "act": "", "announcement": "",
}

// victimCodes are the acts aimed at the victim of the act they refer to:
// claiming or denying responsibility, condolences, apologies.
var victimCodes = setOf("015", "016", "018", "055")

// anaphor returns the target an event noun of match f refers back to,
// when the match's target slot or object is a definite event noun that
// names no actor ("condemned the attack", "declined the request").
func (c *coder) anaphor(f *found) (party, bool) {
	k := c.anaphoricNoun(f)
	if k < 0 {
		return party{}, false
	}
	roots := eventNouns[c.s.lemma[k]]
	if c.sameKind(k) {
		// "similar attributions of responsibility were made": an act like
		// the one before, aimed at the same target
		for i := len(c.acts) - 1; i >= 0; i-- {
			if a := &c.acts[i]; a.sent < c.s.index && rootIn(a.root, roots) && a.hasTgt {
				return a.tgt, true
			}
		}
		return party{}, false
	}
	if !victimCodes[f.pat.Code] {
		// the latest act of the kind whose author the article names
		for i := len(c.acts) - 1; i >= 0; i-- {
			if a := &c.acts[i]; a.sent <= c.s.index && rootIn(a.root, roots) && a.hasSrc && !a.guessed {
				return a.src, true
			}
		}
	}
	// the victim of the latest act of the kind whose author the article
	// names ("shot down a Ukrainian jet. The 176 people on board were
	// killed. ... regrets this mistake": the jet's country, not the place's),
	// else of the latest of the kind ("Navalny was poisoned ... condemned
	// the attack": no author known)
	for _, named := range [2]bool{true, false} {
		for i := len(c.acts) - 1; i >= 0; i-- {
			if a := &c.acts[i]; a.sent <= c.s.index && rootIn(a.root, roots) && (a.hasTgt || a.hasSrc) && (!named || !a.guessed) {
				if a.hasTgt {
					return a.tgt, true
				}
				return a.src, true
			}
		}
	}
	return party{}, false
}

// rootIn reports whether root is one of roots (space-separated), or, when
// roots is empty, any root but statements (01) and consultations (04).
func rootIn(root, roots string) bool {
	if roots == "" {
		return root != "01" && root != "04"
	}
	for i := 0; i+2 <= len(roots); i += 3 {
		if roots[i:i+2] == root {
			return true
		}
	}
	return false
}

// refersBack reports whether phrase k is a definite event noun naming no
// actor that refers to an act coded before.
func (c *coder) refersBack(k int) bool {
	roots, ok := eventNouns[c.s.lemma[k]]
	if !ok || !c.definite(k) {
		return false
	}
	for i := len(c.acts) - 1; i >= 0; i-- {
		if a := &c.acts[i]; a.sent <= c.s.index && rootIn(a.root, roots) {
			return true
		}
	}
	return false
}

// anaphoricNoun returns the definite event noun among the match's target
// phrase, the anchor's object and the words the match used, -1 when none.
func (c *coder) anaphoricNoun(f *found) int {
	s, st := &c.s, &f.st
	cands := [3]int{st.tgt, -1, -1}
	switch {
	case !f.noun:
		cands[1] = c.patient(f.anchor, false)
	case c.sameKind(f.anchor):
		cands[1] = f.anchor // "similar attributions of responsibility were made"
	}
	for u := 1; u < st.nu && cands[2] < 0; u++ {
		if w := int(st.used[u]); s.isNoun(w) {
			cands[2] = w
		}
	}
	for _, k := range cands {
		if k < 0 {
			continue
		}
		if _, ok := eventNouns[s.lemma[k]]; ok && (c.definite(k) || c.sameKind(k)) && !c.namesActor(k) && c.firstActorUnder(k, nil, 0) < 0 {
			return k
		}
	}
	return -1
}

// sameKind reports whether noun k is qualified as like an act told before
// ("similar attributions", "the same accusation").
func (c *coder) sameKind(k int) bool {
	s := &c.s
	for j := s.first[k]; j >= 0 && int(j) < k; j = s.next[j] {
		if s.rel(int(j)) == "amod" && (s.lemma[j] == "similar" || s.lemma[j] == "same") {
			return true
		}
	}
	return false
}

// definite reports whether noun k is introduced by "the", a demonstrative,
// "all" or "both", or a possessive pronoun ("the attack", "this mistake",
// "all three attacks", "its decision").
func (c *coder) definite(k int) bool {
	s := &c.s
	for j := s.first[k]; j >= 0 && int(j) < k; j = s.next[j] {
		switch s.rel(int(j)) {
		case "det":
			switch s.lemma[j] {
			case "the", "this", "that", "these", "those", "such", "all", "both":
				return true
			}
		case "nmod:poss":
			return s.toks[j].UPOS == "PRON"
		}
	}
	return false
}
