package petrarch

import "github.com/readout/readout/lexicon"

// prep matches a PETRARCH prepositional phrase "(P X ...)" at position j:
// the preposition there, then its items among the words of the phrase it
// introduces (its object's subtree; the rest of the sequence when the
// parse does not attach it as a preposition).
func (q *seq) prep(it *lexicon.Item, j int, b *bind, rest func(int) bool) bool {
	t := q.toks[j]
	if !q.prepWord(it, t) {
		return false
	}
	if len(it.Items) == 0 {
		return rest(j + 1)
	}
	obj := q.s.head[t]
	inPhrase := func(u int) bool { return u > t && !q.s.del[u] && q.s.under(u, obj) }
	if r := q.s.rel[t]; obj < 0 || r != "case" && r != "mark" {
		inPhrase = func(u int) bool { return u > t && !q.s.del[u] }
	}
	var sub []int
	pos := make([]int, 0, 8) // position in q of each sub token, for a lower sequence
	if q.up {
		for u := t + 1; u < len(q.s.toks); u++ {
			if inPhrase(u) {
				sub = append(sub, u)
			}
		}
	} else {
		for k := j + 1; k < len(q.toks); k++ {
			if inPhrase(q.toks[k]) {
				sub, pos = append(sub, q.toks[k]), append(pos, k)
			}
		}
	}
	inner := &seq{s: q.s, toks: sub}
	return inner.fromThen(it.Items, b, func(end int) bool {
		if q.up || end == 0 {
			return rest(j + 1)
		}
		return rest(pos[end-1] + 1)
	})
}

// prepWord reports whether token t is the item's preposition.
func (q *seq) prepWord(it *lexicon.Item, t int) bool {
	w := q.s.words[t]
	for _, alt := range it.Alts {
		if len(alt) == 1 && alt[0] == w {
			return true
		}
	}
	return false
}

// fromThen matches items in order over q from its start and calls rest
// with the position after the last item.
func (q *seq) fromThen(items []lexicon.Item, b *bind, rest func(int) bool) bool {
	var walk func(k, pos int) bool
	walk = func(k, pos int) bool {
		if k == len(items) {
			return rest(pos)
		}
		it := &items[k]
		for j := pos; j < len(q.toks); j++ {
			if it.Adjacent && j != pos {
				return false
			}
			saved := *b
			q.start = pos
			if q.at(it, j, b, func(next int) bool { return walk(k+1, next) }) {
				return true
			}
			*b = saved
		}
		return false
	}
	return walk(0, 0)
}
