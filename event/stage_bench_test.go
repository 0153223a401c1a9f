package event_test

import (
	"testing"

	"github.com/readout/readout/bench/corpus"
)

// BenchmarkStage codes events (the event stage), on articles through the statement stage,
// on the shared Reuters and Wikinews articles every stage benchmark uses
// (bench/corpus.Sets): sentences/s, tokens/s, allocs/article, B/article.
func BenchmarkStage(b *testing.B) { corpus.BenchStage(b, "event") }
