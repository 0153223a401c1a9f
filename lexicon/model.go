package lexicon

// Format names the dictionary format an entry was read from.
type Format uint8

// Formats.
const (
	Readout  Format = iota // readout's own .dict format
	Petrarch               // PETRARCH2/TABARI dictionaries
)

func (f Format) String() string {
	if f == Petrarch {
		return "petrarch"
	}
	return "readout"
}

// ActorType says what an Actor is.
type ActorType uint8

// Actor types. PETRARCH actor entries carry no type; the reader guesses
// one (see readPetrarchActors).
const (
	Country ActorType = iota + 1
	Institution
	Person
	Organization
	Group
)

var actorTypeNames = [...]string{"", "country", "institution", "person", "organization", "group"}

func (t ActorType) String() string {
	if int(t) < len(actorTypeNames) {
		return actorTypeNames[t]
	}
	return "actor"
}

// Actor is a country, institution, person, organisation or group.
//
// Code is the actor's CAMEO code: for a country its country code, for an
// institution, organisation or group its full code. For a person Code is the
// code outside all roles: the `default` field, else the country of the latest
// role (filled in when the lexicon is built). A PETRARCH entry's Code is its
// undated code ("" when it has none, PETRARCH's null code).
type Actor struct {
	Type    ActorType
	Code    string
	Name    string   // the record's name as written
	Names   []string // every other name: official, name, alias, PETRARCH synonyms
	Country string   // CAMEO country code; "" for international bodies
	Kind    string   // organisations and groups: igo, ngo, rebel, party, ...
	Roles   []Role   // persons: date-bounded roles; PETRARCH: dated codes in file order
	Born    Date
	Died    Date
	Nation  *Nation // country records only
	Format  Format
	Pos     Pos // where the record starts
}

// Role is one date-bounded role of a person (or one dated code of a
// PETRARCH entry, which has no offices or title).
type Role struct {
	Code    string  // actor code while in the role (RUSGOV); PETRARCH may join several with "/"
	Range   Range   // both ends included; zero ends are open
	Offices Offices // office keys
	Acting  Offices // those of Offices written with "acting-" (an acting or interim holder)
	Joint   Offices // those written with "joint-" (held jointly: co-princes, a collective presidency)
	Title   string  // how news writes the office: "President", "Foreign Minister"
	Pos     Pos
}

// Nation holds what only country records have.
type Nation struct {
	Official   string
	Adjectives []string // Chinese, Sino
	Demonyms   []string // as written; plurals are derived into the name index
	Capitals   []string
	Seats      []Seat
	Places     []Place // cities and regions inside the country
	ISO2, ISO3 string
	ISONumeric string
}

// Seat is a place that stands for a government or institution
// (Zhongnanhai -> CHNGOV).
type Seat struct {
	Name string
	Code string // full code: the country code plus the role written, CHNGOV by default
}

// Agent is an agent noun and the role code it gives ("foreign minister" ->
// GOV). A PETRARCH agent code written "~GOVFRM" goes after the actor code;
// one written "NGO~" goes before it (Before).
type Agent struct {
	Phrase string // as written, words separated by single spaces
	Code   string
	Before bool
	Format Format
	Pos    Pos
}

// EventCode is one row of the CAMEO codes table.
type EventCode struct {
	Code       string  // 041
	Name       string  // Discuss by telephone
	Goldstein  float64 // -10 .. +10
	Quad       int     // QuadClass 1..4, 0 when not given
	Plover     string  // PLOVER event type, e.g. CONSULT
	PloverMode string  // PLOVER mode, e.g. phone
	Pos        Pos
}

// Root returns the code's CAMEO root ("041" -> "04").
func (c *EventCode) Root() string { return Root(c.Code) }

// Discard is a phrase that marks a sentence (or, for PETRARCH "+" entries,
// a whole story) as not political.
type Discard struct {
	Category string   // sport, entertainment, ...; PETRARCH: ""
	Words    []string // lower case
	Story    bool     // PETRARCH "+": discard the whole story
	Stem     bool     // PETRARCH: the last word may be followed by more letters
	Format   Format
	Pos      Pos
}

// Topic is a topic and its keywords.
type Topic struct {
	Key   string
	Label string
	Words [][]string // keyword phrases, lower case
	Pos   Pos
}

// Issue is one PETRARCH issue phrase (Phoenix.IssueCoding.txt) with every
// form its n:, v: and + expansions give.
type Issue struct {
	Code     string     // "" for exclusion phrases
	Category string     // the enclosing <ISSUE CATEGORY="...">
	Forms    [][]string // expanded phrases, lower case
	Exclude  int        // 0: codes; 1 "~": cancels issues in the sentence; 2 "~~": in the story
	Pos      Pos
}
