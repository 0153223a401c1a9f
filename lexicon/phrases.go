package lexicon

// Match is a phrase found in a token sequence: tokens[Start:End] is a
// phrase of Items (one or more entries, in dictionary order; the slice is
// shared with the lexicon, do not modify it).
type Match[T any] struct {
	Start, End int
	Items      []T
}

// MatchAgent finds the longest agent phrase starting at tokens[start]
// ("foreign minister", "police"), ignoring case. Agent phrases are written
// in the singular: pass lemmas to find plurals.
func (l *Lexicon) MatchAgent(tokens []string, start int) (Match[*Agent], bool) {
	return matchIn(l.agents, l.agentRefs, tokens, start)
}

// MatchTopic finds the longest topic keyword starting at tokens[start].
func (l *Lexicon) MatchTopic(tokens []string, start int) (Match[*Topic], bool) {
	return matchIn(l.topics, l.topicRefs, tokens, start)
}

// MatchIssue finds the longest PETRARCH issue phrase starting at
// tokens[start].
func (l *Lexicon) MatchIssue(tokens []string, start int) (Match[*Issue], bool) {
	return matchIn(l.issues, l.issueRefs, tokens, start)
}

func matchIn[T any](x *phraseIndex, table []T, tokens []string, start int) (Match[T], bool) {
	e, ok := x.longest(tokens, start)
	if !ok {
		return Match[T]{}, false
	}
	return Match[T]{Start: start, End: e.end, Items: table[e.refs[0] : e.refs[len(e.refs)-1]+1]}, true
}

// indexDiscards indexes discard phrases. A PETRARCH discard whose last word
// is a stem ("BASEBALL" matches "baseballs") is kept apart: its last word
// is matched as a prefix of a token.
func (l *Lexicon) indexDiscards() {
	x := newPhraseIndex(len(l.Discards))
	l.stemRefs = map[uint64][]*Discard{}
	var refs []*Discard
	for _, d := range l.Discards {
		if !d.Stem {
			refs = append(refs, d)
			x.insert(d.Words, int32(len(refs)-1))
			continue
		}
		node := l.discardNode(x, d.Words[:len(d.Words)-1])
		k := edgeKey(node, wordHash(d.Words[len(d.Words)-1]), 0)
		l.stemRefs[k] = append(l.stemRefs[k], d)
		l.stemMax = max(l.stemMax, len(d.Words[len(d.Words)-1]))
	}
	l.discardRefs = layoutOwned(x, refs)
	l.discards = x
}

// discardNode returns the index node for a word sequence, adding it.
func (l *Lexicon) discardNode(x *phraseIndex, words []string) uint32 {
	node := uint32(0)
	for _, w := range words {
		node = x.child(node, w)
	}
	return node
}

// Discarded returns the first discard phrase found in words (the lemmas or
// tokens of a sentence) and where it starts, or nil.
func (l *Lexicon) Discarded(words []string) (*Discard, int) {
	for start := range words {
		if d := l.discardAt(words, start); d != nil {
			return d, start
		}
	}
	return nil, -1
}

func (l *Lexicon) discardAt(words []string, start int) *Discard {
	x := l.discards
	node := uint32(0)
	for i := start; i < len(words); i++ {
		if d := l.stemAt(node, words[i]); d != nil {
			return d
		}
		next, ok := x.step(node, words[i])
		if !ok {
			return nil
		}
		node = next
		if s := x.spans[node]; s.hi > s.lo {
			return l.discardRefs[s.lo]
		}
	}
	return nil
}

// stemAt finds a stem discard at node whose stem begins word.
func (l *Lexicon) stemAt(node uint32, word string) *Discard {
	if len(l.stemRefs) == 0 {
		return nil
	}
	for k := min(len(word), l.stemMax); k > 0; k-- {
		for _, d := range l.stemRefs[edgeKey(node, wordHash(word[:k]), 0)] {
			if equalFold(d.Words[len(d.Words)-1], word[:k]) {
				return d
			}
		}
	}
	return nil
}
