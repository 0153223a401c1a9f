package cluster

// gather sums w's bigram counts by the class of the other word, leaving
// the bigram of w with itself aside, which it returns.
func (st *state) gather(w int32) (self int64) {
	a := st.adj
	st.rt, st.lt = st.rt[:0], st.lt[:0]
	for _, e := range a.succ[a.succOff[w]:a.succOff[w+1]] {
		if e.word == w {
			self += e.count
			continue
		}
		c := st.class[e.word]
		if st.rw[c] == 0 {
			st.rt = append(st.rt, c)
		}
		st.rw[c] += e.count
	}
	for _, e := range a.pred[a.predOff[w]:a.predOff[w+1]] {
		if e.word == w {
			continue
		}
		c := st.class[e.word]
		if st.lw[c] == 0 {
			st.lt = append(st.lt, c)
		}
		st.lw[c] += e.count
	}
	return self
}

// shift adds (sign +1) or removes (sign -1) word w's counts to class b.
func (st *state) shift(w int32, b int32, self int64, sign int64) {
	c := int32(st.c)
	for _, x := range st.rt {
		st.n[b*c+x] += sign * st.rw[x]
		st.nt[x*c+b] += sign * st.rw[x]
	}
	for _, x := range st.lt {
		st.n[x*c+b] += sign * st.lw[x]
		st.nt[b*c+x] += sign * st.lw[x]
	}
	st.n[b*c+b] += sign * self
	st.nt[b*c+b] += sign * self
	st.nl[b] += sign * st.adj.leftCount[w]
	st.nr[b] += sign * st.adj.rightCount[w]
}

// gain is the change of the objective if w (currently in no class) joined b.
func (st *state) gain(w int32, b int32, self int64) float64 {
	c := int32(st.c)
	g := st.g
	row, col := st.n[b*c:(b+1)*c], st.nt[b*c:(b+1)*c]
	d := 0.0
	for _, x := range st.rt {
		if x != b {
			d += g.g(row[x]+st.rw[x]) - g.g(row[x])
		}
	}
	for _, x := range st.lt {
		if x != b {
			d += g.g(col[x]+st.lw[x]) - g.g(col[x])
		}
	}
	bb := row[b]
	d += g.g(bb+st.rw[b]+st.lw[b]+self) - g.g(bb)
	d -= g.g(st.nl[b]+st.adj.leftCount[w]) - g.g(st.nl[b])
	d -= g.g(st.nr[b]+st.adj.rightCount[w]) - g.g(st.nr[b])
	return d
}

// improve moves w to its best class and reports whether it moved.
func (st *state) improve(w int32) bool {
	self := st.gather(w)
	old := st.class[w]
	st.shift(w, old, self, -1)
	best, bestGain := old, st.gain(w, old, self)
	for b := int32(1); b < int32(st.c); b++ {
		if b == old {
			continue
		}
		if d := st.gain(w, b, self); d > bestGain+1e-9 {
			best, bestGain = b, d
		}
	}
	st.shift(w, best, self, +1)
	st.class[w] = best
	for _, x := range st.rt {
		st.rw[x] = 0
	}
	for _, x := range st.lt {
		st.lw[x] = 0
	}
	return best != old
}
