// Package store keeps coded articles in a database and answers the queries
// of the HTTP API and the web UI: full-text article search, event and
// statement lists, dyad timelines and the actor network.
//
// Store is the interface the server uses; SQLite (an embedded, pure-Go
// SQLite file) is the one implementation. Each article is kept whole as the
// JSON readout produced, so reading it back returns exactly what was coded;
// its sentences, entities, mentions, events, statements, amounts and topics
// are also written to tables that the queries use. A dyad_days table, kept
// up to date by triggers on events, holds per-day counts so timelines and
// the network need not scan every event.
//
// Writing is idempotent: an article whose id, or whose text hash, is already
// stored replaces the stored one, and each Put is one transaction, so a
// killed writer leaves whole articles or none.
//
// The schema lives in migrations/NNNN_name.sql, embedded and applied in
// order; schema_version records what a database has.
//
// Imports: document, the standard library and modernc.org/sqlite.
package store
