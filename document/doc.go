// Package document defines Document, the one annotated article that flows
// through every stage of readout: the text layer adds paragraphs, sentences
// and tokens; syntax adds tags, lemmas and dependencies; actor adds entities;
// event and statement add events and statements. Each stage implements
// Annotator and adds to the same value instead of copying it.
//
// Its JSON form is readout's output format (`readout code`, the HTTP API and
// the store all use it).
//
// Imports: the standard library only.
package document
