package lexicon

import (
	"path"
	"strings"
)

// Check looks for mistakes a line-by-line reading cannot see: unknown
// codes, roles that end before they start or outlive their holder,
// overlapping holders of one office, names that stay ambiguous on some
// day, patterns that can never match or repeat another. It returns errors
// and warnings apart; readout dictionaries get errors, PETRARCH ones
// (which PETRARCH itself reads without complaint) warnings.
func (l *Lexicon) Check() Report {
	var r Report
	l.checkActors(&r)
	l.checkOffices(&r)
	l.checkNames(&r)
	l.checkPlaces(&r)
	l.checkAgents(&r)
	l.checkCodes(&r)
	l.checkPatterns(&r)
	l.checkTopics(&r)
	r.sort()
	return r
}

// sev returns the severity of a finding in an entry of a format.
func sev(f Format) Severity {
	if f == Petrarch {
		return Warning
	}
	return Error
}

// checkActorCode warns about a code that starts with no country of the
// lexicon and no international or regional code. (Later segments are roles,
// or identify one organisation or group, so any three letters do.)
func (l *Lexicon) checkActorCode(r *Report, pos Pos, code, what string) {
	if len(code) < 3 || !ValidActorCode(code) {
		return // reported when read
	}
	if _, ok := l.countries[code[:3]]; !ok && !InternationalCodes[code[:3]] {
		r.warnf(pos, "", "%s %s starts with %s, which is no country of the dictionaries and no international or regional code", what, code, code[:3])
	}
}

// checkActors checks codes, dates and placement of each actor.
func (l *Lexicon) checkActors(r *Report) {
	for _, a := range l.Actors {
		if a.Format == Petrarch {
			l.checkPetrarchActor(r, a)
			continue
		}
		if a.Type != Person {
			l.checkActorCode(r, a.Pos, a.Code, a.Type.String())
		}
		if a.Type == Organization || a.Type == Group {
			if _, ok := l.countries[a.Country]; a.Country != "" && !ok {
				r.warnf(a.Pos, "", "%s %s: country %s is not in the dictionaries", a.Type, a.Name, a.Country)
			}
		}
		checkPlacement(r, a)
		if a.Type == Person {
			l.checkPerson(r, a)
		}
	}
}

// checkPerson checks a person's roles against each other and their life.
func (l *Lexicon) checkPerson(r *Report, a *Actor) {
	if !a.Born.IsZero() && !a.Died.IsZero() && a.Died.Last() < a.Born.First() {
		r.errorf(a.Pos, "", "%s died (%s) before being born (%s)", a.Name, a.Died, a.Born)
	}
	if len(a.Roles) == 0 && a.Code == "" {
		r.warnf(a.Pos, "", "%s has no role and no default code, so gets no code", a.Name)
	}
	for i := range a.Roles {
		role := &a.Roles[i]
		l.checkActorCode(r, role.Pos, role.Code, "role code")
		if role.Range.Backwards() {
			r.errorf(role.Pos, "", "role of %s ends (%s) before it starts (%s)", a.Name, role.Range.To, role.Range.From)
		}
		if !a.Died.IsZero() {
			switch {
			case role.Range.To.IsZero():
				r.errorf(role.Pos, "", "%s died %s but this role has no end", a.Name, a.Died)
			case role.Range.To.First() > a.Died.Last():
				r.errorf(role.Pos, "", "%s died %s but holds this role until %s", a.Name, a.Died, role.Range.To)
			}
		}
		if !a.Born.IsZero() && !role.Range.From.IsZero() && role.Range.From.Last() < a.Born.First() {
			r.errorf(role.Pos, "", "role of %s starts (%s) before they were born (%s)", a.Name, role.Range.From, a.Born)
		}
	}
}

// checkPetrarchActor checks the dated codes of a PETRARCH entry.
func (l *Lexicon) checkPetrarchActor(r *Report, a *Actor) {
	for i := range a.Roles {
		if a.Roles[i].Range.Backwards() {
			r.warnf(a.Roles[i].Pos, "", "date restriction of %s ends (%s) before it starts (%s); it never applies", a.Name, a.Roles[i].Range.To, a.Roles[i].Range.From)
		}
	}
}

// checkPlacement warns about a readout record in an unexpected directory
// of the dictionary layout.
func checkPlacement(r *Report, a *Actor) {
	dir := path.Base(path.Dir(a.Pos.File))
	want := map[ActorType]string{Country: "actors", Institution: "actors", Person: "people", Organization: "orgs", Group: "orgs"}[a.Type]
	layoutDir := dir == "actors" || dir == "people" || dir == "orgs" || dir == "events"
	if layoutDir && dir != want {
		r.warnf(a.Pos, "", "%s records belong in %s/, not %s/", actorKind(a.Type), want, dir)
	}
	if a.Type == Country && dir == "actors" {
		if base := strings.TrimSuffix(path.Base(a.Pos.File), ".dict"); len(base) == 3 && base != a.Code {
			r.warnf(a.Pos, "", "country %s is in the file of %s", a.Code, base)
		}
	}
}
