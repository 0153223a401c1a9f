package store

import (
	"context"
	"fmt"
)

// eventWhere builds the conditions of an event query.
func eventWhere(q EventQuery) where {
	var w where
	if q.Source != "" {
		c, a := actorCond("e.source", "e.source_country", q.Source)
		w.add(c, a...)
	}
	if q.Target != "" {
		c, a := actorCond("e.target", "e.target_country", q.Target)
		w.add(c, a...)
	}
	if q.DyadA != "" && q.DyadB != "" {
		sa, aa := actorCond("e.source", "e.source_country", q.DyadA)
		tb, ab := actorCond("e.target", "e.target_country", q.DyadB)
		sb, bb := actorCond("e.source", "e.source_country", q.DyadB)
		ta, ba := actorCond("e.target", "e.target_country", q.DyadA)
		args := append(append(append(aa, ab...), bb...), ba...)
		w.add("(("+sa+" AND "+tb+") OR ("+sb+" AND "+ta+"))", args...)
	}
	if q.Code != "" {
		w.add("e.code = ?", q.Code)
	}
	if q.Root != "" {
		w.add("e.root = ?", q.Root)
	}
	if q.Quad != 0 {
		w.add("e.quad = ?", q.Quad)
	}
	if q.From != "" {
		w.add("e.date >= ?", q.From)
	}
	if q.To != "" {
		w.add("e.date <= ?", q.To)
	}
	return w
}

// Events lists events matching q, newest first.
func (s *SQLite) Events(ctx context.Context, q EventQuery) (Page[EventRow], error) {
	page, per := q.limits()
	res := Page[EventRow]{Items: []EventRow{}, Page: page, PerPage: per}
	w := eventWhere(q)
	if err := s.read.QueryRowContext(ctx, "SELECT count(*) FROM events e"+w.sql(), w.args...).Scan(&res.Total); err != nil {
		return res, fmt.Errorf("events: %w", err)
	}
	rows, err := s.read.QueryContext(ctx, `SELECT a.doc_id, a.title, e.idx, e.sentence, coalesce(s.text, ''),
		e.date, e.source, e.target, e.code, e.root, e.quad, e.goldstein, e.plover, e.plover_mode, e.negated,
		e.modality, e.according_to, e.verb, e.rule
		FROM events e JOIN articles a ON a.id = e.article
		LEFT JOIN sentences s ON s.article = e.article AND s.idx = e.sentence`+w.sql()+
		" ORDER BY e.date DESC, e.id DESC LIMIT ? OFFSET ?", append(w.args, per, (page-1)*per)...)
	if err != nil {
		return res, fmt.Errorf("events: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var e EventRow
		if err := rows.Scan(&e.ArticleID, &e.ArticleTitle, &e.Index, &e.Sentence, &e.SentenceText,
			&e.Date, &e.Source, &e.Target, &e.Code, &e.Root, &e.QuadClass, &e.Goldstein, &e.Plover,
			&e.PloverMode, &e.Negated, &e.Modality, &e.AccordingTo, &e.Verb, &e.Rule); err != nil {
			return res, fmt.Errorf("events: %w", err)
		}
		res.Items = append(res.Items, e)
	}
	return res, rows.Err()
}

// Statements lists statements matching q, newest first (by relevance when
// q.Text is set).
func (s *SQLite) Statements(ctx context.Context, q StatementQuery) (Page[StatementRow], error) {
	page, per := q.limits()
	res := Page[StatementRow]{Items: []StatementRow{}, Page: page, PerPage: per}
	from := " FROM statements st"
	order := " ORDER BY st.date DESC, st.id DESC"
	var w where
	if fq := ftsQuery(q.Text); fq != "" {
		from = " FROM statements_fts JOIN statements st ON st.id = statements_fts.rowid"
		order = " ORDER BY statements_fts.rank, st.id"
		w.add("statements_fts MATCH ?", "content: ("+fq+")")
	} else if q.Text != "" {
		return res, nil
	}
	if q.Speaker != "" {
		w.add(`(st.speaker LIKE ? ESCAPE '\' OR (st.speaker_actor >= ? AND st.speaker_actor < ?))`,
			"%"+likeEscape(q.Speaker)+"%", q.Speaker, q.Speaker+maxRune)
	}
	if err := s.read.QueryRowContext(ctx, "SELECT count(*)"+from+w.sql(), w.args...).Scan(&res.Total); err != nil {
		return res, fmt.Errorf("statements: %w", err)
	}
	rows, err := s.read.QueryContext(ctx, `SELECT a.doc_id, a.title, st.idx, st.sentence, st.date, st.speaker,
		st.speaker_actor, st.cue, st.direct, st.content, st.according_to`+from+
		" JOIN articles a ON a.id = st.article"+w.sql()+order+" LIMIT ? OFFSET ?",
		append(w.args, per, (page-1)*per)...)
	if err != nil {
		return res, fmt.Errorf("statements: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r StatementRow
		if err := rows.Scan(&r.ArticleID, &r.ArticleTitle, &r.Index, &r.Sentence, &r.Date, &r.Speaker,
			&r.SpeakerActor, &r.Cue, &r.Direct, &r.Content, &r.AccordingTo); err != nil {
			return res, fmt.Errorf("statements: %w", err)
		}
		res.Items = append(res.Items, r)
	}
	return res, rows.Err()
}
