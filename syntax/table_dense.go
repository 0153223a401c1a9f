package syntax

// Dense rows. A feature with weights for many classes (the tagger's bias,
// frequent suffixes, the label model's direction features) costs one
// scattered add per entry. Such rows are kept a second way, dense: a byte
// per class holding weight+128 (1 to 255; 128 for a class without
// weight), eight classes to a 64-bit word. Adding a dense row spreads
// each word's even and odd bytes into the 16-bit lanes of two sums, four
// classes to a word: a few 64-bit operations per eight classes. No lane
// carries into the next as long as fewer than 257 rows are summed
// (257 × 255 > 65535), so the lanes are exact and the scores the same as
// from the entries.
//
// A dense slot keeps its fingerprint, has entry count 0 (which a stored
// slot never has) and the offset of its row in dense: the row's first
// word is the slot as stored (so the table writes and counts as before),
// the lanes follow.

// denseBias is the offset added to every weight in a dense lane.
const denseBias = 128

// maxDenseRows is how many dense rows may be summed before the lanes are
// moved into the scores.
const maxDenseRows = 256

// denseWords returns the number of 64-bit words of a dense row.
func denseWords(nclass int) int { return (nclass + 7) / 8 }

// denseMin is the number of entries above which a row is made dense: an
// eighth of the classes (11 of the tagger's 88), which measured fastest
// against a sixteenth and a quarter.
func denseMin(nclass int) int { return (nclass + 3) / 8 }

// laneMask selects the even bytes of a word as 16-bit lanes.
const laneMask = 0x00ff00ff00ff00ff

// densify gives every entry row with more than minEntries entries a dense
// copy and points its slot at it. It is a no-op on inline tables.
func (t *table) densify(minEntries int) {
	if t.inline || t.dense != nil {
		return
	}
	long := func(s uint64) bool {
		n := int((s >> 16) & 0xff)
		return s != 0 && n > 2 && n > minEntries
	}
	nw := denseWords(t.nclass)
	rows := 0
	for _, s := range t.slots {
		if long(s) {
			rows++
		}
	}
	t.nw = nw
	t.dense = make([]uint64, rows*(nw+1))
	off := 0
	for i, s := range t.slots {
		if !long(s) {
			continue
		}
		t.dense[off] = s
		row := t.dense[off+1 : off+1+nw]
		for k := range row {
			row[k] = denseBias * 0x0101010101010101
		}
		base := s >> 32
		for _, e := range t.ent[base : base+(s>>16)&0xff] {
			c := uint(e >> 8)
			b := 8 * (c & 7)
			row[c>>3] = row[c>>3]&^(0xff<<b) | uint64(int64(int8(e))+denseBias)<<b
		}
		t.slots[i] = s&0xffff | uint64(off)<<32
		off += nw + 1
	}
}

// stored returns slot i as the model file stores it.
func (t *table) stored(i int) uint64 {
	s := t.slots[i]
	if s != 0 && (s>>16)&0xff == 0 {
		return t.dense[s>>32]
	}
	return s
}

// denseAcc sums dense rows: even holds the classes 8k, 8k+2, 8k+4, 8k+6
// in the 16-bit lanes of word k, odd the classes between.
type denseAcc struct {
	even, odd [maxClasses / 8]uint64
	rows      int
}

// add adds the row at off (its stored slot word first).
func (a *denseAcc) add(dense []uint64, off uint64, nw int) {
	row := dense[off+1 : off+1+uint64(nw)]
	for k, w := range row {
		a.even[k&(len(a.even)-1)] += w & laneMask
		a.odd[k&(len(a.odd)-1)] += w >> 8 & laneMask
	}
	a.rows++
}

// flush moves the sums into scores and empties the lanes.
func (a *denseAcc) flush(scores *scoreBuf, nclass, nw int) {
	if a.rows == 0 {
		return
	}
	bias := int32(denseBias * a.rows)
	for c := range nclass {
		w := a.even[(c>>3)&(len(a.even)-1)]
		if c&1 != 0 {
			w = a.odd[(c>>3)&(len(a.odd)-1)]
		}
		v := int32(w>>(16*((c&7)>>1))) & 0xffff
		scores[uint8(c)] += v - bias
	}
	clear(a.even[:nw])
	clear(a.odd[:nw])
	a.rows = 0
}
