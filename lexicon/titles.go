package lexicon

// roleRef points at one role of one person.
type roleRef struct {
	actor   int32
	role    int32
	country string // the role's country code, or its whole code for international bodies (IGOUNO)
}

// holderKey indexes roles by country and office.
type holderKey struct {
	country string
	office  Office
}

// Holding is a person in a role.
type Holding struct {
	Actor *Actor
	Role  *Role
}

// OfficeHolder returns who holds an office of a country on day: the
// holders of that office whose role covers the day, preferring a
// non-acting holder, then the one who took office last. country is a CAMEO
// country code (RUS), or an organisation's code (IGOUNO: a role coded
// IGOUNO or IGOUNOxxx belongs to it).
func (l *Lexicon) OfficeHolder(country string, office Office, day Day) (Holding, bool) {
	return l.pickHolder(l.holders[holderKey{country, office}], country, office, true, day)
}

// TitleMatch is an office title found in a token sequence ("foreign
// minister" in "the Russian foreign minister").
type TitleMatch struct {
	Start, End int
	refs       []int32
}

// MatchTitle finds the longest office title (as roles write it: President,
// Foreign Minister) starting at tokens[start], ignoring case.
func (l *Lexicon) MatchTitle(tokens []string, start int) (TitleMatch, bool) {
	e, ok := l.titles.longest(tokens, start)
	if !ok {
		return TitleMatch{}, false
	}
	return TitleMatch{Start: start, End: e.end, refs: e.refs}, true
}

// TitleHolder returns who held the matched title in a country on day, as
// OfficeHolder does ("the Russian president" on 2020-04-16 -> Vladimir
// Putin, RUSGOV).
func (l *Lexicon) TitleHolder(m TitleMatch, country string, day Day) (Holding, bool) {
	refs := make([]roleRef, 0, 8)
	for _, i := range m.refs {
		if r := l.titleRefs[i]; r.country == country {
			refs = append(refs, r)
		}
	}
	return l.pickHolder(refs, country, 0, false, day)
}

// pickHolder chooses among roles those in force on day: a non-acting
// holder before an acting one, then the latest to take office.
func (l *Lexicon) pickHolder(refs []roleRef, country string, office Office, byOffice bool, day Day) (Holding, bool) {
	var best Holding
	bestActing := true
	for _, r := range refs {
		a := l.Actors[r.actor]
		role := &a.Roles[r.role]
		if r.country != country || !role.Range.Contains(day) {
			continue
		}
		acting := byOffice && role.Acting.Has(office) || !byOffice && role.Acting != 0
		switch {
		case best.Role == nil,
			bestActing && !acting,
			bestActing == acting && role.Range.From.First() > best.Role.Range.From.First():
			best, bestActing = Holding{Actor: a, Role: role}, acting
		}
	}
	return best, best.Role != nil
}

// roleCountry returns whose office a role code is: the country its first
// three letters name, else the longest organisation or group code it starts
// with (IGOUNO for IGOUNOSEC), else the whole code.
func (l *Lexicon) roleCountry(code string) string {
	if len(code) >= 3 {
		if _, ok := l.countries[code[:3]]; ok {
			return code[:3]
		}
	}
	for n := len(code); n >= 6; n -= 3 {
		if l.orgCodes[code[:n]] {
			return code[:n]
		}
	}
	return code
}
