package syntax

import "fmt"

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
	// direct holds the slots of the transDirect templates (set by
	// prepare, when the model is loaded).
	direct *directTable
}

// parseScratch is per-call working memory for parsing one sentence.
type parseScratch struct {
	st     pstate
	atoms  []patom
	feats  []uint64
	direct transAtoms
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
			p.scoreTransitions(st, sc)
			act = bestAction(st, &sc.scores)
		}
		label := int32(-1)
		if act != actShift {
			label = p.bestLabel(st, sc, act)
		}
		st.apply(act, label)
	}
}

// scoreTransitions sets sc.scores to the transition scores of st: the
// hashed features from the table, the direct ones from their arrays.
func (p *parser) scoreTransitions(st *pstate, sc *parseScratch) {
	c := st.context()
	sc.feats = hashedParseFeatures(st, &c, sc.atoms, sc.feats[:0])
	directParseAtoms(st, &c, sc.atoms, &sc.direct)
	clear(sc.scores[:numActs])
	p.trans.score(sc.feats, &sc.scores)
	p.direct.score(sc.direct[:], &sc.scores)
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

// prepare readies a loaded parser: the direct transition features for a
// tag set of len(upos) tags and nmid mid-level clusters, and the labels of
// punctuation from the tagger's UPOS of each joint tag.
func (p *parser) prepare(upos []string, nmid int) error {
	if len(p.labels) > noLabel {
		return fmt.Errorf("%d arc labels, at most %d", len(p.labels), noLabel)
	}
	var err error
	if p.direct, err = newDirectTable(p.trans, transDirect[:], newDomains(len(upos), nmid)); err != nil {
		return err
	}
	p.markPunct(upos)
	return nil
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
