package syntax

import (
	"bufio"
	"bytes"
	"math"
	"math/rand/v2"
	"testing"
)

func randomRows(nclass, n int, seed uint64) []sparseRow {
	rng := rand.New(rand.NewPCG(seed, 1))
	rows := make([]sparseRow, n)
	for i := range rows {
		r := sparseRow{feat: rng.Uint64()}
		for c := range nclass {
			if rng.IntN(3) == 0 {
				r.classes = append(r.classes, uint16(c))
				r.weights = append(r.weights, float32(rng.NormFloat64()))
			}
		}
		rows[i] = r
	}
	return rows
}

// exactScores adds the float weights directly, for comparison.
func exactScores(rows []sparseRow, feats []uint64, nclass int) []float64 {
	byFeat := map[uint64]sparseRow{}
	for _, r := range rows {
		byFeat[r.feat] = r
	}
	out := make([]float64, nclass)
	for _, f := range feats {
		r := byFeat[f]
		for i, c := range r.classes {
			out[c] += float64(r.weights[i])
		}
	}
	return out
}

func TestTableScores(t *testing.T) {
	for _, nclass := range []int{3, 40} {
		rows := randomRows(nclass, 5000, uint64(nclass))
		tb, err := buildTable(append([]sparseRow(nil), rows...), nclass, pruning{})
		if err != nil {
			t.Fatal(err)
		}
		if tb.inline != (nclass <= maxInline) {
			t.Errorf("nclass %d: inline = %v", nclass, tb.inline)
		}
		feats := []uint64{rows[0].feat, rows[17].feat, rows[4999].feat, 12345, rows[17].feat}
		var got scoreBuf
		tb.score(feats, &got)
		want := exactScores(rows, feats, nclass)
		for c := range nclass {
			// int8 weights: each of the 5 features is off by at most half a step.
			if d := float64(got[c])/float64(tb.scale) - want[c]; d > 2.5/float64(tb.scale) || d < -2.5/float64(tb.scale) {
				t.Errorf("nclass %d class %d: got %f, want %f", nclass, c, float64(got[c])/float64(tb.scale), want[c])
			}
		}
	}
}

func TestTableRoundTrip(t *testing.T) {
	for _, nclass := range []int{3, 40} {
		tb, err := buildTable(randomRows(nclass, 3000, 7), nclass, pruning{})
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		e := &encoder{w: bufio.NewWriter(&buf)}
		writeTable(e, tb)
		e.w.Flush()
		back, err := readTable(&decoder{b: buf.Bytes()})
		if err != nil {
			t.Fatal(err)
		}
		if back.n != tb.n || back.features() != tb.features() || back.weights() != tb.weights() {
			t.Fatalf("nclass %d: read back %d/%d features, %d/%d weights", nclass, back.features(), tb.features(), back.weights(), tb.weights())
		}
		for i := range tb.slots {
			if tb.slots[i] != back.slots[i] {
				t.Fatalf("nclass %d: slot %d differs", nclass, i)
			}
		}
		for i := range tb.islots {
			if tb.islots[i] != back.islots[i] {
				t.Fatalf("nclass %d: inline slot %d differs", nclass, i)
			}
		}
	}
}

func TestTablePrunes(t *testing.T) {
	rows := []sparseRow{
		{feat: 1, classes: []uint16{0, 1}, weights: []float32{10, 0.0001}},
		{feat: 2, classes: []uint16{2}, weights: []float32{0.00002}},
	}
	tb, err := buildTable(rows, 3, pruning{})
	if err != nil {
		t.Fatal(err)
	}
	if tb.features() != 1 || tb.weights() != 1 {
		t.Errorf("kept %d features, %d weights; want 1, 1", tb.features(), tb.weights())
	}
}

func TestTableCorruptInput(t *testing.T) {
	tb, _ := buildTable(randomRows(40, 100, 3), 40, pruning{})
	var buf bytes.Buffer
	e := &encoder{w: bufio.NewWriter(&buf)}
	writeTable(e, tb)
	e.w.Flush()
	raw := buf.Bytes()
	for cut := 0; cut < len(raw); cut += 7 {
		if _, err := readTable(&decoder{b: raw[:cut]}); err == nil {
			t.Fatalf("truncated at %d of %d: no error", cut, len(raw))
		}
	}
	// A slot pointing past the entries must be refused, not used.
	for i := range tb.slots {
		if s := tb.stored(i); (s>>16)&0xff > 2 {
			tb.slots[i] = s&0xffffffff | uint64(len(tb.ent))<<32
			break
		}
	}
	buf.Reset()
	e = &encoder{w: bufio.NewWriter(&buf)}
	writeTable(e, tb)
	e.w.Flush()
	if _, err := readTable(&decoder{b: buf.Bytes()}); err == nil {
		t.Fatal("slot with entries out of range accepted")
	}
}

// FuzzReadModel checks that corrupt model data is refused with an error,
// never a panic: the bytes are tried as a whole model file, as the first
// section of one and as a table section.
func FuzzReadModel(f *testing.F) {
	tb, _ := buildTable(randomRows(40, 50, 5), 40, pruning{})
	var buf bytes.Buffer
	e := &encoder{w: bufio.NewWriter(&buf)}
	writeTable(e, tb)
	e.w.Flush()
	raw := append([]byte(nil), buf.Bytes()...)
	f.Add(raw)
	f.Add([]byte(modelMagic))
	f.Add(embeddedModel[:min(len(embeddedModel), 4096)])
	f.Fuzz(func(t *testing.T, b []byte) {
		if m, err := readModelBytes(b); err == nil && m == nil {
			t.Fatal("no model and no error")
		}
		if m, p, err := decodeMeta(b); err == nil {
			ts := make([]*table, 3)
			for i := range ts {
				ts[i], _ = readTable(&decoder{b: raw})
			}
			if m, err := m.attach(p, ts); err == nil && m == nil {
				t.Fatal("no model and no error")
			}
		}
		if tb, err := readTable(&decoder{b: b}); err == nil {
			var sc scoreBuf
			tb.score([]uint64{1, 2, 3, 0xffffffffffffffff}, &sc)
		}
	})
}

// TestTableDenseRows checks that rows made dense score exactly as their
// entries do, also when more rows are summed than the lanes can hold
// without being moved into the scores.
func TestTableDenseRows(t *testing.T) {
	for _, nclass := range []int{4, 40, 88, 256} {
		rows := randomRows(nclass, 2000, uint64(nclass)+11)
		dense, err := buildTable(append([]sparseRow(nil), rows...), nclass, pruning{})
		if err != nil {
			t.Fatal(err)
		}
		if len(dense.dense) == 0 {
			t.Fatalf("nclass %d: no dense rows", nclass)
		}
		sparse := &table{nclass: dense.nclass, n: dense.n, ent: dense.ent, slots: make([]uint64, len(dense.slots))}
		for i := range dense.slots {
			sparse.slots[i] = dense.stored(i)
		}
		var feats []uint64
		for i := range 700 {
			feats = append(feats, rows[i%len(rows)].feat, uint64(i)*0x9E3779B97F4A7C15)
		}
		var got, want scoreBuf
		dense.score(feats, &got)
		sparse.score(feats, &want)
		if got != want {
			t.Errorf("nclass %d: dense rows score differently", nclass)
		}
	}
}

// TestFrequentFeaturesFirst checks that a feature is never displaced from
// its home slot by one training saw less often: every slot between a
// feature's home and its place holds a feature seen at least as often.
func TestFrequentFeaturesFirst(t *testing.T) {
	for _, nclass := range []int{3, 40} {
		var rows []sparseRow
		for _, r := range randomRows(nclass, 3000, 9) {
			if len(r.classes) > 0 { // a row without weights is not stored
				rows = append(rows, r)
			}
		}
		for i := range rows {
			rows[i].seen = int32(i%50) + 1
			for k, w := range rows[i].weights { // none rounds to zero
				rows[i].weights[k] = float32(math.Copysign(1+math.Abs(float64(w)), float64(w)))
			}
		}
		tb, err := buildTable(append([]sparseRow(nil), rows...), nclass, pruning{})
		if err != nil {
			t.Fatal(err)
		}
		// place returns the slot of feature f (or of the feature kept
		// when two met with one fingerprint).
		place := func(f uint64) int {
			fp := uint64(tb.fingerprint(f))
			for i := int(tb.home(f)); tb.storedFingerprint(i) != 0; i++ {
				if tb.storedFingerprint(i) == fp {
					return i
				}
			}
			return -1
		}
		seenAt := map[int]int32{}
		for _, r := range rows {
			p := place(r.feat)
			seenAt[p] = max(seenAt[p], r.seen)
		}
		displaced := 0
		for _, r := range rows {
			for i := int(tb.home(r.feat)); i < place(r.feat); i++ {
				displaced++
				if seenAt[i] < r.seen {
					t.Fatalf("nclass %d: a feature seen %d times is displaced by one seen %d times", nclass, r.seen, seenAt[i])
				}
			}
		}
		if displaced == 0 {
			t.Fatalf("nclass %d: no feature displaced, the test tests nothing", nclass)
		}
	}
}

// storedFingerprint returns the fingerprint in slot i.
func (t *table) storedFingerprint(i int) uint64 {
	if t.inline {
		return uint64(t.islots[i] & 0xff)
	}
	return t.stored(i) & 0xffff
}
