package lexicon

import "strings"

// Place is a city, region, state or province inside a country: news that
// names it ("in Shanghai", "a Texas court", "Bavarian police") places an
// actor in the country, as CAMEO country dictionaries code it. A place is
// not the country's government: it never stands for it the way a capital
// or seat may.
type Place struct {
	Name       string
	Adjectives []string // "Bavarian" for Bavaria; may be empty
	Shared     bool     // written as shared-place: other countries have a place of that name
	Pos        Pos
}

// placeField reads "place NAME [/ ADJECTIVE]..." and its shared-place
// form. An empty name or adjective is reported at the "/" next to it.
func placeField(p *dictParser, l *dictLine, n *Nation) {
	pl := Place{Shared: l.words[0].text == "shared-place", Pos: p.pos(l, l.words[1].col)}
	from := 1
	for k := 1; k <= len(l.words); k++ {
		if k < len(l.words) && l.words[k].text != "/" {
			continue
		}
		if k == from {
			switch {
			case from == 1:
				p.errorf(l, l.words[k].col, "%s wants a name before its first \"/\"", l.words[0].text)
			case k == len(l.words):
				p.errorf(l, l.words[k-1].col, "empty adjective after \"/\" (write \"place NAME / ADJECTIVE\")")
			default:
				p.errorf(l, l.words[k].col, "empty adjective before \"/\" (write \"place NAME / ADJECTIVE / ADJECTIVE\")")
			}
			return
		}
		if from == 1 {
			pl.Name = wordSpan(l, from, k)
		} else {
			pl.Adjectives = append(pl.Adjectives, wordSpan(l, from, k))
		}
		from = k + 1
	}
	n.Places = append(n.Places, pl)
}

// wordSpan returns words [i, j) of a line joined by single spaces, as a
// piece of the line when it is written so.
func wordSpan(l *dictLine, i, j int) string {
	s := l.text[l.words[i].start:l.words[j-1].end]
	if j-i == 1 && l.words[i].text == s {
		return s
	}
	if !strings.Contains(s, "  ") && !strings.Contains(s, `\#`) {
		return s
	}
	parts := make([]string, 0, j-i)
	for _, w := range l.words[i:j] {
		parts = append(parts, w.text)
	}
	return strings.Join(parts, " ")
}

// names lists a place's name and adjectives.
func (pl *Place) names() []string {
	return append([]string{pl.Name}, pl.Adjectives...)
}

// checkPlaces warns about a place name (or adjective) that another actor
// has too (a name, adjective, demonym, capital or seat of anything, or a
// place of another country), or that one country writes twice. A name
// written as shared-place in every country that writes it as a place is
// left alone when no other kind of actor has it.
func (l *Lexicon) checkPlaces(r *Report) {
	places := map[string][]placeUse{}
	var order []string
	for i, a := range l.Actors {
		if a.Format != Readout || a.Nation == nil {
			continue
		}
		for _, pl := range a.Nation.Places {
			for _, name := range pl.names() {
				k := normKey(name)
				if _, ok := places[k]; !ok {
					order = append(order, k)
				}
				places[k] = append(places[k], placeUse{i, pl.Shared, pl.Pos})
			}
		}
	}
	if len(places) == 0 {
		return
	}
	others := l.otherNames(places)
	for _, k := range order {
		uses := places[k]
		if o, ok := others[k]; ok {
			for _, u := range uses {
				r.warnf(u.pos, "", "place %q is also a name of %s (%s); leave it out or write a longer form that cannot clash", k, o.Name, o.Pos.Rule())
			}
			continue
		}
		for j := 1; j < len(uses); j++ {
			prev, u := uses[j-1], uses[j]
			switch {
			case prev.actor == u.actor:
				r.warnf(u.pos, "", "place %q written twice for %s (first at %s)", k, l.Actors[u.actor].Code, prev.pos.Rule())
			case !prev.shared || !u.shared:
				r.warnf(u.pos, "", "place %q is also a place of %s (%s); write it as shared-place in both, or leave it out", k, l.Actors[prev.actor].Code, prev.pos.Rule())
			}
		}
	}
}

// placeUse is one country's place of a name.
type placeUse struct {
	actor  int
	shared bool
	pos    Pos
}

// otherNames maps each key of places that a readout actor has as a name of
// another kind (its name, adjective, demonym, capital or seat) to that
// actor.
func (l *Lexicon) otherNames(places map[string][]placeUse) map[string]*Actor {
	out := map[string]*Actor{}
	for _, a := range l.Actors {
		if a.Format != Readout {
			continue
		}
		for _, n := range l.namesWithCodes(a) {
			k := normKey(n[0])
			if _, ok := places[k]; ok && out[k] == nil {
				out[k] = a
			}
		}
	}
	return out
}
