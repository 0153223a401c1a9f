package syntax

// parser is a greedy arc-hybrid dependency parser: one linear model picks
// the transition, a second one labels each arc as it is made.
type parser struct {
	labels []string
	trans  *table // numActs classes
	label  *table // len(labels) classes
}

// parseScratch is per-call working memory for parsing one sentence.
type parseScratch struct {
	st     pstate
	atoms  []patom
	feats  []uint64
	scores []int32
}

// parse fills sc.st with the parse of one tagged sentence.
func (p *parser) parse(lx []lexeme, tags []int32, sc *parseScratch) {
	st := &sc.st
	st.reset(len(lx))
	sc.atoms = makeAtoms(lx, tags, sc.atoms)
	if cap(sc.scores) < len(p.labels)+numActs {
		sc.scores = make([]int32, len(p.labels)+numActs)
	}
	for !st.done() {
		sc.feats = parseFeatures(st, sc.atoms, sc.feats[:0])
		scores := sc.scores[:numActs]
		clear(scores)
		p.trans.score(sc.feats, scores)
		act := argmax(scores, st.valid)
		label := int32(-1)
		if act != actShift {
			label = p.bestLabel(st, sc, act)
		}
		st.apply(act, label)
	}
}

func (p *parser) bestLabel(st *pstate, sc *parseScratch, act int) int32 {
	sc.feats = labelFeatures(st, sc.atoms, act, sc.feats[:0])
	scores := sc.scores[:len(p.labels)]
	clear(scores)
	p.label.score(sc.feats, scores)
	allowed := func(l int) bool { return p.allowLabel(st, act, l) }
	return int32(argmax(scores, allowed))
}

// allowLabel keeps "root" for arcs from the root and only for them.
func (p *parser) allowLabel(st *pstate, act int, l int) bool {
	toRoot := act == actRight && st.s(1) == 0
	return (p.labels[l] == "root") == toRoot
}
