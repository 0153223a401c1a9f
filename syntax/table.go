package syntax

import (
	"errors"
	"fmt"
	"math"
	"runtime"
	"sort"
)

// table holds the weights of a trained linear model in a compact form made
// for fast scoring: an open-addressing hash table with linear probing.
// Weights are int8 with one scale per table (finer steps did not change
// accuracy); scores accumulate in int32. A feature's home slot comes from
// the low 32 bits of its hash scaled to the table size, so the table can
// be kept about 60 % full; probes run forward into a short tail and the
// last slot stays empty, so every probe ends inside the table.
//
// With at most three classes (the parser's transitions) a slot is 32 bits:
// an 8-bit fingerprint from the top of the hash (never 0) and the three
// weights, so a lookup reads one 4-byte slot. Otherwise a slot is 64 bits:
// a 16-bit fingerprint, an entry count n (8 bits) and either, when n is 1
// or 2, the entries themselves (16 bits each), or an offset (32 bits) into
// ent. An entry is class<<8 | uint8(weight). Most features have one or two
// weights, so most lookups read only their slot.
// Classes and features whose weights round to zero take no space.
type table struct {
	islots []uint32 // inline slots: home range n, then the probe tail
	slots  []uint64 // entry slots: the same
	ent    []uint16
	dense  []uint64 // dense rows of entry tables (see table_dense.go)
	nw     int      // 64-bit words per dense row
	n      uint64   // number of home slots
	nclass int
	inline bool
	scale  float32 // weight = int8 / scale
}

const (
	maxInline  = 3
	maxClasses = 256
	probeTail  = 256 // slots after the home range
	loadFactor = 0.6
	maxWeight  = 127
)

func fp8(f uint64) uint32 {
	if v := uint32(f >> 56); v != 0 {
		return v
	}
	return 1
}

func fp16(f uint64) uint64 {
	if v := f >> 48; v != 0 {
		return v
	}
	return 1
}

func (t *table) home(f uint64) uint64 { return (f & 0xffffffff) * t.n >> 32 }

// scoreBuf holds the scores of up to maxClasses classes.
type scoreBuf [maxClasses]int32

// score adds the weights of feats to scores. Memory latency dominates, so
// it works in passes: it loads every feature's home slot first (loads that
// do not depend on each other, so their cache misses overlap), then
// resolves the features and adds their weights.
func (t *table) score(feats []uint64, scores *scoreBuf) {
	if t.inline {
		t.scoreInline(feats, scores)
	} else {
		t.scoreEntries(feats, scores)
	}
}

func (t *table) scoreInline(feats []uint64, scores *scoreBuf) {
	var home [128]uint32
	slots := t.islots
	var s0, s1, s2 int32
	for len(feats) > 0 {
		chunk := feats[:min(len(home), len(feats))]
		feats = feats[len(chunk):]
		for i, f := range chunk {
			home[i&127] = slots[t.home(f)]
		}
		for i, f := range chunk {
			s := home[i&127]
			if fp := fp8(f); s&0xff != fp {
				s = t.probeInline(f, fp, s)
			}
			s0 += int32(int8(s >> 8))
			s1 += int32(int8(s >> 16))
			s2 += int32(int8(s >> 24))
		}
	}
	scores[0] += s0
	scores[1] += s1
	scores[2] += s2
	runtime.KeepAlive(t) // slots may be mapped memory that t's cleanup releases
}

// probeInline looks further for feature f whose home slot held s (not a
// match); it returns 0 (no weights) when f is absent.
func (t *table) probeInline(f uint64, fp, s uint32) uint32 {
	slots := t.islots
	for i := t.home(f) + 1; s != 0; i++ {
		s = slots[i]
		if s&0xff == fp {
			return s
		}
	}
	return 0
}

func (t *table) scoreEntries(feats []uint64, scores *scoreBuf) {
	var home [128]uint64
	var acc denseAcc
	slots, ent := t.slots, t.ent
	for len(feats) > 0 {
		chunk := feats[:min(len(home), len(feats))]
		feats = feats[len(chunk):]
		for i, f := range chunk {
			home[i&127] = slots[t.home(f)]
		}
		for i, f := range chunk {
			s := home[i&127]
			if fp := fp16(f); s&0xffff != fp {
				if s = t.probeEntries(f, fp, s); s == 0 {
					continue
				}
			}
			switch n := (s >> 16) & 0xff; n {
			case 0:
				if acc.rows == maxDenseRows {
					acc.flush(scores, t.nclass, t.nw)
				}
				acc.add(t.dense, s>>32, t.nw)
			case 2:
				e := uint16(s >> 48)
				scores[uint8(e>>8)] += int32(int8(e))
				fallthrough
			case 1:
				e := uint16(s >> 32)
				scores[uint8(e>>8)] += int32(int8(e))
			default:
				off := s >> 32
				for _, e := range ent[off : off+n] {
					scores[uint8(e>>8)] += int32(int8(e))
				}
			}
		}
	}
	acc.flush(scores, t.nclass, t.nw)
	runtime.KeepAlive(t) // slots may be mapped memory that t's cleanup releases
}

// entrySlot packs a sparse slot; entries of rows longer than two are
// appended to ent.
func entrySlot(fp uint64, ent []uint16, all *[]uint16) uint64 {
	s := fp | uint64(len(ent))<<16
	switch len(ent) {
	case 1:
		return s | uint64(ent[0])<<32
	case 2:
		return s | uint64(ent[0])<<32 | uint64(ent[1])<<48
	}
	s |= uint64(len(*all)) << 32
	*all = append(*all, ent...)
	return s
}

func (t *table) probeEntries(f, fp, s uint64) uint64 {
	slots := t.slots
	for i := t.home(f) + 1; s != 0; i++ {
		s = slots[i]
		if s&0xffff == fp {
			return s
		}
	}
	return 0
}

// argmax returns the class with the highest score, leaving out the class
// skip (-1 for none).
func argmax(scores []int32, skip int) int {
	best, bi := int32(math.MinInt32), -1
	for c, s := range scores {
		if s > best && c != skip {
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
	seen    int32 // times the feature was scored in training
}

// pruning says which trained weights a table keeps.
type pruning struct {
	MinQuanta int   // weights that round to fewer quanta go (at least 1)
	MinSeen   int32 // features scored fewer times in training go
}

// quantRow is one feature's quantised weights.
type quantRow struct {
	feat    uint64
	classes []uint8
	weights []int8
}

// buildTable quantises rows into a table, dropping what pr says and the
// features left without weights.
func buildTable(rows []sparseRow, nclass int, pr pruning) (*table, error) {
	if nclass > maxClasses || nclass < 1 {
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
		scale = maxWeight / maxAbs
	}
	sortBySeen(rows)
	var kept []quantRow
	for _, r := range rows {
		if r.seen < pr.MinSeen {
			continue
		}
		q := quantRow{feat: r.feat}
		for i, c := range r.classes {
			w := math.Round(float64(r.weights[i] * scale))
			if math.Abs(w) >= float64(max(pr.MinQuanta, 1)) {
				q.classes = append(q.classes, uint8(c))
				q.weights = append(q.weights, int8(w))
			}
		}
		if len(q.classes) > 0 {
			kept = append(kept, q)
		}
	}
	t := &table{nclass: nclass, scale: scale, inline: nclass <= maxInline}
	if err := t.fill(kept); err != nil {
		return nil, err
	}
	t.densify(denseMin(nclass))
	return t, nil
}

// sortBySeen orders rows by how often training scored their features,
// most often first (then by feature, so the order is fixed). Rows are
// inserted in this order, so with linear probing the features looked up
// most take their home slots: three lookups in four end at the first
// slot read, against one in two in an order by hash, and the parser
// spends most of its time in lookups. Of two features whose probes meet
// with the same fingerprint, the more frequent one is kept.
func sortBySeen(rows []sparseRow) {
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].seen != rows[j].seen {
			return rows[i].seen > rows[j].seen
		}
		return rows[i].feat < rows[j].feat
	})
}

// fill sizes the table for rows and inserts them, growing it in the rare
// case that a probe would run past the tail. Entries are laid out in slot
// order, the order the file stores them in.
func (t *table) fill(rows []quantRow) error {
	for n := uint64(float64(len(rows))/loadFactor) + 1; ; n = n * 5 / 4 {
		t.n = n
		size := n + probeTail
		rowAt := make([]int32, size) // row in each slot, -1 for none
		fps := make([]uint16, size)  // fingerprint in each slot, 0 for free
		for i := range rowAt {
			rowAt[i] = -1
		}
		ok := true
		for r := range rows {
			if !t.reserve(rows[r].feat, int32(r), rowAt, fps) {
				ok = false
				break
			}
		}
		if ok {
			return t.write(rows, rowAt, fps)
		}
	}
}

func (t *table) fingerprint(f uint64) uint16 {
	if t.inline {
		return uint16(fp8(f))
	}
	return uint16(fp16(f))
}

// reserve finds feature f's slot from its home on and records row r there.
// It reports false when the probe tail is exhausted (the last slot stays
// empty). A fingerprint clash on the way keeps the first feature (rare,
// and harmless for scoring).
func (t *table) reserve(f uint64, r int32, rowAt []int32, fps []uint16) bool {
	fp := t.fingerprint(f)
	for i := t.home(f); i < uint64(len(fps)-1); i++ {
		switch fps[i] {
		case fp:
			return true
		case 0:
			fps[i], rowAt[i] = fp, r
			return true
		}
	}
	return false
}

// write fills the slots (and entries) from the reserved places.
func (t *table) write(rows []quantRow, rowAt []int32, fps []uint16) error {
	if t.inline {
		t.islots = make([]uint32, len(rowAt))
	} else {
		t.slots = make([]uint64, len(rowAt))
		t.ent = t.ent[:0]
	}
	for i, r := range rowAt {
		if r < 0 {
			continue
		}
		q := &rows[r]
		if t.inline {
			s := uint32(fps[i])
			for k, c := range q.classes {
				s |= uint32(uint8(q.weights[k])) << (8 * (c + 1))
			}
			t.islots[i] = s
			continue
		}
		if len(q.classes) > 255 || uint64(len(t.ent)) >= 1<<32 {
			return errors.New("table too large")
		}
		ent := make([]uint16, len(q.classes))
		for k, c := range q.classes {
			ent[k] = uint16(c)<<8 | uint16(uint8(q.weights[k]))
		}
		t.slots[i] = entrySlot(uint64(fps[i]), ent, &t.ent)
	}
	return nil
}

// features returns the number of stored features.
func (t *table) features() int {
	n := 0
	for _, s := range t.islots {
		if s != 0 {
			n++
		}
	}
	for _, s := range t.slots {
		if s != 0 {
			n++
		}
	}
	return n
}

// weights returns the number of stored weights.
func (t *table) weights() int {
	n := len(t.ent)
	for i := range t.slots {
		if c := (t.stored(i) >> 16) & 0xff; c <= 2 {
			n += int(c)
		}
	}
	for _, s := range t.islots {
		for k := 1; k <= maxInline; k++ {
			if int8(s>>(8*k)) != 0 {
				n++
			}
		}
	}
	return n
}
