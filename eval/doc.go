// Package eval scores readout against gold data. It reads gold files,
// leaves the coding to a Coder the caller gives (CoderFor builds one per
// set of dictionaries and options; eval never imports the pipeline), codes
// each record with panics and errors recovered as crashes, compares, and
// reports per record, per category and overall, ending with "N passed, M
// failed".
//
// Gold files, told apart by their content (Detect):
//
//   - PETRARCH validation XML (PETR.UnitTest.records.xml, the PETRARCH-2
//     GSR file): each <Sentence> with its expected <EventCoding
//     sourcecode targetcode eventcode>, noevents="True" or error="...". The
//     <Environment> names the dictionaries, looked for in dictionaries/
//     beside the file's folder, the file's folder, the --dicts folders and
//     the dictionaries/ folders of sibling data sets (DictSearch); the
//     PETRARCH dictionary flags replace them kind by kind. <Config> options
//     apply from where they appear. Records are selected as PETRARCH's
//     validation selects them (see selection): the category must be in
//     <Include> and not in <Exclude>, and with "valid" in <Include> the
//     record must be flagged valid, evaluate or sentence="true". Of the 284
//     unit-test records 279 are flagged true; one of those (COMPOUND-36) has
//     category COMPOUNDx, not in <Include>, so 278 are active. Two of them
//     (ERROR-02, ERROR-03) expect an error about the supplied <Parse>, which
//     readout does not read; they are reported as not applicable, leaving
//     276 scored. A record is right when the set of (source, target, event
//     code) triples readout codes equals the expected set (a missing actor
//     is "---"); noevents, error and a record without <EventCoding> expect
//     no events.
//   - PETRARCH JSONL: the same records one a line. The form has no
//     <Environment>; the XML file of the same name beside it supplies one
//     (and the <Config> in effect at each record) when it is there.
//   - PLOVER gold records (JSON array or JSONL), coded with readout's own
//     dictionaries on the record's date. Older type names are mapped to the
//     2021 table (DEMAND=REQUEST, DISAPPROVE=ACCUSE, INVESTIGATE=ACCUSE,
//     FIGHT=ASSAULT). Three figures: an event of the gold type; of that type
//     with the gold source and target countries (matchPlover says how joint
//     and missing actors count), which is what passes a record; and with the
//     gold sectors too.
//   - Article annotations (expected.json beside the article's text; a
//     folder stands for every *.expected.json and expected.json in it): the
//     article is read as `readout code` reads plain text, dated by the
//     annotation's "published", and ScoreArticle checks each must and
//     should item; each item is a record, and the figures are recalls.
//   - Multi-coder CAMEO rounds (one round and sentence a line, up to five
//     coders each): agreement on root codes, readout against each coder and
//     the coders against each other with the same definition (see agree),
//     next to the agreement a coder that finds nothing would reach.
//
// Imports: the standard library, document, format (reading articles and
// PETRARCH XML) and lexicon (naming PETRARCH dictionaries, root codes).
// Subpackage ud scores tokenisation, tagging and parsing against Universal
// Dependencies treebanks.
package eval
