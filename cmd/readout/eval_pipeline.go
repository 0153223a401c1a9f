package main

import (
	"errors"

	"github.com/readout/readout"
	"github.com/readout/readout/eval"
	"github.com/readout/readout/lexicon"
	"github.com/readout/readout/petrarch"
)

// newPipelineCoder builds readout's default pipeline over a lexicon: the
// one place eval meets the pipeline. A validation file's <Config> options
// (require_dyad, new_actor_length, comma_*) reach the PETRARCH coder;
// options it does not know are ignored, as PETRARCH ignores them.
func newPipelineCoder(lex *lexicon.Lexicon, config map[string]string) (eval.Coder, error) {
	cfg, err := petrarch.ParseConfig(config)
	if err != nil && !onlyUnknown(err) {
		return nil, err
	}
	c, err := readout.New(readout.Options{Lexicon: lex, Petrarch: &cfg})
	if err != nil {
		return nil, err
	}
	return c.Code, nil
}

// onlyUnknown reports whether every error joined in err is an unknown
// option.
func onlyUnknown(err error) bool {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range j.Unwrap() {
			if !errors.Is(e, petrarch.ErrUnknownOption) {
				return false
			}
		}
		return true
	}
	return errors.Is(err, petrarch.ErrUnknownOption)
}
