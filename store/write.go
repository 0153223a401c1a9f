package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/readout/readout/document"
)

// Known reports, for each hash, whether an article with that text hash is
// stored.
func (s *SQLite) Known(ctx context.Context, hashes []string) ([]bool, error) {
	known := make([]bool, len(hashes))
	stmt, err := s.read.PrepareContext(ctx, "SELECT 1 FROM articles WHERE hash = ? LIMIT 1")
	if err != nil {
		return nil, err
	}
	defer stmt.Close()
	for i, h := range hashes {
		var one int
		switch err := stmt.QueryRowContext(ctx, h).Scan(&one); err {
		case nil:
			known[i] = true
		case sql.ErrNoRows:
		default:
			return nil, fmt.Errorf("known: %w", err)
		}
	}
	return known, nil
}

// Put stores docs in one transaction; see Store.
func (s *SQLite) Put(ctx context.Context, docs []*document.Document) ([]PutResult, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("put: %w", err)
	}
	defer tx.Rollback()
	w, err := newWriter(ctx, tx)
	if err != nil {
		return nil, fmt.Errorf("put: %w", err)
	}
	defer w.close()
	res := make([]PutResult, len(docs))
	for i, d := range docs {
		if res[i], err = w.put(ctx, d); err != nil {
			return nil, fmt.Errorf("put %q: %w", d.ID, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("put: commit: %w", err)
	}
	return res, nil
}

// put writes one document inside the writer's transaction.
func (w *writer) put(ctx context.Context, d *document.Document) (PutResult, error) {
	hash := Hash(d.Text)
	id := d.ID
	if id == "" {
		id = "h" + hash[:16]
	}
	row, storedID, err := w.find(ctx, id, hash)
	if err != nil {
		return PutResult{}, err
	}
	res := PutResult{ID: id, Created: row == 0}
	if row != 0 {
		res.ID = storedID
		if err := w.deleteChildren(ctx, row); err != nil {
			return res, err
		}
	}
	blob, err := docJSON(d, res.ID)
	if err != nil {
		return res, err
	}
	now := time.Now().UTC().Format(time.RFC3339)
	args := []any{res.ID, hash, d.Title, dateOnly(d.Published), d.Publisher, d.Source, d.URL, d.Text,
		blob, len(d.Events), len(d.Statements), now}
	if row == 0 {
		r, err := w.stmt("insertArticle").ExecContext(ctx, args...)
		if err != nil {
			return res, err
		}
		if row, err = r.LastInsertId(); err != nil {
			return res, err
		}
	} else if _, err := w.stmt("updateArticle").ExecContext(ctx, append(args, row)...); err != nil {
		return res, err
	}
	return res, w.children(ctx, row, d)
}

// find returns the row and ID of the stored article with this ID, or else
// with this text hash; row 0 when there is none.
func (w *writer) find(ctx context.Context, id, hash string) (int64, string, error) {
	var row int64
	var storedID string
	err := w.stmt("findID").QueryRowContext(ctx, id).Scan(&row, &storedID)
	if err == sql.ErrNoRows {
		err = w.stmt("findHash").QueryRowContext(ctx, hash).Scan(&row, &storedID)
	}
	if err == sql.ErrNoRows {
		return 0, "", nil
	}
	return row, storedID, err
}

// docJSON is the document's JSON without its text (kept in its own column)
// and with the stored ID.
func docJSON(d *document.Document, id string) (string, error) {
	c := *d
	c.ID = id
	c.Text = ""
	b, err := json.Marshal(&c)
	return string(b), err
}

// dateOnly keeps a YYYY-MM-DD prefix (dates may carry a time) and drops
// anything that is not a date, so date columns compare as text.
func dateOnly(s string) string {
	if len(s) < 10 {
		return ""
	}
	s = s[:10]
	if _, err := time.Parse("2006-01-02", s); err != nil {
		return ""
	}
	return s
}

// country is the country (first three letters) of a CAMEO actor code.
func country(code string) string {
	if len(code) > 3 {
		return code[:3]
	}
	return code
}
