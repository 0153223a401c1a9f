package lexicon

// Lexicon is a loaded set of dictionaries with the indexes the coding
// stages look things up in. It is a value: build as many as you like (tests
// build small isolated ones); it is read-only once loaded, so one Lexicon
// may serve any number of goroutines.
//
// The exported slices and maps are the entries themselves, in load order;
// treat them as read-only.
type Lexicon struct {
	Actors     []*Actor
	Agents     []*Agent
	Codes      map[string]*EventCode // CAMEO event code -> row of the codes table
	Patterns   []*Pattern
	Discards   []*Discard
	Topics     []*Topic
	Issues     []*Issue     // PETRARCH issue phrases (--issues)
	Transforms []*Transform // PETRARCH2 verb transformations
	// PICO maps a CAMEO event code to its PETRARCH internal coding
	// ontology value (PETR.Internal.Coding.Ontology.txt, --pico).
	PICO map[string]int
	// Prepositions is the PETRARCH prepositions list (--prepositions).
	Prepositions map[string]bool
	// Warnings are the load's warnings (errors are returned by Load).
	Warnings ErrorList

	names       *phraseIndex
	nameRefs    []NameRef
	agents      *phraseIndex
	agentRefs   []*Agent
	titles      *phraseIndex
	titleRefs   []roleRef
	discards    *phraseIndex
	discardRefs []*Discard
	stemRefs    map[uint64][]*Discard
	stemMax     int
	topics      *phraseIndex
	topicRefs   []*Topic
	issues      *phraseIndex
	issueRefs   []*Issue
	anchors     map[string][]*Pattern
	countries   map[string]*Actor
	orgCodes    map[string]bool
	adjectives  map[string]string
	holders     map[holderKey][]roleRef
}

// Code returns the codes-table row of a CAMEO event code.
func (l *Lexicon) Code(code string) (*EventCode, bool) {
	c, ok := l.Codes[code]
	return c, ok
}

// Country returns the country record of a CAMEO country code (CHN).
func (l *Lexicon) Country(code string) (*Actor, bool) {
	a, ok := l.countries[code]
	return a, ok
}

// PatternsFor returns the patterns anchored on a word: a lemma ("visit"),
// or an inflected form a PETRARCH dictionary lists ("met"). Case is
// ignored; the slice is shared, do not modify it.
func (l *Lexicon) PatternsFor(word string) []*Pattern {
	p, _ := lookupFold(l.anchors, word)
	return p
}

// Anchors returns the number of distinct anchor words.
func (l *Lexicon) Anchors() int { return len(l.anchors) }

// CountryOfAdjective returns the country a country adjective or demonym
// names ("Chinese" -> CHN, "Sino" -> CHN). Case is ignored.
func (l *Lexicon) CountryOfAdjective(word string) (string, bool) {
	return lookupFold(l.adjectives, word)
}

// AdjectiveCountries appends to dst the countries named by a word that may
// be a hyphenated compound: "Sino-Russian" -> CHN, RUS; "US-China" -> USA,
// CHN; "Chinese" -> CHN. A part of a compound may be a country adjective,
// demonym or one-word country name; the compound counts only when every
// part is one. Pass a slice with capacity to avoid allocation.
func (l *Lexicon) AdjectiveCountries(word string, dst []string) []string {
	if code, ok := lookupFold(l.adjectives, word); ok {
		return append(dst, code)
	}
	n := len(dst)
	rest := word
	for rest != "" {
		part := rest
		if i := indexByte(rest, '-'); i >= 0 {
			part, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		code, ok := l.countryWord(part)
		if !ok {
			return dst[:n]
		}
		dst = append(dst, code)
	}
	if len(dst)-n < 2 {
		return dst[:n]
	}
	return dst
}

// countryWord returns the country a single word names: an adjective or
// demonym, or a one-word name of a country record.
func (l *Lexicon) countryWord(w string) (string, bool) {
	if code, ok := lookupFold(l.adjectives, w); ok {
		return code, true
	}
	one := [1]string{w}
	m, ok := l.MatchActor(one[:], 0)
	if !ok {
		return "", false
	}
	for _, ref := range m.Refs {
		if a := l.Actors[ref.Actor]; a.Type == Country && ref.Kind == ByName {
			return a.Code, true
		}
	}
	return "", false
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}
