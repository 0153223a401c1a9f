package amount

// change says whether an amount is a change: a verb or noun of increase
// or decrease shortly before the number ("increased 3.4 percent", "fell
// by 2%") or right after its unit ("a 3 percent rise").
func (s *sent) change(start, end int) string {
	for k := start - 1; k >= 0 && k >= start-4; k-- {
		if c := changeOf(s.lemma(k)); c != "" {
			return c
		}
		if s.toks[k].Text == "," {
			break
		}
	}
	return changeOf(s.lemma(end))
}

func changeOf(w string) string {
	if c := changeLemma(w); c != "" {
		return c
	}
	if l, ok := changeForms[w]; ok {
		return changeLemma(l)
	}
	// regular forms of untagged text: "increased", "rises", "climbing"
	for _, suf := range []string{"ed", "d", "es", "s", "ing"} {
		if len(w) > len(suf)+2 && w[len(w)-len(suf):] == suf {
			if c := changeLemma(w[:len(w)-len(suf)]); c != "" {
				return c
			}
			if c := changeLemma(w[:len(w)-len(suf)] + "e"); c != "" {
				return c
			}
		}
	}
	return ""
}

// changeForms are irregular forms of change verbs.
var changeForms = map[string]string{"fell": "fall", "fallen": "fall", "rose": "rise", "risen": "rise",
	"grew": "grow", "grown": "grow", "shrank": "shrink", "shrunk": "shrink", "sank": "sink",
	"lost": "lose", "slid": "slide", "dipped": "dip", "slumped": "slump", "plunged": "plunge",
	"cutting": "cut", "doubled": "double", "tripled": "triple"}

func changeLemma(l string) string {
	switch l {
	case "increase", "rise", "grow", "climb", "jump", "surge", "soar", "gain", "expand", "double",
		"triple", "boost", "raise", "up", "growth", "hike", "spike":
		return "increase"
	case "decrease", "fall", "drop", "decline", "slump", "plunge", "shrink", "down", "cut", "reduce",
		"lose", "slide", "dip", "contract", "tumble", "sink", "reduction", "loss":
		return "decrease"
	}
	return ""
}

// about names what an amount measures: for a change, the subject of its
// verb ("bilateral trade ... increased 3.4 percent"); for "X percent of Y"
// and "$N in Y", the phrase Y; otherwise the unit phrase ("police
// officers").
func (s *sent) about(n num, u unit, change string) string {
	if change != "" {
		if a := s.changeSubject(n.start); a != "" {
			return a
		}
	}
	if w := s.lower(u.end); w == "of" || w == "in" || w == "for" && n.currency != "" {
		if a := s.phrase(u.end + 1); a != "" {
			return a
		}
	}
	if u.end > u.start {
		return s.d.Text[s.toks[u.start].Start:s.toks[u.end-1].End]
	}
	return ""
}

// changeSubject returns the noun phrase before the change verb: with a
// parse, the verb's subject; without, the words from the clause's start
// up to the first preposition.
func (s *sent) changeSubject(numStart int) string {
	verb := -1
	for k := numStart - 1; k >= 0 && k >= numStart-4; k-- {
		if changeOf(s.lemma(k)) != "" {
			verb = k
			break
		}
	}
	if verb < 0 {
		return ""
	}
	if s.toks[verb].Head >= 0 && s.toks[verb].Rel != "" {
		for i := range s.toks {
			if s.toks[i].Head-1 == verb && (s.toks[i].Rel == "nsubj" || s.toks[i].Rel == "nsubj:pass") {
				return s.nounPhrase(i)
			}
		}
	}
	start := verb
	for start > 0 && !clauseEdge(s.lower(start-1)) {
		start--
	}
	return s.phraseUntil(start, verb)
}

// nounPhrase returns a noun with its modifiers before it (compounds,
// adjectives), without determiners.
func (s *sent) nounPhrase(h int) string {
	start := h
	for k := h - 1; k >= 0; k-- {
		if s.toks[k].Head-1 != h {
			break
		}
		switch s.toks[k].Rel {
		case "amod", "compound", "nmod:poss", "nummod":
			start = k
			continue
		}
		break
	}
	return s.d.Text[s.toks[start].Start:s.toks[h].End]
}

// phrase returns the words from t up to a preposition, punctuation or a
// verb-like word, without a leading determiner, at most six words.
func (s *sent) phrase(t int) string { return s.phraseUntil(t, len(s.toks)) }

// phraseUntil is phrase ending before token limit at the latest.
func (s *sent) phraseUntil(t, limit int) string {
	for t < limit && (s.lower(t) == "the" || s.lower(t) == "a" || s.lower(t) == "an") {
		t++
	}
	end := t
	for end < limit && end < t+6 {
		w := s.lower(end)
		if clauseEdge(w) || stopWords[w] || s.toks[end].UPOS == "VERB" || s.toks[end].UPOS == "AUX" {
			break
		}
		end++
	}
	if end == t {
		return ""
	}
	return s.d.Text[s.toks[t].Start:s.toks[end-1].End]
}

func clauseEdge(w string) bool {
	switch w {
	case ",", ";", ":", ".", "that", "which", "who", "while", "and", "but", "\"", "(", ")":
		return true
	}
	return false
}

var stopWords = setOf("in", "on", "at", "of", "to", "for", "by", "with", "from", "during", "since",
	"was", "were", "is", "are", "has", "had", "have", "will", "would", "this", "year", "last")
