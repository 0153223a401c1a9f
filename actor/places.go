package actor

import (
	"strings"

	"github.com/readout/readout/document"
	"github.com/readout/readout/lexicon"
)

// A place (a city or region a country record lists: "Basra", "Texas",
// "Bavarian") is an entity of its own, of type location, with its
// country's code: "police in Basra" are Iraqi police, as a capital
// places them, but a place never stands for the government.

// placeEntityForRef returns the location entity of a place name, creating it
// when it is new. One entity per place: "Bavaria" and "Bavarian" are one.
func (r *run) placeEntityForRef(ref lexicon.NameRef) int {
	key := "loc:" + strings.ToLower(ref.Code)
	if i, ok := r.byKey[key]; ok {
		return i
	}
	res := r.c.lex.Resolve(ref, r.day)
	e := ent{lex: -1, key: key, last: -1}
	e.e.Name, e.e.Type = ref.Code, document.Location
	e.e.Actor, e.e.Country = res.Country, res.Country
	e.e.Rule = placeRule(res.Actor, ref.Code)
	return r.addEntity(e)
}

// placeRule cites the dictionary line of a country's place.
func placeRule(a *lexicon.Actor, name string) string {
	if a.Nation != nil {
		for i := range a.Nation.Places {
			if p := &a.Nation.Places[i]; p.Name == name {
				return p.Pos.Rule()
			}
		}
	}
	return a.Pos.Rule()
}

// placeAdjective says whether a name atom is only the adjective of a place
// ("Bavarian"), not its name.
func (r *run) placeAdjective(a *atom) bool {
	if len(a.name.Refs) == 0 {
		return false
	}
	text := r.d.Text[r.v.toks[a.start].Start:r.v.toks[a.end-1].End]
	for _, ref := range a.name.Refs {
		if ref.Kind != lexicon.ByPlace || strings.EqualFold(text, ref.Code) {
			return false
		}
	}
	return true
}

// pickPlace chooses among candidates that include places: anything that
// is not a place first ("Georgia" the country over a place of that name,
// were one written), then the place of a country the article has named,
// then of the country it is most about, then the first.
func (r *run) pickPlace(refs []lexicon.NameRef) (lexicon.NameRef, bool) {
	places := 0
	for _, ref := range refs {
		if ref.Kind == lexicon.ByPlace {
			places++
		}
	}
	if places == 0 {
		return lexicon.NameRef{}, false
	}
	if places < len(refs) {
		var rest []lexicon.NameRef
		for _, ref := range refs {
			if ref.Kind != lexicon.ByPlace {
				rest = append(rest, ref)
			}
		}
		res, ok := r.c.lex.ResolveMatch(lexicon.ActorMatch{Refs: rest}, r.day)
		return res.Ref, ok
	}
	for _, ref := range refs {
		if _, ok := r.byLex[ref.Actor]; ok {
			return ref, true
		}
	}
	home := r.home()
	for _, ref := range refs {
		if r.c.lex.Actors[ref.Actor].Code == home {
			return ref, true
		}
	}
	return refs[0], true
}

// titleCountry returns the country a place, capital or country named
// inside a title atom gives ("Mayor of Istanbul", "Governor of Texas"),
// or "".
func (r *run) titleCountry(a *atom) string {
	for t := a.start + 1; t < a.end; t++ {
		if !r.v.caps[t] {
			continue
		}
		m, ok := r.c.lex.MatchActor(r.v.forms, t)
		if !ok || m.End > a.end {
			continue
		}
		ref, ok := r.pickRef(m, "")
		if ok && r.c.lex.Actors[ref.Actor].Type == lexicon.Country {
			return r.c.lex.Resolve(ref, r.day).Country
		}
	}
	return ""
}

// placeSurname says whether a one-word place name is the surname of a
// person the article has named ("Lagos" after "Ricardo Lagos", "Medina"
// after "Danilo Medina"): then it is that person.
func (r *run) placeSurname(a *atom) bool {
	if a.end-a.start != 1 || len(a.name.Refs) == 0 {
		return false
	}
	for _, ref := range a.name.Refs {
		if ref.Kind != lexicon.ByPlace {
			return false
		}
	}
	w := r.v.lower[a.start]
	for i := range r.ents {
		if e := &r.ents[i]; e.e.Type == document.Person && e.surname == w {
			return true
		}
	}
	return false
}

// isPlaceChunk says whether chunk k names a place: a place ends a list
// before the actors after it ("the meeting in Ufa, Pakistan and India
// decided" coordinates Pakistan and India only), and places are listed
// with places ("Texas, Florida and Ohio").
func (r *run) isPlaceChunk(k int) bool {
	c := &r.chunks[k]
	return c.ent >= 0 && r.ents[c.ent].e.Type == document.Location
}

// placeAcronym says whether a match is a short place name written in
// capitals where an acronym is likelier ("GAO said" is the Government
// Accountability Office, not Gao in Mali; "NIS" a currency, not Niš): one
// token of up to four letters, outside a headline and not a dateline
// ("GAO, Mali -").
func (r *run) placeAcronym(m lexicon.ActorMatch) bool {
	v := &r.v
	if m.End-m.Start != 1 || v.headline || len(v.forms[m.Start]) > 4 || !allCaps(v.forms[m.Start]) {
		return false
	}
	if m.End < len(v.forms) && v.forms[m.End] == "," {
		return false
	}
	for _, ref := range m.Refs {
		if ref.Kind != lexicon.ByPlace {
			return false
		}
	}
	return true
}

// allCaps says whether a word is written in ASCII capitals only.
func allCaps(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return w != ""
}
