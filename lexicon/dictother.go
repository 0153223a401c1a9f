package lexicon

import "strings"

// openAgent reads "agent ROLE PHRASE".
func openAgent(p *dictParser, l *dictLine) {
	if !p.need(l, 3, "role code and phrase") || !p.actorCode(l, l.words[1]) {
		return
	}
	for _, w := range l.words[2:] {
		if hasUpper(w.text) {
			p.warnf(l, w.col, "agent phrases are written in lower case (matching ignores case)")
			break
		}
	}
	p.out.agents = append(p.out.agents, &Agent{Code: l.words[1].text, Phrase: l.restWords(2), Pos: p.pos(l, 1)})
}

// openCode reads "code CODE NAME".
func openCode(p *dictParser, l *dictLine) {
	if !p.need(l, 3, "event code and name") {
		return
	}
	if w := l.words[1]; !ValidEventCode(w.text) {
		p.errorf(l, w.col, "bad event code %q: want two to four digits", w.text)
		return
	}
	c := &EventCode{Code: l.words[1].text, Name: l.restWords(2), Pos: p.pos(l, 1)}
	p.out.codes = append(p.out.codes, c)
	p.code = c
	p.field = codeField
}

func codeField(p *dictParser, l *dictLine) {
	c := p.code
	kw := l.words[0].text
	if kw != "goldstein" && kw != "quad" && kw != "plover" {
		p.unknownField(l, "goldstein, quad or plover")
		return
	}
	if !p.once(l) || !p.need(l, 2, "value") {
		return
	}
	w := l.words[1]
	switch kw {
	case "goldstein":
		if f, ok := p.number(l, w); ok {
			if f < -10 || f > 10 {
				p.errorf(l, w.col, "Goldstein score %v outside -10..10", f)
				return
			}
			c.Goldstein = f
		}
	case "quad":
		if len(w.text) != 1 || w.text[0] < '1' || w.text[0] > '4' {
			p.errorf(l, w.col, "QuadClass must be 1, 2, 3 or 4")
			return
		}
		c.Quad = int(w.text[0] - '0')
	case "plover":
		if !isUpper(strings.ReplaceAll(w.text, "_", "")) {
			p.errorf(l, w.col, "PLOVER type %q: want an upper-case word such as CONSULT", w.text)
			return
		}
		c.Plover = w.text
		if len(l.words) > 3 {
			p.errorf(l, l.words[3].col, "plover takes a type and at most one mode")
			return
		}
		if len(l.words) == 3 {
			c.PloverMode = l.words[2].text
		}
	}
	if len(l.words) > 2 && kw != "plover" {
		p.errorf(l, l.words[2].col, "%s takes one value", kw)
	}
}

// openDiscard reads "discard CATEGORY PHRASE".
func openDiscard(p *dictParser, l *dictLine) {
	if !p.need(l, 3, "category and phrase") {
		return
	}
	d := &Discard{Category: l.words[1].text, Pos: p.pos(l, 1)}
	for _, w := range l.words[2:] {
		d.Words = append(d.Words, strings.ToLower(w.text))
	}
	p.out.discards = append(p.out.discards, d)
}

// openTopic reads "topic KEY LABEL".
func openTopic(p *dictParser, l *dictLine) {
	if !p.need(l, 3, "key and label") {
		return
	}
	t := &Topic{Key: l.words[1].text, Label: l.restWords(2), Pos: p.pos(l, 1)}
	p.out.topics = append(p.out.topics, t)
	p.topic = t
	p.field = topicField
}

func topicField(p *dictParser, l *dictLine) {
	if l.words[0].text != "word" {
		p.unknownField(l, "word")
		return
	}
	if !p.need(l, 2, "keyword") {
		return
	}
	words := make([]string, 0, len(l.words)-1)
	for _, w := range l.words[1:] {
		words = append(words, strings.ToLower(w.text))
	}
	p.topic.Words = append(p.topic.Words, words)
}

// openPattern reads "CODE PATTERN" (an event pattern line).
func openPattern(p *dictParser, l *dictLine) {
	code := l.words[0]
	active, reverse, hasReverse := strings.Cut(code.text, ":")
	if !ValidEventCode(active) || hasReverse && !ValidEventCode(reverse) {
		p.errorf(l, code.col, "bad event code %q: want two to four digits, or two such codes joined by : (the reverse code)", code.text)
		return
	}
	if !p.need(l, 2, "pattern") {
		return
	}
	pat, ok := compilePattern(p, l)
	if !ok {
		return
	}
	pat.Code, pat.Reverse = active, reverse
	p.out.patterns = append(p.out.patterns, pat)
}

func hasUpper(s string) bool {
	for _, r := range s {
		if r >= 'A' && r <= 'Z' || r > 127 && r != toLowerRune(r) {
			return true
		}
	}
	return false
}
