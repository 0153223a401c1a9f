package syntax

// oracle gives the cost of each action against a projective gold tree: the
// number of gold arcs the action makes unreachable (Goldberg and Nivre's
// dynamic oracle for arc-hybrid).
type oracle struct {
	gold     []int32   // gold head of each word (index 0 unused)
	children [][]int32 // gold dependents of each word (0 = root)
	onStack  []bool
}

func (o *oracle) reset(heads []int32) {
	n := len(heads)
	o.gold = append(o.gold[:0], -1)
	o.gold = append(o.gold, heads...)
	if cap(o.children) < n+1 {
		o.children = make([][]int32, n+1)
	}
	o.children = o.children[:n+1]
	for i := range o.children {
		o.children[i] = o.children[i][:0]
	}
	for d, h := range heads {
		o.children[h] = append(o.children[h], int32(d+1))
	}
	o.onStack = append(o.onStack[:0], make([]bool, n+1)...)
}

// sync marks the words on the stack of st.
func (o *oracle) sync(st *pstate) {
	clear(o.onStack)
	for _, w := range st.stack {
		o.onStack[w] = true
	}
}

// cost returns the cost of action a in st; sync must have been called.
func (o *oracle) cost(st *pstate, a int) int {
	switch a {
	case actShift:
		b := st.b
		c := 0
		if h := o.gold[b]; o.onStack[h] && h != st.s(0) {
			c++
		}
		for _, d := range o.children[b] {
			if o.onStack[d] {
				c++
			}
		}
		return c
	case actLeft, actRight:
		s0 := st.s(0)
		c := o.bufferChildren(st, s0)
		h := o.gold[s0]
		if a == actLeft {
			if h != st.b && (h == st.s(1) || h >= st.b) {
				c++
			}
		} else if h >= st.b && h != 0 {
			c++
		}
		return c
	}
	return 0
}

// bufferChildren counts the gold dependents of w still in the buffer.
func (o *oracle) bufferChildren(st *pstate, w int32) int {
	c := 0
	for _, d := range o.children[w] {
		if d >= st.b {
			c++
		}
	}
	return c
}
