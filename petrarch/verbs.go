package petrarch

import (
	"github.com/readout/readout/lexicon"
)

// verb is a verb of the sentence found in the verb dictionary.
type verb struct {
	tok         int // the verb itself
	root        int // the word tagged as a verb, whose dependents the verb phrase is
	first, last int // its words, for a multi-word verb ("wire tap", "cordoned off")
	entry       *verbEntry
	passive     bool // passive voice with a "by" phrase: source and target swap
}

// verbEntry is one verb of the dictionary: its own code and the patterns
// of its block.
type verbEntry struct {
	line     *lexicon.Pattern   // the verb's own line (code, passive code, rule)
	alt      lexicon.AnchorWord // the verb as written
	patterns []*lexicon.Pattern // the block's patterns, in file order
}

// findVerb looks token i up in the verb dictionary. A multi-word verb
// whose other words stand next to it in the sentence is preferred to the
// single word, as PETRARCH prefers it. Besides the words the parser tags
// as verbs (not modals, which PETRARCH never codes), it takes two of the
// tagger's slips: the verb of "to question" tagged as a noun, and the
// last word of a multi-word verb tagged otherwise ("wire tap").
func (s *sent) findVerb(i int) *verb {
	if s.del[i] || !s.candidate(i) {
		return nil
	}
	var best *verbEntry
	bestTok, bestLen := -1, 0
	try := func(t int, es []*verbEntry, baseOnly bool) {
		for _, e := range es {
			if baseOnly && e.alt.Lemma() != s.words[t] {
				continue
			}
			if n := len(e.alt.Words); n > bestLen && s.wordsAround(t, e.alt) {
				best, bestTok, bestLen = e, t, n
			}
		}
	}
	try(i, s.c.entries(s.words[i]), !s.verbal(i))
	if j := i + 1; j < len(s.toks) && s.verbal(i) && !s.verbal(j) {
		for _, e := range s.c.entries(s.words[j]) {
			if e.alt.Head > 0 && e.alt.Words[e.alt.Head-1] == s.words[i] {
				try(j, []*verbEntry{e}, false)
			}
		}
	}
	if best == nil {
		return nil
	}
	first := bestTok - best.alt.Head
	return &verb{tok: bestTok, first: first, last: first + len(best.alt.Words) - 1, entry: best, root: i}
}

// candidate reports whether token i may be a verb PETRARCH codes: a verb
// (not a modal; a participle modifying a noun only right after "has",
// "is" and the like, where the parser took the verb for an adjective) or
// a noun right after "to".
func (s *sent) candidate(i int) bool {
	if !s.verbal(i) {
		return s.upos(i) == "NOUN" && s.afterAuxiliary(i)
	}
	if s.xpos(i) == "MD" {
		return false
	}
	if base(s.rel[i]) == "amod" {
		return i > 0 && auxWords[s.words[i-1]]
	}
	return true
}

// afterAuxiliary reports whether the word before token i, adverbs and
// negations aside, is "to", a modal or a form of "do": a verb the tagger
// took for a noun ("to question", "did not even clash").
func (s *sent) afterAuxiliary(i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch {
		case s.upos(j) == "ADV" || s.words[j] == "not" || s.words[j] == "n't":
			continue
		case s.words[j] == "to" || s.xpos(j) == "MD":
			return true
		}
		switch s.words[j] {
		case "do", "does", "did":
			return true
		}
		return false
	}
	return false
}

// auxWords are the forms of "have" and "be".
var auxWords = setOf("has", "have", "had", "having", "is", "are", "was", "were", "be", "been", "being", "am")

// wordsAround reports whether the other words of a multi-word verb stand
// around token i in order, none of them removed.
func (s *sent) wordsAround(i int, alt lexicon.AnchorWord) bool {
	start := i - alt.Head
	if start < 0 || start+len(alt.Words) > len(s.words) {
		return false
	}
	for k, w := range alt.Words {
		t := start + k
		if t == i {
			continue
		}
		if s.del[t] || s.words[t] != w {
			return false
		}
	}
	return true
}

// entries returns the dictionary verbs whose written forms include word,
// built once per form and kept.
func (c *Coder) entries(word string) []*verbEntry {
	c.mu.RLock()
	es, ok := c.verbs[word]
	c.mu.RUnlock()
	if ok {
		return es
	}
	es = c.buildEntries(word)
	c.mu.Lock()
	c.verbs[word] = es
	c.mu.Unlock()
	return es
}

// buildEntries collects, for each verb line that lists word as a form,
// the verb's entry.
func (c *Coder) buildEntries(word string) []*verbEntry {
	var out []*verbEntry
	pats := c.lex.PatternsFor(word)
	for _, p := range pats {
		if p.Format != lexicon.Petrarch || len(p.Pre)+len(p.Post) > 0 || len(p.Anchor.Alts) != 1 {
			continue
		}
		alt := p.Anchor.Alts[0]
		if !hasForm(alt, word) {
			continue
		}
		e := &verbEntry{line: p, alt: alt}
		for _, q := range pats {
			if len(q.Pre)+len(q.Post) > 0 && q.Block == p.Block && anchoredOn(q, alt) {
				e.patterns = append(e.patterns, q)
			}
		}
		e.patterns = append(e.patterns, c.orphans[p.Block]...)
		out = append(out, e)
	}
	return out
}

// hasForm reports whether word is the verb's base form or one of its
// inflected forms.
func hasForm(alt lexicon.AnchorWord, word string) bool {
	if alt.Lemma() == word {
		return true
	}
	for _, f := range alt.Forms {
		if f == word {
			return true
		}
	}
	return false
}

// anchoredOn reports whether pattern q is anchored on verb alt.
func anchoredOn(q *lexicon.Pattern, alt lexicon.AnchorWord) bool {
	for _, a := range q.Anchor.Alts {
		if a.Head == alt.Head && equalWords(a.Words, alt.Words) {
			return true
		}
	}
	return false
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// orphanPatterns files the patterns of verb blocks left without verbs
// under the block's name: PETRARCH keys a block by its first verb, so a
// second block that repeats a verb adds its patterns to that verb
// ("--- SHOT [---] ---" and later "--- SHOT [223] ---").
func orphanPatterns(lex *lexicon.Lexicon) map[string][]*lexicon.Pattern {
	out := map[string][]*lexicon.Pattern{}
	for _, p := range lex.Patterns {
		if p.Format == lexicon.Petrarch && len(p.Anchor.Alts) == 0 && p.Block != "" {
			out[p.Block] = append(out[p.Block], p)
		}
	}
	return out
}
