package syntax

// Arc-hybrid transitions over words 1..n with the root (0) at the bottom of
// the stack. SHIFT pushes the first buffer word; LEFT makes the stack top a
// dependent of the first buffer word; RIGHT makes the stack top a dependent
// of the word below it. The root takes a dependent only once the buffer is
// empty, so every parse has exactly one root word.
const (
	actShift = iota
	actLeft
	actRight
	numActs
)

// pstate is a parser configuration with what features need about the
// partial tree: nearest children on each side, valencies and label sets.
type pstate struct {
	n      int32
	stack  []int32
	b      int32 // first buffer word; > n when the buffer is empty
	heads  []int32
	labels []int32
	lc1    []int32 // leftmost child (0 = none)
	lc2    []int32 // second leftmost
	rc1    []int32 // rightmost child
	rc2    []int32 // second rightmost
	nl, nr []uint8 // number of left / right children (capped)
	lset   []uint64
	rset   []uint64
}

// reset prepares st for a sentence of n words, reusing its memory.
func (st *pstate) reset(n int) {
	st.n = int32(n)
	st.stack = append(st.stack[:0], 0)
	st.b = 1
	k := n + 1
	st.heads = fill32(st.heads, k, -1)
	st.labels = fill32(st.labels, k, -1)
	st.lc1 = fill32(st.lc1, k, 0)
	st.lc2 = fill32(st.lc2, k, 0)
	st.rc1 = fill32(st.rc1, k, 0)
	st.rc2 = fill32(st.rc2, k, 0)
	st.nl = fill8(st.nl, k)
	st.nr = fill8(st.nr, k)
	st.lset = fill64(st.lset, k)
	st.rset = fill64(st.rset, k)
}

func fill32(s []int32, n int, v int32) []int32 {
	if cap(s) < n {
		s = make([]int32, n)
	}
	s = s[:n]
	for i := range s {
		s[i] = v
	}
	return s
}

func fill8(s []uint8, n int) []uint8 {
	if cap(s) < n {
		s = make([]uint8, n)
	}
	s = s[:n]
	clear(s)
	return s
}

func fill64(s []uint64, n int) []uint64 {
	if cap(s) < n {
		s = make([]uint64, n)
	}
	s = s[:n]
	clear(s)
	return s
}

func (st *pstate) done() bool { return st.b > st.n && len(st.stack) == 1 }

// valid reports whether action a may be taken.
func (st *pstate) valid(a int) bool {
	switch a {
	case actShift:
		return st.b <= st.n
	case actLeft:
		return len(st.stack) > 1 && st.b <= st.n
	case actRight:
		return len(st.stack) > 2 || (len(st.stack) == 2 && st.b > st.n)
	}
	return false
}

// forced returns the only valid action, or -1 when there is a choice:
// with the root alone on the stack only SHIFT is valid, with the buffer
// empty only RIGHT. Scoring would pick the same action.
func (st *pstate) forced() int {
	switch {
	case st.b > st.n:
		return actRight
	case len(st.stack) == 1:
		return actShift
	}
	return -1
}

func (st *pstate) s(i int) int32 {
	if i < len(st.stack) {
		return st.stack[len(st.stack)-1-i]
	}
	return -1
}

// apply performs action a with label (ignored for SHIFT).
func (st *pstate) apply(a int, label int32) {
	switch a {
	case actShift:
		st.stack = append(st.stack, st.b)
		st.b++
	case actLeft:
		d := st.stack[len(st.stack)-1]
		st.stack = st.stack[:len(st.stack)-1]
		st.attach(st.b, d, label)
	case actRight:
		d := st.stack[len(st.stack)-1]
		st.stack = st.stack[:len(st.stack)-1]
		st.attach(st.stack[len(st.stack)-1], d, label)
	}
}

// attach records the arc h -> d.
func (st *pstate) attach(h, d, label int32) {
	st.heads[d] = h
	st.labels[d] = label
	bit := uint64(1) << (uint32(label) & 63)
	if d < h {
		switch {
		case st.lc1[h] == 0 || d < st.lc1[h]:
			st.lc2[h], st.lc1[h] = st.lc1[h], d
		case st.lc2[h] == 0 || d < st.lc2[h]:
			st.lc2[h] = d
		}
		st.nl[h] = min(st.nl[h]+1, 7)
		st.lset[h] |= bit
		return
	}
	switch {
	case d > st.rc1[h]:
		st.rc2[h], st.rc1[h] = st.rc1[h], d
	case d > st.rc2[h]:
		st.rc2[h] = d
	}
	st.nr[h] = min(st.nr[h]+1, 7)
	st.rset[h] |= bit
}

// head returns the word that action a would make the stack top's head.
func (st *pstate) head(a int) int32 {
	if a == actLeft {
		return st.b
	}
	return st.s(1)
}
