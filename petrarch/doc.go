// Package petrarch is readout's PETRARCH-compatible coding stage: a
// document.Annotator that codes events with the semantics of PETRARCH
// (the Python coders of the Open Event Data Alliance) when the lexicon's
// verb patterns, actors and agents come from PETRARCH dictionaries, on
// readout's own dependency parse of the text. Applies tells whether a
// lexicon is such; New builds the stage; Config holds PETRARCH's options
// (ParseConfig reads a validation file's <Config> elements, ReadOptions
// the [Options] of a PETR_config.ini).
//
// Reads: Document.Sentences and Tokens with their parse (Text, Lemma,
// UPOS, XPOS, Head, Rel) and Document.Published (the day that picks
// date-restricted actor codes). Tokens are not changed.
//
// Adds: Document.Events (source, target, CAMEO code and root, QuadClass,
// Goldstein score and PLOVER type from the lexicon's codes table, and
// Evidence: the source, verb and target spans and the file:line of the
// pattern or verb line that fired) and one Document.Entity per actor
// code an event names. It never fails on a parsed document; a malformed
// parse (a cycle, a head out of range) is read as far as it goes.
//
// Noun phrases are coded as PETRARCH codes them: the first actor in the
// phrase, on the document's date, with every agent in it added ("Arnor's
// foreign minister" -> ARNGOVFRM, "police" alone -> ---COP); a
// coordination reads once per member, sharing what comes before the first
// member and after the last ("lawmakers and officials in Fornost" ->
// FORLEG, FORGOV); new_actor_length names uncoded phrases by their words
// ("INJURY TOLL"). A discard phrase drops its sentence, a story discard
// ("+") the whole document.
//
// Verb dictionaries come in two notations, coded two ways:
//
//   - PETRARCH's older notation (TABARI's heritage, the unit-test
//     dictionaries) is matched on word sequences: the words before "*"
//     against the sentence before the verb, read outward to a clause
//     comma, the words after it against the verb's phrase. "_" joins
//     words; "$", "+", "^" and "%" take the next noun phrase as source,
//     target, a skipped phrase or a compound. Without "$" the source is
//     the first phrase before the verb naming an actor; without "+" the
//     target is the first phrase of the verb's phrase naming another, else
//     one before the verb. "[A:B]" codes the pair both ways, a passive
//     with "by" swaps source and target. Short comma clauses are removed
//     first (comma_*), and a coded verb phrase is not searched again.
//   - PETRARCH2's notation (CAMEO.2.0, transformations "~", {noun
//     phrases} and (prepositional phrases)) is matched on the tree: words
//     before "*" on the subject, after it on objects and prepositional
//     phrases. Each top clause takes up the events of the clauses it
//     governs: a subject-less clause gets the verb's subject and a code
//     combined through the coding ontology (PICO: "wants to help" ->
//     033), "not" turns a code into its refusal, a clause with a subject
//     of its own nests and may be transformed ("A said B attacked C" ->
//     A B 112); passives take their source from by/from/in phrases.
//
// Both drop self-references and, with require_dyad, events missing an
// actor. Before coding, a few repairs set right analyses of a dependency
// parser that would send PETRARCH's rules astray (a verb tagged as an
// adjective after a modal, a participle taking an object read as a noun
// modifier, a list of subjects cut in two, ...); each rewrites heads and
// relations of one recognisable shape and looks at no content words.
//
// Imports: the standard library, readout/document and readout/lexicon.
package petrarch
