package lexicon

import "strings"

// patToken is one element of a readout pattern: a word item, a slot, "*",
// or a bracket.
type patToken struct {
	text string
	col  int
}

// patCompiler compiles one readout pattern line.
type patCompiler struct {
	p     *dictParser
	l     *dictLine
	toks  []patToken
	i     int
	ok    bool
	slots [3]int // columns of the SRC and TGT slots seen
	// top is set while an item outside every group is read, anchored
	// once the first word item there, the anchor, has been read.
	top, anchored bool
}

// compilePattern compiles the pattern after the code on a pattern line.
func compilePattern(p *dictParser, l *dictLine) (*Pattern, bool) {
	c := &patCompiler{p: p, l: l, ok: true}
	p.arenas.scratch.reset()
	p.arenas.scratchAlts.reset()
	p.toks = splitBrackets(p.toks[:0], l.words[1:])
	c.toks = p.toks
	items := c.items(0)
	if !c.ok {
		return nil, false
	}
	pat := p.arenas.pattern()
	pat.Text, pat.Format, pat.Pos, pat.Subject = l.restWords(1), Readout, p.pos(l, 1), SlotSource
	if !c.anchor(pat, items) {
		return nil, false
	}
	return pat, true
}

// splitBrackets splits "[with" and "TGT]" into brackets and cores,
// appending to out.
func splitBrackets(out []patToken, words []dictWord) []patToken {
	for _, w := range words {
		t, col := w.text, w.col
		for strings.HasPrefix(t, "[") {
			out = append(out, patToken{"[", col})
			t, col = t[1:], col+1
		}
		closers := 0
		for strings.HasSuffix(t, "]") {
			t = t[:len(t)-1]
			closers++
		}
		if t != "" {
			out = append(out, patToken{t, col})
		}
		for k := range closers {
			out = append(out, patToken{"]", col + len(t) + k})
		}
	}
	return out
}

func (c *patCompiler) errorf(col int, format string, args ...any) {
	c.p.errorf(c.l, col, format, args...)
	c.ok = false
}

// items reads items up to a closing bracket (depth > 0) or the end.
func (c *patCompiler) items(depth int) []Item {
	items := c.p.arenas.scratch.take(c.levelItems())
	for c.i < len(c.toks) && c.ok {
		t := c.toks[c.i]
		c.i++
		switch {
		case t.text == "]":
			if depth == 0 {
				c.errorf(t.col, "unbalanced ]")
				return items
			}
			return items
		case t.text == "[":
			inner := c.items(depth + 1)
			if c.ok && len(inner) == 0 {
				c.errorf(t.col, "empty optional group")
			}
			if c.ok && (c.i > len(c.toks) || c.toks[c.i-1].text != "]") {
				c.errorf(t.col, "unbalanced [")
			}
			items = append(items, Item{Kind: ItemGroup, Items: inner, Col: t.col, InGroup: depth > 0})
		default:
			c.top = depth == 0
			it := c.item(t)
			it.InGroup = depth > 0
			items = append(items, it)
		}
	}
	if depth > 0 && c.ok {
		c.errorf(c.toks[len(c.toks)-1].col, "unbalanced [")
	}
	return items
}

// levelItems counts the items from the current token to the end of the
// current group (a nested group counts as one), to size the item slice.
func (c *patCompiler) levelItems() int {
	n, depth := 0, 0
	for _, t := range c.toks[c.i:] {
		switch t.text {
		case "[":
			if depth == 0 {
				n++
			}
			depth++
		case "]":
			if depth == 0 {
				return n
			}
			depth--
		default:
			if depth == 0 {
				n++
			}
		}
	}
	return n
}

// item reads a slot, "*" or a word item.
func (c *patCompiler) item(t patToken) Item {
	name, roles, hasRoles := strings.Cut(t.text, ":")
	switch name {
	case "SRC", "TGT":
		slot, k := SlotSource, 1
		if name == "TGT" {
			slot, k = SlotTarget, 2
		}
		if c.slots[k] != 0 {
			c.errorf(t.col, "%s appears twice (first at column %d)", name, c.slots[k])
		}
		c.slots[k] = t.col
		it := Item{Kind: ItemSlot, Slot: slot, Col: t.col}
		if hasRoles {
			it.Roles = c.roles(t, roles)
		}
		return it
	case "*":
		return Item{Kind: ItemAny, Col: t.col}
	}
	if isUpper(strings.Trim(name, "_-")) {
		c.errorf(t.col, "unknown slot %q (want SRC or TGT)", name)
		return Item{}
	}
	return c.word(t)
}

// roles reads the role list of a slot, "MIL|COP" of "SRC:MIL|COP": CAMEO
// role codes or country codes, three upper-case letters each.
func (c *patCompiler) roles(t patToken, list string) []string {
	out := strings.Split(list, "|")
	for _, r := range out {
		if len(r) != 3 || !isUpper(r) || strings.ContainsAny(r, "_-") {
			c.errorf(t.col, "bad actor role %q in %q: want three-letter CAMEO codes joined by |", r, t.text)
			return nil
		}
	}
	return out
}

// word reads "a|b_c|d.n" into an ItemWord. The alternatives share one
// backing array of words, so an item costs two allocations.
func (c *patCompiler) word(t patToken) Item {
	it := Item{Kind: ItemWord, Col: t.col}
	nAlts := strings.Count(t.text, "|") + 1
	words := c.p.arenas.words.take(nAlts + strings.Count(t.text, "_"))
	alts := &c.p.arenas.alts
	if c.top && !c.anchored {
		// The anchor's words are kept in Pattern.Anchor, not its item.
		alts, c.anchored = &c.p.arenas.scratchAlts, true
	}
	it.Alts = alts.take(nAlts)
	nouns, adjs, last := 0, 0, false
	for rest := t.text; ; {
		alt, more, found := strings.Cut(rest, "|")
		if a, ok := strings.CutSuffix(alt, ".n"); ok {
			alt, nouns, last = a, nouns+1, !found
		} else if a, ok := strings.CutSuffix(alt, ".a"); ok {
			alt, adjs, last = a, adjs+1, !found
		}
		if !c.checkWord(t, alt) {
			return it
		}
		start := len(words)
		for {
			i := strings.IndexByte(alt, '_')
			if i < 0 {
				words = append(words, alt)
				break
			}
			words, alt = append(words, alt[:i]), alt[i+1:]
		}
		it.Alts = append(it.Alts, words[start:len(words):len(words)])
		if !found {
			break
		}
		rest = more
	}
	switch marks := nouns + adjs; {
	case marks == 0:
	case nouns > 0 && adjs > 0:
		c.errorf(t.col, "an anchor is a noun (.n) or an adjective (.a), not both")
	case marks == len(it.Alts), marks == 1 && last:
		it.noun, it.adj = nouns > 0, adjs > 0
	default:
		c.errorf(t.col, "mark every alternative with .n (or .a), or only the last one for all of them")
	}
	return it
}

// checkWord checks one alternative of a word item in one pass.
func (c *patCompiler) checkWord(t patToken, alt string) bool {
	msg := ""
	switch {
	case alt == "":
		msg = "empty alternative in %q"
	case alt == "SRC" || alt == "TGT":
		c.errorf(t.col, "slot %s cannot be an alternative of a word", alt)
		return false
	case alt[0] == '_' || alt[len(alt)-1] == '_':
		msg = "misplaced _ in %q (it joins the words of one alternative)"
	}
	for i := 0; msg == "" && i < len(alt); i++ {
		switch b := alt[i]; {
		case b == '_' && alt[i-1] == '_':
			msg = "misplaced _ in %q (it joins the words of one alternative)"
		case b == '[' || b == ']' || b == '*' || b == ':':
			c.errorf(t.col, "stray %q in %q", alt, t.text)
			return false
		case b >= 'A' && b <= 'Z', b >= 0x80 && hasUpper(alt[i:]):
			c.errorf(t.col, "pattern words are lemmas in lower case: %q", alt)
			return false
		}
	}
	if msg != "" {
		c.errorf(t.col, msg, t.text)
		return false
	}
	return true
}

// anchor picks the anchor and splits the items around it.
func (c *patCompiler) anchor(pat *Pattern, items []Item) bool {
	k := -1
	for i := range items {
		if items[i].Kind == ItemWord {
			k = i
			break
		}
	}
	col := c.l.words[1].col
	if k < 0 {
		c.errorf(col, "pattern has no anchor word (a verb, a noun written word.n or an adjective written word.a)")
		return false
	}
	if k > 1 || (k == 1 && items[0].Kind != ItemSlot) {
		c.errorf(items[0].Col, "only one slot (SRC or TGT) may come before the anchor")
		return false
	}
	if k == 1 {
		pat.Subject = items[0].Slot
		pat.Pre = items[:1]
	}
	a := items[k]
	pat.Anchor.Noun, pat.Anchor.Adj = a.noun, a.adj
	pat.Anchor.Alts = c.p.arenas.anchors.take(len(a.Alts))
	for _, alt := range a.Alts {
		head := 0
		if a.noun || a.adj {
			head = len(alt) - 1
		}
		pat.Anchor.Alts = append(pat.Anchor.Alts, AnchorWord{Words: alt, Head: head})
	}
	pat.Post = nestPreps(items[k+1:], &c.p.arenas.scratch)
	if !c.noNounMarks(pat.Post) {
		return false
	}
	// The items were built in scratch space, which holds the anchor and
	// the items nestPreps moved too; the pattern keeps a packed copy.
	pat.Pre = packItems(pat.Pre, &c.p.arenas.items)
	pat.Post = packItems(pat.Post, &c.p.arenas.items)
	return true
}

// packItems copies items, and the items nested in them, into a. A nil
// slice stays nil and an empty one empty.
func packItems(items []Item, a *arena[Item]) []Item {
	if len(items) == 0 {
		if items == nil {
			return nil
		}
		return []Item{}
	}
	out := append(a.take(len(items)), items...)
	for i := range out {
		if out[i].Items != nil {
			out[i].Items = packItems(out[i].Items, a)
		}
	}
	return out
}

// noNounMarks reports ".n" or ".a" written on a word that is not the
// anchor.
func (c *patCompiler) noNounMarks(items []Item) bool {
	for i := range items {
		it := &items[i]
		if it.noun || it.adj {
			c.errorf(it.Col, "only the anchor takes .n or .a")
			return false
		}
		if !c.noNounMarks(it.Items) {
			return false
		}
	}
	return true
}

// nestPreps turns a preposition followed by a word, slot or "*" into an
// ItemPrep holding it as its object, inside groups too.
func nestPreps(items []Item, a *arena[Item]) []Item {
	out := items[:0] // in place: out never overtakes the item being read
	for i := 0; i < len(items); i++ {
		it := items[i]
		if it.Kind == ItemGroup {
			it.Items = nestPreps(it.Items, a)
		}
		if it.Kind == ItemWord && isPrepItem(&it) && i+1 < len(items) {
			next := items[i+1]
			if next.Kind == ItemWord || next.Kind == ItemSlot || next.Kind == ItemAny {
				it.Kind = ItemPrep
				it.Items = append(a.take(1), next)
				i++
			}
		}
		out = append(out, it)
	}
	return out
}

func isPrepItem(it *Item) bool {
	for _, alt := range it.Alts {
		if len(alt) != 1 || !prepositions[alt[0]] {
			return false
		}
	}
	return len(it.Alts) > 0
}

// prepositions are the English prepositions readout patterns treat as
// taking the next item as their object.
var prepositions = setOf(
	"aboard", "about", "above", "across", "after", "against", "along", "alongside",
	"amid", "amidst", "among", "amongst", "around", "as", "at", "before", "behind",
	"below", "beneath", "beside", "besides", "between", "beyond", "by", "concerning",
	"despite", "down", "during", "except", "for", "from", "in", "inside", "into",
	"like", "near", "of", "off", "on", "onto", "out", "outside", "over", "past",
	"per", "regarding", "since", "than", "through", "throughout", "to", "toward",
	"towards", "under", "underneath", "until", "unto", "up", "upon", "versus",
	"via", "with", "within", "without",
)
