// Package readout turns news articles into event data. New builds the
// default pipeline (text → syntax → actor → statement → event, with amounts
// and topics) from the embedded models and dictionaries, or from the
// dictionaries a caller loads; Code runs it on one document.
//
//	coder, err := readout.New(readout.Options{})
//	d := &document.Document{ID: "a1", Published: "2020-04-18", Text: text}
//	err = coder.Code(d) // d.Events, d.Statements, d.Entities, ... are filled
//
// Imports: every stage package; nothing imports it but commands.
package readout

import (
	"errors"
	"fmt"
	"runtime/debug"

	"github.com/readout/readout/actor"
	"github.com/readout/readout/amount"
	"github.com/readout/readout/document"
	"github.com/readout/readout/event"
	"github.com/readout/readout/lexicon"
	"github.com/readout/readout/petrarch"
	"github.com/readout/readout/statement"
	"github.com/readout/readout/syntax"
	"github.com/readout/readout/text"
	"github.com/readout/readout/topic"
)

// Options configure a Coder. The zero value uses the embedded models and
// dictionaries.
type Options struct {
	// Lexicon holds the dictionaries; nil loads the embedded defaults.
	Lexicon *lexicon.Lexicon
	// Analyzer tags and parses; nil loads the embedded models.
	Analyzer *syntax.Analyzer
	// MaxSentenceTokens caps sentence length (0: the text layer's default).
	MaxSentenceTokens int
	// Petrarch holds PETRARCH's coding options (require_dyad,
	// new_actor_length, comma_*), used when the lexicon's verb patterns
	// come from PETRARCH dictionaries; nil means PETRARCH's defaults.
	Petrarch *petrarch.Config
}

// Coder runs the whole pipeline. One Coder may code many documents at once
// from several goroutines.
type Coder struct {
	lex    *lexicon.Lexicon
	stages []Stage
}

// Stage is one step of the pipeline: a name ("text", "syntax", "actor",
// "statement", "event") and the annotator that does it.
type Stage struct {
	Name      string
	Annotator document.Annotator
}

// Preload starts decoding the embedded tagger and parser models on a
// goroutine of its own and returns at once, so that a program can load
// its dictionaries meanwhile; New (and syntax.Load) then wait for the
// models instead of decoding them. Calling it more than once, or not at
// all, is fine.
func Preload() {
	go func() { _, _ = syntax.Load() }()
}

// New builds a Coder. The embedded dictionaries and parser models load at
// the same time, each on its own goroutine, to keep start-up short; the
// stages that need only the dictionaries are built while the models are
// still being decoded.
func New(opt Options) (*Coder, error) {
	an, anErr := opt.Analyzer, error(nil)
	models := make(chan struct{})
	if an == nil {
		go func() {
			defer close(models)
			an, anErr = syntax.Load()
		}()
	} else {
		close(models)
	}
	lex := opt.Lexicon
	if lex == nil {
		var err error
		if lex, err = lexicon.LoadDefault(); err != nil {
			<-models
			return nil, fmt.Errorf("dictionaries: %w", err)
		}
	}
	if petrarch.Applies(lex) {
		<-models
		if anErr != nil {
			return nil, anErr
		}
		return newPetrarch(lex, an, opt)
	}
	stages, err := dictStages(lex)
	<-models
	if err := errors.Join(err, anErr); err != nil {
		return nil, err
	}
	c := &Coder{lex: lex, stages: []Stage{
		{"text", &text.Segmenter{MaxSentenceTokens: opt.MaxSentenceTokens}},
		{"syntax", an},
	}}
	c.stages = append(c.stages, stages...)
	return c, nil
}

// dictStages builds the stages after syntax, which need the dictionaries
// only.
func dictStages(lex *lexicon.Lexicon) ([]Stage, error) {
	actors, err := actor.New(lex)
	if err != nil {
		return nil, err
	}
	statements, err := statement.New(lex)
	if err != nil {
		return nil, err
	}
	topics, err := topic.New(lex)
	if err != nil {
		return nil, err
	}
	return []Stage{
		{"actor", actors},
		{"statement", statements},
		{"event", event.New(lex)},
		{"amount", amount.New()},
		{"topic", topics},
	}, nil
}

// newPetrarch builds the pipeline for PETRARCH dictionaries: the text and
// syntax layers, then the PETRARCH-compatible coder in place of readout's
// actor, statement and event stages.
func newPetrarch(lex *lexicon.Lexicon, an *syntax.Analyzer, opt Options) (*Coder, error) {
	cfg := petrarch.DefaultConfig()
	if opt.Petrarch != nil {
		cfg = *opt.Petrarch
	}
	coder, err := petrarch.New(lex, cfg)
	if err != nil {
		return nil, err
	}
	return &Coder{lex: lex, stages: []Stage{
		{"text", &text.Segmenter{MaxSentenceTokens: opt.MaxSentenceTokens}},
		{"syntax", an},
		{"petrarch", coder},
	}}, nil
}

// Lexicon returns the dictionaries the coder uses.
func (c *Coder) Lexicon() *lexicon.Lexicon { return c.lex }

// Stages returns the stages of the pipeline in the order Code runs them.
// The slice is a copy; the annotators are the coder's own.
func (c *Coder) Stages() []Stage { return append([]Stage(nil), c.stages...) }

// Wrap returns a coder that shares c's models and dictionaries but runs
// each stage through wrap(stage), which returns the annotator to call in
// its place: a way to time or trace the stages without changing them.
// Wrap calls wrap once per stage, in pipeline order.
func (c *Coder) Wrap(wrap func(Stage) document.Annotator) *Coder {
	w := &Coder{lex: c.lex, stages: make([]Stage, len(c.stages))}
	for i, s := range c.stages {
		w.stages[i] = Stage{Name: s.Name, Annotator: wrap(s)}
	}
	return w
}

// Code runs every stage on d. An error means the document could not be
// coded (binary text, or a fault in a stage, which is caught and returned
// rather than allowed to stop a batch); problems with parts of it are in
// d.Problems.
func (c *Coder) Code(d *document.Document) (err error) {
	if d == nil {
		return errNoDocument
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error coding %q: %v\n%s", d.ID, r, debug.Stack())
		}
	}()
	for _, s := range c.stages {
		if err := s.Annotator.Annotate(d); err != nil {
			return fmt.Errorf("%s: %w", s.Name, err)
		}
	}
	return nil
}
