package event

// dateScan holds the date expressions of the current sentence, found once
// per sentence when the first event needs them.
type dateScan struct {
	doc      any
	sentence int
	exprs    []dateExpr
	heads    []int
	words    []string
}

// scanDates finds the date expressions of the current sentence.
func (c *coder) scanDates() *dateScan {
	s, ds := &c.s, &c.dates
	if ds.doc == any(c.d) && ds.sentence == s.index {
		return ds
	}
	ds.doc, ds.sentence = c.d, s.index
	ds.exprs, ds.heads = ds.exprs[:0], ds.heads[:0]
	ds.words = ds.words[:0]
	for i := range s.toks {
		ds.words = append(ds.words, s.toks[i].Text)
	}
	for i := 0; i < len(ds.words); {
		prev := ""
		if i > 0 {
			prev = ds.words[i-1]
		}
		e, n := parseDate(ds.words[i:], s.form[i:], prev)
		if n == 0 {
			i++
			continue
		}
		e.lo, e.hi = i, i+n
		ds.exprs = append(ds.exprs, e)
		ds.heads = append(ds.heads, c.exprHead(e.lo, e.hi))
		i += n
	}
	return ds
}

// exprHead returns the token of [lo, hi) whose head lies outside it.
func (c *coder) exprHead(lo, hi int) int {
	for i := lo; i < hi; i++ {
		if h := c.s.head(i); h < lo || h >= hi {
			return i
		}
	}
	return lo
}

// clauseLevel reports whether a date expression headed by h modifies a
// clause or an event (not a noun: "his March 18 re-election").
func (c *coder) clauseLevel(h int) bool {
	switch c.s.rel(h) {
	case "compound", "nmod:poss", "amod", "nummod", "det", "flat", "appos":
		return false
	}
	return true
}

// dateOf returns the date of the event anchored at a: the date expression
// attached to the anchor (or to the verbs it depends on through
// complements, or the light verb of a nominal event), else the date of the
// sentence's main clause ("Yesterday, ..."), else the publication date.
func (c *coder) dateOf(a int, future bool) string {
	ds := c.scanDates()
	s := &c.s
	pick := -1
	for i, h := range ds.heads {
		if c.attachedTo(h, a) {
			pick = i
			break
		}
	}
	if pick < 0 {
		for i, h := range ds.heads {
			if s.head(h) < 0 || c.clauseLevel(h) && s.head(s.head(h)) < 0 || c.opening(ds.exprs[i]) {
				pick = i // a date of the main clause
				break
			}
		}
	}
	if pick >= 0 {
		if d := ds.exprs[pick].resolve(c.pub, future); d != "" {
			return d
		}
	}
	return c.pub.String()
}

// opening reports whether a date expression opens the sentence, set off by
// a comma ("On Saturday morning, representatives from Iran
// acknowledged"): it dates the main clause wherever the parser hung it.
func (c *coder) opening(e dateExpr) bool {
	s := &c.s
	for i := 0; i < e.lo; i++ {
		if u := s.toks[i].UPOS; u != "ADP" && u != "DET" {
			return false
		}
	}
	return e.hi < len(s.toks) && s.toks[e.hi].Text == ","
}

// attachedTo reports whether the expression headed by h modifies anchor a
// or a phrase that contains it ("On Monday he said that X attacked Y",
// "Friday night was the fourth night that Serbians protested"); a date
// inside a clause under the anchor's ("after they met two years ago") is
// not the anchor's.
func (c *coder) attachedTo(h, a int) bool {
	s := &c.s
	g := s.head(h)
	if g < 0 {
		return false
	}
	if g == a {
		return true
	}
	if !c.clauseLevel(h) {
		return false
	}
	for n, depth := s.head(a), 0; n >= 0 && depth < 32; depth++ {
		if n == g {
			return true
		}
		n = s.head(n)
	}
	return false
}
