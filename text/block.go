package text

import (
	"sync"

	"github.com/readout/readout/document"
)

// BlockTokens is the size of the blocks from which a Segmenter hands out
// token storage. Allocating one block for many short documents, instead of
// one array for each, spares the allocator and the garbage collector most
// of their work; the cost is that a document kept alive keeps its block
// (BlockTokens tokens, about 1 MB) alive. Documents needing more than a
// quarter of a block get an array of their own.
const BlockTokens = 8192

// tokenBlock is the block a Segmenter is handing out.
type tokenBlock struct {
	mu   sync.Mutex
	toks []document.Token
	used int
}

// reserve returns an empty slice with room for n tokens, zeroed.
func (tb *tokenBlock) reserve(n int) []document.Token {
	if n > BlockTokens/4 {
		return make([]document.Token, 0, n)
	}
	tb.mu.Lock()
	defer tb.mu.Unlock()
	if len(tb.toks)-tb.used < n {
		tb.toks, tb.used = make([]document.Token, BlockTokens), 0
	}
	s := tb.toks[tb.used : tb.used : tb.used+n]
	tb.used += n
	return s
}

// release gives back the unused end of a slice that reserve returned for
// n tokens, when nothing has been reserved after it. The tokens past
// len(toks) were never written, so they are still zero.
func (tb *tokenBlock) release(toks []document.Token, n int) {
	if n > BlockTokens/4 || cap(toks) != n || len(toks) == n {
		return // an array of its own, or regrown, or full
	}
	tb.mu.Lock()
	defer tb.mu.Unlock()
	if tb.used < n || len(tb.toks) == 0 || &tb.toks[tb.used-n] != &toks[:1][0] {
		return
	}
	tb.used -= n - len(toks)
}
