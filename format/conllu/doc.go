// Package conllu reads and writes CoNLL-U, the Universal Dependencies file
// format: one word a line with ten tab-separated fields, sentences separated
// by blank lines, comment lines starting with '#'.
//
// Reader streams sentences one at a time and reports malformed input as
// file:line errors. It keeps multiword-token lines ("1-2") and empty nodes
// ("1.1") beside the ordinary words, so Writer can reproduce a file. Misc
// helpers read and edit the MISC field (SpaceAfter=No, Offset=...).
// ToDocument and FromDocument convert between CoNLL-U sentences and
// readout's document.Document.
//
// Imports: the standard library and readout/document.
package conllu
