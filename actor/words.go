package actor

// Closed word classes of English the stage needs: pronouns, determiners,
// the small words inside names and the nouns that describe people. All
// lower case; lookups go through lower-cased token text.

// gender of a pronoun or a person.
type gender uint8

const (
	anyGender gender = iota
	masculine
	feminine
)

// pronoun is what a personal or possessive pronoun can refer to.
type pronoun struct {
	person     bool // he, she: a person
	plural     bool // they: a group or several entities
	neuter     bool // it: a country, organisation or thing
	gender     gender
	possessive bool
	reflexive  bool
}

var pronouns = map[string]pronoun{
	"he":         {person: true, gender: masculine},
	"him":        {person: true, gender: masculine},
	"his":        {person: true, gender: masculine, possessive: true},
	"himself":    {person: true, gender: masculine, reflexive: true},
	"she":        {person: true, gender: feminine},
	"her":        {person: true, gender: feminine, possessive: true},
	"hers":       {person: true, gender: feminine, possessive: true},
	"herself":    {person: true, gender: feminine, reflexive: true},
	"they":       {plural: true},
	"them":       {plural: true},
	"their":      {plural: true, possessive: true},
	"theirs":     {plural: true, possessive: true},
	"themselves": {plural: true, reflexive: true},
	"it":         {neuter: true},
	"its":        {neuter: true, possessive: true},
	"itself":     {neuter: true, reflexive: true},
}

// determiners open a noun phrase.
var determiners = setOf("the", "a", "an", "this", "that", "these", "those", "both", "each",
	"his", "her", "its", "their", "our", "my", "your")

// counts open a plural description: "the two leaders", "both sides".
var counts = map[string]int{"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6}

// demonstratives are determiners that are also conjunctions or pronouns;
// before a capitalised word they are not read as determiners ("noted that
// Putin has").
var demonstratives = setOf("that", "this", "these", "those")

// peopleNouns name the people of a country: "the Chinese people",
// "Chinese nationals".
var peopleNouns = setOf("people", "national", "citizen", "public", "population", "peoples")

// honorifics stand before a personal name.
var honorifics = setOf("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.",
	"sir", "dame", "sheikh", "shaikh", "rev", "rev.", "lord", "lady", "mme", "mme.", "madame", "monsieur")

// particles are the lower-case words inside personal names.
var particles = setOf("al", "el", "bin", "ibn", "bint", "abu", "abd", "de", "da", "di", "du", "del",
	"della", "der", "den", "van", "von", "le", "la", "dos", "das", "ul", "ud", "y", "ben", "bou")

// suffixes follow a personal name.
var suffixes = setOf("jr", "jr.", "sr", "sr.", "ii", "iii", "iv")

// modifiers are adjectives that may stand inside a noun phrase between its
// determiner and its head without changing who it names.
var modifiers = setOf("former", "acting", "caretaker", "interim", "outgoing", "incoming", "then",
	"deputy", "senior", "top", "chief", "state-owned", "semi-official", "mainland", "new", "current", "late",
	"veteran", "elected", "newly", "self-proclaimed", "de", "facto", "ex", "future", "longtime",
	"long-time", "embattled", "powerful", "influential", "prominent", "local", "national", "federal",
	"provincial", "regional", "municipal", "central", "state", "official", "government",
	"northern", "southern", "eastern", "western", "neighboring", "neighbouring", "special")

// titleWords are capitalised words that stand before a personal name as
// (part of) a title, beyond the titles and agents of the dictionaries.
var titleWords = setOf("director", "general", "minister", "secretary", "spokesperson", "spokesman",
	"spokeswoman", "chief", "judge", "senator", "governor", "mayor", "ambassador", "commissioner",
	"colonel", "major", "captain", "lieutenant", "admiral", "marshal", "sergeant", "representative",
	"chairman", "chairwoman", "chair", "president", "premier", "chancellor", "king", "queen",
	"prince", "princess", "emir", "pope", "cardinal", "bishop", "imam", "rabbi", "ayatollah",
	"detective", "inspector", "constable", "superintendent", "professor", "prosecutor", "attorney",
	"justice", "envoy", "deputy", "vice", "speaker", "lawmaker", "mp", "congressman",
	"congresswoman", "councillor", "councilor", "commander", "officer", "administrator", "head",
	"leader", "coordinator", "adviser", "advisor", "counsel", "executive", "manager", "editor",
	"correspondent", "producer", "analyst", "activist", "founder", "ceo", "chairperson")

// personNouns describe a person but are not agents with a CAMEO role:
// kinship and other relations, and a few occupations.
var personNouns = setOf("mother", "father", "wife", "husband", "son", "daughter", "brother", "sister",
	"uncle", "aunt", "cousin", "widow", "widower", "parent", "grandmother", "grandfather", "colleague",
	"friend", "partner", "fiancee", "fiance", "girlfriend", "boyfriend", "motorcyclist", "driver",
	"passenger", "resident", "victim", "survivor", "witness", "man", "woman", "boy", "girl",
	"teenager", "student", "mp", "photographer", "counterpart", "successor", "predecessor",
	"rival", "ally", "aide", "deputy", "member", "actor", "actress", "singer", "musician", "artist",
	"writer", "author", "novelist", "poet", "player", "athlete", "footballer", "cricketer",
	"scientist", "researcher", "astronomer", "physicist", "economist", "lawyer", "businessman",
	"businesswoman", "entrepreneur", "comedian", "filmmaker", "presenter", "host", "guitarist",
	"rapper", "designer", "architect", "historian", "philosopher", "doctor", "surgeon", "pilot")

// genderWords are titles and nouns that say a person's gender.
var genderWords = map[string]gender{
	"mr": masculine, "mr.": masculine, "sir": masculine, "lord": masculine, "king": masculine,
	"prince": masculine, "father": masculine, "husband": masculine, "son": masculine,
	"brother": masculine, "uncle": masculine, "widower": masculine, "man": masculine,
	"boy": masculine, "congressman": masculine, "chairman": masculine, "spokesman": masculine,
	"sheikh": masculine, "emir": masculine, "sultan": masculine, "monsieur": masculine,
	"mrs": feminine, "mrs.": feminine, "ms": feminine, "ms.": feminine, "miss": feminine,
	"dame": feminine, "lady": feminine, "queen": feminine, "princess": feminine, "mother": feminine,
	"wife": feminine, "daughter": feminine, "sister": feminine, "aunt": feminine, "widow": feminine,
	"woman": feminine, "girl": feminine, "congresswoman": feminine, "chairwoman": feminine,
	"spokeswoman": feminine, "madame": feminine, "mme": feminine, "mme.": feminine,
	"businesswoman": feminine, "policewoman": feminine, "actress": feminine,
}

// counterpartNouns relate a person to another holder of the same office.
var counterpartNouns = setOf("counterpart", "counterparts", "opposite", "opposite number")

// groupHeads are plural heads of descriptions of several actors.
var groupHeads = map[string]groupKind{
	"leader": groupPersons, "head": groupPersons, "president": groupPersons, "minister": groupPersons,
	"man": groupPersons, "woman": groupPersons, "official": groupPersons, "diplomat": groupPersons,
	"secretary": groupPersons, "counterpart": groupPersons,
	"side": groupAny, "party": groupAny, "country": groupCountries, "nation": groupCountries,
	"state": groupCountries, "government": groupCountries, "neighbour": groupCountries,
	"neighbor": groupCountries, "power": groupCountries, "people": groupCountries,
	"peoples": groupCountries,
}

type groupKind uint8

const (
	groupAny groupKind = iota
	groupPersons
	groupCountries
)

// countryHeads are the nouns of a description that stands for a country:
// "the country", "the northern neighbor", "the kingdom".
var countryHeads = setOf("country", "nation", "kingdom", "republic", "neighbor", "neighbour",
	"emirate", "state")

// countryPairs are two-word country descriptions: first word, then the
// lemma of the second ("neighbouring country").
var countryPairs = map[string]string{"neighboring": "country", "neighbouring": "country",
	"island": "nation", "gulf": "state", "nuclear": "power"}

// otherCountryHeads refer to a country other than the one in focus ("the
// northern neighbor", "the neighbouring country").
var otherCountryHeads = setOf("neighbor", "neighbour", "neighboring", "neighbouring")

// sideHeads stand for a country's government in diplomatic prose: "the
// Chinese side".
var sideHeads = setOf("side")

// notNames are capitalised words that do not start or continue a name.
var notNames = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "twitter", "facebook", "instagram", "youtube",
	"i", "covid", "internet", "god", "christmas", "easter", "ramadan", "eid")

// weakStarters are capitalised words that open a sentence without being
// names.
var weakStarters = setOf("the", "a", "an", "in", "on", "at", "for", "from", "to", "by", "with",
	"after", "before", "since", "during", "as", "but", "and", "or", "yet", "so", "if", "when",
	"while", "although", "though", "because", "according", "following", "speaking", "recalling",
	"noting", "meanwhile", "however", "also", "this", "that", "these", "those", "there", "here",
	"it", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "its", "some",
	"many", "most", "all", "both", "each", "other", "another", "one", "two", "three", "among",
	"despite", "under", "over", "about", "against", "between", "through", "without", "last",
	"next", "earlier", "later", "yesterday", "today", "tomorrow", "previously", "no", "not")

// bodyWords are the last words of agent phrases that name a body rather
// than a person ("the government", "Serbian police").
var bodyWords = setOf("government", "administration", "ministry", "cabinet", "regime", "junta",
	"authority", "presidency", "office", "party", "coalition", "council", "commission", "parliament",
	"assembly", "congress", "senate", "legislature", "court", "tribunal", "police", "military",
	"army", "navy", "force", "command", "agency", "service", "department", "embassy", "consulate",
	"mission", "bank", "committee", "union", "organization", "organisation", "group", "movement",
	"front", "alliance", "media", "press", "station", "network", "company", "firm", "corporation",
	"university", "hospital", "school", "team", "delegation", "board", "bureau", "directorate",
	"guard", "unit", "brigade", "battalion", "division", "militia", "opposition", "customs",
	"treasury", "municipality", "state council", "security", "intelligence", "house", "chamber",
	"establishment", "leadership", "people", "public", "community", "industry", "sector", "tank",
	"think tank", "institute", "foundation", "firm", "league", "headquarters", "base")

// personAgents are agent words of organisational roles that name a person
// ("journalist" is MED but a person).
var personAgents = setOf("journalist", "photojournalist", "reporter", "correspondent", "editor",
	"businessman", "businesswoman", "executive", "entrepreneur", "doctor", "nurse", "activist",
	"aid worker", "worker", "volunteer", "photographer", "producer", "anchor", "presenter")

// titleRoles give a role to title words the agents file leaves out.
var titleRoles = map[string]string{"secretary": "GOV", "minister": "GOV", "representative": "GOV",
	"envoy": "GOV", "undersecretary": "GOV", "commissioner": "GOV", "general": "MIL",
	"colonel": "MIL", "admiral": "MIL", "commander": "MIL", "judge": "JUD", "prosecutor": "JUD",
	"senator": "LEG", "lawmaker": "LEG", "congressman": "LEG", "congresswoman": "LEG"}

// officeWords in the name of a body make it part of government.
var officeWords = setOf("department", "ministry", "agency", "commission", "administration", "bureau",
	"directorate", "secretariat", "office")

// legislatures are the bodies named after the country's one legislature
// record ("parliament" in a Serbian story is the National Assembly).
var legislatures = setOf("parliament", "legislature", "assembly", "congress")

// orgSelfNouns follow an organisation's name and mean the organisation
// itself: "the Houthi movement", "Houthi rebels".
var orgSelfNouns = setOf("movement", "group", "organisation", "organization", "rebel", "militia",
	"militant", "fighter", "party", "network", "faction", "force", "insurgent", "guerrilla")

// placeWords are the last words of names of places rather than bodies.
var placeWords = setOf("airport", "port", "base", "square", "street", "city", "town", "village",
	"province", "region", "district", "field", "plant", "complex", "island", "sea", "river",
	"valley", "mountain", "camp", "border", "crossing", "strait", "gulf", "bay", "peninsula",
	"county", "state", "oblast", "governorate", "avenue", "bridge", "highway", "market", "mosque",
	"church", "temple", "palace", "stadium", "tower", "building", "headquarters", "prison")

// orgWords are the last words of names of organisations.
var orgWords = setOf("media", "tv", "news", "agency", "airline", "airlines", "airways", "corporation",
	"company", "bank", "university", "institute", "foundation", "committee", "league", "association",
	"society", "federation", "fund", "trust", "centre", "center", "times", "post", "journal",
	"herald", "tribune", "broadcasting", "radio", "television", "channel", "network")

// companyWords end the names of companies.
var companyWords = setOf("corp", "corporation", "inc", "incorporated", "ltd", "limited", "co", "plc",
	"llc", "lp", "sa", "ag", "gmbh", "nv", "bv", "spa", "holdings", "industries", "technologies",
	"systems", "bancorp", "bancshares", "partners", "enterprises", "group", "airlines", "motors",
	"petroleum", "pharmaceuticals", "exchange", "securities", "capital", "energy", "resources")

// prepositions that attach a place or organisation to a noun phrase.
var postPreps = setOf("of", "for", "in", "at", "from")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
