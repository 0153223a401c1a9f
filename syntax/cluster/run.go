package cluster

import "errors"

// state is the class bigram model being optimised.
type state struct {
	c      int
	class  []int32 // word -> class; class 0 holds only the boundary
	n, nt  []int64 // class bigram counts n[a*c+b] and transpose
	nl, nr []int64 // class counts as left / right element
	adj    *adjacency
	g      xlogx
	lw, rw []int64 // per-word scratch: counts by neighbouring class
	lt, rt []int32 // touched classes
}

// Exchange clusters the words of sents (each a sentence of tokens).
func Exchange(sents [][]string, cfg Config) (*Result, error) {
	if cfg.Classes < 2 {
		return nil, errors.New("cluster: need at least 2 classes")
	}
	words, ids := vocabulary(sents, max(cfg.MinCount, 1))
	if len(words) < 2 {
		return nil, errors.New("cluster: no words to cluster")
	}
	c := cfg.Classes + 1 // class 0 is the boundary
	st := &state{
		c: c, class: make([]int32, len(words)),
		n: make([]int64, c*c), nt: make([]int64, c*c),
		nl: make([]int64, c), nr: make([]int64, c),
		adj: bigrams(sents, ids, len(words)), g: newXlogx(1 << 20),
		lw: make([]int64, c), rw: make([]int64, c),
	}
	for w := 1; w < len(words); w++ {
		st.class[w] = int32((w-1)%cfg.Classes + 1)
	}
	st.fill()
	res := &Result{Words: words[1:]}
	for pass := 0; pass < max(cfg.MaxIter, 1); pass++ {
		moved := 0
		for w := 1; w < len(words); w++ {
			if st.improve(int32(w)) {
				moved++
			}
		}
		res.Passes = pass + 1
		if float64(moved) < cfg.MinMoved*float64(len(words)-1) {
			break
		}
	}
	res.Objective = st.objective()
	for w := 1; w < len(words); w++ {
		res.Class = append(res.Class, int(st.class[w])-1)
	}
	return res, nil
}

// fill computes the class counts from the word bigrams.
func (st *state) fill() {
	a := st.adj
	for w := range st.class {
		cw := int(st.class[w])
		for _, e := range a.succ[a.succOff[w]:a.succOff[w+1]] {
			cu := int(st.class[e.word])
			st.n[cw*st.c+cu] += e.count
			st.nt[cu*st.c+cw] += e.count
		}
		st.nl[cw] += a.leftCount[w]
		st.nr[cw] += a.rightCount[w]
	}
}

func (st *state) objective() float64 {
	f := 0.0
	for _, x := range st.n {
		f += st.g.g(x)
	}
	for i := range st.nl {
		f -= st.g.g(st.nl[i]) + st.g.g(st.nr[i])
	}
	return f
}
