package syntax

import (
	"errors"
	"math/rand/v2"
	"runtime"
	"sort"
	"sync"
)

// parseTrainConfig holds the parser's training settings.
type parseTrainConfig struct {
	Epochs      int
	Seed        uint64
	Models      int     // parsers trained with seeds Seed, Seed+1, ... and averaged
	ExploreFrom int     // first epoch (0-based) that follows the model's own mistakes
	ExploreProb float64 // chance of following the model's choice from then on
	Prune       pruning // what the final transition table leaves out
	LabelPrune  pruning // what the final label table leaves out
}

var defaultParseConfig = parseTrainConfig{Epochs: 16, Seed: 1, Models: 3, ExploreFrom: 1, ExploreProb: 0.9, Prune: pruning{MinSeen: 8}, LabelPrune: pruning{MinSeen: 8, MinQuanta: 3}}

// parseExample is one training sentence: lexemes, training tags (predicted
// by a tagger that did not see the sentence), projective gold heads and
// label ids.
type parseExample struct {
	lx     []lexeme
	tags   []int32
	heads  []int32
	labels []int32
}

// labelSet returns the dependency labels of sents, sorted.
func labelSet(sents []*goldSent) []string {
	seen := map[string]bool{}
	for _, s := range sents {
		for _, r := range s.rels {
			seen[r] = true
		}
	}
	var out []string
	for r := range seen {
		out = append(out, r)
	}
	sort.Strings(out)
	return out
}

// parseTrainer holds the models and scratch space while training.
type parseTrainer struct {
	cfg    parseTrainConfig
	labels []string
	trans  *perceptron
	label  *perceptron
	rng    *rand.Rand
	st     pstate
	or     oracle
	atoms  []patom
	feats  []uint64
	lfeats []uint64
	scores []float32
}

// trainParser trains cfg.Models parsers, each with its own seed (which
// orders the sentences and picks the explored mistakes), on as many
// cores as there are, and averages their weights: the average makes
// fewer mistakes than any one of them and costs nothing when parsing.
func trainParser(exs []*parseExample, labels []string, cfg parseTrainConfig) (*parser, error) {
	n := max(cfg.Models, 1)
	trans, label := make([][]sparseRow, n), make([][]sparseRow, n)
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for i := range n {
		c := cfg
		c.Seed += uint64(i)
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			trans[i], label[i] = trainParserRows(exs, labels, c)
		})
	}
	wg.Wait()
	return buildParser(labels, meanRows(trans), meanRows(label), cfg.Prune, cfg.LabelPrune)
}

// buildParser makes a parser from trained weights.
func buildParser(labels []string, trans, label []sparseRow, pr, labelPr pruning) (*parser, error) {
	p := &parser{labels: labels, root: indexOf(labels, "root")}
	if p.root < 0 {
		return nil, errors.New("no root label in the training data")
	}
	var err error
	if p.trans, err = buildTable(trans, numActs, pr); err != nil {
		return nil, err
	}
	if p.label, err = buildTable(label, len(labels), labelPr); err != nil {
		return nil, err
	}
	return p, nil
}

// trainParserRows trains and returns the averaged transition and label
// weights.
func trainParserRows(exs []*parseExample, labels []string, cfg parseTrainConfig) (trans, label []sparseRow) {
	tr := &parseTrainer{
		cfg: cfg, labels: labels,
		trans: newPerceptron(numActs), label: newPerceptron(len(labels)),
		rng:    rand.New(rand.NewPCG(cfg.Seed, 0x9a7)),
		scores: make([]float32, max(len(labels), numActs)),
	}
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	for epoch := range cfg.Epochs {
		tr.rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			tr.sentence(exs[i], epoch >= cfg.ExploreFrom)
		}
	}
	return tr.trans.averaged(), tr.label.averaged()
}

// sentence trains on one example with the dynamic oracle.
func (tr *parseTrainer) sentence(ex *parseExample, explore bool) {
	st := &tr.st
	st.reset(len(ex.lx))
	tr.or.reset(ex.heads)
	tr.atoms = makeAtoms(ex.lx, ex.tags, tr.atoms)
	var costs [numActs]int
	for !st.done() {
		tr.feats = parseFeatures(st, tr.atoms, tr.feats[:0])
		scores := tr.scores[:numActs]
		tr.trans.score(tr.feats, scores)
		tr.or.sync(st)
		pred, gold := -1, -1
		minCost := 1 << 30
		for a := range numActs {
			if !st.valid(a) {
				continue
			}
			costs[a] = tr.or.cost(st, a)
			minCost = min(minCost, costs[a])
			if pred < 0 || scores[a] > scores[pred] {
				pred = a
			}
		}
		for a := range numActs {
			if st.valid(a) && costs[a] == minCost && (gold < 0 || scores[a] > scores[gold]) {
				gold = a
			}
		}
		if costs[pred] > minCost {
			tr.trans.update(tr.feats, gold, 1)
			tr.trans.update(tr.feats, pred, -1)
		}
		tr.trans.tick()
		next := gold
		if explore && tr.rng.Float64() < tr.cfg.ExploreProb {
			next = pred
		}
		label := int32(-1)
		if next != actShift {
			label = tr.trainLabel(ex, next)
		}
		st.apply(next, label)
	}
}

// trainLabel updates the label model for the arc that action act adds,
// when that arc is in the gold tree, and returns the label to use.
func (tr *parseTrainer) trainLabel(ex *parseExample, act int) int32 {
	st := &tr.st
	dep, head := st.s(0), st.head(act)
	tr.lfeats = labelFeatures(st, tr.atoms, act, tr.lfeats[:0])
	scores := tr.scores[:len(tr.labels)]
	tr.label.score(tr.lfeats, scores)
	toRoot := act == actRight && st.s(1) == 0
	pred := -1
	for l := range scores {
		if (tr.labels[l] == "root") == toRoot && (pred < 0 || scores[l] > scores[pred]) {
			pred = l
		}
	}
	if ex.heads[dep-1] != head {
		return int32(pred)
	}
	gold := int(ex.labels[dep-1])
	if pred != gold {
		tr.label.update(tr.lfeats, gold, 1)
		tr.label.update(tr.lfeats, pred, -1)
	}
	tr.label.tick()
	return int32(gold)
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}
