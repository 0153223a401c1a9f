// Package event is readout's event stage: a document.Annotator, run after
// the actor and statement stages, that codes who did what to whom, when,
// as CAMEO events with their PLOVER type, QuadClass and Goldstein score.
//
// Reads: Document.Sentences and Tokens with their dependency parse (Lemma,
// UPOS, XPOS, Head, Rel), Entities with their mentions (names, pronouns and
// descriptions the actor stage resolved; a group entity, "China and
// Russia" or "the two leaders", stands for its Members), Statements
// (speaker, content span, reporting wire), Published and Publisher.
//
// Adds: Document.Events. For every word whose lemma anchors patterns of the
// lexicon (verbs; nouns for "visit.n" patterns) the matcher tries each
// pattern on the dependency structure: readout patterns item by item among
// the anchor's dependents and the words already matched (see
// docs/dictionaries.md; optional groups and words that modify a later word
// are looked for again at the end), PETRARCH patterns in text order over
// the words the verb governs. The match with the most items wins (a slot
// counts when it names an actor), then the longer code, then the match
// with fewer slots naming nobody. A match whose anchor another match used
// as one of its words ("impose sanctions" over "sanction.n") gives nothing
// of its own, but lends it its target.
//
// Actors come from the entities that name the slot phrases: the phrase's
// head or a modifier ("Chinese troops", "Russia's army", "the government
// of Ukraine", "the agreement between Turkey and Libya"), each conjunct of
// a coordination, each member of a group entity; a target phrase that
// names none gives the first actor inside it ("restrictions on flights to
// Cuba"). Roles follow the arguments whatever the syntax: the passive's
// "by" phrase is the agent, subjects are found up complement chains
// ("agreed to continue to maintain"), through coordinated verbs, from the
// noun a participle modifies and from the clause a noun complement
// depends on ("agreed on the importance of maintaining"); a nominal
// event's agent is its possessor, an actor modifier, a "by" phrase or the
// subject of its light verb ("launched an attack on"). Two common parse
// errors are repaired: "X, he said, Y" and a subject hung on an opening
// time phrase.
//
// A compound subject (or the members of "talks between X and Y") with no
// target codes every direction among its members; a compound target codes
// each target. Consulting, phoning, meeting elsewhere and negotiating
// (040, 041, 044, 046) are coded both ways. A threat takes the actor of
// its "if" clause as target; an actor compounded to an object word is a
// target ("offered Ukraine aid"). An event whose source names no actor is
// not coded; one whose target names none is one-sided (Target ""), except
// protest and coercion (roots 14 and 17), coded against the source's own
// country (a Target code with no TargetEntity) as CAMEO codes domestic
// protest and repression. Options.RequireDyad drops one-sided events.
//
// PETRARCH semantics: without "+" the target is the first actor the verb
// phrase names after the verb; "%" before the verb asks for a compound
// subject (coded both ways), after it names compound targets; a passive
// without agent keeps its subject as source; [active:passive] codes give
// the passive code for a passive verb; verb transformations (SAY, WANT,
// ...) recode an event said or wanted by someone.
//
// Negation ("did not", "never", "refused to") sets Negated. Modality comes
// from auxiliaries (will: future; may, might, could, can: possible; would,
// should, must: hypothetical), from the words a clause depends on (want,
// agree, pledge, ready, threaten, ...; "the decision to": intent; plan,
// expect, be set, be to: future) and from "if"/"unless" clauses
// (conditional). A future or intended act of a readout pattern is coded as
// CAMEO codes an expressed intent: the act's code is mapped to its root-03
// intent (aid 07 -> 033, meeting 04 -> 036, ...) or root-13 threat (attack
// 19 -> 138, sanctions 163 -> 1312, ...); see intent.go.
//
// Dates (when.go): a date expression attached to the anchor or its
// governing verbs, else the main clause's, else the publication date.
// Weekdays resolve to the most recent such day on or before publication
// (on or after for future events); expressions naming only a month or year
// give a partial date ("2020-03", "2015").
//
// An event inside a statement's content gets the statement's speaker,
// index and reporting wire; every other event is reported by the
// publisher. A sentence with a discard phrase gives no events; a PETRARCH
// story discard empties the document's events.
//
// Imports: the standard library, readout/document and readout/lexicon.
// Its tests run the whole chain (text, syntax, actor, statement) on the
// shared gold articles and the PETRARCH suites.
package event
