package document

// Document is one article and everything readout has found in it. Stages
// add to it in place; none copies it. All byte offsets (Start, End) index
// Text, which is valid UTF-8: the reader replaces invalid bytes with U+FFFD
// and records a Problem for each, so no input byte is lost silently.
type Document struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Published string `json:"published,omitempty"` // publication date, YYYY-MM-DD
	Publisher string `json:"publisher,omitempty"` // the wire or outlet named in the text, e.g. "Xinhua"
	Source    string `json:"source,omitempty"`    // where the article came from (feed, site, --source)
	URL       string `json:"url,omitempty"`
	Text      string `json:"text"` // the analysed text (title first when there is one)
	// Dateline is the wire dateline that opens the story ("BEIJING, Aug. 25
	// (Xinhua) --", "(Xinhua) -"), when the text layer finds one; it is then a
	// sentence of its own, and the wire named in it fills Publisher if empty.
	Dateline *Span `json:"dateline,omitempty"`

	Paragraphs []Span     `json:"paragraphs,omitempty"`
	Sentences  []Sentence `json:"sentences"`
	// Tokens holds every token of the document in order; each Sentence's
	// Tokens is a sub-slice of it.
	Tokens []Token `json:"-"`

	Entities   []Entity    `json:"entities"`
	Events     []Event     `json:"events"`
	Statements []Statement `json:"statements"`
	Amounts    []Amount    `json:"amounts"`
	Topics     []string    `json:"topics"`

	// Problems are non-fatal findings about the input (invalid UTF-8,
	// truncated sentences, ...). A fatal problem is returned as an error.
	Problems []Problem `json:"problems,omitempty"`
}

// Span is a byte range of Document.Text with its text.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text,omitempty"`
}

// Sentence is one sentence of the document.
type Sentence struct {
	Index     int    `json:"index"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
	Paragraph int    `json:"paragraph"`
	// Tokens is a sub-slice of Document.Tokens; heads index into it.
	Tokens []Token `json:"-"`
}

// Token is one word or punctuation mark.
type Token struct {
	Start int    // byte offset in Document.Text
	End   int    // byte offset in Document.Text (exclusive)
	Text  string // normalised form (straight quotes, ASCII dashes, no NBSP)
	Lemma string
	UPOS  string // Universal POS tag
	XPOS  string // Penn Treebank tag
	Feats string // UD morphological features, "_" or "" when none
	// Head is the 1-based index of the token's head within its sentence,
	// 0 for the root, -1 when the sentence has not been parsed.
	Head       int
	Rel        string // UD dependency relation
	SpaceAfter bool   // whether whitespace follows the token in Text
}

// Entity is a person, country, organisation, group or location the article
// mentions, with every mention that refers to it (names, pronouns and
// descriptions once resolved).
type Entity struct {
	ID       string    `json:"id"` // "e1", "e2", ... unique within the document
	Name     string    `json:"name"`
	Type     string    `json:"type"`              // person|country|organization|group|location
	Actor    string    `json:"actor"`             // CAMEO actor code on the article's date, e.g. CHNGOV
	Country  string    `json:"country,omitempty"` // CAMEO country code, e.g. CHN
	Rule     string    `json:"rule,omitempty"`    // dictionary entry that gave the code, file:line
	Mentions []Mention `json:"mentions"`
	// Members lists the entities (by ID) a group entity stands for when it
	// is a set of other entities of the document: "China and Russia", "the
	// two leaders". Empty for every other entity.
	Members []string `json:"members,omitempty"`
}

// Entity types.
const (
	Person       = "person"
	Country      = "country"
	Organization = "organization"
	Group        = "group"
	Location     = "location"
)

// Mention is one place in the text that refers to an entity.
type Mention struct {
	Sentence int    `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text"`
	Kind     string `json:"kind,omitempty"` // name|pronoun|description
}

// Event is one coded event: who did what to whom, when.
type Event struct {
	Sentence      int      `json:"sentence"`
	Source        string   `json:"source"`               // CAMEO actor code
	SourceEntity  string   `json:"source_entity"`        // Entity.ID, "" when the actor is not an entity
	Target        string   `json:"target"`               // CAMEO actor code, "" for one-sided events
	TargetEntity  string   `json:"target_entity"`        // Entity.ID or ""
	Code          string   `json:"code"`                 // CAMEO event code, e.g. "041"
	Root          string   `json:"root"`                 // CAMEO root code, e.g. "04"
	QuadClass     int      `json:"quad_class"`           // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
	Goldstein     float64  `json:"goldstein"`            // -10 .. +10
	Plover        string   `json:"plover"`               // PLOVER event type, e.g. CONSULT
	PloverMode    string   `json:"plover_mode"`          // PLOVER mode, e.g. phone; "" when none
	Date          string   `json:"date"`                 // when the event happened, YYYY-MM-DD
	Negated       bool     `json:"negated"`              // "did not attack"
	Modality      string   `json:"modality"`             // see the Modality constants
	SpeakerEntity string   `json:"speaker_entity"`       // Entity.ID of who said it, when inside a statement
	AccordingTo   string   `json:"according_to"`         // the wire or outlet that reports it
	Evidence      Evidence `json:"evidence"`             // where in the text, and which rule
	Issues        []string `json:"issues,omitempty"`     // issue/topic codes attached by the dictionaries
	Statement     int      `json:"statement,omitempty"`  // 1-based index into Statements when reported speech, 0 otherwise
	Confidence    float64  `json:"confidence,omitempty"` // 0..1 when the coder can tell
}

// Modalities of an event. Anything but Asserted is not a plain fact.
const (
	Asserted     = "asserted"     // reported as having happened or happening
	Future       = "future"       // will, is to, plans to
	Intent       = "intent"       // wants to, is ready to, threatened to
	Possible     = "possible"     // may, might, could
	Conditional  = "conditional"  // if, unless
	Hypothetical = "hypothetical" // would, should, were to
	Question     = "question"     // asked whether
)

// Evidence says where an event was found and which dictionary entry fired.
type Evidence struct {
	SourceSpan Span   `json:"source_span"`
	VerbSpan   Span   `json:"verb_span"`
	TargetSpan Span   `json:"target_span"`
	Rule       string `json:"rule"` // file:line of the pattern that fired
	Pattern    string `json:"pattern,omitempty"`
}

// Statement is one reported statement: who said what, in whose words, and
// who reports it.
type Statement struct {
	Sentence      int    `json:"sentence"`
	SpeakerEntity string `json:"speaker_entity"` // Entity.ID, "" when unresolved
	Speaker       string `json:"speaker"`        // resolved name, or the text of the speaker mention
	SpeakerActor  string `json:"speaker_actor"`  // CAMEO actor code of the speaker
	SpeakerSpan   Span   `json:"speaker_span"`   // the mention in this sentence ("he", "the Russian president")
	Cue           string `json:"cue"`            // "said", "noted", "according to", ...
	CueSpan       Span   `json:"cue_span"`
	Direct        bool   `json:"direct"` // in quotation marks
	Content       Span   `json:"content"`
	AccordingTo   string `json:"according_to"` // wire or outlet reporting it
}

// Amount is a reported figure.
type Amount struct {
	Sentence int     `json:"sentence"`
	Value    float64 `json:"value"`
	Unit     string  `json:"unit"`   // percent, USD, people, tonnes, ...
	Text     string  `json:"text"`   // as written: "3.4 percent"
	About    string  `json:"about"`  // what it measures: "bilateral trade"
	Change   string  `json:"change"` // increase|decrease|"" when not a change
	Start    int     `json:"start"`
	End      int     `json:"end"`
}

// Problem is a non-fatal finding about the input.
type Problem struct {
	Offset  int    `json:"offset"` // byte offset in Text, -1 when not tied to a place
	Message string `json:"message"`
}
