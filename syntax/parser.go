package syntax

// parser is a greedy arc-hybrid dependency parser: one linear model picks
// the transition, a second one labels each arc as it is made.
type parser struct {
	labels []string
	root   int    // index of "root" in labels
	trans  *table // numActs classes
	label  *table // len(labels) classes
}

// parseScratch is per-call working memory for parsing one sentence.
type parseScratch struct {
	st     pstate
	atoms  []patom
	feats  []uint64
	scores scoreBuf
}

// parse fills sc.st with the parse of one tagged sentence.
func (p *parser) parse(lx []lexeme, tags []int32, sc *parseScratch) {
	st := &sc.st
	st.reset(len(lx))
	sc.atoms = makeAtoms(lx, tags, sc.atoms)
	for !st.done() {
		act := st.forced()
		if act < 0 {
			sc.feats = parseFeatures(st, sc.atoms, sc.feats[:0])
			clear(sc.scores[:numActs])
			p.trans.score(sc.feats, &sc.scores)
			act = bestAction(st, &sc.scores)
		}
		label := int32(-1)
		if act != actShift {
			label = p.bestLabel(st, sc, act)
		}
		st.apply(act, label)
	}
}

func (p *parser) bestLabel(st *pstate, sc *parseScratch, act int) int32 {
	if act == actRight && st.s(1) == 0 {
		return int32(p.root) // the only label of an arc from the root
	}
	sc.feats = labelFeatures(st, sc.atoms, act, sc.feats[:0])
	clear(sc.scores[:len(p.labels)])
	p.label.score(sc.feats, &sc.scores)
	return int32(argmax(sc.scores[:len(p.labels)], p.root))
}

// bestAction returns the valid action with the highest score.
func bestAction(st *pstate, scores *scoreBuf) int {
	best := -1
	for a := range numActs {
		if st.valid(a) && (best < 0 || scores[a] > scores[best]) {
			best = a
		}
	}
	return best
}
