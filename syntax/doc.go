// Package syntax is readout's syntactic core: a part-of-speech tagger
// (Universal and Penn tags), a lemmatiser and a dependency parser (Universal
// Dependencies heads and relations), all trained in this package from the
// UD English Web Treebank and embedded in the binary.
//
// Analyzer.Annotate reads the sentences and tokens that package text put in
// a document.Document and fills each token's UPOS, XPOS, Lemma, Head and
// Rel. One Analyzer serves any number of goroutines.
//
// How it works:
//   - every token gets hashed attributes (form, lower case, affixes,
//     shape, word clusters learned from news text by package cluster);
//   - the tagger is a greedy left-to-right averaged perceptron over joint
//     UPOS|XPOS tags; frequent unambiguous words skip the model;
//   - lemmas come from edit rules learned from the treebank, chosen by
//     form and Penn tag, or by the word's ending when the form is new;
//   - the parser is a greedy arc-hybrid transition parser trained with a
//     dynamic oracle, the mean of three trained with different seeds; a
//     second perceptron labels each arc as it is made (an arc to
//     punctuation is punct). Non-projective training trees are made
//     projective by lifting, so parses are projective;
//   - weights are quantised to int8 in cache-friendly hash tables, the
//     features training scored most often inserted first, so that they
//     sit in their home slots; stored compressed with zstd in the model
//     file;
//   - the transition model's templates over small closed sets (tags,
//     labels, distances, valencies, clusters) are not hashed when
//     parsing: their slots are looked up once when the model is loaded,
//     into arrays indexed by the atoms (direct.go).
//
// Train builds a model file from a treebank (see `readout train`).
//
// Imports: the standard library, readout/document, readout/format/conllu,
// readout/syntax/cluster and github.com/klauspost/compress (gzip and
// zstd, to read the model).
package syntax
