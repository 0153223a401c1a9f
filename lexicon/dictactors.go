package lexicon

import "strings"

// openCountry reads "country CODE NAME".
func openCountry(p *dictParser, l *dictLine) {
	if !p.need(l, 3, "country code and name") || !p.actorCode(l, l.words[1]) {
		return
	}
	if len(l.words[1].text) != 3 {
		p.errorf(l, l.words[1].col, "country code %q must have three letters", l.words[1].text)
		return
	}
	code := l.words[1].text
	a := &Actor{Type: Country, Code: code, Country: code, Name: l.restWords(2), Nation: &Nation{}, Pos: p.pos(l, 1)}
	p.out.actors = append(p.out.actors, a)
	p.actor = a
	p.field = countryField
}

func countryField(p *dictParser, l *dictLine) {
	a, n := p.actor, p.actor.Nation
	if !p.need(l, 2, "value") {
		return
	}
	v := l.restWords(1)
	switch l.words[0].text {
	case "official":
		if p.once(l) {
			n.Official = v
			a.Names = append(a.Names, v)
		}
	case "name":
		a.Names = append(a.Names, v)
	case "adjective":
		n.Adjectives = append(n.Adjectives, v)
	case "demonym":
		n.Demonyms = append(n.Demonyms, v)
	case "capital":
		n.Capitals = append(n.Capitals, v)
	case "seat":
		seatField(p, l, a)
	case "iso":
		isoField(p, l, n)
	case "place", "shared-place":
		placeField(p, l, n)
	default:
		p.unknownField(l, "official, name, adjective, demonym, capital, seat, place, shared-place or iso")
	}
}

// seatField reads "seat NAME [ROLE-or-FULL-CODE]".
func seatField(p *dictParser, l *dictLine, a *Actor) {
	last := l.words[len(l.words)-1]
	code, nameEnd := a.Code+"GOV", len(l.words)
	if len(l.words) > 2 && ValidActorCode(last.text) {
		nameEnd--
		code = last.text
		if len(code) == 3 {
			code = a.Code + code
		} else if !strings.HasPrefix(code, a.Code) {
			p.warnf(l, last.col, "seat code %s is not one of %s's codes", code, a.Code)
		}
	}
	var parts []string
	for _, w := range l.words[1:nameEnd] {
		parts = append(parts, w.text)
	}
	name := strings.Join(parts, " ")
	a.Nation.Seats = append(a.Nation.Seats, Seat{Name: name, Code: code})
}

// isoField reads "iso ALPHA2 ALPHA3 NUMERIC".
func isoField(p *dictParser, l *dictLine, n *Nation) {
	if !p.once(l) || !p.need(l, 4, "ISO alpha-2, alpha-3 and numeric codes") {
		return
	}
	w := l.words
	switch {
	case len(w) > 4:
		p.errorf(l, w[4].col, "iso takes three codes")
	case len(w[1].text) != 2 || !isUpper(w[1].text):
		p.errorf(l, w[1].col, "bad ISO alpha-2 code %q", w[1].text)
	case len(w[2].text) != 3 || !isUpper(w[2].text):
		p.errorf(l, w[2].col, "bad ISO alpha-3 code %q", w[2].text)
	case len(w[3].text) != 3 || !allDigits(w[3].text):
		p.errorf(l, w[3].col, "bad ISO numeric code %q", w[3].text)
	default:
		n.ISO2, n.ISO3, n.ISONumeric = w[1].text, w[2].text, w[3].text
	}
}

// openNamedActor reads "institution|org|group CODE NAME".
func openNamedActor(t ActorType) recordOpener {
	return func(p *dictParser, l *dictLine) {
		if !p.need(l, 3, "actor code and name") || !p.actorCode(l, l.words[1]) {
			return
		}
		code := l.words[1].text
		a := &Actor{Type: t, Code: code, Name: l.restWords(2), Pos: p.pos(l, 1)}
		if t == Institution {
			a.Country = code[:3]
		}
		p.out.actors = append(p.out.actors, a)
		p.actor = a
		p.field = namedActorField
	}
}

func namedActorField(p *dictParser, l *dictLine) {
	a := p.actor
	switch kw := l.words[0].text; {
	case kw == "name":
		if p.need(l, 2, "name") {
			a.Names = append(a.Names, l.restWords(1))
		}
	case kw == "kind" && a.Type != Institution:
		if p.once(l) && p.need(l, 2, "kind") {
			a.Kind = l.restWords(1)
		}
	case kw == "country" && a.Type != Institution:
		if !p.once(l) || len(l.words) == 1 { // empty: an international body
			return
		}
		if w := l.words[1]; len(w.text) != 3 || !ValidActorCode(w.text) || len(l.words) > 2 {
			p.errorf(l, w.col, "country wants one three-letter CAMEO country code (or nothing)")
			return
		}
		a.Country = l.words[1].text
	default:
		if a.Type == Institution {
			p.unknownField(l, "name")
		} else {
			p.unknownField(l, "name, kind or country")
		}
	}
}

// openPerson reads "person NAME".
func openPerson(p *dictParser, l *dictLine) {
	if !p.need(l, 2, "name") {
		return
	}
	a := &Actor{Type: Person, Name: l.restWords(1), Pos: p.pos(l, 1)}
	p.out.actors = append(p.out.actors, a)
	p.actor = a
	p.field = personField
}

func personField(p *dictParser, l *dictLine) {
	a := p.actor
	if !p.need(l, 2, "value") {
		return
	}
	switch l.words[0].text {
	case "alias":
		a.Names = append(a.Names, l.restWords(1))
	case "role":
		roleField(p, l, a)
	case "born", "died":
		if !p.once(l) {
			return
		}
		if len(l.words) > 2 {
			p.errorf(l, l.words[2].col, "%s takes one date", l.words[0].text)
			return
		}
		if d, ok := p.date(l, l.words[1]); ok {
			if l.words[0].text == "born" {
				a.Born = d
			} else {
				a.Died = d
			}
		}
	case "default":
		if p.once(l) && p.actorCode(l, l.words[1]) {
			a.Code = l.words[1].text
		}
	default:
		p.unknownField(l, "alias, role, born, died or default")
	}
}

// roleField reads "role CODE FROM..TO OFFICE[,OFFICE] [TITLE...]".
func roleField(p *dictParser, l *dictLine, a *Actor) {
	if !p.need(l, 4, "role CODE FROM..TO OFFICE [TITLE]") || !p.actorCode(l, l.words[1]) {
		return
	}
	rng, err := ParseRange(l.words[2].text)
	if err != nil {
		p.errorf(l, l.words[2].col, "%v", err)
		return
	}
	offices, acting, joint, bad := parseOffices(l.words[3].text)
	if bad != "" {
		col := l.words[3].col + strings.Index(l.words[3].text, bad)
		p.errorf(l, col, "unknown office %q (see the office keys in docs/dictionaries.md)", bad)
		return
	}
	a.Roles = append(a.Roles, Role{
		Code: l.words[1].text, Range: rng, Offices: offices, Acting: acting, Joint: joint,
		Title: l.restWords(4), Pos: p.pos(l, 1),
	})
}

func isUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return s != ""
}
