package petrarch

// PETRARCH matches a pattern in two parts: the words before "*" against
// the sentence before the verb (its "upper" sequence, read outward from
// the verb and ending at a clause comma), the words after "*" against the
// verb's own phrase (its "lower" sequence).
//
// A verb phrase is a stretch of the sentence: the verb's dependents (not
// its subject or coordinated verbs) and the words that run on after it
// until a clause ends (a conjunction or subject that starts another
// clause, or the terminal "..., an official said").
// Reading both keeps a phrase whole when the parser attached part of it
// higher up.

// phraseRoot returns the word whose dependents a verb phrase is made of:
// the verb itself, the word an auxiliary or copula belongs to ("is" in
// "is about to restore" leads the phrase of "about"), or the noun a
// mistagged verb hangs from.
func (s *sent) phraseRoot(v *verb) int {
	switch base(s.rel[v.root]) {
	case "aux", "cop":
		if h := s.head[v.root]; h >= 0 {
			return h
		}
	case "amod":
		if h := s.head[v.root]; h > v.root {
			return h // "has broken relations": the parser's adjective
		}
	}
	if h := s.head[v.root]; !s.verbal(v.root) && h >= 0 {
		return h // "begun to question": the parser's noun
	}
	return v.root
}

// lowerSeq returns the tokens of v's verb phrase after the verb, in text
// order.
func (s *sent) lowerSeq(v *verb) []int {
	root := s.phraseRoot(v)
	in := make([]bool, len(s.toks))
	s.markPhrase(root, in, true)
	end := len(s.toks)
	if v.last < s.tail {
		end = s.tail
	}
	for i := v.last + 1; i < end && !s.clauseBreak(i, root, in); i++ {
		in[i] = true
	}
	var out []int
	for i := v.last + 1; i < end; i++ {
		if in[i] && !s.del[i] {
			out = append(out, i)
		}
	}
	return out
}

// markPhrase marks the subtree of t; at the phrase root, the subject,
// coordinated phrases and parenthetical clauses are left out.
func (s *sent) markPhrase(t int, in []bool, top bool) {
	in[t] = true
	for _, k := range s.kids[t] {
		if top && outsidePhrase(s.rel[k]) {
			continue
		}
		s.markPhrase(k, in, false)
	}
}

func outsidePhrase(rel string) bool {
	switch base(rel) {
	case "nsubj", "csubj", "expl", "conj", "cc", "parataxis", "discourse", "vocative", "list":
		return true
	}
	return false
}

// clauseBreak reports whether token i, outside the verb phrase in (whose
// root is root), ends the run of words that continue it: a conjunction of
// another verb, the first word of another verb's subject, or the verb of
// the clause the phrase is part of ("Arnor, which Gondor attacked last
// year, criticized ...").
func (s *sent) clauseBreak(i, root int, in []bool) bool {
	if s.del[i] || in[i] {
		return false
	}
	if s.verbal(i) && s.under(root, i) {
		return true
	}
	if h := s.head[i]; base(s.rel[i]) == "cc" && h >= 0 && s.verbal(h) && !in[h] {
		return true
	}
	return s.subjectStart(i, in)
}

// subjectStart reports whether token i is the first word of the subject
// of a verb outside the phrase in.
func (s *sent) subjectStart(i int, in []bool) bool {
	for k, steps := i, 0; steps <= len(s.head); steps++ {
		h := s.head[k]
		switch base(s.rel[k]) {
		case "nsubj", "csubj":
			return h >= 0 && s.verbal(h) && !in[h] && s.firstOf(k) == i
		}
		if h < i {
			return false
		}
		k = h
	}
	return false
}

// firstOf returns the first token of k's subtree.
func (s *sent) firstOf(k int) int {
	first := k
	for _, c := range s.kids[k] {
		if f := s.firstOf(c); f < first {
			first = f
		}
	}
	return first
}

// upperSeq returns the tokens before v, nearest first, back to the start
// of the sentence or a comma that ends an earlier clause.
func (s *sent) upperSeq(v *verb) []int {
	root := s.phraseRoot(v)
	var out []int
	for i := v.first - 1; i >= 0; i-- {
		if s.del[i] {
			continue
		}
		if s.clauseComma[i] && !s.withinPart(i, root, v.root) {
			break
		}
		out = append(out, i)
	}
	return out
}

// withinPart reports whether comma c belongs inside the subject of the
// clause of root (or of the verb itself): "the minister, in remarks
// published Monday, urged"; any other comma closes an earlier clause or
// an opening phrase.
func (s *sent) withinPart(c, root, verbTok int) bool {
	prev, k := c, s.head[c]
	for steps := 0; k >= 0 && k != root && k != verbTok && steps <= len(s.head); steps++ {
		prev, k = k, s.head[k]
	}
	if k != root && k != verbTok {
		return false
	}
	switch base(s.rel[prev]) {
	case "nsubj", "csubj":
		return prev != c && s.firstOf(prev) < c
	}
	return false
}

// markClauseCommas records the clause commas left after comma-clause
// removal, and the terminal reporting clause.
func (s *sent) markClauseCommas() {
	s.clauseComma = make([]bool, len(s.toks))
	commas := s.clauseCommas()
	for _, c := range commas {
		s.clauseComma[c] = true
	}
	s.tail = len(s.toks)
	if n := len(commas); n > 0 && s.reportingClause(commas[n-1]) {
		s.tail = commas[n-1]
	}
}

// reportingClause reports whether the last clause comma c opens a
// closing clause of its own: a subject right after the comma, then its
// verb ("..., a senior official said on Saturday."). No verb phrase
// before the comma reaches into it.
func (s *sent) reportingClause(c int) bool {
	for w := c + 2; w < len(s.toks); w++ {
		if !s.verbal(w) || s.del[w] {
			continue
		}
		for _, k := range s.kids[w] {
			if f := s.firstOf(k); base(s.rel[k]) == "nsubj" && k > c && k < w && (f == c || f == c+1) {
				return true
			}
		}
	}
	return false
}
