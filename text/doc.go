// Package text is readout's text layer: it turns an article's text into
// paragraphs, sentences and tokens, each with byte offsets into
// Document.Text.
//
// Readers call Check to refuse binary input and Repair to turn any bytes
// into valid UTF-8 (invalid bytes become U+FFFD, each run reported as a
// Problem). Segmenter, a document.Annotator, then splits the text:
//
//   - Paragraphs end at blank lines, at an indented line in wire copy whose
//     paragraphs wrap without indentation, and at every line break in text
//     that is not hard-wrapped (see Paragraphs).
//   - Tokens follow the conventions of the Universal Dependencies English
//     treebanks (EWT, GUM): punctuation and hyphens are split off
//     ("China-Russia" gives China - Russia, except after prefixes such as
//     "pre-" and "e-"), clitics are split ("don't" gives do n't, "China's"
//     China 's), numbers ("3.4", "1,000", "2020-04-16"), abbreviations
//     ("U.S.", "Lt.", "Inc."), web addresses, e-mail addresses and
//     emoticons stay whole. Token.Text is the Normalize form (ASCII quotes
//     and dashes); Start and End always index the original text.
//   - Sentences end at . ! ? and ellipses followed by a likely sentence
//     start, after closing quotes and brackets (`..." he said.` stays one
//     sentence), never inside a paragraph after a title such as "Dr.", and
//     after other abbreviations only before a common sentence starter. A
//     wire dateline ("BEIJING, Aug. 25 (Xinhua) --") is a sentence of its
//     own and is recorded in Document.Dateline. A sentence is cut at
//     MaxSentenceTokens, with a Problem saying so.
//
// The tokeniser is a hand-written scanner over bytes (no regular
// expressions); token texts are substrings of Document.Text unless
// normalisation changed them.
//
// Imports: the standard library and readout/document.
package text
