// Package ud scores readout's syntactic core against Universal
// Dependencies treebanks: ReadSegmentGold reads a CoNLL-U file with its
// raw text (paragraph breaks kept), ScoreSegmentation compares the text
// layer's tokens and sentence boundaries with the gold ones by byte span
// (precision, recall, F1), and ScoreSyntax runs an annotator on the gold
// tokens and reports UPOS, XPOS, lemma, UAS and LAS accuracy.
//
// `readout parse --eval` and the syntax and text packages' floor tests use
// it.
//
// Imports: the standard library, readout/document, readout/format/conllu
// and readout/text.
package ud
