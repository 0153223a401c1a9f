package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"

	"github.com/readout/readout/document"
)

// Store keeps coded articles and answers queries over them. Every method is
// safe for concurrent use.
type Store interface {
	// Known reports, for each text hash (see Hash), whether an article with
	// that text is stored.
	Known(ctx context.Context, hashes []string) ([]bool, error)
	// Put stores the documents in one transaction. A document whose ID or
	// text hash is already stored replaces the stored article (keeping its
	// ID); the results say which were created and which replaced.
	Put(ctx context.Context, docs []*document.Document) ([]PutResult, error)
	// Article returns a stored article as it was coded, or ErrNotFound.
	Article(ctx context.Context, id string) (*document.Document, error)
	Articles(ctx context.Context, q ArticleQuery) (Page[ArticleSummary], error)
	Events(ctx context.Context, q EventQuery) (Page[EventRow], error)
	Statements(ctx context.Context, q StatementQuery) (Page[StatementRow], error)
	// Timeline counts the events between two actors per interval.
	Timeline(ctx context.Context, q TimelineQuery) ([]Bucket, error)
	// Network returns actors and the events between them.
	Network(ctx context.Context, q NetworkQuery) (Network, error)
	// Counts returns how many rows each table holds.
	Counts(ctx context.Context) (Counts, error)
	Close() error
}

// ErrNotFound is returned when a requested article does not exist.
var ErrNotFound = errors.New("not found")

// Hash returns the text hash that identifies an article's text: the hex
// SHA-256 of the text.
func Hash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// PutResult says what Put did with one document.
type PutResult struct {
	ID      string `json:"id"`      // the stored ID (the existing one when replaced by hash)
	Created bool   `json:"created"` // false when an existing article was replaced
}

// Paging selects one page of results. Page is 1-based.
type Paging struct {
	Page    int
	PerPage int
}

// DefaultPerPage is the page size when none is given.
const DefaultPerPage = 50

// Page is one page of query results with the total number of matches.
type Page[T any] struct {
	Items   []T `json:"items"`
	Page    int `json:"page"`
	PerPage int `json:"per_page"`
	Total   int `json:"total"`
}

// ArticleQuery filters articles. Empty fields do not filter.
type ArticleQuery struct {
	Text  string // full-text search over title and text
	From  string // published on or after, YYYY-MM-DD
	To    string // published on or before, YYYY-MM-DD
	Actor string // a CAMEO code prefix (CHN, CHNGOV) or an entity name
	Paging
}

// ArticleSummary is one article in a result list.
type ArticleSummary struct {
	ID         string `json:"id"`
	Title      string `json:"title"`
	Published  string `json:"published"`
	Publisher  string `json:"publisher"`
	Source     string `json:"source"`
	URL        string `json:"url"`
	Events     int    `json:"events"`
	Statements int    `json:"statements"`
	Snippet    string `json:"snippet"`
}

// EventQuery filters events. Actor codes match as prefixes (CHN matches
// CHNGOV); Code and Root match exactly.
type EventQuery struct {
	Source, Target string
	Code, Root     string
	Quad           int    // 0: any
	From, To       string // event date range, YYYY-MM-DD
	DyadA, DyadB   string // events between the two, either direction
	Paging
}

// EventRow is one stored event with its article.
type EventRow struct {
	ArticleID    string  `json:"article_id"`
	ArticleTitle string  `json:"article_title"`
	Index        int     `json:"index"` // position in the article's events
	Sentence     int     `json:"sentence"`
	SentenceText string  `json:"sentence_text"`
	Date         string  `json:"date"`
	Source       string  `json:"source"`
	Target       string  `json:"target"`
	Code         string  `json:"code"`
	Root         string  `json:"root"`
	QuadClass    int     `json:"quad_class"`
	Goldstein    float64 `json:"goldstein"`
	Plover       string  `json:"plover"`
	PloverMode   string  `json:"plover_mode"`
	Negated      bool    `json:"negated"`
	Modality     string  `json:"modality"`
	AccordingTo  string  `json:"according_to"`
	Verb         string  `json:"verb"`
	Rule         string  `json:"rule"`
}

// StatementQuery filters statements.
type StatementQuery struct {
	Speaker string // speaker name (case-insensitive substring) or actor code prefix
	Text    string // full-text search over the content
	Paging
}

// StatementRow is one stored statement with its article.
type StatementRow struct {
	ArticleID    string `json:"article_id"`
	ArticleTitle string `json:"article_title"`
	Index        int    `json:"index"`
	Sentence     int    `json:"sentence"`
	Date         string `json:"date"`
	Speaker      string `json:"speaker"`
	SpeakerActor string `json:"speaker_actor"`
	Cue          string `json:"cue"`
	Direct       bool   `json:"direct"`
	Content      string `json:"content"`
	AccordingTo  string `json:"according_to"`
}

// Intervals of a timeline.
const (
	Day   = "day"
	Week  = "week"
	Month = "month"
)

// TimelineQuery asks for the events between actors A and B (both
// directions) grouped by Interval.
type TimelineQuery struct {
	A, B     string
	Interval string // Day, Week or Month
	From, To string
}

// Bucket is one interval of a timeline. Quad[i] counts QuadClass i+1.
type Bucket struct {
	Start     string  `json:"start"` // first day of the interval
	Count     int     `json:"count"`
	Quad      [4]int  `json:"quad"`
	Goldstein float64 `json:"goldstein"` // mean Goldstein score
}

// NetworkQuery asks for the actor network over a date range; edges with
// fewer than Min events are left out.
type NetworkQuery struct {
	From, To string
	Min      int
}

// Network is actors (country-level CAMEO codes) and directed edges.
type Network struct {
	Nodes []Node `json:"nodes"`
	Edges []Edge `json:"edges"`
}

// Node is one actor with the number of events it takes part in.
type Node struct {
	ID     string `json:"id"`
	Events int    `json:"events"`
}

// Edge is the events from Source to Target.
type Edge struct {
	Source    string  `json:"source"`
	Target    string  `json:"target"`
	Count     int     `json:"count"`
	Goldstein float64 `json:"goldstein"` // mean
}

// Counts is the number of rows per table.
type Counts struct {
	Articles   int `json:"articles"`
	Sentences  int `json:"sentences"`
	Entities   int `json:"entities"`
	Mentions   int `json:"mentions"`
	Events     int `json:"events"`
	Statements int `json:"statements"`
	Amounts    int `json:"amounts"`
	Topics     int `json:"topics"`
}
