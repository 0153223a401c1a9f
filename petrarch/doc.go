// Package petrarch is readout's PETRARCH-compatible coding stage: a
// document.Annotator that codes events with the semantics of PETRARCH
// (the Python coder of the Open Event Data Alliance) when the lexicon's
// verb patterns, actors and agents come from PETRARCH dictionaries, on
// readout's own parse of the text.
//
// Reads: Document.Sentences and Tokens with their dependency parse (Text,
// UPOS, XPOS, Head, Rel) and Document.Published (the date that picks
// date-restricted actor codes).
//
// Adds: Document.Events (source, target, CAMEO code with its root,
// QuadClass, Goldstein score and PLOVER type from the lexicon's codes
// table, and Evidence whose Rule is the file:line of the pattern or verb
// line that fired) and one Document.Entity per actor code an event names.
//
// How a sentence is coded, as PETRARCH does:
//
//   - Comma-delimited clauses whose length in words is within the
//     comma_* bounds are removed (initial, internal, terminal).
//   - Noun phrases are found (a noun with its modifiers, its possessor
//     and a simple "of"/"from"/"in" phrase) and coded: the first actor
//     in the phrase, on the sentence's date, with every agent in it added
//     ("Arnor's foreign minister" -> ARNGOVFRM, "police" -> ---COP). A
//     coordination makes a compound with one code per member
//     ("lawmakers and officials in Fornost and Gondor" -> FORLEG, GONLEG,
//     FORGOV, GONGOV).
//   - Verbs are taken in text order. A verb of the dictionary is matched
//     against its block's patterns: the words before "*" against the
//     sentence before the verb, read outward and ending at a clause
//     comma; the words after it against the verb's phrase. "_" joins
//     words; "$", "+", "^" and "%" take the next noun phrase as source,
//     target, a skipped phrase or a compound; {...} is a noun phrase and
//     (P ...) a prepositional one; synsets give their members. The
//     matching pattern with the most items wins, else the verb's own
//     code. A coded verb phrase is not searched again for verbs.
//   - Without "$", the source is the first noun phrase before the verb
//     that names an actor (or is a compound); without "+", the target is
//     the first phrase in the verb phrase naming an actor other than the
//     source, else its first phrase, else the nearest such phrase before
//     the verb.
//   - A code "[A:B]" codes the pair both ways (A, then B reversed); a
//     passive verb with a "by" phrase swaps source and target; a "%"
//     compound codes every ordered pair of its members; self-references
//     go, and with require_dyad every event missing an actor.
//   - new_actor_length names uncoded phrases of up to that many words
//     ("INJURY TOLL"). A discard phrase drops the sentence's events, a
//     story discard the whole document's.
//
// Imports: the standard library, readout/document and readout/lexicon.
package petrarch
