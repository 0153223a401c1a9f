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
	s := &c.s
	var m mood
	aux := ""
	node := a
	if noun {
		m.negated = c.negatedNoun(a)
		if g := c.lightGovernor(a); g >= 0 {
			node = g
		}
	}
	intent, future := false, false
	for depth := 0; depth < 8; depth++ {
		m.negated = m.negated != c.negatedHere(node)
		if x := c.auxOf(node); x != "" && aux == "" {
			aux = x
		}
		h := s.head(node)
		if h < 0 || (s.base(node) != "xcomp" && !(s.base(node) == "conj" && s.child(node, "nsubj") < 0 && s.isVerb(h))) {
			break
		}
		if s.base(node) == "xcomp" {
			l := s.lemma[h]
			switch {
			case intentWords[l]:
				intent = true
			case threatWords[l]:
				intent = true
			case futureWords[l] || (l == "be" && s.child(node, "mark") >= 0):
				future = true
			case negWords[l]:
				m.negated = !m.negated
			}
		}
		node = h
	}
	m.condMain = c.hasCondClause(node) || c.hasCondClause(a)
	switch {
	case c.inCondClause(a):
		m.modality = document.Conditional
	case intent:
		m.modality = document.Intent
	case aux != "":
		m.modality = aux
	case future:
		m.modality = document.Future
	default:
		m.modality = document.Asserted
	}
	return m
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
func (c *coder) auxOf(i int) string {
	s := &c.s
	for k := s.first[i]; k >= 0; k = s.next[k] {
		if s.base(int(k)) != "aux" {
			continue
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
