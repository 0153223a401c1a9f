package lexicon

import (
	"strconv"
	"strings"
)

// readPetrarchDiscards reads a discard list: one phrase a line; "+" before
// it discards the whole story; a final "_" asks for the whole word,
// otherwise the last word is a stem.
func readPetrarchDiscards(file, src string, e *entrySet, r *Report) {
	pr := newPetrReader(file, src, false, r)
	for {
		l, ok := pr.next()
		if !ok {
			return
		}
		t := strings.TrimSpace(l.text)
		d := &Discard{Format: Petrarch, Pos: Pos{File: file, Line: l.num, Col: 1}, Stem: true}
		if strings.HasPrefix(t, "+") {
			d.Story, t = true, strings.TrimSpace(t[1:])
		}
		if strings.HasSuffix(t, "_") {
			d.Stem = false
		}
		d.Words = lowerWords(strings.Fields(petrPhrase(t)))
		if len(d.Words) == 0 {
			r.warnf(d.Pos, l.raw, "empty discard")
			continue
		}
		e.discards = append(e.discards, d)
	}
}

// readPetrarchIssues reads an issues file (Phoenix.IssueCoding.txt):
// "<ISSUE CATEGORY=...>" sections of "phrase [CODE]" lines, with "~phrase"
// and "~~phrase" exclusions, and the expansions n: (noun plural), v: (verb
// forms) and + (space or hyphen).
func readPetrarchIssues(file, src string, e *entrySet, r *Report) {
	pr := newPetrReader(file, src, false, r)
	category := ""
	for {
		l, ok := pr.next()
		if !ok {
			return
		}
		pos := Pos{File: file, Line: l.num, Col: 1}
		t := strings.TrimSpace(l.text)
		switch {
		case strings.HasPrefix(t, "<ISSUE"):
			category = attribute(t, "CATEGORY")
			continue
		case strings.HasPrefix(t, "</ISSUE"):
			category = ""
			continue
		}
		is := &Issue{Category: category, Pos: pos}
		switch {
		case strings.HasPrefix(t, "~~"):
			is.Exclude, t = 2, t[2:]
		case strings.HasPrefix(t, "~"):
			is.Exclude, t = 1, t[1:]
		default:
			i := strings.IndexByte(t, '[')
			if i < 0 {
				r.warnf(pos, l.raw, "issue phrase without a [code]; skipped, as PETRARCH does")
				continue
			}
			is.Code = bracketGroups(t[i:])[0]
			t = t[:i]
		}
		is.Forms = expandIssue(t, pos, l.raw, r)
		if len(is.Forms) == 0 {
			r.warnf(pos, l.raw, "empty issue phrase")
			continue
		}
		e.issues = append(e.issues, is)
	}
}

// attribute returns the value of NAME="value" in a tag.
func attribute(tag, name string) string {
	i := strings.Index(tag, name+"=\"")
	if i < 0 {
		return ""
	}
	v := tag[i+len(name)+2:]
	if j := strings.IndexByte(v, '"'); j >= 0 {
		return v[:j]
	}
	return v
}

// expandIssue returns every form of an issue phrase.
func expandIssue(t string, pos Pos, raw string, r *Report) [][]string {
	forms := [][]string{nil}
	for _, w := range strings.Fields(strings.ToLower(t)) {
		variants := issueWordVariants(w)
		next := make([][]string, 0, len(forms)*len(variants))
		for _, f := range forms {
			for _, v := range variants {
				next = append(next, append(append([]string(nil), f...), strings.Fields(v)...))
			}
		}
		forms = next
		if len(forms) > 512 {
			r.warnf(pos, raw, "issue phrase expands to more than 512 forms; the rest are dropped")
			return forms[:512]
		}
	}
	if len(forms) == 1 && len(forms[0]) == 0 {
		return nil
	}
	return forms
}

// issueWordVariants expands one word: "a+b" -> "a b", "a-b"; "n:x" -> x,
// plural; "v:x" -> x, xs, xed, xing.
func issueWordVariants(w string) []string {
	parts := strings.Split(w, "+")
	out := []string{""}
	for k, p := range parts {
		var pv []string
		switch {
		case strings.HasPrefix(p, "n:"):
			p = p[2:]
			pv = []string{p, issuePlural(p)}
		case strings.HasPrefix(p, "v:"):
			p = p[2:]
			pv = append([]string{p}, issueVerbForms(p)...)
		default:
			pv = []string{p}
		}
		var next []string
		for _, o := range out {
			for _, v := range pv {
				if k == 0 {
					next = append(next, v)
				} else {
					next = append(next, o+" "+v, o+"-"+v)
				}
			}
		}
		out = next
	}
	return out
}

func issuePlural(w string) string {
	if strings.HasSuffix(w, "y") {
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}

func issueVerbForms(w string) []string {
	if w == "" {
		return nil
	}
	if strings.HasSuffix(w, "e") {
		return []string{w + "s", w + "d", w[:len(w)-1] + "ing"}
	}
	return []string{w + "s", w + "ed", w + "ing"}
}

// readPetrarchPrepositions reads one preposition a line.
func readPetrarchPrepositions(file, src string, e *entrySet, r *Report) {
	pr := newPetrReader(file, src, false, r)
	for {
		l, ok := pr.next()
		if !ok {
			return
		}
		f := strings.Fields(l.text)
		if len(f) > 1 {
			r.warnf(Pos{File: file, Line: l.num, Col: 1}, l.raw, "more than one word on a line; each is read as a preposition")
		}
		for _, w := range f {
			e.preps = append(e.preps, strings.ToLower(w))
		}
	}
}

// readPetrarchPICO reads PETR.Internal.Coding.Ontology.txt: "CODE:VALUE"
// lines where VALUE is a sum of hexadecimal numbers ("-0xFFFF+0x2045").
func readPetrarchPICO(file, src string, e *entrySet, r *Report) {
	pr := newPetrReader(file, src, false, r)
	for {
		l, ok := pr.next()
		if !ok {
			return
		}
		pos := Pos{File: file, Line: l.num, Col: 1}
		code, expr, found := strings.Cut(strings.TrimSpace(l.text), ":")
		if !found {
			r.errorf(pos, l.raw, "want CODE:VALUE")
			continue
		}
		code = strings.TrimSpace(code)
		if code != "---" && !ValidEventCode(code) {
			r.warnf(pos, l.raw, "%q is not a CAMEO event code", code)
		}
		v, err := hexSum(strings.TrimSpace(expr))
		if err != "" {
			r.errorf(pos, l.raw, "bad value %q: %s", expr, err)
			continue
		}
		if prev, dup := e.pico[code]; dup {
			r.warnf(pos, l.raw, "code %s given again (first at line %d); the later value is used", code, prev.pos.Line)
		}
		e.pico[code] = picoEntry{value: v, pos: pos}
	}
}

// hexSum evaluates "[-]HEX([+-]HEX)*"; HEX may carry a 0x prefix.
func hexSum(s string) (int, string) {
	total, i := 0, 0
	for first := true; i < len(s) || first; first = false {
		sign := 1
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			if s[i] == '-' {
				sign = -1
			}
			i++
		} else if !first {
			return 0, "want + or - between numbers"
		}
		j := i
		for j < len(s) && s[j] != '+' && s[j] != '-' {
			j++
		}
		num := strings.TrimSpace(s[i:j])
		num = strings.TrimPrefix(strings.TrimPrefix(num, "0x"), "0X")
		n, err := strconv.ParseInt(num, 16, 64)
		if err != nil {
			return 0, "want hexadecimal numbers"
		}
		total += sign * int(n)
		i = j
	}
	return total, ""
}
