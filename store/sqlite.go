package store

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"sync"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// SQLite is a Store in one SQLite file.
type SQLite struct {
	path string
	read *sql.DB // pooled connections for queries
	// write is a single connection whose transactions take the write lock
	// at BEGIN, so writers queue instead of failing.
	write *sql.DB
	mu    sync.Mutex // serialises Put
}

var _ Store = (*SQLite)(nil)

// Open opens (creating if needed) the database file at path and brings its
// schema up to date.
func Open(ctx context.Context, path string) (*SQLite, error) {
	s := &SQLite{path: path}
	var err error
	if s.write, err = sql.Open("sqlite", dsn(path, true)); err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s.write.SetMaxOpenConns(1)
	if err := migrate(ctx, s.write); err != nil {
		s.write.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if s.read, err = sql.Open("sqlite", dsn(path, false)); err != nil {
		s.write.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s.read.SetMaxOpenConns(4)
	if err := s.read.PingContext(ctx); err != nil {
		s.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return s, nil
}

// dsn builds the driver's connection string: WAL journal (readers do not
// block the writer; a commit survives a killed process), a busy timeout,
// temporary data in memory, a larger page cache, and an immediate write
// lock for the writer's transactions.
func dsn(path string, writer bool) string {
	v := url.Values{}
	v.Add("_pragma", "busy_timeout(10000)")
	v.Add("_pragma", "journal_mode(WAL)")
	v.Add("_pragma", "synchronous(NORMAL)")
	v.Add("_pragma", "temp_store(MEMORY)") // statement journals in memory, not temp files
	v.Add("_pragma", "cache_size(-65536)") // 64 MiB page cache
	if writer {
		v.Set("_txlock", "immediate")
	} else {
		v.Add("_pragma", "query_only(1)")
	}
	return "file:" + path + "?" + v.Encode()
}

// Close closes the database.
func (s *SQLite) Close() error {
	var err error
	if s.read != nil {
		err = s.read.Close()
	}
	if s.write != nil {
		if e := s.write.Close(); err == nil {
			err = e
		}
	}
	return err
}

// Counts returns how many rows each table holds.
func (s *SQLite) Counts(ctx context.Context) (Counts, error) {
	var c Counts
	tables := []struct {
		name string
		n    *int
	}{
		{"articles", &c.Articles}, {"sentences", &c.Sentences}, {"entities", &c.Entities},
		{"mentions", &c.Mentions}, {"events", &c.Events}, {"statements", &c.Statements},
		{"amounts", &c.Amounts}, {"topics", &c.Topics},
	}
	for _, t := range tables {
		// Table names come from the fixed list above, never from input.
		if err := s.read.QueryRowContext(ctx, "SELECT count(*) FROM "+t.name).Scan(t.n); err != nil {
			return c, fmt.Errorf("count %s: %w", t.name, err)
		}
	}
	return c, nil
}
