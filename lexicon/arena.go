package lexicon

// arena hands out slices carved from large shared arrays, so that the many
// small slices of compiled patterns cost a few allocations per file instead
// of several per pattern. Each slice has its capacity capped, so appending
// beyond it reallocates instead of running into its neighbour. An arena
// belongs to one goroutine.
type arena[T any] struct {
	buf   []T
	chunk int // size of the next array: it doubles, so little is wasted
}

// take returns an empty slice with capacity n.
func (a *arena[T]) take(n int) []T {
	if cap(a.buf)-len(a.buf) < n {
		a.chunk = min(max(2*a.chunk, 32), 4096)
		a.buf = make([]T, 0, max(a.chunk, n))
	}
	start := len(a.buf)
	a.buf = a.buf[:start+n]
	return a.buf[start : start : start+n]
}

// patArenas are the arenas of one file's patterns.
type patArenas struct {
	words   arena[string]
	alts    arena[[]string]
	items   arena[Item]
	scratch arena[Item] // a pattern's items while it is compiled
	// scratchAlts holds the alternatives of the anchor's item while the
	// pattern is compiled.
	scratchAlts arena[[]string]
	anchors     arena[AnchorWord]
	pats        arena[Pattern]
}

// reset makes the arena's current array available again from its start:
// the slices handed out before must no longer be used.
func (a *arena[T]) reset() {
	clear(a.buf)
	a.buf = a.buf[:0]
}

// pattern returns a new zero Pattern.
func (a *patArenas) pattern() *Pattern {
	s := a.pats.take(1)[:1]
	return &s[0]
}
