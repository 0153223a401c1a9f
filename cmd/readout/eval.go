package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/readout/readout/eval"
	"github.com/readout/readout/lexicon"
)

// runEval scores readout against gold files and prints the report. It
// fails only when a file cannot be read (or the dictionaries cannot be
// loaded), or with --min-pass when fewer records pass.
func runEval(args []string, stdout, stderr io.Writer) error {
	return evalMain(args, stdout, stderr, newPipelineCoder)
}

// pipelineFunc builds readout's coder over a lexicon, with the PETRARCH
// <Config> options a validation record has in effect.
type pipelineFunc func(lex *lexicon.Lexicon, config map[string]string) (eval.Coder, error)

func evalMain(args []string, stdout, stderr io.Writer, pipeline pipelineFunc) error {
	fs := newFlags("eval", "[--dicts DIR] [PETRARCH FLAGS] [--verbose] [--min-pass N] FILE...", stderr)
	var df lexicon.Flags
	df.AddTo(fs)
	verbose := fs.Bool("verbose", false, "print each record's text, the expected and coded events and the rule behind each")
	minPass := fs.Int("min-pass", -1, "fail when fewer than `N` records pass (for CI)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "readout eval: name gold files: PETRARCH validation XML or JSONL, PLOVER records, expected.json annotations (or folders of them), multi-coder CAMEO rounds")
		fs.Usage()
		return errUsage
	}
	lc := &lexiconCache{flags: df, stderr: stderr, pipeline: pipeline}
	rep, err := eval.Run(fs.Args(), eval.Options{CoderFor: lc.coderFor, DictDirs: df.Dicts, Petrarch: df.Petrarch})
	if err != nil {
		return err
	}
	if err := rep.Write(stdout, *verbose); err != nil {
		return err
	}
	if passed, _ := rep.Count(); *minPass >= 0 && passed < *minPass {
		return fmt.Errorf("%d records passed, fewer than --min-pass %d", passed, *minPass)
	}
	return nil
}

// lexiconCache loads each set of dictionaries once and builds a coder per
// setup over it.
type lexiconCache struct {
	flags    lexicon.Flags
	stderr   io.Writer
	pipeline pipelineFunc
	loaded   map[string]*lexicon.Lexicon
}

func (c *lexiconCache) coderFor(s eval.Setup) (eval.Coder, error) {
	key := eval.Setup{Petrarch: s.Petrarch}.Key()
	lex, ok := c.loaded[key]
	if !ok {
		var err error
		if lex, err = c.load(s.Petrarch); err != nil {
			return nil, err
		}
		if c.loaded == nil {
			c.loaded = map[string]*lexicon.Lexicon{}
		}
		c.loaded[key] = lex
	}
	return c.pipeline(lex, s.Config)
}

// load reads the dictionaries the flags name, with a gold file's PETRARCH
// dictionaries in place of the flags' own. Problems in the dictionaries
// are counted on stderr (readout lint lists them); only a dictionary that
// cannot be read at all stops the run.
func (c *lexiconCache) load(petr lexicon.PetrarchFiles) (*lexicon.Lexicon, error) {
	f := c.flags
	f.Petrarch = petr
	lex, err := f.Load()
	var problems lexicon.ErrorList
	switch {
	case lex == nil && err != nil:
		return nil, fmt.Errorf("loading dictionaries: %w", err)
	case errors.As(err, &problems):
		fmt.Fprintf(c.stderr, "readout eval: %d problems in the dictionaries (readout lint lists them); coding with the rest\n", len(problems))
	case err != nil:
		return nil, fmt.Errorf("loading dictionaries: %w", err)
	}
	return lex, nil
}
