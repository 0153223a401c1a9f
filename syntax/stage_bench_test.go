package syntax_test

import (
	"testing"

	"github.com/readout/readout/bench/corpus"
)

// BenchmarkStage tags, lemmatises and parses (the syntax stage), on tokens from the text stage,
// on the shared Reuters and Wikinews articles every stage benchmark uses
// (bench/corpus.Sets): sentences/s, tokens/s, allocs/article, B/article.
func BenchmarkStage(b *testing.B) { corpus.BenchStage(b, "syntax") }
