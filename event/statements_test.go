package event

import (
	"github.com/readout/readout/document"
	"github.com/readout/readout/lexicon"
)

// statements returns the statement stage, nil until it exists.
func statements(lex *lexicon.Lexicon) document.Annotator {
	_ = lex
	return nil
}
