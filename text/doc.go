// Package text is readout's text layer: it turns an article's text into
// paragraphs, sentences and tokens, each with byte offsets into
// Document.Text.
//
// Readers of files call Check to refuse binary input (NUL bytes, mostly
// control characters or invalid UTF-8) and Repair to turn any other bytes
// into valid UTF-8: each invalid byte becomes U+FFFD and each run of them
// is reported as a Problem. Segmenter, a document.Annotator and the first
// stage of the pipeline, then splits the text:
//
//   - Paragraphs end at blank lines; at a line indented more than the
//     text's least indented line (wire copy whose paragraphs start with an
//     indent and wrap without one); at a short line ending in sentence
//     punctuation in hard-wrapped text; and at every line break in text
//     whose lines are longer than WrapWidth (see Paragraphs).
//   - Tokens follow the conventions of the Universal Dependencies English
//     treebanks (EWT, GUM): punctuation is split off; hyphens are split
//     ("China-Russia" gives China - Russia) except after prefixes such as
//     "e-", "pre-" and "non-" and inside phone numbers, postcodes and dates;
//     clitics are split ("don't" gives do n't, "China's" China 's, "cannot"
//     can not); units are split from numbers ("5pm" gives 5 pm) but not
//     ordinals or decades; numbers ("3.4", "1,000", "2020-04-16", "9:30"),
//     abbreviations ("U.S.", "Lt.", "Inc.", initials), web and e-mail
//     addresses, handles, hashtags and emoticons stay whole. Token.Text is
//     the Normalize form (ASCII quotes and dashes, as the treebanks mostly
//     write them); Start and End always index Document.Text.
//   - Sentences end at . ! ? and ellipses (and the full stops of other
//     scripts) before anything but inner punctuation; after a closing quote
//     or an ellipsis only before a word that is not in lower case, so
//     `..." he said.` stays one sentence; after an abbreviation only before
//     a common sentence starter ("in the U.S. The ..."), the period then
//     becoming a token of its own; never after a title such as "Dr." or
//     "No. 5". A paragraph always ends a sentence, so a title line is one.
//     A photo credit ("Image: ...") starts a sentence, as does the text
//     after a Wikinews date line ("Thursday, May 7, 2015").
//   - A wire dateline in the first three paragraphs ("BEIJING, Aug. 25
//     (Xinhua) --", "(Xinhua) –", "MOSCOW, Apr 17 (AFP) -", "LONDON -") is a
//     sentence of its own, recorded in Document.Dateline; the wire named in
//     brackets fills Document.Publisher when that is empty.
//   - A sentence has at most MaxSentenceTokens tokens (default 300); a
//     longer stretch is cut at the best break available (a full stop, then
//     a semicolon, colon or dash, then a comma) and a Problem says so.
//
// The tokeniser is a hand-written scanner over bytes without regular
// expressions; its work is linear in the input. Token texts are substrings
// of Document.Text unless normalisation changed them, and a document's
// tokens are stored once, sized from an estimate, in blocks a Segmenter
// shares among the documents it segments (see BlockTokens).
//
// Imports: the standard library and readout/document.
package text
