package syntax

import "sort"

// perceptron is an averaged multi-class perceptron used for training. Each
// feature has a sparse row of the classes it has ever been updated for;
// averaging uses the usual lazy running totals.
type perceptron struct {
	nclass int
	index  map[uint64]int32
	rows   [][]param
	seen   []int32 // times each row's feature was scored
	now    int64   // number of instances seen
}

type param struct {
	class uint16
	w     float32
	total float64
	ts    int64
}

func newPerceptron(nclass int) *perceptron {
	return &perceptron{nclass: nclass, index: make(map[uint64]int32)}
}

// score sets scores (len nclass) to the current weights of feats.
func (p *perceptron) score(feats []uint64, scores []float32) {
	clear(scores)
	for _, f := range feats {
		r, ok := p.index[f]
		if !ok {
			continue
		}
		p.seen[r]++
		for _, q := range p.rows[r] {
			scores[q.class] += q.w
		}
	}
}

// tick marks the end of one training instance.
func (p *perceptron) tick() { p.now++ }

// update adds delta to the weight of class for every feature.
func (p *perceptron) update(feats []uint64, class int, delta float32) {
	for _, f := range feats {
		r, ok := p.index[f]
		if !ok {
			r = int32(len(p.rows))
			p.index[f] = r
			p.rows = append(p.rows, nil)
			p.seen = append(p.seen, 0)
		}
		row := p.rows[r]
		j := 0
		for j < len(row) && int(row[j].class) != class {
			j++
		}
		if j == len(row) {
			row = append(row, param{class: uint16(class), ts: p.now})
			p.rows[r] = row
		}
		q := &row[j]
		q.total += float64(p.now-q.ts) * float64(q.w)
		q.ts = p.now
		q.w += delta
	}
}

// averaged returns the averaged weights as sparse rows.
func (p *perceptron) averaged() []sparseRow {
	out := make([]sparseRow, 0, len(p.rows))
	for f, r := range p.index {
		row := p.rows[r]
		sr := sparseRow{feat: f, seen: p.seen[r]}
		for _, q := range row {
			total := q.total + float64(p.now-q.ts)*float64(q.w)
			avg := float32(total / float64(max(p.now, 1)))
			if avg != 0 {
				sr.classes = append(sr.classes, q.class)
				sr.weights = append(sr.weights, avg)
			}
		}
		if len(sr.classes) > 0 {
			out = append(out, sr)
		}
	}
	return out
}

// meanRows averages the weights of several models trained on the same
// data with different seeds: each weight is the mean of the models'
// weights (0 where a model has none) and each feature's training count
// the mean of the counts. The result does not depend on the order of the
// rows within a set; classes come out in ascending order.
func meanRows(sets [][]sparseRow) []sparseRow {
	if len(sets) == 1 {
		return sets[0]
	}
	type entry struct {
		feat  uint64
		set   int
		class uint16
		w     float32
	}
	var all []entry
	seen := map[uint64]int32{}
	for s, rows := range sets {
		for _, r := range rows {
			seen[r.feat] += r.seen
			for i, c := range r.classes {
				all = append(all, entry{r.feat, s, c, r.weights[i]})
			}
		}
	}
	sort.Slice(all, func(i, j int) bool {
		a, b := &all[i], &all[j]
		if a.feat != b.feat {
			return a.feat < b.feat
		}
		if a.class != b.class {
			return a.class < b.class
		}
		return a.set < b.set
	})
	k := float32(len(sets))
	var out []sparseRow
	for i := 0; i < len(all); {
		r := sparseRow{feat: all[i].feat, seen: seen[all[i].feat] / int32(len(sets))}
		for i < len(all) && all[i].feat == r.feat {
			c := all[i].class
			var w float32
			for ; i < len(all) && all[i].feat == r.feat && all[i].class == c; i++ {
				w += all[i].w / k
			}
			r.classes = append(r.classes, c)
			r.weights = append(r.weights, w)
		}
		out = append(out, r)
	}
	return out
}
