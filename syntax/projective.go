package syntax

// projectivize returns heads with non-projective arcs lifted: the
// dependent of the shortest crossing arc moves up to its head's head until
// no arc crosses another. heads are 1-based with 0 for the root.
func projectivize(heads []int32) []int32 {
	h := append([]int32(nil), heads...)
	for range len(h) * len(h) {
		d := shortestNonProjective(h)
		if d < 0 {
			return h
		}
		h[d-1] = h[h[d-1]-1]
	}
	return h
}

// shortestNonProjective returns the dependent (1-based) of the shortest
// non-projective arc, or -1.
func shortestNonProjective(h []int32) int32 {
	best, bestLen := int32(-1), int32(1<<30)
	for i := range h {
		d, hd := int32(i+1), h[i]
		lo, hi := min(d, hd), max(d, hd)
		if hi-lo >= bestLen || hi-lo < 2 {
			continue
		}
		for k := lo + 1; k < hi; k++ {
			if !dominates(h, hd, k) {
				best, bestLen = d, hi-lo
				break
			}
		}
	}
	return best
}

// dominates reports whether a is an ancestor of w (or w itself).
func dominates(h []int32, a, w int32) bool {
	for steps := 0; w != 0 && steps <= len(h); steps++ {
		if w == a {
			return true
		}
		w = h[w-1]
	}
	return a == 0
}
