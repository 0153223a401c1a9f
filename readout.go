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
	"sync"

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
	// Lexicon holds the dictionaries; nil loads them with LoadLexicon.
	Lexicon *lexicon.Lexicon
	// LoadLexicon loads the dictionaries when Lexicon is nil; New calls it
	// while the parser models decode. Nil loads the embedded defaults.
	LoadLexicon func() (*lexicon.Lexicon, error)
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

// New builds a Coder. The dictionaries and the parser models load at the
// same time, and the stages that need only the dictionaries are built
// while the models are still being decoded. The garbage collector is held
// off meanwhile (see holdGC).
func New(opt Options) (*Coder, error) {
	defer holdGC()()
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
	lex, err := opt.Lexicon, error(nil)
	if lex == nil {
		load := opt.LoadLexicon
		if load == nil {
			load = lexicon.LoadDefault
		}
		if lex, err = load(); err != nil {
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

// gcHold counts the New calls under way.
var gcHold struct {
	sync.Mutex
	n, percent int
}

// holdGC turns the garbage collector off until the function it returns
// is called, and then back to the setting it had (the last of several
// overlapping holds restores it). Loading builds about 70 MB, most of it
// kept, in a fraction of a second: collecting meanwhile frees little, and
// on two cores cost 30–60 ms of CPU time at start-up. A memory limit set
// with debug.SetMemoryLimit still applies.
func holdGC() func() {
	gcHold.Lock()
	if gcHold.n == 0 {
		gcHold.percent = debug.SetGCPercent(-1)
	}
	gcHold.n++
	gcHold.Unlock()
	return func() {
		gcHold.Lock()
		if gcHold.n--; gcHold.n == 0 {
			debug.SetGCPercent(gcHold.percent)
		}
		gcHold.Unlock()
	}
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
