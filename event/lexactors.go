package event

import (
	"strings"

	"github.com/readout/readout/lexicon"
)

// Countries the actor stage leaves as plain words. The actor stage makes
// entities of names and of agents ("Israeli soldiers"), not of a country
// adjective or name modifying an ordinary noun ("rejected proposed Israeli
// changes", "an Australian ultimatum", "restrictions against German
// goods"). Such a word still says which country a phrase is about, as a
// coder reads it, so the event stage reads it off the dictionaries: a
// country's name, adjective or demonym, written with a capital, not part
// of a longer proper name, gives a party with the country's code and no
// entity.

// lexCountries fills c.lexc with the country each token of the current
// sentence names when no entity mention covers it, "" otherwise.
func (c *coder) lexCountries() {
	s := &c.s
	n := len(s.toks)
	c.lexc = grow(c.lexc, n)
	c.texts = grow(c.texts, n)
	if cap(c.lexPlace) < n {
		c.lexPlace = make([]bool, n)
	}
	c.lexPlace = c.lexPlace[:n]
	for i := range n {
		c.lexc[i], c.lexPlace[i] = "", false
		c.texts[i] = strings.TrimPrefix(s.toks[i].Text, "#") // "#US blockade measure"
	}
	for i := 0; i < n; i++ {
		if c.ents.has(i) || !capitalised(c.texts[i]) {
			continue
		}
		m, ok := c.lex.MatchActor(c.texts, i)
		if !ok {
			continue
		}
		end := m.End
		if code, place := c.countryOf(m); code != "" && !c.longerName(end) && !c.ofCulture(end-1) {
			for j := m.Start; j < end; j++ {
				if !c.ents.has(j) {
					c.lexc[j], c.lexPlace[j] = code, place
				}
			}
		}
		i = end - 1
	}
}

// countryOf returns the country a match names by its name, adjective or
// demonym ("" for anything else: a capital names a place, a person or an
// organisation is the actor stage's), and whether it names the country as
// a place (by its name) rather than its people or things (an adjective or
// demonym: "Palestinian factions").
func (c *coder) countryOf(m lexicon.ActorMatch) (string, bool) {
	res, ok := c.lex.ResolveMatch(m, c.pub)
	if !ok || res.Actor == nil || res.Actor.Type != lexicon.Country || res.Code == "" {
		return "", false
	}
	switch res.Ref.Kind {
	case lexicon.ByName:
		return res.Code, true
	case lexicon.ByAdjective, lexicon.ByDemonym:
		return res.Code, false
	}
	return "", false
}

// cultureNouns are things a country adjective describes without naming an
// actor: "the Russian language", "Chinese food".
var cultureNouns = setOf("language", "dialect", "alphabet", "script", "literature", "music", "cuisine",
	"food", "dish", "film", "cinema", "art", "culture", "style", "name", "word", "flag", "anthem", "time")

// ofCulture reports whether token i modifies a culture noun.
func (c *coder) ofCulture(i int) bool {
	h := c.s.head(i)
	return h >= 0 && cultureNouns[c.s.lemma[h]]
}

// longerName reports whether the word at end continues a proper name
// ("Palestinian Islamic Jihad", "German Marshall Fund").
func (c *coder) longerName(end int) bool {
	s := &c.s
	// a plural ("Iraqi Kurds", "Bosnian Serbs") is a people, not a name
	return end < len(s.toks) && s.toks[end].UPOS == "PROPN" && s.toks[end].XPOS != "NNPS" && capitalised(c.texts[end])
}
