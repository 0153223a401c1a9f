package syntax

import (
	"fmt"
	"sort"
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
	suf := make([]uint64, 0, len(lm.suffix))
	for k := range lm.suffix {
		suf = append(suf, k)
	}
	sort.Slice(suf, func(i, j int) bool { return suf[i] < suf[j] })
	e.uvarint(uint64(len(suf)))
	for _, k := range suf {
		e.u64(k)
		e.uvarint(uint64(lm.suffix[k][0]))
		e.uvarint(uint64(lm.suffix[k][1]))
	}
	words := make([]uint64, 0, len(lm.words))
	for k := range lm.words {
		words = append(words, k)
	}
	sort.Slice(words, func(i, j int) bool { return words[i] < words[j] })
	e.uvarint(uint64(len(words)))
	for _, k := range words {
		e.u64(k)
	}
}

func sortedKeys(m map[uint64]uint32) []uint64 {
	keys := make([]uint64, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
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
