package event

import (
	"testing"

	"github.com/readout/readout/document"
	"github.com/readout/readout/lexicon"
	"github.com/readout/readout/statement"
)

// statements returns the statement stage.
func statements(t testing.TB, lex *lexicon.Lexicon) document.Annotator {
	t.Helper()
	st, err := statement.New(lex)
	if err != nil {
		t.Fatal(err)
	}
	return st
}
