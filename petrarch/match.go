package petrarch

import "github.com/readout/readout/lexicon"

// seq is one side of a verb as a pattern sees it, in matching order: the
// lower sequence in text order, the upper one outward from the verb.
type seq struct {
	s    *sent
	toks []int
	up   bool
	// start is where the scan for the current item began: a noun-phrase
	// item there may continue a phrase the previous item matched words of.
	start int
}

// bind is what a pattern match assigns: the noun phrases "$", "+" and
// "%" name.
type bind struct {
	source, target *nphrase
	both           bool // "%" before the verb: the compound is source and target
}

// match matches a pattern side. Items are in text order; an upper
// sequence takes them from the verb outward. A pattern side with no items
// matches anything; a side with items never matches an empty sequence.
func (q *seq) match(items []lexicon.Item, b *bind) bool {
	if len(items) == 0 {
		return true
	}
	return q.from(items, 0, 0, b)
}

// item returns the k-th item in matching order.
func (q *seq) item(items []lexicon.Item, k int) *lexicon.Item {
	if q.up {
		return &items[len(items)-1-k]
	}
	return &items[k]
}

// from matches items k... from sequence position pos on. An item joined
// to its neighbour ("_") must start right at pos; any other may skip
// words.
func (q *seq) from(items []lexicon.Item, k, pos int, b *bind) bool {
	if k == len(items) {
		return true
	}
	it := q.item(items, k)
	for j := pos; j < len(q.toks); j++ {
		if it.Adjacent && j != pos {
			return false
		}
		saved := *b
		q.start = pos
		ok := q.at(it, j, b, func(next int) bool { return q.from(items, k+1, next, b) })
		if ok {
			return true
		}
		*b = saved
	}
	return false
}

// at tries item it at position j and calls rest with the position after
// it for each way it matches.
func (q *seq) at(it *lexicon.Item, j int, b *bind, rest func(int) bool) bool {
	switch it.Kind {
	case lexicon.ItemWord:
		for _, alt := range it.Alts {
			if q.wordsAt(alt, j) && rest(j+len(alt)) {
				return true
			}
		}
	case lexicon.ItemSlot, lexicon.ItemSkip, lexicon.ItemCompound:
		return q.phraseItem(it, j, b, rest)
	case lexicon.ItemPhrase:
		return q.nounPhrase(it, j) && rest(j+1)
	case lexicon.ItemPrep:
		return q.prep(it, j, b, rest)
	case lexicon.ItemAny:
		return rest(j + 1)
	case lexicon.ItemGroup:
		sub := &seq{s: q.s, toks: q.toks, up: q.up}
		if sub.fromGroup(it.Items, j, b, rest) {
			return true
		}
		return rest(j)
	}
	return false
}

// fromGroup matches an optional group's items at j and then rest.
func (q *seq) fromGroup(items []lexicon.Item, j int, b *bind, rest func(int) bool) bool {
	var walk func(k, pos int) bool
	walk = func(k, pos int) bool {
		if k == len(items) {
			return rest(pos)
		}
		it := q.item(items, k)
		q.start = pos
		return pos < len(q.toks) && q.at(it, pos, b, func(next int) bool { return walk(k+1, next) })
	}
	return walk(0, j)
}

// wordsAt reports whether the words of alt (in text order) stand at
// position j: consecutive words, read backwards in an upper sequence.
func (q *seq) wordsAt(alt []string, j int) bool {
	if j+len(alt) > len(q.toks) {
		return false
	}
	for m := range alt {
		w := alt[m]
		if q.up {
			w = alt[len(alt)-1-m]
		}
		if q.s.words[q.toks[j+m]] != w {
			return false
		}
	}
	return true
}

// phraseItem matches "$", "+", "^" or "%": the noun phrase that starts
// (in matching order) at position j, or the rest of the phrase whose
// words the previous item matched ("* THEIR ^ ABOUT +": "^" skips the rest
// of "their Ent populations").
func (q *seq) phraseItem(it *lexicon.Item, j int, b *bind, rest func(int) bool) bool {
	p := q.s.phraseOf(q.toks[j])
	if p == nil || (j > 0 && q.s.phraseOf(q.toks[j-1]) == p && j != q.start) {
		return false
	}
	if it.Kind == lexicon.ItemCompound && !p.compound {
		return false
	}
	next := j + 1
	for next < len(q.toks) && q.s.phraseOf(q.toks[next]) == p {
		next++
	}
	switch {
	case it.Kind == lexicon.ItemSlot && it.Slot == lexicon.SlotSource:
		b.source = p
	case it.Kind == lexicon.ItemSlot:
		b.target = p
	case it.Kind == lexicon.ItemCompound && q.up:
		b.source, b.both = p, true
	case it.Kind == lexicon.ItemCompound:
		b.target = p
	}
	return rest(next)
}

// nounPhrase matches a PETRARCH {noun phrase} at position j: its last
// word there, inside a noun phrase that holds its other words before it.
func (q *seq) nounPhrase(it *lexicon.Item, j int) bool {
	n := len(it.Items)
	if n == 0 {
		return false
	}
	t := q.toks[j]
	if !wordIn(q.s.words[t], &it.Items[n-1]) {
		return false
	}
	p := q.s.phraseOf(t)
	if n == 1 {
		return true
	}
	if p == nil {
		return false
	}
	k := 0
	for _, u := range p.toks {
		if u >= t || k == n-1 {
			break
		}
		if wordIn(q.s.words[u], &it.Items[k]) {
			k++
		}
	}
	return k == n-1
}

// wordIn reports whether word is one of a single-word item's
// alternatives.
func wordIn(word string, it *lexicon.Item) bool {
	for _, alt := range it.Alts {
		if len(alt) == 1 && alt[0] == word {
			return true
		}
	}
	return false
}
