package lexicon

// NameKind says how a phrase names an actor.
type NameKind uint8

// Name kinds.
const (
	ByName      NameKind = iota // the record's name, official name, name or alias field, PETRARCH phrase
	ByAdjective                 // a country adjective: "Chinese", "Sino"
	ByDemonym                   // a demonym or its plural: "Russians"
	ByCapital                   // a capital city: "Beijing" -> CHN
	BySeat                      // a seat of government: "Kremlin" -> RUSGOV
	ByPlace                     // a city or region, or its adjective: "Shanghai" -> CHN, never its government
)

var nameKindNames = [...]string{"name", "adjective", "demonym", "capital", "seat", "place"}

func (k NameKind) String() string {
	if int(k) < len(nameKindNames) {
		return nameKindNames[k]
	}
	return "name"
}

// NameRef is one actor a phrase may stand for.
type NameRef struct {
	Actor int32 // index into Lexicon.Actors
	Kind  NameKind
	Code  string // BySeat: the code the seat stands for (CHNGOV); ByPlace: the place's name ("Bavaria" for "Bavarian"); "" otherwise
	caps  uint64 // words written in capitals, which match only capitals
}

// ActorMatch is a phrase found in a token sequence: tokens[Start:End]
// name each of Refs (one or more candidates, in dictionary order).
type ActorMatch struct {
	Start, End int
	Refs       []NameRef // shared with the lexicon: do not modify
}

// MatchActor finds the longest actor name starting at tokens[start],
// ignoring case except for words the dictionary writes in capitals ("US"
// does not match "us"). A possessive token ("Russia's") matches the name
// without it. It allocates nothing in the common case; pass the tokens
// (or lemmas, for plural agents) of one sentence.
func (l *Lexicon) MatchActor(tokens []string, start int) (ActorMatch, bool) {
	var buf [8]phraseEnd
	ends := l.names.walk(tokens, start, buf[:0])
	for i := len(ends) - 1; i >= 0; i-- {
		e := ends[i]
		refs := l.capsFilter(tokens[start:e.end], e)
		if len(refs) > 0 {
			return ActorMatch{Start: start, End: e.end, Refs: refs}, true
		}
	}
	return ActorMatch{}, false
}

// capsFilter drops the candidates whose capitalised words the tokens do
// not write in capitals.
func (l *Lexicon) capsFilter(tokens []string, e phraseEnd) []NameRef {
	all := l.nameRefs[e.refs[0] : e.refs[len(e.refs)-1]+1]
	if e.split {
		return all // a possessive was split; token positions no longer line up
	}
	bad := 0
	for i := range all {
		if !capsOK(tokens, all[i].caps) {
			bad++
		}
	}
	if bad == 0 {
		return all
	}
	if bad == len(all) {
		return nil
	}
	kept := make([]NameRef, 0, len(all)-bad)
	for _, r := range all {
		if capsOK(tokens, r.caps) {
			kept = append(kept, r)
		}
	}
	return kept
}

func capsOK(tokens []string, mask uint64) bool {
	for i := 0; mask != 0 && i < len(tokens); i++ {
		if mask&1 != 0 && hasLower(tokens[i]) {
			return false
		}
		mask >>= 1
	}
	return true
}

// Resolution is the code an actor has on a day.
type Resolution struct {
	Code    string // CAMEO actor code; "" when the entry has none on that day (PETRARCH null code)
	Country string // CAMEO country code the code starts with, "" for international codes
	Actor   *Actor
	Role    *Role // the role in force; nil when none
	Ref     NameRef
}

// Resolve returns the code ref's actor has on day. A person takes the first
// role (in dictionary order) in force on the day, else their code outside
// roles; a seat gives its code; the other actors their own code.
func (l *Lexicon) Resolve(ref NameRef, day Day) Resolution {
	a := l.Actors[ref.Actor]
	res := Resolution{Actor: a, Ref: ref, Code: a.Code}
	if ref.Kind == BySeat {
		res.Code = ref.Code
	} else if role := a.RoleOn(day); role != nil {
		res.Role, res.Code = role, role.Code
	}
	res.Country = l.countryOf(res.Code)
	return res
}

// ResolveMatch picks the most likely candidate of a match for a day and
// resolves it: a person with a role in force first, then a country,
// institution, organisation or group, then a person alive on the day, then
// the first candidate.
func (l *Lexicon) ResolveMatch(m ActorMatch, day Day) (Resolution, bool) {
	best, bestScore := -1, -1
	for i, ref := range m.Refs {
		if s := l.score(ref, day); s > bestScore {
			best, bestScore = i, s
		}
	}
	if best < 0 {
		return Resolution{}, false
	}
	return l.Resolve(m.Refs[best], day), true
}

func (l *Lexicon) score(ref NameRef, day Day) int {
	a := l.Actors[ref.Actor]
	switch {
	case a.RoleOn(day) != nil:
		return 3
	case a.Type != Person && a.Code != "":
		return 2
	case a.Type == Person && a.AliveOn(day):
		return 1
	}
	return 0
}

// RoleOn returns the first role (in dictionary order) whose range holds
// day, or nil.
func (a *Actor) RoleOn(day Day) *Role {
	for i := range a.Roles {
		if a.Roles[i].Range.Contains(day) {
			return &a.Roles[i]
		}
	}
	return nil
}

// CodeOn returns the actor's code on day: its role's code, else its code
// outside roles.
func (a *Actor) CodeOn(day Day) string {
	if r := a.RoleOn(day); r != nil {
		return r.Code
	}
	return a.Code
}

// AliveOn reports whether day may fall between the person's birth and
// death (unknown ends count as alive).
func (a *Actor) AliveOn(day Day) bool {
	return Range{From: a.Born, To: a.Died}.Contains(day)
}

// countryOf returns the country code a CAMEO actor code starts with, or ""
// when it starts with no country of the lexicon.
func (l *Lexicon) countryOf(code string) string {
	if len(code) < 3 {
		return ""
	}
	if _, ok := l.countries[code[:3]]; ok {
		return code[:3]
	}
	return ""
}

// Names returns every phrase that names actor i, as written.
func (a *Actor) AllNames() []string {
	out := append([]string{a.Name}, a.Names...)
	if n := a.Nation; n != nil {
		out = append(out, n.Adjectives...)
		out = append(out, n.Demonyms...)
		out = append(out, n.Capitals...)
		for _, s := range n.Seats {
			out = append(out, s.Name)
		}
		for _, p := range n.Places {
			out = append(out, p.names()...)
		}
	}
	return out
}
