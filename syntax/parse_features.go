package syntax

// patom holds the atoms of one word for parser features.
type patom struct {
	w uint64 // lower-cased form
	t uint64 // joint tag
	c uint64 // mid-level cluster
	k uint64 // coarse cluster
	s uint64 // 3-byte suffix
	// the tag's and the mid-level cluster's indices in their domains
	// (see direct.go)
	ti, ci uint32
}

// Atoms for the root and for missing positions.
var (
	rootAtom = patom{w: atomRoot, t: atomRoot, c: atomRoot, k: atomRoot, s: atomRoot, ti: 0, ci: 1}
	noneAtom = patom{w: atomMissing, t: atomMissing, c: atomMissing, k: atomMissing, s: atomMissing, ti: 1, ci: 2}
)

// makeAtoms fills atoms[0..n+1]: 0 is the root, n+1 stands for "none".
func makeAtoms(lx []lexeme, tags []int32, atoms []patom) []patom {
	atoms = append(atoms[:0], rootAtom)
	for i := range lx {
		t, c := uint64(tags[i])+tagAtomBase, lx[i].cl[1]
		atoms = append(atoms, patom{
			w: lx[i].lower, t: t, c: c, k: lx[i].cl[0], s: lx[i].suf[2],
			ti: tagIndex(t), ci: clusterIndex(c),
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
		return noLabel
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

// transDirect are the transition templates kept as direct features (see
// direct.go), in the order directParseAtoms fills their atoms.
var transDirect = [...]directTemplate{
	dt(2, atomTag), dt(5, atomTag), dt(8, atomTag), dt(11, atomTag), dt(14, atomTag), dt(15, atomTag),
	dt(17, atomCluster), dt(18, atomCluster), dt(19, atomCluster), dt(20, atomCluster),
	dt(75, atomTag),
	dt(27, atomTag, atomTag), dt(28, atomTag, atomTag), dt(29, atomTag, atomTag),
	dt(48, atomTag, atomSmall), dt(50, atomTag, atomSmall),
	dt(57, atomTag, atomSmall), dt(59, atomTag, atomSmall), dt(61, atomTag, atomSmall),
	dt(62, atomTag, atomSmall), dt(63, atomTag, atomSmall),
	dt(65, atomTag), dt(66, atomLabel), dt(68, atomTag), dt(69, atomLabel),
	dt(71, atomTag), dt(72, atomLabel), dt(73, atomTag, atomLabel), dt(76, atomLabel),
	dt(78, atomTag), dt(79, atomLabel), dt(81, atomTag), dt(82, atomLabel),
	dt(83, atomTag, atomLabel),
}

func dt(id uint64, kinds ...atomKind) directTemplate {
	t := directTemplate{id: id, a: kinds[0]}
	if len(kinds) > 1 {
		t.b = kinds[1]
	}
	return t
}

// transAtoms is the atoms of the direct transition features of a state.
type transAtoms [len(transDirect)]atomPair

// parseFeatures appends the transition features of st, every one hashed
// (the form training uses).
func parseFeatures(st *pstate, at []patom, out []uint64) []uint64 {
	c := st.context()
	var x transAtoms
	out = hashedParseFeatures(st, &c, at, out)
	directParseAtoms(st, &c, at, &x)
	return appendHashes(transDirect[:], x[:], out)
}

// directParseAtoms fills x with the atoms of the transDirect templates.
func directParseAtoms(st *pstate, c *context, at []patom, x *transAtoms) {
	a := func(i int32) *patom { return &at[pos(st, i)] }
	s0, s1, b0 := a(c.s0), a(c.s1), a(c.b0)
	d := uint32(dist(c.s0, c.b0))
	v := func(n []uint8, i int32) uint32 { return uint32(n[max(i, 0)]) }
	L := func(i int32) uint32 { return uint32(labelOf(st, i)) }
	*x = transAtoms{
		{s0.ti}, {s1.ti}, {b0.ti}, {a(c.b1).ti}, {a(c.b2).ti}, {a(c.s2).ti},
		{s0.ci}, {s1.ci}, {b0.ci}, {a(c.b1).ci},
		{a(c.s1r1).ti},
		{s0.ti, b0.ti}, {b0.ti, a(c.b1).ti}, {s0.ti, s1.ti},
		{s0.ti, d}, {b0.ti, d},
		{s0.ti, v(st.nr, c.s0)}, {s0.ti, v(st.nl, c.s0)}, {b0.ti, v(st.nl, c.b0)},
		{s1.ti, v(st.nr, c.s1)}, {s1.ti, v(st.nl, c.s1)},
		{a(c.s0l1).ti}, {L(c.s0l1)}, {a(c.s0r1).ti}, {L(c.s0r1)},
		{a(c.b0l1).ti}, {L(c.b0l1)}, {a(c.s1l1).ti, L(c.s1l1)}, {L(c.s1r1)},
		{a(c.s0l2).ti}, {L(c.s0l2)}, {a(c.s0r2).ti}, {L(c.s0r2)},
		{a(c.b0l2).ti, L(c.b0l2)},
	}
}

// hashedParseFeatures appends the transition features that are always
// hashed: those over words, suffixes, label sets and three atoms.
func hashedParseFeatures(st *pstate, c *context, at []patom, out []uint64) []uint64 {
	a := func(i int32) *patom { return &at[pos(st, i)] }
	s0, s1, s2, b0, b1, b2 := a(c.s0), a(c.s1), a(c.s2), a(c.b0), a(c.b1), a(c.b2)
	out = append(out,
		f1(1, s0.w), f2(3, s0.w, s0.t),
		f1(4, s1.w), f2(6, s1.w, s1.t),
		f1(7, b0.w), f2(9, b0.w, b0.t),
		f1(10, b1.w), f2(12, b1.w, b1.t),
		f1(13, b2.w), f2(16, s2.w, s2.t),
		f3(21, s0.w, s0.t, f2(0, b0.w, b0.t)), f3(22, s0.w, s0.t, b0.w), f3(23, s0.w, b0.w, b0.t),
		f3(24, s0.w, s0.t, b0.t), f2(26, s0.w, b0.w), f2(30, s0.w, s1.w),
		f3(33, s0.w, s0.t, s1.t), f3(34, s0.t, s1.w, s1.t),
		f2(104, s0.c, b0.w), f3(110, s1.w, s0.t, b0.t), f3(111, s1.t, s0.w, b0.t),
		f3(51, s0.w, b0.w, dist(c.s0, c.b0)), f1(74, a(c.s1r1).w), f3(25, s0.t, b0.w, b0.t),
		f2(31, s0.w, s1.t), f2(32, s0.t, s1.w),
		f3(35, b0.t, b1.t, b2.t), f3(36, s0.t, b0.t, b1.t), f3(37, s1.t, s0.t, b0.t),
		f3(45, s2.t, s1.t, s0.t),
		f3(95, s0.c, b0.c, 0), f2(96, s0.c, b0.t), f2(97, s0.t, b0.c), f2(98, s1.c, s0.c),
		f2(99, s1.t, s0.c), f2(100, s1.c, s0.t), f2(101, b0.c, b1.t), f3(102, s0.k, b0.k, b1.k),
		f2(103, s0.w, b0.c),
		f2(106, b0.w, b1.w), f2(107, b0.w, b1.t), f2(108, b0.t, b1.w),
		f3(109, s0.w, b0.t, b1.t),
		f2(112, s0.s, b0.t), f2(113, s0.t, b0.s),
	)
	return hashedChildFeatures(st, c, at, out)
}

// hashedChildFeatures appends the hashed features of distances, children
// and label sets.
func hashedChildFeatures(st *pstate, c *context, at []patom, out []uint64) []uint64 {
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
		f2(47, s0.w, d), f2(49, b0.w, d),
		f3(52, s0.t, b0.t, d), f3(53, s1.t, s0.t, d2),
		f2(54, s1.w, d2), f2(55, s0.w, d2),
		f2(56, s0.w, vr(c.s0)), f2(58, s0.w, vl(c.s0)), f2(60, b0.w, vl(c.b0)),
		f1(64, s0l1.w), f1(67, s0r1.w), f1(70, b0l1.w),
		f1(77, s0l2.w), f1(80, s0r2.w),
		f3(84, s0.t, s0l1.t, s0l2.t), f3(85, s0.t, s0r1.t, s0r2.t),
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
