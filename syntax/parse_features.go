package syntax

// patom holds the atoms of one word for parser features.
type patom struct {
	w uint64 // lower-cased form
	t uint64 // joint tag
	c uint64 // mid-level cluster
	k uint64 // coarse cluster
	s uint64 // 3-byte suffix
}

// Atoms for the root and for missing positions.
var (
	rootAtom = patom{w: 11, t: 11, c: 11, k: 11, s: 11}
	noneAtom = patom{w: 12, t: 12, c: 12, k: 12, s: 12}
)

// makeAtoms fills atoms[0..n+1]: 0 is the root, n+1 stands for "none".
func makeAtoms(lx []lexeme, tags []int32, atoms []patom) []patom {
	atoms = append(atoms[:0], rootAtom)
	for i := range lx {
		atoms = append(atoms, patom{
			w: lx[i].lower, t: uint64(tags[i]) + 100, c: lx[i].cl[1], k: lx[i].cl[0], s: lx[i].suf[2],
		})
	}
	return append(atoms, noneAtom)
}

// pos maps a word index (-1 = none) to its atom index.
func pos(st *pstate, i int32) int32 {
	if i < 0 {
		return st.n + 1
	}
	return i
}

func child(c []int32, i int32) int32 {
	if i < 0 || c[i] == 0 {
		return -1
	}
	return c[i]
}

func labelOf(st *pstate, i int32) uint64 {
	if i < 0 {
		return 99
	}
	return uint64(st.labels[i])
}

// dist buckets the distance between two words.
func dist(a, b int32) uint64 {
	if a < 0 || b < 0 || a == 0 {
		return 0
	}
	d := b - a
	switch {
	case d < 0:
		d = -d
	}
	switch {
	case d <= 4:
		return uint64(d)
	case d <= 6:
		return 5
	case d <= 9:
		return 6
	}
	return 7
}

// context is the words around the parser's focus and their attributes.
type context struct {
	s0, s1, s2, b0, b1, b2                   int32
	s0l1, s0l2, s0r1, s0r2, s1l1, s1r1, s1r2 int32
	b0l1, b0l2                               int32
}

func (st *pstate) context() context {
	var c context
	c.s0, c.s1, c.s2 = st.s(0), st.s(1), st.s(2)
	c.b0, c.b1, c.b2 = -1, -1, -1
	if st.b <= st.n {
		c.b0 = st.b
	}
	if st.b+1 <= st.n {
		c.b1 = st.b + 1
	}
	if st.b+2 <= st.n {
		c.b2 = st.b + 2
	}
	c.s0l1, c.s0l2 = child(st.lc1, c.s0), child(st.lc2, c.s0)
	c.s0r1, c.s0r2 = child(st.rc1, c.s0), child(st.rc2, c.s0)
	c.s1l1, c.s1r1, c.s1r2 = child(st.lc1, c.s1), child(st.rc1, c.s1), child(st.rc2, c.s1)
	c.b0l1, c.b0l2 = child(st.lc1, c.b0), child(st.lc2, c.b0)
	return c
}

// parseFeatures appends the transition features of st.
func parseFeatures(st *pstate, at []patom, out []uint64) []uint64 {
	c := st.context()
	a := func(i int32) *patom { return &at[pos(st, i)] }
	s0, s1, s2, b0, b1, b2 := a(c.s0), a(c.s1), a(c.s2), a(c.b0), a(c.b1), a(c.b2)
	out = append(out,
		f1(1, s0.w), f1(2, s0.t), f2(3, s0.w, s0.t),
		f1(4, s1.w), f1(5, s1.t), f2(6, s1.w, s1.t),
		f1(7, b0.w), f1(8, b0.t), f2(9, b0.w, b0.t),
		f1(10, b1.w), f1(11, b1.t), f2(12, b1.w, b1.t),
		f1(13, b2.w), f1(14, b2.t), f1(15, s2.t), f2(16, s2.w, s2.t),
		f1(17, s0.c), f1(18, s1.c), f1(19, b0.c), f1(20, b1.c),
		f3(21, s0.w, s0.t, f2(0, b0.w, b0.t)), f3(22, s0.w, s0.t, b0.w), f3(23, s0.w, b0.w, b0.t),
		f3(24, s0.w, s0.t, b0.t), f2(26, s0.w, b0.w), f2(30, s0.w, s1.w),
		f3(33, s0.w, s0.t, s1.t), f3(34, s0.t, s1.w, s1.t),
		f2(104, s0.c, b0.w), f3(110, s1.w, s0.t, b0.t), f3(111, s1.t, s0.w, b0.t),
		f3(51, s0.w, b0.w, dist(c.s0, c.b0)), f1(74, a(c.s1r1).w), f1(75, a(c.s1r1).t), f3(25, s0.t, b0.w, b0.t), f2(27, s0.t, b0.t),
		f2(28, b0.t, b1.t), f2(29, s0.t, s1.t), f2(31, s0.w, s1.t), f2(32, s0.t, s1.w),
		f3(35, b0.t, b1.t, b2.t), f3(36, s0.t, b0.t, b1.t), f3(37, s1.t, s0.t, b0.t),
		f3(45, s2.t, s1.t, s0.t),
		f3(95, s0.c, b0.c, 0), f2(96, s0.c, b0.t), f2(97, s0.t, b0.c), f2(98, s1.c, s0.c),
		f2(99, s1.t, s0.c), f2(100, s1.c, s0.t), f2(101, b0.c, b1.t), f3(102, s0.k, b0.k, b1.k),
		f2(103, s0.w, b0.c),
		f2(106, b0.w, b1.w), f2(107, b0.w, b1.t), f2(108, b0.t, b1.w),
		f3(109, s0.w, b0.t, b1.t),
		f2(112, s0.s, b0.t), f2(113, s0.t, b0.s),
	)
	out = childFeatures(st, &c, at, out)
	return out
}

// childFeatures appends features of distances, valencies, children and
// label sets.
func childFeatures(st *pstate, c *context, at []patom, out []uint64) []uint64 {
	a := func(i int32) *patom { return &at[pos(st, i)] }
	s0, s1, b0 := a(c.s0), a(c.s1), a(c.b0)
	s0l1, s0l2, s0r1, s0r2 := a(c.s0l1), a(c.s0l2), a(c.s0r1), a(c.s0r2)
	s1l1, s1r1, s1r2 := a(c.s1l1), a(c.s1r1), a(c.s1r2)
	b0l1, b0l2 := a(c.b0l1), a(c.b0l2)
	d, d2 := dist(c.s0, c.b0), dist(c.s1, c.s0)
	vl := func(i int32) uint64 { return uint64(st.nl[max(i, 0)]) }
	vr := func(i int32) uint64 { return uint64(st.nr[max(i, 0)]) }
	set := func(s []uint64, i int32) uint64 {
		if i < 0 {
			return 1 << 63
		}
		return s[i]
	}
	L := func(i int32) uint64 { return labelOf(st, i) }
	return append(out,
		f3(38, s0.t, s0l1.t, b0.t), f3(39, s0.t, s0r1.t, b0.t), f3(40, s1.t, s1r1.t, s0.t),
		f3(41, s1.t, s1l1.t, s0.t), f3(42, s0.t, b0.t, b0l1.t), f3(43, b0.t, b0l1.t, b0l2.t),
		f3(44, s1.t, s0.t, s0l1.t), f3(46, s1.t, s0.t, s0r1.t),
		f2(47, s0.w, d), f2(48, s0.t, d), f2(49, b0.w, d), f2(50, b0.t, d),
		f3(52, s0.t, b0.t, d), f3(53, s1.t, s0.t, d2),
		f2(54, s1.w, d2), f2(55, s0.w, d2),
		f2(56, s0.w, vr(c.s0)), f2(57, s0.t, vr(c.s0)), f2(58, s0.w, vl(c.s0)), f2(59, s0.t, vl(c.s0)),
		f2(60, b0.w, vl(c.b0)), f2(61, b0.t, vl(c.b0)), f2(62, s1.t, vr(c.s1)), f2(63, s1.t, vl(c.s1)),
		f1(64, s0l1.w), f1(65, s0l1.t), f1(66, L(c.s0l1)), f1(67, s0r1.w), f1(68, s0r1.t), f1(69, L(c.s0r1)),
		f1(70, b0l1.w), f1(71, b0l1.t), f1(72, L(c.b0l1)), f2(73, s1l1.t, L(c.s1l1)),
		f1(76, L(c.s1r1)),
		f1(77, s0l2.w), f1(78, s0l2.t), f1(79, L(c.s0l2)), f1(80, s0r2.w), f1(81, s0r2.t), f1(82, L(c.s0r2)),
		f2(83, b0l2.t, L(c.b0l2)), f3(84, s0.t, s0l1.t, s0l2.t), f3(85, s0.t, s0r1.t, s0r2.t),
		f3(86, s1.t, s1r1.t, s1r2.t),
		f2(87, s0.w, set(st.lset, c.s0)), f2(88, s0.t, set(st.lset, c.s0)),
		f2(89, s0.w, set(st.rset, c.s0)), f2(90, s0.t, set(st.rset, c.s0)),
		f2(91, b0.w, set(st.lset, c.b0)), f2(92, b0.t, set(st.lset, c.b0)),
		f2(93, s1.t, set(st.rset, c.s1)), f2(94, s1.t, set(st.lset, c.s1)),
		f3(105, s1.t, L(c.s1r1), s0.t), f3(114, s0.t, L(c.s0l1), L(c.s0r1)),
	)
}

// labelFeatures appends the features for labelling the arc that action a
// would add from its head to the stack top.
func labelFeatures(st *pstate, at []patom, act int, out []uint64) []uint64 {
	dep, head := st.s(0), st.head(act)
	dir := uint64(act)
	a := func(i int32) *patom { return &at[pos(st, i)] }
	d, h := a(dep), a(head)
	prev, next := a(dep-1), a(min(dep+1, st.n+1))
	if dep+1 > st.n {
		next = &noneAtom
	}
	b0 := &noneAtom
	if st.b <= st.n {
		b0 = a(st.b)
	}
	dd := dist(min(dep, head), max(dep, head))
	lc, rc, lc2 := a(child(st.lc1, dep)), a(child(st.rc1, dep)), a(child(st.lc2, dep))
	hv := uint64(st.nr[max(head, 0)])
	if act == actLeft {
		hv = uint64(st.nl[max(head, 0)]) + 8
	}
	L := func(i int32) uint64 { return labelOf(st, i) }
	hp, hn := a(max(head-1, 0)), a(min(head+1, st.n+1)) // the head's neighbours
	hl, hr := L(child(st.lc1, max(head, 0))), L(child(st.rc1, max(head, 0)))
	return append(out,
		f2(200, dir, 0), f2(201, dir, d.w), f2(202, dir, d.t), f2(203, dir, d.c),
		f2(204, dir, h.w), f2(205, dir, h.t), f2(206, dir, h.c),
		f3(207, dir, d.t, h.t), f3(208, dir, d.w, h.t), f3(209, dir, d.t, h.w), f3(211, dir, f2(0, d.t, h.t), dd), f2(212, dir, dd), f2(213, dir, d.s),
		f3(214, dir, d.t, L(child(st.lc1, dep))), f3(215, dir, d.t, L(child(st.rc1, dep))),
		f3(216, dir, d.t, st.lset[dep]), f3(217, dir, d.t, st.rset[dep]),
		f3(218, dir, h.t, st.lset[max(head, 0)]), f3(219, dir, h.t, st.rset[max(head, 0)]),
		f3(220, dir, d.t, b0.t), f3(221, dir, d.t, prev.t), f3(222, dir, d.t, next.t),
		f3(223, dir, d.c, h.c), f3(224, dir, d.w, d.t), f3(225, dir, h.w, h.t),
		f3(226, dir, d.t, uint64(st.nl[dep])<<4|uint64(st.nr[dep])),
		f3(227, dir, f2(0, d.t, h.t), b0.t),
		f3(228, dir, d.w, L(child(st.lc1, dep))),
		f3(229, dir, lc.w, h.t), f3(230, dir, lc.w, d.t), f3(231, dir, f2(0, lc.w, d.t), h.t),
		f3(232, dir, rc.w, d.t), f3(233, dir, d.s, h.t), f3(234, dir, d.c, h.t), f3(235, dir, d.t, h.c),
		f3(236, dir, f2(0, d.t, h.t), hv), f3(237, dir, lc.t, d.t), f3(238, dir, lc2.w, d.t),
		f3(239, dir, d.w, h.w), f3(240, dir, rc.t, d.t), f3(241, dir, f2(0, d.t, h.t), next.t),
		f3(242, dir, f2(0, d.t, h.t), prev.t), f3(243, dir, d.k, h.k), f3(244, dir, f2(0, lc.t, lc2.t), d.t),
		f3(245, dir, h.s, d.t), f3(246, dir, f2(0, d.t, h.t), hp.t), f3(247, dir, f2(0, d.t, h.t), hn.t),
		f3(248, dir, f2(0, lc.w, d.t), rc.t), f3(249, dir, d.w, h.c), f3(250, dir, d.c, h.w),
		f3(251, dir, f2(0, d.t, h.t), hr), f3(252, dir, f2(0, d.t, h.t), hl),
	)
}
