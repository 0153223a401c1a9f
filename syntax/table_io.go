package syntax

import (
	"encoding/binary"
	"fmt"
	"io"
)

// writeTable stores a table: its header, then the used slots in slot
// order, each as the distance from the previous used slot and the slot
// value without its offset, then (for entry tables) all entries as one
// block of little-endian uint32 in slot order.
func writeTable(e *encoder, t *table) {
	e.uvarint(uint64(t.nclass))
	e.f32(t.scale)
	e.uvarint(t.n)
	e.uvarint(uint64(t.features()))
	var ents []uint32
	prev := -1
	for i, s := range t.slots {
		if s == 0 {
			continue
		}
		e.uvarint(uint64(i - prev))
		prev = i
		if t.inline {
			e.u64(s)
			continue
		}
		n, off := (s>>16)&0xff, s>>24
		e.uvarint(s & 0xffff)
		e.uvarint(n)
		ents = append(ents, t.ent[off:off+n]...)
	}
	if t.inline {
		return
	}
	e.uvarint(uint64(len(ents)))
	if e.err == nil {
		e.err = binary.Write(e.w, binary.LittleEndian, ents)
	}
}

func readTable(d *decoder) (*table, error) {
	t := &table{nclass: d.count(1 << 16), scale: d.f32()}
	t.inline = t.nclass <= maxInline
	t.n = uint64(d.count(1 << 28))
	size := int(t.n) + probeTail
	nfeat := d.count(size)
	if d.err != nil {
		return nil, d.err
	}
	if t.nclass == 0 || t.n == 0 {
		return nil, fmt.Errorf("%w: empty table", errCorrupt)
	}
	t.slots = make([]uint64, size)
	off, i := 0, -1
	for range nfeat {
		i += d.count(size)
		if d.err != nil || i >= size || t.slots[i] != 0 {
			return nil, fmt.Errorf("%w: bad slot %d", errCorrupt, i)
		}
		if t.inline {
			t.slots[i] = d.u64()
			continue
		}
		fp := uint64(d.count(0xffff))
		n := d.count(255)
		if fp == 0 || n == 0 || off+n >= maxEntries {
			return nil, fmt.Errorf("%w: bad slot %d", errCorrupt, i)
		}
		t.slots[i] = fp | uint64(n)<<16 | uint64(off)<<24
		off += n
	}
	if d.err != nil {
		return nil, d.err
	}
	if t.inline {
		return t, t.checkInline()
	}
	return t, readEntries(d, t, off)
}

// checkInline rejects inline slots without a fingerprint.
func (t *table) checkInline() error {
	for i, s := range t.slots {
		if s != 0 && s&0xffff == 0 {
			return fmt.Errorf("%w: bad slot %d", errCorrupt, i)
		}
	}
	return nil
}

func readEntries(d *decoder, t *table, n int) error {
	if d.count(maxEntries) != n || d.err != nil {
		return fmt.Errorf("%w: entry count", errCorrupt)
	}
	raw := make([]byte, 4*n)
	if _, err := io.ReadFull(d.r, raw); err != nil {
		return fmt.Errorf("%w: %v", errCorrupt, err)
	}
	t.ent = make([]uint32, n)
	for k := range t.ent {
		x := binary.LittleEndian.Uint32(raw[4*k:])
		if int(x>>16) >= t.nclass {
			return fmt.Errorf("%w: class %d of %d", errCorrupt, x>>16, t.nclass)
		}
		t.ent[k] = x
	}
	return nil
}
