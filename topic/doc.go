// Package topic is the topic stage of readout: it tags a document with the
// topics of the lexicon's topic lists (dict/topics.dict) that it is about.
//
// It reads the lemmas of every sentence (the token text, when the syntax
// stage has not run) and matches each topic's keywords and phrases on
// them, case ignored. A keyword in the title counts twice. A topic is kept
// when its keywords match once per SentencesPerHit sentences of the
// document (at least once), or once in the title; topics are listed most
// often matched first. It adds Document.Topics, the
// topics' keys ("covid-19", "trade"), as topics.dict says output uses.
//
// Imports: the standard library, readout/document and readout/lexicon.
package topic
