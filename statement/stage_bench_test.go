package statement_test

import (
	"testing"

	"github.com/readout/readout/bench/corpus"
)

// BenchmarkStage finds statements (the statement stage), on articles through the actor stage,
// on the shared Reuters and Wikinews articles every stage benchmark uses
// (bench/corpus.Sets): sentences/s, tokens/s, allocs/article, B/article.
func BenchmarkStage(b *testing.B) { corpus.BenchStage(b, "statement") }
