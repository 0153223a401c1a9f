package event

import "github.com/readout/readout/lexicon"

// PETRARCH patterns are matched in text order, as PETRARCH reads its
// parse: the items after "*" against the words the verb governs after it,
// the items before "*" against the words before the verb, outward. A bare
// word is a noun head, {A B} a noun phrase, (P X) a preposition followed by
// its items, $ and + the next noun phrase as source or target, ^ a noun
// phrase skipped, % a compound actor.

// matchPetrarch matches a PETRARCH pattern at anchor a. A "%" before the
// verb asks for a compound subject, whose members are then coded both
// ways.
func (c *coder) matchPetrarch(p *lexicon.Pattern, a int, st *mstate) bool {
	if _, ok := c.petrSeq(p.Post, a, a+1, st); !ok {
		return false
	}
	if p.Subject == lexicon.SlotCompound {
		k := c.agent(a, false)
		if k < 0 || len(c.actorsOf(k, c.scratch[:0])) < 2 {
			return false
		}
		st.comp = k
		st.score++
	}
	return c.petrPre(p.Pre, a, st)
}

// petrSeq matches items in order from token position cur within the
// subtree of a; it returns the position after the last match.
func (c *coder) petrSeq(items []lexicon.Item, a, cur int, st *mstate) (int, bool) {
	for i := range items {
		it := &items[i]
		next, ok := c.petrItem(it, a, cur, st)
		if !ok {
			return cur, false
		}
		cur = next
	}
	return cur, true
}

func (c *coder) petrItem(it *lexicon.Item, a, cur int, st *mstate) (int, bool) {
	n := len(c.s.toks)
	limit := n
	if it.Adjacent {
		limit = min(n, cur+1)
	}
	switch it.Kind {
	case lexicon.ItemWord:
		return c.petrWord(it, a, cur, limit, st)
	case lexicon.ItemPhrase:
		return c.petrPhrase(it, a, cur, limit, st)
	case lexicon.ItemPrep:
		for k := cur; k < limit; k++ {
			if !c.under(k, a) || !c.phraseAt(it.Alts, k) {
				continue
			}
			save := *st
			if next, ok := c.petrSeq(it.Items, a, k+1, st); ok {
				st.score++
				return next, true
			}
			*st = save
		}
	case lexicon.ItemSlot, lexicon.ItemSkip, lexicon.ItemCompound:
		return c.petrNP(it, a, cur, limit, st)
	case lexicon.ItemAny:
		if cur < n {
			st.score++
			return cur + 1, true
		}
	case lexicon.ItemGroup:
		save := *st
		if next, ok := c.petrSeq(it.Items, a, cur, st); ok {
			return next, true
		}
		*st = save
		return cur, true
	}
	return cur, false
}

// petrWord finds a word (or consecutive words) of the item.
func (c *coder) petrWord(it *lexicon.Item, a, cur, limit int, st *mstate) (int, bool) {
	for k := cur; k < limit; k++ {
		if !c.under(k, a) || st.isUsed(k) {
			continue
		}
		for _, alt := range it.Alts {
			if c.consecutive(alt, k) {
				st.use(k, false)
				st.score++
				return k + len(alt), true
			}
		}
	}
	return cur, false
}

// petrPhrase finds a {noun phrase}: its head with the other words as its
// modifiers or right before it.
func (c *coder) petrPhrase(it *lexicon.Item, a, cur, limit int, st *mstate) (int, bool) {
	var buf [8]string
	words := buf[:0]
	for j := range it.Items {
		if len(it.Items[j].Alts) > 0 && len(words) < len(buf) {
			words = append(words, it.Items[j].Alts[0][0])
		}
	}
	if len(words) == 0 {
		return cur, false
	}
	for k := cur; k < limit; k++ {
		if c.under(k, a) && c.wordsAt(words, len(words)-1, k) {
			st.use(k, false)
			st.score += len(words)
			return k + 1, true
		}
	}
	return cur, false
}

// petrNP takes the next noun phrase as a slot, a skipped phrase or a
// compound actor.
func (c *coder) petrNP(it *lexicon.Item, a, cur, limit int, st *mstate) (int, bool) {
	for k := cur; k < limit; k++ {
		if !c.under(k, a) || !c.nominal(k) {
			continue
		}
		h := c.npHead(k)
		switch it.Kind {
		case lexicon.ItemSlot:
			st.setSlot(it.Slot, h)
		case lexicon.ItemCompound:
			// after the verb, "%" is a compound target: each member
			st.setSlot(lexicon.SlotTarget, h)
		}
		st.use(h, false)
		st.score++
		_, hi := c.s.subtreeEdges(h)
		return max(hi+1, k+1), true
	}
	return cur, false
}

// petrPre matches the items before "*" outward from the verb: each word
// must be found before the anchor, the item nearest the verb first.
func (c *coder) petrPre(items []lexicon.Item, a int, st *mstate) bool {
	cur := a - 1
	for i := len(items) - 1; i >= 0; i-- {
		it := &items[i]
		switch it.Kind {
		case lexicon.ItemSlot, lexicon.ItemCompound, lexicon.ItemSkip:
			continue // the subject's role: Pattern.Subject
		}
		found := false
		for k := cur; k >= 0; k-- {
			if it.Adjacent && k < cur {
				break
			}
			if c.petrPreItem(it, k) {
				st.score++
				cur, found = k-1, true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func (c *coder) petrPreItem(it *lexicon.Item, k int) bool {
	switch it.Kind {
	case lexicon.ItemWord:
		return c.phraseAt(it.Alts, k)
	case lexicon.ItemPrep:
		return c.phraseAt(it.Alts, k)
	case lexicon.ItemPhrase:
		if n := len(it.Items); n > 0 && len(it.Items[n-1].Alts) > 0 {
			return c.phraseAt(it.Items[n-1].Alts, k)
		}
	}
	return false
}

// consecutive reports whether words start at token k.
func (c *coder) consecutive(words []string, k int) bool {
	s := &c.s
	if k+len(words) > len(s.toks) {
		return false
	}
	for j, w := range words {
		if !s.is(k+j, w) {
			return false
		}
	}
	return true
}

// under reports whether token k is in the subtree of a.
func (c *coder) under(k, a int) bool {
	s := &c.s
	for depth := 0; k >= 0 && depth < 64; depth++ {
		if k == a {
			return true
		}
		k = s.head(k)
	}
	return false
}

// nominal reports whether token k can be part of a noun phrase.
func (c *coder) nominal(k int) bool {
	switch c.s.toks[k].UPOS {
	case "NOUN", "PROPN", "PRON", "NUM":
		return true
	}
	return false
}

// npHead climbs from a word of a noun phrase to the phrase's head.
func (c *coder) npHead(k int) int {
	s := &c.s
	for depth := 0; depth < 8; depth++ {
		switch s.rel(k) {
		case "compound", "flat", "flat:name", "amod", "nmod:poss", "nummod", "det":
			if h := s.head(k); h >= 0 && c.nominal(h) {
				k = h
				continue
			}
		}
		return k
	}
	return k
}
