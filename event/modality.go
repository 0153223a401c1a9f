package event

import "github.com/readout/readout/document"

// mood is what the clause says about an event's reality.
type mood struct {
	negated  bool
	modality string
	condMain bool // a main clause with an "if"/"unless" clause of its own
}

// Governing words and what they make of the clause they govern (as
// "xcomp"): an intent, a future, a negation, or nothing (aspect: "continue
// to", "begin to").
var (
	intentWords = setOf("want", "wish", "intend", "hope", "seek", "aim", "agree", "pledge",
		"vow", "promise", "threaten", "offer", "commit", "decide", "resolve", "prepare",
		"ready", "willing", "determined", "prepared", "eager", "keen", "desire", "mean",
		"undertake", "swear", "plot", "opt", "choose", "endeavor", "endeavour", "strive",
		"like", "love", "prefer", "committed", "resolved", "poised", "look")
	futureWords = setOf("plan", "expect", "schedule", "set", "due", "go", "about", "likely", "slate", "bound")
	negWords    = setOf("refuse", "decline", "fail", "reject", "neglect", "cease", "stop", "halt", "quit", "unable", "reluctant", "unwilling")
	threatWords = setOf("threaten", "warn")
	// auxiliaries
	futureAux       = setOf("will", "shall", "'ll", "wo")
	possibleAux     = setOf("may", "might", "could", "can", "ca")
	hypotheticalAux = setOf("would", "should", "must", "ought", "'d")
	negators        = setOf("not", "n't", "never", "no", "nt")
	condMarks       = setOf("if", "unless")
)

// mood reads negation and modality for anchor a from its auxiliaries and
// negators, and from the verbs and adjectives that govern it through
// complement chains ("agreed to continue to maintain", "stands ready to
// strengthen", "refused to attend").
func (c *coder) mood(a int, noun bool) mood {
	var m mood
	node := a
	if noun {
		m.negated = c.negatedNoun(a)
		if g := c.lightGovernor(a); g >= 0 {
			node = g
		}
	}
	ch := c.chain(node)
	m.negated = m.negated != ch.negated
	m.condMain = c.hasCondClause(ch.top) || c.hasCondClause(a)
	switch {
	case c.inCondClause(a):
		m.modality = document.Conditional
	case ch.intent:
		m.modality = document.Intent
	case ch.aux != "":
		m.modality = ch.aux
		if ch.aux == document.Hypothetical && c.backshifted(ch.auxAt, ch.top) {
			m.modality = document.Future
		}
	case ch.future:
		m.modality = document.Future
	default:
		m.modality = document.Asserted
	}
	return m
}

// chainMood is what a chain of governing words says about a clause.
type chainMood struct {
	negated, intent, future bool
	aux                     string // modality of the nearest modal auxiliary
	auxAt                   int    // the clause that auxiliary belongs to
	top                     int    // the clause at the top of the chain
}

// chain climbs from node through xcomp complements (and verbs coordinated
// without a subject of their own), reading negators, modal auxiliaries and
// the governing words.
func (c *coder) chain(node int) chainMood {
	s := &c.s
	var ch chainMood
	for depth := 0; depth < 8; depth++ {
		ch.negated = ch.negated != c.negatedHere(node)
		if x := c.auxOf(node); x != "" && ch.aux == "" {
			ch.aux, ch.auxAt = x, node
		}
		if g, intent := c.nounComplement(node); g >= 0 {
			ch.intent = ch.intent || intent
			node = g
			continue
		}
		h := s.head(node)
		xcomp := s.base(node) == "xcomp" || h >= 0 && c.toComplement(node, h)
		if h < 0 || !xcomp && !(s.base(node) == "conj" && s.child(node, "nsubj") < 0 && s.isVerb(h)) {
			break
		}
		if xcomp {
			switch l := s.lemma[h]; {
			case intentWords[l] || threatWords[l]:
				ch.intent = true
			case futureWords[l] || (l == "be" && s.child(node, "mark") >= 0):
				ch.future = true
			case negWords[l]:
				ch.negated = !ch.negated
			}
		}
		node = h
	}
	ch.top = node
	return ch
}

// toComplement reports a "to" clause the parser hung as an adverbial on
// a governing word that takes it as its complement ("is committed to
// opening up the economy", "is determined to hold").
func (c *coder) toComplement(node, h int) bool {
	s := &c.s
	if s.base(node) != "advcl" {
		return false
	}
	m := s.child(node, "mark")
	if m < 0 || s.lemma[m] != "to" {
		return false
	}
	l := s.lemma[h]
	return intentWords[l] || threatWords[l] || futureWords[l] || negWords[l]
}

// intentNouns name an intention, a readiness or a commitment: a clause
// complementing one is intended, not done.
var intentNouns = setOf("decision", "plan", "intention", "intent", "commitment", "willingness",
	"readiness", "pledge", "promise", "threat", "vow", "offer", "determination", "desire",
	"resolve", "proposal", "agreement")

// nounComplement climbs from a clause complementing a noun ("the
// decision to withdraw", "the importance of maintaining") to the verb
// that governs the noun; intent says whether the noun or that verb makes
// the clause an intention. g is -1 when node is no such clause.
func (c *coder) nounComplement(node int) (g int, intent bool) {
	s := &c.s
	if s.rel(node) != "acl" || s.child(node, "mark") < 0 {
		return -1, false
	}
	h := s.head(node)
	intent = intentNouns[s.lemma[h]]
	g = s.head(h)
	if g < 0 || !s.isVerb(g) {
		return -1, false
	}
	return g, intent || intentWords[s.lemma[g]]
}

// negatedHere reports a negator on token i ("did not attack", "never
// met").
func (c *coder) negatedHere(i int) bool {
	s := &c.s
	for k := s.first[i]; k >= 0; k = s.next[k] {
		if (s.base(int(k)) == "advmod" || s.rel(int(k)) == "neg") && negators[s.lemma[k]] {
			return true
		}
	}
	return false
}

// negatedNoun reports "no talks", "without talks".
func (c *coder) negatedNoun(i int) bool {
	s := &c.s
	for k := s.first[i]; k >= 0; k = s.next[k] {
		if (s.base(int(k)) == "det" && s.lemma[k] == "no") || (s.base(int(k)) == "case" && s.lemma[k] == "without") {
			return true
		}
	}
	return false
}

// auxOf returns the modality a modal auxiliary of i gives, "" when none.
// "Are to be announced" (a "be" auxiliary with "to" on the verb) is a
// future.
func (c *coder) auxOf(i int) string {
	s := &c.s
	for k := s.first[i]; k >= 0; k = s.next[k] {
		if s.base(int(k)) != "aux" {
			continue
		}
		if s.rel(int(k)) == "aux" && s.lemma[k] == "be" && int(k) < i && s.child(i, "mark") >= 0 && s.lemma[s.child(i, "mark")] == "to" {
			return document.Future
		}
		switch l := s.lemma[k]; {
		case futureAux[l] || futureAux[s.form[k]]:
			return document.Future
		case possibleAux[l] || possibleAux[s.form[k]]:
			return document.Possible
		case hypotheticalAux[l] || hypotheticalAux[s.form[k]]:
			return document.Hypothetical
		}
	}
	return ""
}

// backshifted reports whether the "would" of clause n is the future of a
// past report ("Iraq said it would allow", "the rebels announced they
// would return"): a clause reported by a verb in the past tense, whose
// "will" reported speech moves back to "would".
func (c *coder) backshifted(n, top int) bool {
	s := &c.s
	would := false
	for k := s.first[n]; k >= 0; k = s.next[k] {
		if s.base(int(k)) == "aux" && (s.form[k] == "would" || s.form[k] == "'d") {
			would = true
		}
	}
	if !would || s.base(top) != "ccomp" {
		return false
	}
	h := s.head(top)
	return h >= 0 && s.isVerb(h) && s.toks[h].XPOS == "VBD" && !decisionVerbs[s.lemma[h]]
}

// decisionVerbs report a decision taken rather than an intent: "the
// United States announced it would prohibit all aid" codes the ban.
var decisionVerbs = setOf("announce", "decide", "rule", "decree")

// inCondClause reports whether token i lies in an "if" or "unless" clause.
func (c *coder) inCondClause(i int) bool {
	s := &c.s
	for depth := 0; i >= 0 && depth < 10; depth++ {
		if s.base(i) == "advcl" {
			for k := s.first[i]; k >= 0; k = s.next[k] {
				if s.base(int(k)) == "mark" && condMarks[s.lemma[k]] {
					return true
				}
			}
		}
		i = s.head(i)
	}
	return false
}

// hasCondClause reports whether clause i has an "if" or "unless" clause.
func (c *coder) hasCondClause(i int) bool {
	s := &c.s
	for k := s.first[i]; k >= 0; k = s.next[k] {
		if s.base(int(k)) == "advcl" {
			for j := s.first[k]; j >= 0; j = s.next[j] {
				if s.base(int(j)) == "mark" && condMarks[s.lemma[j]] {
					return true
				}
			}
		}
	}
	return false
}
