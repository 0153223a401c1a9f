package syntax

import (
	"errors"
	"fmt"
	"math"
	"sort"
)

// table holds the weights of a trained linear model in a compact form made
// for fast scoring: an open-addressing hash table of 8-byte slots with
// linear probing. A feature's home slot comes from the low 32 bits of its
// hash (scaled to the table size, so any size works and the table can be
// kept about 60 % full); probes run forward into a short tail, never
// wrapping. A slot packs a 16-bit fingerprint (never 0) from the top bits
// of the hash with either
//
//   - inline weights, when the model has at most three classes: three
//     int16 weights, so a lookup touches one cache line; or
//   - an entry count (8 bits) and offset (24 bits) into ent, whose
//     entries are class<<16 | uint16(weight).
//
// Weights are int16 with one scale per table; scores accumulate in int32.
// Classes and features whose weights round to zero take no space.
type table struct {
	slots  []uint64 // home range n, then the probe tail
	n      uint64   // number of home slots
	ent    []uint32
	nclass int
	inline bool
	scale  float32 // weight = int16 / scale
}

const (
	maxInline  = 3
	maxEntries = 1 << 24
	probeTail  = 256 // slots after the home range
	loadFactor = 0.6
)

func fingerprint(f uint64) uint64 { return f>>48 | 1 }

func (t *table) home(f uint64) uint64 { return (f & 0xffffffff) * t.n >> 32 }

// find returns the slot of feature f and whether it is present.
func (t *table) find(f uint64) (uint64, bool) {
	fp := fingerprint(f)
	slots := t.slots
	for i := t.home(f); i < uint64(len(slots)); i++ {
		s := slots[i]
		if s&0xffff == fp {
			return s, true
		}
		if s == 0 {
			break
		}
	}
	return 0, false
}

// score adds the weights of feats to scores (len nclass). It first finds
// every feature's slot, then adds the weights, so that the memory loads of
// different features do not wait on each other.
func (t *table) score(feats []uint64, scores []int32) {
	var found [128]uint64
	for start := 0; start < len(feats); start += len(found) {
		chunk := feats[start:min(start+len(found), len(feats))]
		nf := 0
		for _, f := range chunk {
			if s, ok := t.find(f); ok {
				found[nf] = s
				nf++
			}
		}
		if t.inline {
			addInline(found[:nf], scores)
		} else {
			t.addEntries(found[:nf], scores)
		}
	}
}

func addInline(found []uint64, scores []int32) {
	_ = scores[maxInline-1]
	for _, s := range found {
		scores[0] += int32(int16(s >> 16))
		scores[1] += int32(int16(s >> 32))
		scores[2] += int32(int16(s >> 48))
	}
}

func (t *table) addEntries(found []uint64, scores []int32) {
	ent := t.ent
	for _, s := range found {
		n, off := (s>>16)&0xff, s>>24
		for _, e := range ent[off : off+n] {
			scores[e>>16] += int32(int16(e))
		}
	}
}

// argmax returns the best class among those allowed (nil allows all).
func argmax(scores []int32, allowed func(int) bool) int {
	best, bi := int32(math.MinInt32), -1
	for c, s := range scores {
		if s > best && (allowed == nil || allowed(c)) {
			best, bi = s, c
		}
	}
	return bi
}

// sparseRow is the trained weights of one feature: classes with weights.
type sparseRow struct {
	feat    uint64
	classes []uint16
	weights []float32
}

// buildTable quantises rows into a table. Weights that round to fewer than
// minQ quanta (at least 1) are dropped, and so are features left empty.
func buildTable(rows []sparseRow, nclass int, minQ int) (*table, error) {
	if nclass > 1<<16 || nclass < 1 {
		return nil, fmt.Errorf("bad number of classes: %d", nclass)
	}
	var maxAbs float32
	for _, r := range rows {
		for _, w := range r.weights {
			maxAbs = max(maxAbs, float32(math.Abs(float64(w))))
		}
	}
	scale := float32(1)
	if maxAbs > 0 {
		scale = 32000 / maxAbs
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].feat < rows[j].feat })
	t := &table{nclass: nclass, scale: scale, inline: nclass <= maxInline}
	var kept []quantRow
	for _, r := range rows {
		q := quantRow{feat: r.feat}
		for i, c := range r.classes {
			w := math.Round(float64(r.weights[i] * scale))
			if math.Abs(w) >= float64(max(minQ, 1)) {
				q.ent = append(q.ent, uint32(c)<<16|uint32(uint16(int16(w))))
			}
		}
		if len(q.ent) > 0 {
			kept = append(kept, q)
		}
	}
	return t, t.fill(kept)
}

// quantRow is one feature's quantised entries.
type quantRow struct {
	feat uint64
	ent  []uint32
}

// fill sizes the table for rows and inserts them, growing it in the rare
// case that a probe would run past the tail.
func (t *table) fill(rows []quantRow) error {
	n := uint64(float64(len(rows))/loadFactor) + 1
	for {
		t.n = n
		t.slots = make([]uint64, n+probeTail)
		t.ent = t.ent[:0]
		ok := true
		for _, r := range rows {
			s, err := t.slotFor(r.ent)
			if err != nil {
				return err
			}
			if !t.insert(r.feat, s) {
				ok = false
				break
			}
		}
		if ok {
			t.orderEntries()
			return nil
		}
		n = n * 5 / 4
	}
}

// orderEntries lays the entries out in slot order, the order the file
// stores them in, so a table read back equals the one written.
func (t *table) orderEntries() {
	if t.inline {
		return
	}
	ent := make([]uint32, 0, len(t.ent))
	for i, s := range t.slots {
		if s == 0 {
			continue
		}
		n, off := (s>>16)&0xff, s>>24
		t.slots[i] = s&0xffffff | uint64(len(ent))<<24
		ent = append(ent, t.ent[off:off+n]...)
	}
	t.ent = ent
}

// slotFor packs a row's entries into a slot (without the fingerprint),
// appending to t.ent when the table is not inline.
func (t *table) slotFor(ent []uint32) (uint64, error) {
	if t.inline {
		var s uint64
		for _, e := range ent {
			s |= uint64(uint16(e)) << (16 * (e>>16 + 1))
		}
		return s, nil
	}
	if len(ent) > 255 {
		return 0, errors.New("feature with more than 255 classes")
	}
	off := len(t.ent)
	if off+len(ent) >= maxEntries {
		return 0, fmt.Errorf("model too large: over %d weights", maxEntries)
	}
	t.ent = append(t.ent, ent...)
	return uint64(len(ent))<<16 | uint64(off)<<24, nil
}

// insert puts a feature's slot into the first free place from its home
// slot on and reports false when the probe tail is exhausted. A
// fingerprint clash on the way keeps the first feature (rare, and harmless
// for scoring).
func (t *table) insert(f uint64, s uint64) bool {
	fp := fingerprint(f)
	for i := t.home(f); i < uint64(len(t.slots)); i++ {
		switch old := t.slots[i]; {
		case old&0xffff == fp:
			return true
		case old == 0:
			t.slots[i] = s | fp
			return true
		}
	}
	return false
}

// features returns the number of stored features.
func (t *table) features() int {
	n := 0
	for _, s := range t.slots {
		if s != 0 {
			n++
		}
	}
	return n
}

// weights returns the number of stored weights.
func (t *table) weights() int {
	if !t.inline {
		return len(t.ent)
	}
	n := 0
	for _, s := range t.slots {
		for k := 1; k <= maxInline; k++ {
			if s != 0 && int16(s>>(16*k)) != 0 {
				n++
			}
		}
	}
	return n
}
