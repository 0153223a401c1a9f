package actor

// Salience: each mention adds to its entity's salience, more as a subject
// and most as a speaker; salience halves from one sentence to the next.
const (
	weightOther   = 1.0
	weightSubject = 2.0
	weightSpeaker = 3.0
	decay         = 0.5
	paragraphDrop = 0.5 // a new paragraph halves salience once more
	minSalience   = 0.05
)

// decay lowers every entity's salience at a new sentence.
func (r *run) decay() {
	f := decay
	if p := r.d.Sentences[r.v.idx].Paragraph; p != r.para {
		f *= paragraphDrop
		r.para = p
	}
	for i := range r.ents {
		r.ents[i].sal *= f
	}
}

// salience returns entity i's salience as seen from chunk k of the current
// sentence: what it had before the sentence plus its mentions in the
// chunks before k.
func (r *run) salience(i, k int) float64 {
	s := r.ents[i].sal
	for j := 0; j < k && j < len(r.chunks); j++ {
		if c := &r.chunks[j]; c.ent == i {
			s += c.weight()
		} else if c.ent >= 0 && r.isMember(i, c.ent) {
			s += c.weight() / 2
		}
	}
	return s
}

func (r *run) isMember(i, group int) bool {
	for _, m := range r.ents[group].members {
		if m == i {
			return true
		}
	}
	return false
}

// commit adds the salience of the sentence's resolved chunks.
func (r *run) commit() {
	for k := range r.chunks {
		c := &r.chunks[k]
		if c.ent < 0 {
			continue
		}
		e := &r.ents[c.ent]
		e.sal += c.weight()
		e.last = r.v.idx
		for _, m := range e.members {
			r.ents[m].sal += c.weight() / 2
		}
	}
}

// best returns the entity accepted by ok with the highest salience at
// chunk k, or -1.
func (r *run) best(k int, ok func(i int) bool) int {
	best, bestSal := -1, minSalience
	for i := range r.ents {
		if !ok(i) {
			continue
		}
		if s := r.salience(i, k); s > bestSal {
			best, bestSal = i, s
		}
	}
	return best
}

// bestAny is best without a salience floor: any entity mentioned before
// will do.
func (r *run) bestAny(k int, ok func(i int) bool) int {
	best, bestSal := -1, -1.0
	for i := range r.ents {
		if !ok(i) || r.ents[i].last < 0 {
			continue
		}
		if s := r.salience(i, k); s > bestSal {
			best, bestSal = i, s
		}
	}
	return best
}

func (c *chunk) weight() float64 {
	switch {
	case c.speaker:
		return weightSpeaker
	case c.subject:
		return weightSubject
	}
	return weightOther
}
