package cluster

import (
	"math"
	"sort"
)

// Config sets the size and effort of a clustering.
type Config struct {
	Classes  int // number of classes (at least 2)
	MinCount int // words seen fewer times are left out
	MaxIter  int // passes over the vocabulary at most
	// MinMoved stops early when a pass moves fewer than this share of
	// the words (e.g. 0.002).
	MinMoved float64
}

// Result maps each clustered word to its class.
type Result struct {
	Words     []string // by descending frequency
	Class     []int    // class of Words[i], in 0..Classes-1
	Passes    int
	Objective float64
}

// Map returns the result as a map from word to class.
func (r *Result) Map() map[string]int {
	m := make(map[string]int, len(r.Words))
	for i, w := range r.Words {
		m[w] = r.Class[i]
	}
	return m
}

// vocabulary builds word ids by descending count (ties by spelling); id 0
// is the sentence boundary, and words under minCount are dropped.
func vocabulary(sents [][]string, minCount int) ([]string, map[string]int32) {
	count := map[string]int{}
	for _, s := range sents {
		for _, w := range s {
			count[w]++
		}
	}
	var words []string
	for w, n := range count {
		if n >= minCount {
			words = append(words, w)
		}
	}
	sort.Slice(words, func(i, j int) bool {
		a, b := count[words[i]], count[words[j]]
		if a != b {
			return a > b
		}
		return words[i] < words[j]
	})
	words = append([]string{""}, words...)
	ids := make(map[string]int32, len(words))
	for i, w := range words[1:] {
		ids[w] = int32(i + 1)
	}
	return words, ids
}

// adjacency lists every word's successors and predecessors with counts.
type adjacency struct {
	succOff, predOff []int32
	succ, pred       []edge
	leftCount        []int64 // times each word is the left element of a bigram
	rightCount       []int64 // times each word is the right element
}

type edge struct {
	word  int32
	count int64
}

// bigrams counts word bigrams; a dropped word splits the sentence like a
// boundary, so that no bigram spans it.
func bigrams(sents [][]string, ids map[string]int32, n int) *adjacency {
	pairs := map[uint64]int64{}
	for _, s := range sents {
		prev := int32(0)
		for _, w := range s {
			id, ok := ids[w]
			if !ok {
				id = 0
			}
			if !(prev == 0 && id == 0) {
				pairs[uint64(prev)<<32|uint64(id)]++
			}
			prev = id
		}
		if prev != 0 {
			pairs[uint64(prev)<<32]++
		}
	}
	keys := make([]uint64, 0, len(pairs))
	for k := range pairs {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	a := &adjacency{leftCount: make([]int64, n), rightCount: make([]int64, n)}
	succ := make([][]edge, n)
	pred := make([][]edge, n)
	for _, k := range keys {
		l, r, c := int32(k>>32), int32(k&0xffffffff), pairs[k]
		succ[l] = append(succ[l], edge{r, c})
		pred[r] = append(pred[r], edge{l, c})
		a.leftCount[l] += c
		a.rightCount[r] += c
	}
	a.succOff, a.succ = flatten(succ)
	a.predOff, a.pred = flatten(pred)
	return a
}

func flatten(lists [][]edge) ([]int32, []edge) {
	off := make([]int32, len(lists)+1)
	var all []edge
	for i, l := range lists {
		off[i] = int32(len(all))
		all = append(all, l...)
	}
	off[len(lists)] = int32(len(all))
	return off, all
}

// xlogx is x*log(x), from a table for small x.
type xlogx []float64

func newXlogx(n int) xlogx {
	t := make(xlogx, n)
	for i := 1; i < n; i++ {
		t[i] = float64(i) * math.Log(float64(i))
	}
	return t
}

func (t xlogx) g(x int64) float64 {
	if x < int64(len(t)) {
		return t[x]
	}
	return float64(x) * math.Log(float64(x))
}
