package lexicon

import (
	"strings"
)

// readPetrarchActors reads a PETRARCH actor dictionary: a phrase line with
// optional [CODE] groups starts an entry, "+phrase" lines add synonyms, and
// "[CODE DATES]" lines (indented by a tab by convention) give dated codes:
// "[RUSGOV 20000507-20080507]", "[RUSGOV >20080507]" (from), "[X <911226]"
// (until), "[RUSELI]" (undated: the code outside every range). Dates are
// YYYYMMDD or YYMMDD (YY up to 30 is 20YY). Ends are included.
//
// PETRARCH entries carry no type. The reader guesses one: an entry with
// dated codes is a person; an undated three-letter code is a country; a
// code starting with IGO, NGO, IMG, MNC, NGM or UIS an organisation;
// anything else an institution.
func readPetrarchActors(file, src string, e *entrySet, r *Report) {
	pr := newPetrReader(file, src, true, r)
	var cur *Actor
	flush := func() {
		if cur != nil {
			cur.Type = guessActorType(cur)
			e.actors = append(e.actors, cur)
		}
	}
	for {
		l, ok := pr.next()
		if !ok {
			break
		}
		t := strings.TrimSpace(l.text)
		pos := Pos{File: file, Line: l.num, Col: 1}
		switch {
		case strings.HasPrefix(t, "["):
			if cur == nil {
				r.errorf(pos, l.raw, "date restriction before any actor")
				continue
			}
			petrRestriction(cur, t, pos, l.raw, r)
		case strings.HasPrefix(t, "+"):
			if cur == nil {
				r.errorf(pos, l.raw, "synonym before any actor")
				continue
			}
			if name := petrPhrase(t[1:]); name != "" {
				cur.Names = append(cur.Names, name)
			} else {
				r.warnf(pos, l.raw, "empty synonym")
			}
		default:
			flush()
			if cur = petrActorLine(t, pos, l.raw, r); cur.Name == "" {
				r.errorf(pos, l.raw, "actor line without a phrase")
				cur = nil
			}
		}
	}
	flush()
}

// petrActorLine reads "PHRASE [CODE]".
func petrActorLine(t string, pos Pos, raw string, r *Report) *Actor {
	a := &Actor{Format: Petrarch, Pos: pos}
	phrase := t
	if i := strings.IndexByte(t, '['); i >= 0 {
		phrase = t[:i]
		// Several [...] groups may follow the phrase; each is a code or a
		// dated code (PETRARCH2 itself reads only the last one).
		for rest := strings.TrimSpace(t[i:]); rest != ""; {
			if rest[0] != '[' {
				r.warnf(pos, raw, "text after the code is ignored: %q", rest)
				break
			}
			end := strings.IndexByte(rest, ']')
			next := strings.IndexByte(rest[1:], '[')
			if end < 0 || next < 0 || next+1 < end {
				petrRestriction(a, rest, pos, raw, r)
				break
			}
			petrRestriction(a, rest[:end+1], pos, raw, r)
			rest = strings.TrimSpace(rest[end+1:])
		}
	}
	a.Name = petrPhrase(phrase)
	return a
}

// petrPhrase turns "VLADIMIR_PUTIN_" into "VLADIMIR PUTIN".
func petrPhrase(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '_' || r == ' ' || r == '\t' }), " ")
}

// petrRestriction reads "[CODE]" or "[CODE DATES]" into a (the undated
// code becomes a.Code; a second undated code is reported).
func petrRestriction(a *Actor, t string, pos Pos, raw string, r *Report) {
	end := strings.IndexByte(t, ']')
	if end < 0 || t[0] != '[' {
		r.errorf(pos, raw, "missing ] in code")
		return
	}
	if rest := strings.TrimSpace(t[end+1:]); rest != "" {
		r.warnf(pos, raw, "text after the code is ignored: %q", rest)
	}
	fields := strings.Fields(t[1:end])
	if len(fields) == 0 {
		r.errorf(pos, raw, "empty code []")
		return
	}
	code := fields[0]
	checkPetrActorCode(code, pos, raw, r)
	if code == "---" {
		code = "" // PETRARCH's null code
	}
	if len(fields) == 1 {
		if a.Code != "" {
			r.warnf(pos, raw, "second undated code %s; PETRARCH keeps the first, %s", code, a.Code)
			return
		}
		a.Code = code
		return
	}
	rng, ok := petrDateRange(strings.Join(fields[1:], ""), strings.Join(fields[1:], " "), pos, raw, r)
	if ok {
		a.Roles = append(a.Roles, Role{Code: code, Range: rng, Pos: pos})
	}
}

// checkPetrActorCode warns about codes PETRARCH accepts but CAMEO does not
// write that way (lower case, odd lengths); "/" joins several codes.
func checkPetrActorCode(code string, pos Pos, raw string, r *Report) {
	if code == "---" {
		return
	}
	for _, c := range strings.Split(code, "/") {
		if !ValidActorCode(c) {
			r.warnf(pos, raw, "actor code %q is not a well-formed CAMEO code; kept as written", c)
		}
	}
}

// petrDateRange reads "A-B", ">A" or "<B" (spaces already removed).
func petrDateRange(s, written string, pos Pos, raw string, r *Report) (Range, bool) {
	if written != s {
		r.warnf(pos, raw, "spaces inside the date restriction %q", written)
	}
	var rng Range
	var ok bool
	switch {
	case strings.HasPrefix(s, ">"):
		rng.From, ok = petrDate(s[1:], pos, raw, r)
	case strings.HasPrefix(s, "<"):
		rng.To, ok = petrDate(s[1:], pos, raw, r)
	default:
		from, to, found := strings.Cut(s, "-")
		if !found {
			r.warnf(pos, raw, "date restriction %q has no -, > or <; read as >%s (from that date)", s, s)
			rng.From, ok = petrDate(s, pos, raw, r)
			return rng, ok
		}
		var ok2 bool
		rng.From, ok = petrDate(from, pos, raw, r)
		rng.To, ok2 = petrDate(to, pos, raw, r)
		ok = ok && ok2
	}
	return rng, ok
}

// petrDate reads YYYYMMDD or YYMMDD the way PETRARCH does: a string of up
// to seven characters is YYMMDD (00-30 -> 20YY), a longer one YYYYMMDD
// with anything after the eighth character ignored.
func petrDate(s string, pos Pos, raw string, r *Report) (Date, bool) {
	if !allDigits(s) {
		r.errorf(pos, raw, "bad date %q: want YYYYMMDD or YYMMDD", s)
		return Date{}, false
	}
	var y, m, d int
	switch {
	case len(s) == 6 || len(s) == 7:
		if len(s) == 7 {
			r.warnf(pos, raw, "seven-digit date %q read as YYMMDD %s, as PETRARCH does", s, s[:6])
		}
		y = atoi(s[:2])
		if y <= 30 {
			y += 2000
		} else {
			y += 1900
		}
		m, d = atoi(s[2:4]), atoi(s[4:6])
	case len(s) >= 8:
		if len(s) > 8 {
			r.warnf(pos, raw, "date %q longer than YYYYMMDD; PETRARCH reads %s", s, s[:8])
		}
		y, m, d = atoi(s[:4]), atoi(s[4:6]), atoi(s[6:8])
	default:
		r.errorf(pos, raw, "bad date %q: want YYYYMMDD or YYMMDD", s)
		return Date{}, false
	}
	if m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		r.errorf(pos, raw, "impossible date %q", s)
		return Date{}, false
	}
	return Date{Year: int16(y), Month: uint8(m), Day: uint8(d)}, true
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// guessActorType gives a PETRARCH entry a type (see readPetrarchActors).
func guessActorType(a *Actor) ActorType {
	switch {
	case len(a.Roles) > 0:
		code := a.Code
		if code == "" {
			code = a.Roles[0].Code
		}
		if len(code) >= 3 && ValidActorCode(code[:3]) && !InternationalCodes[code[:3]] {
			a.Country = code[:3]
		}
		return Person
	case len(a.Code) == 3 && ValidActorCode(a.Code):
		a.Country = a.Code
		return Country
	case len(a.Code) >= 3 && InternationalCodes[a.Code[:3]]:
		return Organization
	}
	if ValidActorCode(a.Code) && len(a.Code) > 3 {
		a.Country = a.Code[:3]
	}
	return Institution
}
