package text_test

import (
	"testing"

	"github.com/readout/readout/bench/corpus"
)

// BenchmarkStage tokenises and splits sentences (the text stage: paragraphs, sentences, tokens),
// on the shared Reuters and Wikinews articles every stage benchmark uses
// (bench/corpus.Sets): sentences/s, tokens/s, allocs/article, B/article.
func BenchmarkStage(b *testing.B) { corpus.BenchStage(b, "text") }
