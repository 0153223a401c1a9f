package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/readout/readout/document"
)

// Article returns a stored article as it was coded, or ErrNotFound.
func (s *SQLite) Article(ctx context.Context, id string) (*document.Document, error) {
	var text, blob string
	err := s.read.QueryRowContext(ctx, "SELECT text, doc FROM articles WHERE doc_id = ?", id).Scan(&text, &blob)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("article %q: %w", id, err)
	}
	var d document.Document
	if err := json.Unmarshal([]byte(blob), &d); err != nil {
		return nil, fmt.Errorf("article %q: stored JSON: %w", id, err)
	}
	d.Text = text
	return &d, nil
}

// Articles lists articles matching q: by relevance when q.Text is set,
// newest first otherwise.
func (s *SQLite) Articles(ctx context.Context, q ArticleQuery) (Page[ArticleSummary], error) {
	page, per := q.limits()
	res := Page[ArticleSummary]{Items: []ArticleSummary{}, Page: page, PerPage: per}
	from := " FROM articles a"
	// the text's opening, after the title when the text starts with it
	snippet := `ltrim(CASE WHEN substr(a.text, 1, length(a.title)) = a.title
		THEN substr(a.text, length(a.title) + 1, 260) ELSE substr(a.text, 1, 260) END, char(9, 10, 13, 32))`
	order := " ORDER BY a.published DESC, a.id DESC"
	var w where
	if fq := ftsQuery(q.Text); fq != "" {
		from = " FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
		snippet = "snippet(articles_fts, 1, '', '', '…', 24)"
		order = " ORDER BY articles_fts.rank, a.id"
		w.add("articles_fts MATCH ?", fq)
	} else if q.Text != "" {
		return res, nil // only punctuation: nothing can match
	}
	if q.From != "" {
		w.add("a.published >= ?", q.From)
	}
	if q.To != "" {
		w.add("a.published <= ?", q.To)
	}
	if q.Actor != "" {
		w.add(`EXISTS (SELECT 1 FROM entities e WHERE e.article = a.id AND
			((e.actor >= ? AND e.actor < ?) OR e.name = ? COLLATE NOCASE))`, q.Actor, q.Actor+maxRune, q.Actor)
	}
	if err := s.read.QueryRowContext(ctx, "SELECT count(*)"+from+w.sql(), w.args...).Scan(&res.Total); err != nil {
		return res, fmt.Errorf("articles: %w", err)
	}
	rows, err := s.read.QueryContext(ctx, `SELECT a.doc_id, a.title, a.published, a.publisher, a.source, a.url,
		a.n_events, a.n_statements, `+snippet+from+w.sql()+order+" LIMIT ? OFFSET ?",
		append(w.args, per, (page-1)*per)...)
	if err != nil {
		return res, fmt.Errorf("articles: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var a ArticleSummary
		if err := rows.Scan(&a.ID, &a.Title, &a.Published, &a.Publisher, &a.Source, &a.URL,
			&a.Events, &a.Statements, &a.Snippet); err != nil {
			return res, fmt.Errorf("articles: %w", err)
		}
		res.Items = append(res.Items, a)
	}
	return res, rows.Err()
}
