package main

import (
	"github.com/readout/readout"
	"github.com/readout/readout/eval"
	"github.com/readout/readout/lexicon"
)

// newPipelineCoder builds readout's default pipeline over a lexicon: the
// one place eval meets the pipeline. The pipeline has no PETRARCH options
// (require_dyad, new_actor_length, comma_*), so a validation file's
// <Config> does not change how it codes.
func newPipelineCoder(lex *lexicon.Lexicon, config map[string]string) (eval.Coder, error) {
	c, err := readout.New(readout.Options{Lexicon: lex})
	if err != nil {
		return nil, err
	}
	return c.Code, nil
}
