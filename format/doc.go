// Package format reads articles into documents and writes coded documents
// out.
//
// Readers: plain text (one article a file; the first line is the title when
// a blank line follows it), JSONL articles ({"id","date","source","title",
// "text","url"} one a line), a JSON array of such articles, and PETRARCH
// validation XML (<Sentence date= id=><Text>). Open streams them from files,
// directories and stdin, detecting the format from the file name and its
// first bytes. One bad article is reported as an *ArticleError (file:line,
// id, reason) and the stream goes on.
//
// Writers: JSONL, a table for people at a terminal, PLOVER JSON records and
// TSV (one event a line).
//
// Imports: the standard library, document, and text (for UTF-8 repair).
package format
