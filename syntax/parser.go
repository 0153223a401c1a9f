package syntax

// parser is a greedy arc-hybrid dependency parser: one linear model picks
// the transition, a second one labels each arc as it is made.
type parser struct {
	labels []string
	root   int    // index of "root" in labels
	trans  *table // numActs classes
	label  *table // len(labels) classes
	// punct is the index of "punct" in labels (-1 when there is none)
	// and punctTags marks the joint tags whose UPOS is PUNCT: an arc to
	// punctuation is labelled punct without scoring (in the training
	// treebank every PUNCT word but a lone root is punct).
	punct     int32
	punctTags []bool
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
	if t := sc.atoms[st.s(0)].t - 100; p.punct >= 0 && t < uint64(len(p.punctTags)) && p.punctTags[t] {
		return p.punct
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

// markPunct sets p.punct and p.punctTags from the tagger's UPOS of each
// joint tag.
func (p *parser) markPunct(upos []string) {
	p.punct = int32(indexOf(p.labels, "punct"))
	p.punctTags = make([]bool, len(upos))
	for i, u := range upos {
		p.punctTags[i] = u == "PUNCT"
	}
}
