// Package event is readout's event stage: a document.Annotator, run after
// the actor and statement stages, that codes who did what to whom, when,
// as CAMEO events with their PLOVER type, QuadClass and Goldstein score.
//
// Reads: Document.Sentences and Tokens with their dependency parse (Lemma,
// UPOS, XPOS, Head, Rel), Entities with their mentions (names, pronouns and
// descriptions the actor stage resolved; a mention that stands for several
// actors, "the two leaders", is a mention in each of their entities),
// Statements (speaker, content span, reporting wire), Published and
// Publisher.
//
// Adds: Document.Events. For every word whose lemma anchors patterns of the
// lexicon (verbs; nouns for "visit.n" patterns) the matcher tries each
// pattern on the dependency structure: readout patterns item by item among
// the anchor's dependents (see docs/dictionaries.md), PETRARCH patterns in
// text order over the words the verb governs. The match with the most
// items wins, then the longer code. A match whose anchor another match used
// as one of its words ("impose sanctions" over "sanction.n") gives nothing
// of its own.
//
// Actors come from the entities that name the slot phrases: the phrase's
// head or a modifier ("Chinese troops", "Russia's army", "the government
// of Ukraine"), each conjunct of a coordination, each member of a group
// entity ("the two leaders"); a target phrase that names none gives the
// first actor inside it ("restrictions on flights to Cuba"). Roles follow the
// arguments whatever the syntax: the passive's "by" phrase is the agent,
// subjects are found up complement chains ("agreed to continue to
// maintain") and through shared subjects of coordinated verbs, a nominal
// event's agent is its possessor, an actor modifier, a "by" phrase or the
// subject of its light verb ("launched an attack on"). A compound subject
// (or the members of "talks between X and Y") with no target codes every
// direction among its members; a compound target codes each target. An
// event whose source names no actor is not coded; an event whose target
// names none is one-sided (Target "").
//
// Negation ("did not", "never", "refused to") sets Negated. Modality comes
// from auxiliaries (will: future; may, might, could, can: possible; would,
// should, must: hypothetical), from the words a clause depends on (want,
// agree, pledge, ready, threaten, ...: intent; plan, expect, be set: future)
// and from "if"/"unless" clauses (conditional). A future or intended act
// is coded as CAMEO codes an expressed intent: the act's code is mapped to
// its root-03 intent (aid 07 -> 033, meeting 04 -> 036, ...) or root-13
// threat (attack 19 -> 138, sanctions 163 -> 1312, ...); see intent.go.
//
// Dates (when.go): a date expression attached to the anchor or its
// governing verbs, else the sentence's first clause-level one, else the
// publication date. Weekdays resolve to the most recent such day on or
// before publication (on or after for future events); expressions naming
// only a month or year give a partial date ("2020-03", "2015").
//
// An event inside a statement's content gets the statement's speaker,
// index and reporting wire; every other event is reported by the
// publisher. A sentence with a discard phrase gives no events; a PETRARCH
// story discard empties the document's events.
//
// Imports: the standard library, readout/document and readout/lexicon.
package event
