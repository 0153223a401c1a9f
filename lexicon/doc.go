// Package lexicon loads, represents, checks and lists readout's
// dictionaries: actors (countries, institutions, people with date-bounded
// roles, organisations, groups), agents, the CAMEO codes table, event
// patterns, discards and topics, from readout's own .dict format
// (docs/dictionaries.md) and from PETRARCH2/TABARI dictionaries.
//
// # Loading
//
// LoadDefault reads the dictionaries embedded from dict/. Load takes
// options: Dir or FS add readout dictionaries (an entry with the key of an
// earlier one replaces it: --dicts), WithoutDefaults leaves the embedded
// ones out, WithPetrarch reads PETRARCH files, each kind replacing the
// default entries of its kind. Flags registers the same choices on a
// flag.FlagSet for the commands (code, eval, lint, list), and ReadConfig
// reads them from a settings file (PETRARCH's PETR_config.ini included).
//
// Load reads everything and reports every problem: its error is an
// ErrorList of "file:line:col: message" problems sorted by position, each
// with the offending line as an excerpt; the Lexicon it returns holds every
// line that could be read. Warnings (things PETRARCH accepts, odd but
// readable lines) are in Lexicon.Warnings. Check adds the rules a
// line-by-line reading cannot see (overlapping office holders, ambiguous
// names, unknown codes, repeated patterns); `readout lint` prints both.
//
// # Looking things up
//
// A Lexicon is a value, read-only once loaded and safe for concurrent use.
// The per-token lookups allocate nothing: MatchActor finds the longest actor
// name at a token (case is ignored except for names written in capitals,
// which match only capitals: "US" is not "us"), ResolveMatch turns it into
// the CAMEO code on an article's day (a person's role in force, else their
// country); MatchAgent, MatchTitle (then TitleHolder, "the Russian
// president"), OfficeHolder, CountryOfAdjective and AdjectiveCountries
// ("Sino-Russian"), PatternsFor (patterns by anchor lemma), Code (the codes
// table), Discarded, MatchTopic and MatchIssue cover the rest.
//
// # Patterns
//
// Readout and PETRARCH patterns compile to one representation, Pattern: an
// anchor (verb or noun lemmas), the role of its subject, the items before
// and after it (words, slots, prepositional and noun phrases, optional
// groups, PETRARCH's skip and compound markers), the code (and PETRARCH's
// passive code) and the rule (file:line). See Pattern and Item for what an
// event coder matches, and Pattern.Describe for one notation of both.
//
// # PETRARCH
//
// The readers follow PETRARCH2's own: comments "#", "<!-- -->" and the
// legacy ";"; verb blocks "--- NAME [CODE] ---" with verb lines (irregular
// forms in {...}, multi-word verbs "+BEEF_UP"), synsets "&NAME" with "+"
// members (plurals derived, not for names or members ending in "_"),
// patterns "- PRE * POST [CODE]" and transformations "~ ..."; actor files
// with "+" synonyms and dated codes "[CODE 20000507-20080507]", "[CODE
// >DATE]", "[CODE <DATE]"; agents with "{plural}", "!MARKER!" sets and
// "~CODE"/"CODE~"; discards with "+" (story) and "_" (whole word); issues
// with n:, v: and + expansions and ~/~~ exclusions; the PICO ontology. A
// line is either understood or reported; things PETRARCH reads without
// complaint are warnings, so its files load without errors.
//
// Imports: the standard library and package dict.
package lexicon
