package lexicon

import "slices"

// entrySet collects the entries read from one source (the embedded
// defaults, one --dicts directory, or one PETRARCH file) before they are
// merged into a Lexicon.
type entrySet struct {
	actors     []*Actor
	agents     []*Agent
	codes      []*EventCode
	patterns   []*Pattern
	discards   []*Discard
	topics     []*Topic
	issues     []*Issue
	transforms []*Transform
	pico       map[string]picoEntry
	preps      []string
}

// appendAll adds the entries of sets to e, in order, growing the long
// lists once.
func (e *entrySet) appendAll(sets []entrySet) {
	var actors, agents, patterns int
	for i := range sets {
		actors += len(sets[i].actors)
		agents += len(sets[i].agents)
		patterns += len(sets[i].patterns)
	}
	e.actors = slices.Grow(e.actors, actors)
	e.agents = slices.Grow(e.agents, agents)
	e.patterns = slices.Grow(e.patterns, patterns)
	for i := range sets {
		e.append(&sets[i])
	}
}

// append adds o's entries to e.
func (e *entrySet) append(o *entrySet) {
	e.actors = append(e.actors, o.actors...)
	e.agents = append(e.agents, o.agents...)
	e.codes = append(e.codes, o.codes...)
	e.patterns = append(e.patterns, o.patterns...)
	e.discards = append(e.discards, o.discards...)
	e.topics = append(e.topics, o.topics...)
	e.issues = append(e.issues, o.issues...)
	e.transforms = append(e.transforms, o.transforms...)
	e.preps = append(e.preps, o.preps...)
}

// picoEntry is one line of PETR.Internal.Coding.Ontology.txt.
type picoEntry struct {
	value int
	pos   Pos
}

// Transform is one PETRARCH2 verb transformation ("~ a (a b ATTACK) SAY =
// a b 015"): when the outer verb (SAY) takes a clause whose own event
// (ATTACK) has the given actors, the pair is recoded. Variables are
// single letters; "_" and "." stand for "any" and "none" as PETRARCH writes
// them.
type Transform struct {
	Source      string // the outer verb's subject variable ("a")
	InnerSource string // the clause's source variable
	InnerTarget string // the clause's target variable
	InnerVerb   string // PETRARCH verb block or "Q" (any coded event)
	OuterVerb   string // PETRARCH verb block (SAY, CLAIM, WANT, ATTEMPT)
	Result      [3]string
	Text        string
	Pos         Pos
}

// kinds of entries, for keys and messages.
const (
	kindCountry     = "country"
	kindInstitution = "institution"
	kindPerson      = "person"
	kindOrg         = "org"
	kindGroup       = "group"
	kindAgent       = "agent"
	kindCode        = "code"
	kindPattern     = "pattern"
	kindDiscard     = "discard"
	kindTopic       = "topic"
)

// actorKind returns the record keyword of an actor type.
func actorKind(t ActorType) string {
	switch t {
	case Country:
		return kindCountry
	case Institution:
		return kindInstitution
	case Person:
		return kindPerson
	case Organization:
		return kindOrg
	}
	return kindGroup
}
