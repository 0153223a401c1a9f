package lexicon

import "strings"

// petrLex is one lexeme of a PETRARCH pattern.
type petrLex struct {
	kind   byte // 'w' word, 's' synset, '*', '(', ')', '{', '}', '$', '+', '^', '%'
	text   string
	col    int
	joined bool // joined to the lexeme before by "_" (legacy TABARI/PETRARCH1 patterns)
}

// pattern reads a "- PRE * POST [CODE]" line of the current block.
//
// PETRARCH2 notation: a bare word is a noun head; {A B C} a noun phrase
// headed by C; (P X ...) a prepositional phrase; $ and + the source and
// target; ^ skips a noun phrase; % a compound actor; &NAME a synset. The
// legacy notation joins words with "_" to ask for consecutive words
// (IN_*, *_OUT); Item.Adjacent keeps that.
func (v *verbReader) pattern(l petrLine, body string) {
	if v.block == "" {
		v.errorf(l, 1, "pattern before any \"--- NAME [CODE] ---\" block header")
		return
	}
	off := strings.Index(l.text, body)
	i := strings.LastIndexByte(body, '[')
	if i < 0 {
		v.errorf(l, 1, "pattern without a [code]")
		return
	}
	code := bracketGroups(body[i:])[0]
	if j := strings.IndexByte(body[i:], ']'); j >= 0 {
		if rest := strings.TrimSpace(body[i+j+1:]); rest != "" {
			v.warnf(l, off+i+j+2, "text after the code is ignored: %q", rest)
		}
	}
	v.checkCode(l, code)
	body = body[:i]
	lx, ok := v.lexPattern(l, body, off)
	if !ok {
		return
	}
	pp := &petrPatParser{v: v, l: l, lx: lx, ok: true}
	pre, post, ok := pp.parse()
	if !ok {
		return
	}
	active, passive := splitCode(code)
	p := &Pattern{
		Code: active, Passive: passive, Subject: petrSubject(pre), Pre: pre, Post: post,
		Block: v.block, Text: strings.Join(strings.Fields(body), " "), Format: Petrarch, Pos: v.pos(l, 1),
	}
	v.pending = append(v.pending, p)
}

// lexPattern splits a pattern body into lexemes.
func (v *verbReader) lexPattern(l petrLine, body string, off int) ([]petrLex, bool) {
	var out []petrLex
	joined := false
	for i := 0; i < len(body); {
		c := body[i]
		col := off + i + 1
		switch {
		case c == ' ' || c == '\t':
			joined = false
			i++
			continue
		case c == '_':
			joined = true
			i++
			continue
		case strings.IndexByte("*(){}$+^%", c) >= 0:
			out = append(out, petrLex{kind: c, text: body[i : i+1], col: col, joined: joined})
			i++
		case c == '&':
			n := v.synsetName(l, body[i:], col)
			out = append(out, petrLex{kind: 's', text: strings.TrimSuffix(body[i:i+n], "_"), col: col, joined: joined})
			i += n
		default:
			j := i
			for j < len(body) && strings.IndexByte(" \t_(){}*[]", body[j]) < 0 {
				j++
			}
			if j == i {
				v.errorf(l, col, "unexpected %q in pattern", body[i:i+1])
				return nil, false
			}
			out = append(out, petrLex{kind: 'w', text: body[i:j], col: col, joined: joined})
			i = j
		}
		joined = false
	}
	return out, true
}

// synsetName returns the length of the synset reference at the start of
// s. Names may contain "_", which legacy patterns also use to join words:
// the longest defined name wins ("&TIETYPES_RELATIONS" is &TIETYPES joined
// to RELATIONS when only &TIETYPES is defined).
func (v *verbReader) synsetName(l petrLine, s string, col int) int {
	n := 1
	for n < len(s) && (isNameByte(s[n]) || s[n] == '_') {
		n++
	}
	full := strings.TrimRight(s[:n], "_")
	if _, ok := v.synsets[full]; ok || !strings.Contains(full, "_") {
		return n
	}
	for k := strings.LastIndexByte(full, '_'); k > 0; k = strings.LastIndexByte(full[:k], '_') {
		if _, ok := v.synsets[full[:k]]; ok {
			v.warnf(l, col, "synset %s is not defined; read as %s joined to %s", full, full[:k], full[k+1:])
			return k
		}
	}
	return n
}

func isNameByte(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-'
}

// petrPatParser turns lexemes into items.
type petrPatParser struct {
	v  *verbReader
	l  petrLine
	lx []petrLex
	i  int
	ok bool
}

func (pp *petrPatParser) fail(col int, format string, args ...any) {
	if pp.ok {
		pp.v.errorf(pp.l, col, format, args...)
	}
	pp.ok = false
}

// parse reads PRE * POST.
func (pp *petrPatParser) parse() (pre, post []Item, ok bool) {
	pre = pp.seq('*')
	if pp.ok && (pp.i >= len(pp.lx) || pp.lx[pp.i].kind != '*') {
		pp.fail(1, "pattern without * marking the verb")
	}
	if !pp.ok {
		return nil, nil, false
	}
	starJoined := pp.lx[pp.i].joined
	pp.i++
	post = pp.seq(0)
	if !pp.ok {
		return nil, nil, false
	}
	// Pre items are matched outward from the verb: Adjacent means joined to
	// the element after the item.
	for k := range pre {
		if k+1 < len(pre) {
			pre[k].Adjacent = pre[k+1].Adjacent
		} else {
			pre[k].Adjacent = starJoined
		}
	}
	return pre, post, true
}

// seq reads items until the closing lexeme (0: the end). PETRARCH reads
// unbalanced brackets without complaint, so a stray closer is reported and
// skipped rather than rejected.
func (pp *petrPatParser) seq(until byte) []Item {
	var items []Item
	for pp.ok && pp.i < len(pp.lx) {
		x := pp.lx[pp.i]
		if x.kind == until {
			return items
		}
		switch {
		case x.kind == '*':
			pp.fail(x.col, "unexpected *")
			return items
		case (x.kind == ')' || x.kind == '}') && (until == ')' || until == '}'):
			pp.fail(x.col, "%q where %q was expected", x.text, string(until))
			return items
		case x.kind == ')' || x.kind == '}':
			pp.v.warnf(pp.l, x.col, "stray %q ignored", x.text)
			pp.i++
			continue
		}
		pp.i++
		it, ok := pp.elem(x)
		if !ok {
			return items
		}
		items = append(items, it)
	}
	return items
}

// elem reads the element starting with lexeme x.
func (pp *petrPatParser) elem(x petrLex) (Item, bool) {
	it := Item{Col: x.col, Adjacent: x.joined}
	switch x.kind {
	case 'w':
		it.Kind, it.Alts = ItemWord, [][]string{{strings.ToLower(x.text)}}
	case 's':
		s, ok := pp.v.synsets[strings.ToUpper(x.text)]
		if !ok {
			pp.v.warnf(pp.l, x.col, "undefined synset %s; pattern skipped (as PETRARCH does)", x.text)
			pp.ok = false
			return it, false
		}
		it.Kind, it.Alts, it.Synset = ItemWord, pp.v.expand(s), s.name
	case '$', '+':
		it.Kind, it.Slot = ItemSlot, SlotSource
		if x.kind == '+' {
			it.Slot = SlotTarget
		}
	case '^':
		it.Kind = ItemSkip
	case '%':
		it.Kind = ItemCompound
	case '{':
		it.Kind, it.Items = ItemPhrase, pp.closed('}')
	case '(':
		return pp.prep(x)
	}
	return it, pp.ok
}

// prep reads "(PREP objects...)".
func (pp *petrPatParser) prep(open petrLex) (Item, bool) {
	it := Item{Kind: ItemPrep, Col: open.col, Adjacent: open.joined}
	if pp.i >= len(pp.lx) || (pp.lx[pp.i].kind != 'w' && pp.lx[pp.i].kind != 's') {
		pp.fail(open.col, "( must be followed by a preposition")
		return it, false
	}
	head, ok := pp.elem(pp.lx[pp.i])
	pp.i++
	if !ok {
		return it, false
	}
	it.Alts, it.Synset = head.Alts, head.Synset
	it.Items = pp.closed(')')
	return it, pp.ok
}

// closed reads items up to the closing lexeme and consumes it; a missing
// closer is reported and assumed at the end of the pattern.
func (pp *petrPatParser) closed(close byte) []Item {
	items := pp.seq(close)
	if pp.ok {
		if pp.i >= len(pp.lx) {
			pp.v.warnf(pp.l, 1, "missing %q; closed at the end of the pattern", string(close))
			return items
		}
		pp.i++
	}
	return items
}

// petrSubject returns the role of the verb's subject: "%" before the verb
// makes it a compound actor, a "$" or "+" before the verb says which side it
// is; otherwise the subject is the source.
func petrSubject(pre []Item) Slot {
	for i := range pre {
		if pre[i].Kind == ItemCompound {
			return SlotCompound
		}
	}
	for i := range pre {
		if pre[i].Kind == ItemSlot {
			return pre[i].Slot
		}
	}
	return SlotSource
}
