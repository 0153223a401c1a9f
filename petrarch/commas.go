package petrarch

import "unicode"

// PETRARCH removes short comma-delimited clauses before coding ("Arnor
// restored ties with Gondor, five years after ..., an official said"):
// the initial clause (before the first comma), the terminal clause (after
// the last) and internal clauses (between two commas), each when its
// length in words lies within the configured bounds. Commas inside noun
// phrases ("Mordor, Rohan and Bree"; "complete, full ties") do not
// delimit clauses.

// clauseCommas returns the commas that delimit clauses, in text order.
func (s *sent) clauseCommas() []int {
	var out []int
	for i, w := range s.words {
		if w != "," || s.del[i] {
			continue
		}
		if k := s.chunk[i]; k >= 0 && s.insideSpan(i, k) || s.betweenAdjectives(i) {
			continue
		}
		out = append(out, i)
	}
	return out
}

// insideSpan reports whether token i lies strictly inside the noun
// phrase headed by h (tokens of that phrase on both sides of it).
func (s *sent) insideSpan(i, h int) bool {
	left, right := false, false
	for j := i - 1; j >= 0 && !left; j-- {
		left = s.chunk[j] == h && !s.punct(j)
	}
	for j := i + 1; j < len(s.chunk) && !right; j++ {
		right = s.chunk[j] == h && !s.punct(j)
	}
	return left && right
}

// betweenAdjectives reports whether comma i separates adjectives before a
// noun ("complete, full diplomatic ties"), which the parser may not have
// put in one phrase.
func (s *sent) betweenAdjectives(i int) bool {
	if i == 0 || i+1 >= len(s.toks) || s.upos(i-1) != "ADJ" {
		return false
	}
	for j := i + 1; j < len(s.toks); j++ {
		switch s.upos(j) {
		case "ADJ", "ADV":
			continue
		case "NOUN", "PROPN":
			return true
		}
		return false
	}
	return false
}

// countWords counts the words (tokens starting with a letter) in [lo, hi).
func (s *sent) countWords(lo, hi int) int {
	n := 0
	for i := lo; i < hi; i++ {
		if s.del[i] {
			continue
		}
		for _, r := range s.toks[i].Text {
			if unicode.IsLetter(r) {
				n++
			}
			break
		}
	}
	return n
}

// lastWord returns the index after the sentence's last non-punctuation
// token.
func (s *sent) lastWord() int {
	end := len(s.toks)
	for end > 0 && s.punct(end-1) {
		end--
	}
	return end
}

// removeCommaClauses applies the comma-clause rules of cfg.
func (s *sent) removeCommaClauses(cfg *Config) {
	commas := s.clauseCommas()
	if len(commas) == 0 {
		return
	}
	end := s.lastWord()
	if cfg.CommaBMax > 0 {
		if k := s.countWords(0, commas[0]); k >= cfg.CommaBMin && k <= cfg.CommaBMax {
			s.remove(0, commas[0])
		}
	}
	if last := commas[len(commas)-1]; cfg.CommaEMax > 0 && last < end {
		if k := s.countWords(last+1, end); k >= cfg.CommaEMin && k <= cfg.CommaEMax {
			s.remove(last+1, end)
		}
	}
	if cfg.CommaMax > 0 {
		for i := 0; i+1 < len(commas); i++ {
			a, b := commas[i], commas[i+1]
			if k := s.countWords(a+1, b); k >= cfg.CommaMin && k <= cfg.CommaMax {
				s.remove(a, b)
				if s.subjectAcross(a, b) {
					s.del[b] = true
				}
			}
		}
	}
	s.dropDanglingCommas(end)
}

// remove deletes the tokens in [lo, hi), keeping whole any noun phrase
// that reaches outside the range.
func (s *sent) remove(lo, hi int) {
	for i := lo; i < hi; i++ {
		if h := s.chunk[i]; h >= 0 && (h < lo || h >= hi) {
			continue
		}
		s.del[i] = true
	}
}

// subjectAcross reports whether a removed clause [a, b] separated a verb
// from its subject ("the minister, in remarks published on Monday,
// urged"): then the comma after it goes too, joining them again.
func (s *sent) subjectAcross(a, b int) bool {
	for i := range s.toks {
		h := s.head[i]
		if h < 0 || base(s.rel[i]) != "nsubj" && base(s.rel[i]) != "csubj" {
			continue
		}
		if i < a && h > b || h < a && i > b {
			return true
		}
	}
	return false
}

// dropDanglingCommas removes a first clause comma with no words before
// it and a last one with no words after it.
func (s *sent) dropDanglingCommas(end int) {
	commas := s.clauseCommas()
	if len(commas) == 0 {
		return
	}
	if s.countWords(0, commas[0]) == 0 {
		s.del[commas[0]] = true
	}
	if last := commas[len(commas)-1]; s.countWords(last+1, end) == 0 {
		s.del[last] = true
	}
}
