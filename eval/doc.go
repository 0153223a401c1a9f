// Package eval scores readout against gold data: expert article
// annotations (expected.json), PETRARCH validation records, PLOVER gold
// records and multi-coder CAMEO annotations. It reads the gold files, leaves
// the coding to a function the caller gives, compares, and reports.
//
// Imports: the standard library, document and format. Subpackage ud scores
// tokenisation, tagging and parsing against Universal Dependencies
// treebanks.
package eval
