package lexicon

import "strings"

// readPetrarchAgents reads a PETRARCH agent dictionary: "PHRASE {PLURAL}
// [~CODE]" lines and "!MARKER! = A, B, C" substitution sets. A phrase's
// regular plural is derived unless {PLURAL} gives it ({} for none); a
// marker in a phrase is replaced by each member of its set, with no plural
// derived. "[~GOV]" puts the code after the actor's, "[NGO~]" before it.
func readPetrarchAgents(file, src string, e *entrySet, r *Report) {
	pr := newPetrReader(file, src, false, r)
	markers := map[string][]string{}
	for {
		l, ok := pr.next()
		if !ok {
			break
		}
		pos := Pos{File: file, Line: l.num, Col: 1}
		t := strings.TrimSpace(l.text)
		if strings.HasPrefix(t, "!") && strings.Contains(t, "=") && !strings.Contains(t, "[") {
			defineMarker(t, markers, pos, l.raw, r)
			continue
		}
		petrAgentLine(t, markers, pos, l.raw, e, r)
	}
}

// defineMarker reads "!PERSON! = MAN, MEN, WOMAN".
func defineMarker(t string, markers map[string][]string, pos Pos, raw string, r *Report) {
	name, list, _ := strings.Cut(t, "=")
	name = strings.TrimSpace(name)
	if len(name) < 3 || !strings.HasSuffix(name, "!") || strings.Count(name, "!") != 2 {
		r.errorf(pos, raw, "bad substitution marker %q: want !NAME! = A, B, C", name)
		return
	}
	var members []string
	for _, m := range strings.Split(list, ",") {
		if m = strings.TrimSpace(m); m != "" {
			members = append(members, m)
		}
	}
	markers[strings.Trim(name, "!")] = members
}

// petrAgentLine reads one agent line.
func petrAgentLine(t string, markers map[string][]string, pos Pos, raw string, e *entrySet, r *Report) {
	i := strings.IndexByte(t, '[')
	if i < 0 {
		r.warnf(pos, raw, "agent without a [code]; skipped (PETRARCH requires one)")
		return
	}
	groups := bracketGroups(t[i:])
	code := strings.ReplaceAll(groups[0], " ", "")
	before := false
	switch {
	case strings.HasPrefix(code, "~"):
		code = code[1:]
	case strings.HasSuffix(code, "~"):
		code, before = code[:len(code)-1], true
	default:
		r.warnf(pos, raw, "agent code %q without ~; read as ~%s", code, code)
	}
	if !ValidActorCode(code) {
		r.warnf(pos, raw, "agent code %q is not a well-formed CAMEO code; kept as written", code)
	}
	phrase, plural, hasPlural := t[:i], "", false
	if j := strings.IndexByte(phrase, '{'); j >= 0 {
		k := strings.IndexByte(phrase, '}')
		if k < j {
			r.errorf(pos, raw, "missing } after the plural")
			return
		}
		plural, hasPlural = strings.TrimSpace(phrase[j+1:k]), true
		phrase = phrase[:j]
	}
	phrase = strings.TrimSpace(phrase)
	if phrase == "" {
		r.errorf(pos, raw, "agent without a phrase")
		return
	}
	add := func(p string) {
		e.agents = append(e.agents, &Agent{Phrase: strings.ToLower(petrPhrase(p)), Code: code, Before: before, Format: Petrarch, Pos: pos})
	}
	if strings.Contains(phrase, "!") {
		for _, p := range substitute(phrase, markers, pos, raw, r) {
			add(p)
		}
		if hasPlural && plural != "" {
			add(plural)
		}
		return
	}
	add(phrase)
	switch {
	case hasPlural && plural != "":
		add(plural)
	case !hasPlural:
		add(petrAgentPlural(phrase))
	}
}

// substitute expands one substitution marker in a phrase.
func substitute(phrase string, markers map[string][]string, pos Pos, raw string, r *Report) []string {
	a := strings.IndexByte(phrase, '!')
	b := strings.IndexByte(phrase[a+1:], '!')
	if b < 0 {
		r.warnf(pos, raw, "substitution marker in %q not closed; skipped", phrase)
		return nil
	}
	name := phrase[a+1 : a+1+b]
	members, ok := markers[name]
	if !ok {
		r.warnf(pos, raw, "substitution marker !%s! not defined; skipped", name)
		return nil
	}
	out := make([]string, 0, len(members))
	for _, m := range members {
		out = append(out, phrase[:a]+m+phrase[a+2+b:])
	}
	return out
}

// petrAgentPlural is PETRARCH's agent plural: Y -> IES, S -> SES, else +S,
// on the last letter of the phrase.
func petrAgentPlural(p string) string {
	switch {
	case strings.HasSuffix(p, "Y"), strings.HasSuffix(p, "y"):
		return p[:len(p)-1] + "IES"
	case strings.HasSuffix(p, "S"), strings.HasSuffix(p, "s"):
		return p + "ES"
	}
	return p + "S"
}
