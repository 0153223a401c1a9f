package lexicon

import (
	"strings"
)

// verbReader reads a PETRARCH verb dictionary (CAMEO.2.0.txt and the
// PETR.Validate verbs files): synsets (&NAME then +member lines), verb
// blocks ("--- NAME [CODE] ---", verb lines, "- pattern [code]" lines) and
// PETRARCH2 transformations ("~ ..."). Each verb line becomes a pattern with
// no items (the verb alone, with its own or its block's code); each "-"
// line becomes a pattern anchored on every verb of its block.
type verbReader struct {
	file    string
	r       *Report
	out     *entrySet
	lines   []petrLine
	used    []bool // lines consumed as synset definitions
	synsets map[string]*synset

	block     string
	blockCode string
	blockPos  Pos
	verbs     []AnchorWord
	pending   []*Pattern     // the block's "-" patterns, anchored when the block ends
	verbSeen  map[string]Pos // verb -> the line that first defined it
}

// synset is a PETRARCH synonym set.
type synset struct {
	name     string
	noPlural bool
	members  []synMember
	pos      Pos
	expanded [][]string
	state    uint8 // 0 new, 1 expanding, 2 done
}

type synMember struct {
	words    []string // lower case; a single "&NAME" word embeds another synset
	noPlural bool
	num      int
}

func readPetrarchVerbs(file, src string, e *entrySet, r *Report) {
	v := &verbReader{file: file, r: r, out: e, synsets: map[string]*synset{}, verbSeen: map[string]Pos{}}
	pr := newPetrReader(file, src, true, r)
	for {
		l, ok := pr.next()
		if !ok {
			break
		}
		v.lines = append(v.lines, l)
	}
	v.used = make([]bool, len(v.lines))
	v.readSynsets()
	for i, l := range v.lines {
		if !v.used[i] {
			v.line(l)
		}
	}
	v.endBlock()
}

func (v *verbReader) pos(l petrLine, col int) Pos { return Pos{File: v.file, Line: l.num, Col: col} }

func (v *verbReader) warnf(l petrLine, col int, format string, args ...any) {
	v.r.warnf(v.pos(l, col), l.raw, format, args...)
}

func (v *verbReader) errorf(l petrLine, col int, format string, args ...any) {
	v.r.errorf(v.pos(l, col), l.raw, format, args...)
}

// readSynsets collects every synset first, so that a pattern may use one
// defined further down (PETRARCH asks for definitions first; readout does
// not mind the order).
func (v *verbReader) readSynsets() {
	for i := 0; i < len(v.lines); i++ {
		l := v.lines[i]
		if !strings.HasPrefix(l.text, "&") {
			continue
		}
		v.used[i] = true
		name := strings.TrimSpace(l.text)
		s := &synset{name: strings.TrimSuffix(name, "_"), noPlural: strings.HasSuffix(name, "_"), pos: v.pos(l, 1)}
		if strings.ContainsAny(name, " \t") || len(s.name) < 2 {
			v.errorf(l, 1, "bad synset name %q", name)
			continue
		}
		for i+1 < len(v.lines) && strings.HasPrefix(strings.TrimSpace(v.lines[i+1].text), "+") {
			i++
			v.used[i] = true
			if m, ok := v.member(v.lines[i]); ok {
				s.members = append(s.members, m)
			}
		}
		if prev, dup := v.synsets[s.name]; dup {
			v.warnf(l, 1, "synset %s defined again (first at %s); the members are merged", s.name, prev.pos.Rule())
			prev.members = append(prev.members, s.members...)
			continue
		}
		if len(s.members) == 0 {
			v.warnf(l, 1, "synset %s has no members", s.name)
		}
		v.synsets[s.name] = s
	}
}

// member reads one "+WORDS" synset line.
func (v *verbReader) member(l petrLine) (synMember, bool) {
	t := strings.TrimSpace(l.text)[1:]
	if strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") {
		v.warnf(l, 1, "parentheses around a synset member are ignored; the member is read as a phrase")
		t = t[1 : len(t)-1]
	}
	m := synMember{noPlural: strings.HasSuffix(t, "_"), num: l.num}
	for _, w := range strings.FieldsFunc(t, func(r rune) bool { return r == ' ' || r == '_' || r == '\t' }) {
		m.words = append(m.words, strings.ToLower(w))
	}
	if len(m.words) == 0 {
		v.errorf(l, 1, "empty synset member")
		return m, false
	}
	if len(m.words) > 1 && strings.HasPrefix(m.words[0], "&") {
		v.errorf(l, 2, "a synset reference must be the whole member")
		return m, false
	}
	return m, true
}

// expand returns a synset's phrases: its members, embedded synsets
// resolved, and the plurals PETRARCH derives (not for a label or member
// written with a final "_").
func (v *verbReader) expand(s *synset) [][]string {
	switch s.state {
	case 2:
		return s.expanded
	case 1:
		v.r.errorf(s.pos, "", "synset %s contains itself", s.name)
		return nil
	}
	s.state = 1
	var out [][]string
	for _, m := range s.members {
		if len(m.words) == 1 && strings.HasPrefix(m.words[0], "&") {
			inner, ok := v.synsets[strings.ToUpper(strings.TrimSuffix(m.words[0], "_"))]
			if !ok {
				v.r.warnf(Pos{File: v.file, Line: m.num}, "", "undefined synset %s in synset %s; member ignored", strings.ToUpper(m.words[0]), s.name)
				continue
			}
			out = append(out, v.expand(inner)...)
			continue
		}
		out = append(out, m.words)
		if !s.noPlural && !m.noPlural {
			pl := append(append([]string(nil), m.words[:len(m.words)-1]...), pluralOf(m.words[len(m.words)-1]))
			out = append(out, pl)
		}
	}
	s.expanded, s.state = out, 2
	return out
}

// line handles one line outside synset definitions.
func (v *verbReader) line(l petrLine) {
	t := strings.TrimSpace(l.text)
	switch {
	case strings.HasPrefix(t, "---"):
		v.endBlock()
		v.header(l, t)
	case strings.HasPrefix(t, "-"):
		v.pattern(l, strings.TrimSpace(t[1:]))
	case strings.HasPrefix(t, "*"):
		v.warnf(l, 1, "pattern line without its leading \"-\"; read as a pattern")
		v.pattern(l, t)
	case strings.HasPrefix(t, "~"):
		v.transform(l, t)
	case strings.HasPrefix(t, "&"):
		// a synset line already read
	default:
		v.verb(l, t)
	}
}

// header reads "--- NAME [CODE] ---".
func (v *verbReader) header(l petrLine, t string) {
	t = strings.TrimSpace(strings.Trim(t, "-"))
	name, rest, _ := strings.Cut(t, " ")
	v.block, v.blockPos = name, v.pos(l, 1)
	v.blockCode = ""
	codes := bracketGroups(rest)
	if len(codes) == 0 {
		v.warnf(l, 1, "verb block %s has no [code]; PETRARCH's null code --- is used", name)
		return
	}
	if len(codes) > 1 {
		v.warnf(l, 1, "verb block %s has %d codes; PETRARCH uses the first, [%s]", name, len(codes), codes[0])
	}
	v.blockCode = codes[0]
	v.checkCode(l, codes[0])
}

// endBlock anchors the pending patterns on the block's verbs.
func (v *verbReader) endBlock() {
	if v.block == "" {
		return
	}
	if len(v.verbs) == 0 && len(v.pending) > 0 {
		v.r.warnf(v.blockPos, "", "verb block %s has patterns but no verbs; they can never match", v.block)
	}
	anchor := Anchor{Alts: v.verbs}
	for _, p := range v.pending {
		p.Anchor = anchor
		v.out.patterns = append(v.out.patterns, p)
	}
	v.block, v.verbs, v.pending = "", nil, nil
}

// bracketGroups returns the contents of the [...] groups of s.
func bracketGroups(s string) []string {
	var out []string
	for {
		i := strings.IndexByte(s, '[')
		if i < 0 {
			return out
		}
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			return append(out, strings.TrimSpace(s[i+1:]))
		}
		out = append(out, strings.TrimSpace(s[i+1:i+j]))
		s = s[i+j+1:]
	}
}

// splitCode splits a PETRARCH code "042:043" into its active and passive
// parts; "---" (and an empty part) is the null code "".
func splitCode(c string) (active, passive string) {
	active, passive, _ = strings.Cut(c, ":")
	active, passive = strings.TrimSpace(active), strings.TrimSpace(passive)
	if active == "---" {
		active = ""
	}
	if passive == "---" {
		passive = ""
	}
	return active, passive
}

// checkCode warns about a code PETRARCH would accept but CAMEO does not have.
func (v *verbReader) checkCode(l petrLine, c string) {
	a, p := splitCode(c)
	for _, part := range []string{a, p} {
		if part != "" && !ValidEventCode(part) {
			v.warnf(l, 1, "code %q is not a CAMEO event code; kept as written", part)
		}
	}
}
