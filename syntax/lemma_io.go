package syntax

import (
	"fmt"
	"maps"
	"slices"
)

func writeLemmatizer(e *encoder, lm *lemmatizer) {
	e.uvarint(uint64(len(lm.rules)))
	for _, r := range lm.rules {
		flag := uint64(0)
		if r.lower {
			flag = 1
		}
		e.uvarint(flag)
		e.uvarint(uint64(r.cut))
		e.str(r.add)
	}
	seen := sortedKeys(lm.seen)
	e.uvarint(uint64(len(seen)))
	for _, k := range seen {
		e.u64(k)
		e.uvarint(uint64(lm.seen[k]))
	}
	suf := sortedKeys(lm.suffix)
	e.uvarint(uint64(len(suf)))
	for _, k := range suf {
		e.u64(k)
		e.uvarint(uint64(lm.suffix[k][0]))
		e.uvarint(uint64(lm.suffix[k][1]))
	}
	words := sortedKeys(lm.words)
	e.uvarint(uint64(len(words)))
	for _, k := range words {
		e.u64(k)
	}
}

// sortedKeys returns the keys of m in increasing order, so that a model
// file is the same whatever the order of map iteration.
func sortedKeys[V any](m map[uint64]V) []uint64 {
	return slices.Sorted(maps.Keys(m))
}

func readLemmatizer(d *decoder) (*lemmatizer, error) {
	lm := &lemmatizer{}
	n := d.length(1 << 20)
	for range n {
		lower := d.count(1) == 1
		cut := d.count(1 << 16)
		lm.rules = append(lm.rules, lemmaRule{lower: lower, cut: cut, add: d.str()})
	}
	nr := len(lm.rules)
	n = d.length(1 << 24)
	lm.seen = make(map[uint64]uint32, n)
	for range n {
		k := d.u64()
		lm.seen[k] = uint32(d.count(nr - 1))
	}
	n = d.length(1 << 24)
	lm.suffix = make(map[uint64][2]uint32, n)
	for range n {
		k := d.u64()
		lm.suffix[k] = [2]uint32{uint32(d.count(nr)), uint32(d.count(nr))}
	}
	n = d.length(1 << 24)
	lm.words = make(map[uint64]bool, n)
	for range n {
		lm.words[d.u64()] = true
	}
	if d.err == nil && nr == 0 {
		return nil, fmt.Errorf("%w: no lemma rules", errCorrupt)
	}
	return lm, d.err
}
