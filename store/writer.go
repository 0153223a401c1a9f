package store

import (
	"context"
	"database/sql"

	"github.com/readout/readout/document"
)

// writerSQL holds every statement a Put uses, prepared once per transaction.
var writerSQL = map[string]string{
	"findID":   "SELECT id, doc_id FROM articles WHERE doc_id = ?",
	"findHash": "SELECT id, doc_id FROM articles WHERE hash = ? ORDER BY id LIMIT 1",
	"insertArticle": `INSERT INTO articles(doc_id, hash, title, published, publisher, source, url, text,
		doc, n_events, n_statements, stored_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`,
	"updateArticle": `UPDATE articles SET doc_id=?, hash=?, title=?, published=?, publisher=?, source=?,
		url=?, text=?, doc=?, n_events=?, n_statements=?, stored_at=? WHERE id=?`,
	"insertSentence": "INSERT INTO sentences(article, idx, start, end, paragraph, text) VALUES (?,?,?,?,?,?)",
	"insertEntity":   "INSERT OR REPLACE INTO entities(article, eid, name, type, actor, country, rule) VALUES (?,?,?,?,?,?,?)",
	"insertMention":  "INSERT INTO mentions(article, eid, sentence, start, end, text, kind) VALUES (?,?,?,?,?,?,?)",
	"insertEvent": `INSERT INTO events(article, idx, sentence, source, source_country, target, target_country,
		code, root, quad, goldstein, plover, plover_mode, date, negated, modality, according_to, statement,
		rule, verb) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
	"insertStatement": `INSERT INTO statements(article, idx, sentence, speaker, speaker_actor, speaker_entity,
		cue, direct, content, according_to, date) VALUES (?,?,?,?,?,?,?,?,?,?,?)`,
	"insertAmount": "INSERT INTO amounts(article, idx, sentence, value, unit, text, about, change) VALUES (?,?,?,?,?,?,?,?)",
	"insertTopic":  "INSERT OR IGNORE INTO topics(article, topic) VALUES (?,?)",
}

// childTables are the tables whose rows belong to one article.
var childTables = []string{"sentences", "entities", "mentions", "events", "statements", "amounts", "topics"}

// writer prepares statements lazily within one transaction.
type writer struct {
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
	err   error
}

func newWriter(ctx context.Context, tx *sql.Tx) (*writer, error) {
	w := &writer{tx: tx, stmts: map[string]*sql.Stmt{}}
	for name, q := range writerSQL {
		st, err := tx.PrepareContext(ctx, q)
		if err != nil {
			w.close()
			return nil, err
		}
		w.stmts[name] = st
	}
	for _, t := range childTables {
		// Table names come from the fixed list above.
		st, err := tx.PrepareContext(ctx, "DELETE FROM "+t+" WHERE article = ?")
		if err != nil {
			w.close()
			return nil, err
		}
		w.stmts["delete "+t] = st
	}
	return w, nil
}

func (w *writer) stmt(name string) *sql.Stmt { return w.stmts[name] }

func (w *writer) close() {
	for _, st := range w.stmts {
		st.Close()
	}
}

func (w *writer) deleteChildren(ctx context.Context, row int64) error {
	for _, t := range childTables {
		if _, err := w.stmts["delete "+t].ExecContext(ctx, row); err != nil {
			return err
		}
	}
	return nil
}

// exec runs a prepared statement, keeping the first error.
func (w *writer) exec(ctx context.Context, name string, args ...any) {
	if w.err != nil {
		return
	}
	_, w.err = w.stmts[name].ExecContext(ctx, args...)
}

// children writes the rows that index one article's annotations.
func (w *writer) children(ctx context.Context, row int64, d *document.Document) error {
	w.err = nil
	for _, s := range d.Sentences {
		w.exec(ctx, "insertSentence", row, s.Index, s.Start, s.End, s.Paragraph, s.Text)
	}
	for _, e := range d.Entities {
		w.exec(ctx, "insertEntity", row, e.ID, e.Name, e.Type, e.Actor, e.Country, e.Rule)
		for _, m := range e.Mentions {
			w.exec(ctx, "insertMention", row, e.ID, m.Sentence, m.Start, m.End, m.Text, m.Kind)
		}
	}
	published := dateOnly(d.Published)
	for i, e := range d.Events {
		date := dateOnly(e.Date)
		if date == "" {
			date = published
		}
		verb := e.Evidence.VerbSpan.Text
		if verb == "" {
			verb = d.Snippet(e.Evidence.VerbSpan.Start, e.Evidence.VerbSpan.End)
		}
		w.exec(ctx, "insertEvent", row, i, e.Sentence, e.Source, country(e.Source), e.Target, country(e.Target),
			e.Code, e.Root, e.QuadClass, e.Goldstein, e.Plover, e.PloverMode, date, e.Negated, e.Modality,
			e.AccordingTo, e.Statement, e.Evidence.Rule, verb)
	}
	for i, st := range d.Statements {
		content := st.Content.Text
		if content == "" {
			content = d.Snippet(st.Content.Start, st.Content.End)
		}
		w.exec(ctx, "insertStatement", row, i, st.Sentence, st.Speaker, st.SpeakerActor, st.SpeakerEntity,
			st.Cue, st.Direct, content, st.AccordingTo, published)
	}
	for i, a := range d.Amounts {
		w.exec(ctx, "insertAmount", row, i, a.Sentence, a.Value, a.Unit, a.Text, a.About, a.Change)
	}
	for _, t := range d.Topics {
		w.exec(ctx, "insertTopic", row, t)
	}
	return w.err
}
