package syntax

import (
	"encoding/binary"
	"math/bits"
)

// writeTable stores a table: its header, a bitmap of the used slots, the
// used slots in order (little-endian) and, for entry tables, the entry
// array. Empty slots cost one bit.
func writeTable(e *encoder, t *table) {
	e.uvarint(uint64(t.nclass))
	e.f32(t.scale)
	e.uvarint(t.n)
	e.uvarint(uint64(len(t.ent)))
	size := int(t.n) + probeTail
	used := make([]byte, (size+7)/8)
	var packed []byte
	for i := range size {
		if t.inline && t.islots[i] != 0 {
			used[i/8] |= 1 << (i % 8)
			packed = binary.LittleEndian.AppendUint32(packed, t.islots[i])
		}
		if !t.inline && t.slots[i] != 0 {
			used[i/8] |= 1 << (i % 8)
			packed = binary.LittleEndian.AppendUint64(packed, t.stored(i))
		}
	}
	e.write(used)
	e.write(packed)
	ent := make([]byte, 0, 2*len(t.ent))
	for _, x := range t.ent {
		ent = binary.LittleEndian.AppendUint16(ent, x)
	}
	e.write(ent)
}

func readTable(d *decoder) (*table, error) {
	t := &table{nclass: d.count(maxClasses), scale: d.f32()}
	t.inline = t.nclass <= maxInline
	t.n = uint64(d.count(1 << 28))
	nent := d.count(1 << 30)
	if d.err == nil && (t.nclass == 0 || t.n == 0 || t.inline && nent != 0) {
		d.fail("bad table header")
	}
	size := int(t.n) + probeTail
	used := d.take((size + 7) / 8)
	if d.r != nil {
		used = append([]byte(nil), used...) // the window moves on
	}
	if d.err != nil {
		return nil, d.err
	}
	ok := true
	if t.inline {
		t.islots = tableWords[uint32](t, size)
		ok = scatter(d, t.islots, used, 4, binary.LittleEndian.Uint32, validInline)
	} else {
		t.ent = make([]uint16, nent)
		t.slots = tableWords[uint64](t, size)
		ok = scatter(d, t.slots, used, 8, binary.LittleEndian.Uint64, t.validSlot)
		for i := 0; i < nent && d.err == nil; {
			eb := d.take(2 * min(nent-i, 1<<15))
			for k := 0; k+1 < len(eb); k += 2 {
				t.ent[i] = binary.LittleEndian.Uint16(eb[k:])
				i++
			}
		}
	}
	if !ok {
		d.fail("bad slot")
	}
	if d.err != nil {
		return nil, d.err
	}
	if err := t.check(d); err != nil {
		return nil, err
	}
	t.densify(denseMin(t.nclass))
	return t, nil
}

// scatter reads one value (width bytes) from d for each set bit of the
// bitmap used and puts the k-th into the slot of the k-th bit (bits past
// len(slots) are read but dropped). It reports false when a value fails
// valid or d runs out.
func scatter[S uint32 | uint64](d *decoder, slots []S, used []byte, width int, get func([]byte) S, valid func(S) bool) bool {
	left := 0
	for _, b := range used {
		left += bits.OnesCount8(b)
	}
	var chunk []byte
	for j, b := range used {
		for b != 0 {
			i := 8*j + bits.TrailingZeros8(b)
			b &= b - 1
			if len(chunk) < width {
				if chunk = d.take(width * min(left, 1<<13)); d.err != nil {
					return false
				}
			}
			v := get(chunk[:width])
			chunk = chunk[width:]
			left--
			if i < len(slots) {
				if !valid(v) {
					return false
				}
				slots[i] = v
			}
		}
	}
	return true
}

func validInline(s uint32) bool { return s&0xff != 0 }

// check rejects a table that scoring could index out of range or that
// names classes the model does not have; the slots were checked one by
// one as they were read.
func (t *table) check(d *decoder) error {
	if t.inline && t.islots[len(t.islots)-1] != 0 || !t.inline && t.slots[len(t.slots)-1] != 0 {
		d.fail("last slot used")
	}
	for _, x := range t.ent {
		if int(x>>8) >= t.nclass {
			d.fail("class %d of %d", x>>8, t.nclass)
			break
		}
	}
	return d.err
}

// validSlot checks a used entry slot: fingerprint set, entries in range.
func (t *table) validSlot(s uint64) bool {
	n := (s >> 16) & 0xff
	switch {
	case s&0xffff == 0 || n == 0:
		return false
	case n <= 2:
		for k := uint64(0); k < n; k++ {
			if int(uint16(s>>(32+16*k))>>8) >= t.nclass {
				return false
			}
		}
		return true
	}
	off := s >> 32
	return off+n <= uint64(len(t.ent))
}
