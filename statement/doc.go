// Package statement is the statement stage of readout: it finds every
// reported statement in a document (who said what, in whose words) and who
// reports it.
//
// It reads the tokens of each sentence (with tags and dependencies when the
// syntax stage has run; without them it reads word order) and the entities
// of the actor stage, through actor.Index. It adds Document.Statements: per
// statement its cue ("said", "pointed out", "according to", "adding"), the
// speaker's mention in the sentence resolved to an entity (so "he" and "the
// Russian president" give the person), the content span, whether it is
// quoted, and the outlet that reports it (AccordingTo). It handles the
// speaker before the cue ("Xi noted that"), after it (", stressed the
// Russian president"), set off as a parenthesis ("Russia, he said, stands
// ready"), participles ("Noting that ..., Xi pointed out", ", adding that"),
// "according to X" and "X quoted Y as saying".
//
// It also sets Document.Publisher when the text layer has not: the office
// that issued an official readout (the White House for a president's call,
// the State Department for the Secretary of State's), a wire credited in
// the lead ("according to a readout reported by Xinhua"), else the feed's
// Source.
//
// Imports: the standard library, readout/document, readout/lexicon and
// readout/actor.
package statement
