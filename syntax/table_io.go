package syntax

import (
	"encoding/binary"
	"fmt"
	"io"
)

// writeTable stores a table: its header, then the used slots in slot
// order, each as the distance from the previous used slot and either the
// inline slot value or the fingerprint and entry count, then (for entry
// tables) all entries, those kept in slots included, as one block of
// little-endian uint16 in slot order.
func writeTable(e *encoder, t *table) {
	e.uvarint(uint64(t.nclass))
	e.f32(t.scale)
	e.uvarint(t.n)
	e.uvarint(uint64(t.features()))
	prev := -1
	for i, s := range t.islots {
		if s != 0 {
			e.uvarint(uint64(i - prev))
			e.u32(s)
			prev = i
		}
	}
	if t.inline {
		return
	}
	var ents []uint16
	for i, s := range t.slots {
		if s == 0 {
			continue
		}
		e.uvarint(uint64(i - prev))
		e.uvarint(s & 0xffff)
		e.uvarint((s >> 16) & 0xff)
		ents = append(ents, t.slotEntries(s)...)
		prev = i
	}
	e.uvarint(uint64(len(ents)))
	if e.err == nil {
		e.err = binary.Write(e.w, binary.LittleEndian, ents)
	}
}

func readTable(d *decoder) (*table, error) {
	t := &table{nclass: d.count(maxClasses), scale: d.f32()}
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
	if t.inline {
		return t, t.readInline(d, size, nfeat)
	}
	return t, t.readEntries(d, size, nfeat)
}

func (t *table) readInline(d *decoder, size, nfeat int) error {
	t.islots = make([]uint32, size)
	i := -1
	for range nfeat {
		i += d.count(size)
		s := d.u32()
		if d.err != nil || i >= size-1 || t.islots[i] != 0 || s&0xff == 0 {
			return fmt.Errorf("%w: bad slot %d", errCorrupt, i)
		}
		t.islots[i] = s
	}
	return d.err
}

func (t *table) readEntries(d *decoder, size, nfeat int) error {
	pos := make([]int, 0, nfeat) // used slots in order
	fps := make([]uint64, 0, nfeat)
	ns := make([]int, 0, nfeat)
	total, i := 0, -1
	for range nfeat {
		i += d.count(size)
		fp := uint64(d.count(0xffff))
		n := d.count(255)
		if d.err != nil || i >= size-1 || (len(pos) > 0 && i <= pos[len(pos)-1]) || fp == 0 || n == 0 {
			return fmt.Errorf("%w: bad slot %d", errCorrupt, i)
		}
		pos, fps, ns = append(pos, i), append(fps, fp), append(ns, n)
		total += n
	}
	if d.count(1<<30) != total || d.err != nil {
		return fmt.Errorf("%w: entry count", errCorrupt)
	}
	raw := make([]byte, 2*total)
	if _, err := io.ReadFull(d.r, raw); err != nil {
		return fmt.Errorf("%w: %v", errCorrupt, err)
	}
	all := make([]uint16, total)
	for k := range all {
		x := binary.LittleEndian.Uint16(raw[2*k:])
		if int(x>>8) >= t.nclass {
			return fmt.Errorf("%w: class %d of %d", errCorrupt, x>>8, t.nclass)
		}
		all[k] = x
	}
	t.slots = make([]uint64, size)
	at := 0
	for k, p := range pos {
		t.slots[p] = entrySlot(fps[k], all[at:at+ns[k]], &t.ent)
		at += ns[k]
	}
	return nil
}

// slotEntries returns the entries of a used sparse slot.
func (t *table) slotEntries(s uint64) []uint16 {
	switch n := (s >> 16) & 0xff; n {
	case 1:
		return []uint16{uint16(s >> 32)}
	case 2:
		return []uint16{uint16(s >> 32), uint16(s >> 48)}
	default:
		off := s >> 32
		return t.ent[off : off+n]
	}
}
