package actor_test

import (
	"testing"

	"github.com/readout/readout/bench/corpus"
)

// BenchmarkStage finds and codes actors (the actor stage), on tagged and parsed articles,
// on the shared Reuters and Wikinews articles every stage benchmark uses
// (bench/corpus.Sets): sentences/s, tokens/s, allocs/article, B/article.
func BenchmarkStage(b *testing.B) { corpus.BenchStage(b, "actor") }
