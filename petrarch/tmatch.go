package petrarch

import (
	"strings"

	"github.com/readout/readout/lexicon"
)

// PETRARCH2 matches a pattern on the verb's tree, not on word order: a
// word before "*" is the head of the subject (of the "by" phrase in the
// passive voice), a word after it the head of an object (of the subject in
// the passive), {A B C} a noun phrase headed by C holding A and B, (P X)
// a prepositional phrase of the verb (or of a noun already matched)
// whose noun matches X, "$" and "+" the source and target, "^" a phrase
// skipped, "%" a compound.

// tbind is what a structural match assigns and uses.
type tbind struct {
	src, tgt int          // noun heads named by "$" and "+"; -1 for none
	both     bool         // "%" before the verb: the compound is source and target
	used     map[int]bool // nouns the pattern consumed
	named    map[int]bool // words the pattern named, which give no actor
	lemmas   int          // words matched by their lemma only
}

func newBind() *tbind {
	return &tbind{src: -1, tgt: -1, used: map[int]bool{}, named: map[int]bool{}}
}

// copyBind returns a copy of b to restore when a match fails half way.
func copyBind(b *tbind) *tbind {
	c := &tbind{src: b.src, tgt: b.tgt, both: b.both, lemmas: b.lemmas, used: make(map[int]bool, len(b.used)), named: make(map[int]bool, len(b.named))}
	for k, v := range b.used {
		c.used[k] = v
	}
	for k, v := range b.named {
		c.named[k] = v
	}
	return c
}

// bestTree returns the pattern of the clause's verb that matches with the
// most items, or nil. Between equals, the one that matched more words as
// written (rather than by lemma) wins, then the first in file order.
func (s *sent) bestTree(c *clause) (*lexicon.Pattern, *tbind) {
	best, bestBind := (*lexicon.Pattern)(nil), newBind()
	bestScore := -1
	for _, p := range c.v.entry.patterns {
		score := p.Specificity()
		if score < bestScore || score == bestScore && bestBind.lemmas == 0 {
			continue
		}
		b := newBind()
		if s.treeMatch(p, c, b) && (score > bestScore || b.lemmas < bestBind.lemmas) {
			best, bestBind, bestScore = p, b, score
		}
	}
	return best, bestBind
}

// treeMatch matches pattern p on clause c.
func (s *sent) treeMatch(p *lexicon.Pattern, c *clause, b *tbind) bool {
	pre, post := c.subj, append(append([]int(nil), c.objs...), c.words...)
	if c.passive {
		pre = nil
		for _, k := range c.preps {
			if agentPreps[s.caseWord(k)] {
				pre = append(pre, k)
			}
		}
		post = append(append([]int(nil), c.subj...), post...)
	}
	for i := range p.Pre {
		if !s.itemOn(&p.Pre[i], pre, c.preps, b, true) {
			return false
		}
	}
	for i := range p.Post {
		if !s.itemOn(&p.Post[i], post, c.preps, b, false) {
			return false
		}
	}
	return true
}

// itemOn matches one item against the nouns it may name and the
// prepositional phrases it may enter.
func (s *sent) itemOn(it *lexicon.Item, nouns, preps []int, b *tbind, pre bool) bool {
	switch it.Kind {
	case lexicon.ItemWord, lexicon.ItemPhrase:
		for _, n := range nouns {
			if !b.used[n] && s.nounMatches(it, n, b) {
				b.used[n] = true
				return true
			}
		}
	case lexicon.ItemSlot, lexicon.ItemSkip, lexicon.ItemCompound:
		for _, n := range nouns {
			if b.used[n] || it.Kind == lexicon.ItemCompound && len(s.conjuncts(n)) == 0 {
				continue
			}
			b.used[n] = true
			s.bindSlot(it, n, b, pre)
			return true
		}
	case lexicon.ItemPrep:
		for _, k := range s.prepCandidates(preps, b) {
			if b.used[k] || !wordIn(s.caseWord(k), it) {
				continue
			}
			save := copyBind(b)
			if s.prepItems(it.Items, k, b) {
				b.used[k] = true
				return true
			}
			*b = *save
		}
	case lexicon.ItemAny, lexicon.ItemGroup:
		return true
	}
	return false
}

// prepCandidates returns the prepositional phrases a "(P ...)" item may
// name: the verb's own, then those of nouns the pattern matched.
func (s *sent) prepCandidates(preps []int, b *tbind) []int {
	out := append([]int(nil), preps...)
	for n := range b.used {
		for _, k := range s.kids[n] {
			if base(s.rel[k]) == "nmod" && s.caseWord(k) != "" && !s.del[k] {
				out = append(out, k)
			}
		}
	}
	return out
}

// prepItems matches the items inside "(P ...)" on the phrase's noun k.
func (s *sent) prepItems(items []lexicon.Item, k int, b *tbind) bool {
	for i := range items {
		it := &items[i]
		switch it.Kind {
		case lexicon.ItemPrep:
			if !s.itemOn(it, nil, s.nestedPreps(k), b, false) {
				return false
			}
		default:
			if !s.itemOn(it, []int{k}, nil, b, false) {
				return false
			}
		}
	}
	return true
}

func (s *sent) nestedPreps(k int) []int {
	var out []int
	for _, c := range s.kids[k] {
		if base(s.rel[c]) == "nmod" && s.caseWord(c) != "" {
			out = append(out, c)
		}
	}
	return out
}

// bindSlot records what "$", "+" or "%" named. A phrase "^" skips
// stays a candidate for the target, as in PETRARCH2, where skipping only
// hides it from the words of the phrase above it.
func (s *sent) bindSlot(it *lexicon.Item, n int, b *tbind, pre bool) {
	switch {
	case it.Kind == lexicon.ItemSlot && it.Slot == lexicon.SlotSource:
		b.src = n
	case it.Kind == lexicon.ItemSlot:
		b.tgt = n
	case it.Kind == lexicon.ItemCompound && pre:
		b.src, b.both = n, true
	case it.Kind == lexicon.ItemCompound:
		b.tgt = n
	}
}

// nounMatches reports whether noun n is the item's word (its head; for a
// phrase or a multi-word alternative, its last word with the others
// among the words of its phrase before it).
func (s *sent) nounMatches(it *lexicon.Item, n int, b *tbind) bool {
	var alts [][]string
	if it.Kind == lexicon.ItemPhrase {
		alts = phraseAlts(it)
	} else {
		alts = it.Alts
	}
	for _, byLemma := range []bool{false, true} {
		for _, alt := range alts {
			if len(alt) == 0 || !s.isWord(n, alt[len(alt)-1], byLemma) {
				continue
			}
			if mods, ok := s.modifiersBefore(n, alt[:len(alt)-1]); ok {
				b.named[n] = true
				for _, m := range mods {
					b.named[m] = true
				}
				if byLemma {
					b.lemmas++
				}
				return true
			}
		}
	}
	return false
}

// phraseAlts lists the word sequences a {noun phrase} item stands for
// (its synsets expanded).
func phraseAlts(it *lexicon.Item) [][]string {
	out := [][]string{nil}
	for i := range it.Items {
		var next [][]string
		for _, prefix := range out {
			for _, alt := range it.Items[i].Alts {
				next = append(next, append(append([]string(nil), prefix...), alt...))
				if len(next) > 64 {
					break
				}
			}
		}
		out = next
	}
	return out
}

// modifiersBefore finds words before noun n, inside its phrase, in order.
func (s *sent) modifiersBefore(n int, words []string) ([]int, bool) {
	if len(words) == 0 {
		return nil, true
	}
	p := s.phraseOf(n)
	if p == nil {
		return nil, false
	}
	var out []int
	k := 0
	for _, t := range p.toks {
		if t >= n || k == len(words) {
			break
		}
		if s.isWord(t, words[k], false) {
			out = append(out, t)
			k++
		}
	}
	return out, k == len(words)
}

// isWord reports whether token t is w as written, or (byLemma) whether
// its lemma is, as the UD version of PETRARCH2 also tries.
func (s *sent) isWord(t int, w string, byLemma bool) bool {
	if !byLemma {
		return s.words[t] == w
	}
	return strings.EqualFold(s.toks[t].Lemma, w)
}
