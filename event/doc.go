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
// lexicon (verbs; nouns for "visit.n", adjectives for "ready.a" patterns)
// the matcher tries each pattern on the dependency structure: readout
// patterns item by item among the anchor's dependents and the words already
// matched (see docs/dictionaries.md; optional groups and words that modify
// a later word are looked for again at the end; the first word after a
// verb with an object must be that object), PETRARCH patterns in text order
// over the words the verb governs. A slot outside every optional group
// takes only a phrase that names an actor (or a definite event noun that
// refers to an act coded before), and a slot with roles ("SRC:MIL|COP")
// only an actor of those roles. The match with the most items wins (a slot
// or word counts twice when its phrase names an actor), then the one that
// matched more words, then the longer code, then the match with fewer
// slots naming nobody. A match whose anchor another match used as one of
// its words ("impose sanctions" over "sanction.n") gives nothing of its
// own, but lends it its target (unless it is an event noun: "condemned
// Russia's attacks on X" aims at Russia).
//
// Actors come from the entities that name the slot phrases: the phrase's
// head or a modifier ("Chinese troops", "Russia's army", "the government
// of Ukraine", "the agreement between Turkey and Libya"), each conjunct of
// a coordination, each member of a group entity; a target phrase that
// names none gives the first actor inside it ("restrictions on flights to
// Cuba"). A country the actor stage leaves as a plain word (an adjective
// or name on an ordinary noun: "an Australian ultimatum") is a party with
// the country's code and no entity (lexactors.go). Unresolved pronouns in
// reported speech stand for the speaker: first-person ones, and a
// third-person subject of the reported clause that fits the speaker's kind
// ("Syria says it is willing"). Roles follow the arguments whatever the
// syntax: the passive's "by" phrase is the agent, subjects are found up
// complement chains ("agreed to continue to maintain"), through coordinated
// verbs, from the noun a participle modifies and from the clause a noun
// complement depends on ("agreed on the importance of maintaining"); a
// nominal event's agent is its possessor, an actor modifier, a "by"
// phrase, the subject of its light verb ("launched an attack on") or the
// agent of the act it is the means of ("killing ... in an airstrike").
// Parse errors repaired: "X, he said, Y", a subject hung on an opening time
// phrase or parsed inside an opening prepositional phrase, a main verb
// hung on its subject as a participle (or, with a noun root, on a noun of
// the subject or as a modifier of the noun after it: reroot.go, on a copy
// of the tokens), a subject parsed as a modifier of "today", a clause
// with "but" and no subject hung beside the reported clause, a verb the
// lemmatiser got wrong ("rioted" -> "riote", stems.go), an opening
// subordinate clause parsed as the root with the main verb hung on a noun
// after the comma ("As they tried to storm parliament, police in response
// fired tear gas": subclause.go), a plural possessive parsed as a
// conjunction ("Protesters' demands": possessive.go), the subject of a
// clause after "adding" parsed as the participle's object (addclause.go),
// a compound subject parsed as a noun with a subject of its own ("X and
// his counterparts, A, B and C, gathered"), a prepositional phrase hung on
// the next noun as a compound, a reported clause's subject taken for the
// reporting verb's object ("acknowledged their government had shot"), a
// finite verb coordinated with an infinitive, a reporting gerund made the
// subject of its clause (clausesubject.go); arguments in places English
// does not allow them: a subject with a preposition, a day or an
// apposition as a subject, a noun as a clausal complement, a passive with
// no auxiliary as a main verb (argrepairs.go, objrepairs.go). A passive
// adverbial clause with no subject shares the main clause's subject as
// its patient ("journalists were injured after being attacked by"). A
// people named by a nationality and placed in another country ("ethnic
// Albanians in south Serbia") is coded with that country (diaspora.go).
//
// When a readout pattern's target slot is empty or missing (implied.go),
// the target is what the clause implies, as a careful coder reads it: an
// actor a matched word names or that modifies it ("rejected an Australian
// ultimatum", "an offer from Afghanistan"), the object, the subject of a
// clause the verb governs ("demanded that the US cancel"), then the first
// actor the verb's other phrases name (entering infinitives: "agreed to
// lift embargoes on ... Iran"; skipping phrases of circumstance: "after
// battles with"). The source's own country named as a place is no target
// ("promised to democratize Serbia"); consulting (root 04) takes its
// partner from the pattern only. A definite event noun with no actor
// ("condemned the attack", "declined the request", context.go) refers to
// the latest act of its kind in the article: its author is the target of
// a condemnation or rejection, its victim that of an apology or a claim of
// responsibility (the victim of an act whose author the article names
// before that of one coded for want of an author). A threat is aimed at
// whoever its condition names.
//
// A compound subject (or the members of "talks between X and Y") with no
// target codes its members towards each other only for mutual acts
// (intent to cooperate, meet or settle, consulting, diplomatic and
// material cooperation, agreements, fighting: symmetricPrefixes in
// emit.go); any other act is each member's own. A compound target codes
// each target. Consulting, phoning, meeting elsewhere and negotiating
// (040, 041, 044, 046) with a named partner are coded both ways; a
// pattern's reverse code ("042:043 visit TGT") codes the target's act
// towards the source; a visit within one's own country is none. An event
// whose source names no actor is not coded, except a material act (roots
// 08, 14-20; for an event noun protest and violence only) reported as done
// by no one named ("two people were killed", agentless.go): its source is
// the country of the place it happened, else of the actor it was done to,
// else (in an article of three or more sentences) the article's main
// country, and its target its victims or that country. An event whose
// target names none is one-sided (Target ""), except protest and coercion
// (roots 14 and 17), coded against the source's own country (a Target
// code with no TargetEntity) as CAMEO codes domestic protest and
// repression. Options.RequireDyad drops one-sided events.
//
// Statements are events too (statements.go): an obligation the speaker
// lays on another actor ("Russia said Sudan must return the helicopter")
// is a demand (100), a recommendation ("should") an appeal (020), and so
// is a clause reported by a directive verb that coded no event of its own
// ("recommended the troops withdraw": 020; "demanded": 100); a
// statement by a political speaker about an actor of another country that
// codes no act is a public statement (010) to it; an evaluative statement
// ("X said Y is unacceptable") is coded through the dictionaries'
// object-complement patterns (evaluate.go), as is a judgement a
// concluding verb reports ("concluded that the agreement is null and
// void").
//
// PETRARCH semantics: without "+" the target is the first actor the verb
// phrase names after the verb; "%" before the verb asks for a compound
// subject (coded both ways), after it names compound targets; a passive
// without agent keeps its subject as source; [active:passive] codes give
// the passive code for a passive verb; verb transformations (SAY, WANT,
// ...) recode an event said or wanted by someone.
//
// Negation ("did not", "never", "refused to") sets Negated; a refused act
// of considering, agreeing, accepting, cooperating or giving aid is coded
// as the rejection CAMEO has for it (014, 030 -> 120, 036 -> 125, 073 ->
// 1223, ...). Modality comes from auxiliaries (will: future; may, might,
// could, can: possible; would, should, must: hypothetical; "would" in a
// clause reported by a verb in the past tense is the reported "will", a
// future, unless the verb reports a decision: "announced it would
// prohibit"), from the words a clause depends on (want,
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
