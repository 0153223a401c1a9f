// Package cluster learns word classes from plain text with the exchange
// algorithm (a two-sided class bigram model): each word moves to the class
// that most raises the likelihood of the corpus, word by word, until few
// words move. readout's tagger and parser use the classes as features, so
// that words never seen in the treebank still resemble words that were.
//
// Results depend only on the input and the settings: words are visited in
// a fixed order and ties go to the lower class number.
//
// Imports: the standard library only.
package cluster
