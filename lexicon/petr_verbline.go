package lexicon

import "strings"

// verb reads a verb line of a block: "SAY {SAID SAYING} [010]",
// "+ASK_FOR {+ASKED_FOR ...} [020]", "RE_+ARREST".
func (v *verbReader) verb(l petrLine, t string) {
	if v.block == "" {
		v.errorf(l, 1, "verb line before any \"--- NAME [CODE] ---\" block header")
		return
	}
	spec, code := t, v.blockCode
	if i := strings.IndexByte(spec, '['); i >= 0 {
		codes := bracketGroups(spec[i:])
		code = codes[0]
		v.checkCode(l, code)
		if len(codes) > 1 {
			v.warnf(l, i+1, "verb line with %d codes; the first is used", len(codes))
		}
		spec = spec[:i]
	}
	var forms []string
	hasForms := false
	if i := strings.IndexByte(spec, '{'); i >= 0 {
		j := strings.IndexByte(spec, '}')
		if j < i {
			v.errorf(l, i+1, "missing } after the verb forms")
			return
		}
		hasForms = true
		forms = v.headForms(spec[i+1 : j])
		if rest := strings.TrimSpace(spec[j+1:]); rest != "" {
			v.warnf(l, j+2, "text after the verb forms is ignored: %q", rest)
		}
		spec = spec[:i]
	}
	words, head, ok := v.verbSpec(l, strings.TrimSpace(spec))
	if !ok {
		return
	}
	if !hasForms {
		forms = regularForms(words[head])
	}
	key := strings.Join(words, " ")
	if first, dup := v.verbSeen[key]; dup {
		v.warnf(l, 1, "verb %q is already in a block (line %d); PETRARCH keeps the first, so it is left out here", key, first.Line)
		return
	}
	v.verbSeen[key] = v.pos(l, 1)
	aw := AnchorWord{Words: words, Head: head, Forms: forms}
	v.verbs = append(v.verbs, aw)
	active, passive := splitCode(code)
	v.out.patterns = append(v.out.patterns, &Pattern{
		Code: active, Passive: passive, Anchor: Anchor{Alts: []AnchorWord{aw}}, Subject: SlotSource,
		Block: v.block, Text: strings.TrimSpace(spec), Format: Petrarch, Pos: v.pos(l, 1),
	})
}

// verbSpec reads the verb itself: one word, or words joined by "_" with
// "+" before the verb ("+BEEF_UP", "WIRE_+TAP").
func (v *verbReader) verbSpec(l petrLine, spec string) (words []string, head int, ok bool) {
	if spec == "" {
		v.errorf(l, 1, "verb line without a verb")
		return nil, 0, false
	}
	spaced := strings.ContainsAny(spec, " \t")
	if spaced {
		v.warnf(l, 1, "multi-word verb %q written with spaces; read as %q with the first word as the verb", spec, strings.Join(strings.Fields(spec), "_"))
		spec = strings.Join(strings.Fields(spec), "_")
	}
	head = -1
	for _, part := range strings.Split(spec, "_") {
		if part == "" {
			continue
		}
		if strings.HasPrefix(part, "+") {
			head = len(words)
			part = part[1:]
		}
		words = append(words, strings.ToLower(part))
	}
	if len(words) == 0 {
		v.errorf(l, 1, "verb line without a verb")
		return nil, 0, false
	}
	if head < 0 {
		head = 0
		if len(words) > 1 && !spaced {
			v.warnf(l, 1, "multi-word verb %q has no \"+\" before the verb; the first word is taken", spec)
		}
	}
	return words, head, true
}

// headForms returns the head word of each listed form ("+ASKED_FOR" ->
// "asked"); commas between forms are allowed.
func (v *verbReader) headForms(list string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(list, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' }) {
		parts := strings.Split(f, "_")
		w := parts[0]
		for _, p := range parts {
			if strings.HasPrefix(p, "+") {
				w = p
			}
		}
		if w = strings.TrimPrefix(w, "+"); w != "" {
			out = append(out, strings.ToLower(w))
		}
	}
	return out
}

// regularForms derives the -s, -ed and -ing forms of a regular verb the
// way PETRARCH2 does.
func regularForms(verb string) []string {
	if verb == "" {
		return nil
	}
	last := verb[len(verb)-1]
	var s, ed, ing string
	switch last {
	case 's', 'x', 'z':
		s = verb + "es"
	case 'y':
		s = verb[:len(verb)-1] + "ies"
	default:
		s = verb + "s"
	}
	if last == 'e' {
		ed = verb + "d"
	} else {
		ed = verb + "ed"
	}
	if last == 'e' && len(verb) > 1 && !strings.ContainsRune("aeiou", rune(verb[len(verb)-2])) {
		ing = verb[:len(verb)-1] + "ing"
	} else {
		ing = verb + "ing"
	}
	return []string{s, ed, ing}
}

// transform reads a PETRARCH2 transformation: "~ a (b c VERB) OUTER = x y CODE".
func (v *verbReader) transform(l petrLine, t string) {
	lhs, rhs, ok := strings.Cut(strings.TrimPrefix(t, "~"), "=")
	bad := func() { v.errorf(l, 1, "bad transformation: want \"~ a (b c VERB) OUTER = x y CODE\"") }
	if !ok {
		bad()
		return
	}
	lhs = strings.NewReplacer("(", " ( ", ")", " ) ").Replace(lhs)
	lf, rf := strings.Fields(lhs), strings.Fields(rhs)
	if len(lf) != 7 || lf[1] != "(" || lf[5] != ")" || len(rf) != 3 {
		bad()
		return
	}
	v.out.transforms = append(v.out.transforms, &Transform{
		Source: lf[0], InnerSource: lf[2], InnerTarget: lf[3], InnerVerb: lf[4], OuterVerb: lf[6],
		Result: [3]string{rf[0], rf[1], rf[2]}, Text: t, Pos: v.pos(l, 1),
	})
}
