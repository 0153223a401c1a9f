package actor

import (
	"cmp"
	"slices"
	"sort"

	"github.com/readout/readout/document"
)

// Index maps tokens to the entity mentions that cover them, for the stages
// after this one (events, statements). Build it with NewIndex once the
// actor stage has run; it reads only Document.Entities and the tokens, so
// it works as well on a document read back from JSON with its tokens
// re-made. It holds pointers into d.Entities: do not append to that slice
// while using it.
type Index struct {
	d      *document.Document
	bySent [][]Ref // per sentence, mentions sorted by start, then longest first
	byID   map[string]*document.Entity
	refs   []Ref   // backing array of bySent
	counts []int32 // per sentence, mentions counted while indexing
}

// Ref is one mention of an entity.
type Ref struct {
	Entity  *document.Entity
	Mention *document.Mention
	// Start and End are the mention's tokens in its sentence: Tokens[Start:End].
	Start, End int
}

// NewIndex indexes the mentions of d's entities by sentence and token.
func NewIndex(d *document.Document) *Index {
	ix := &Index{}
	ix.Reset(d)
	return ix
}

// Reset indexes d in place of the document ix held, reusing ix's memory:
// a stage that indexes one document after another keeps one Index. Reset
// with nil forgets the document (and lets it be collected).
func (ix *Index) Reset(d *document.Document) {
	clear(ix.refs[:cap(ix.refs)])
	clear(ix.bySent[:cap(ix.bySent)])
	clear(ix.byID)
	ix.d = d
	if d == nil {
		ix.bySent, ix.refs = ix.bySent[:0], ix.refs[:0]
		return
	}
	if ix.byID == nil {
		ix.byID = make(map[string]*document.Entity, len(d.Entities))
	}
	ix.bySent = growRefs(ix.bySent, len(d.Sentences))
	ix.counts = growInt32(ix.counts, len(d.Sentences))
	clear(ix.counts)
	total := 0
	for i := range d.Entities {
		for j := range d.Entities[i].Mentions {
			if s := d.Entities[i].Mentions[j].Sentence; s >= 0 && s < len(d.Sentences) {
				ix.counts[s]++
				total++
			}
		}
	}
	if cap(ix.refs) < total {
		ix.refs = make([]Ref, total)
	}
	ix.refs = ix.refs[:total]
	at := 0
	for s, n := range ix.counts { // each sentence's run of refs, empty for now
		ix.bySent[s] = ix.refs[at : at : int(n)+at]
		at += int(n)
	}
	for i := range d.Entities {
		e := &d.Entities[i]
		ix.byID[e.ID] = e
		for j := range e.Mentions {
			m := &e.Mentions[j]
			if m.Sentence < 0 || m.Sentence >= len(d.Sentences) {
				continue
			}
			s, t := tokenSpan(d.Sentences[m.Sentence].Tokens, m.Start, m.End)
			if s >= t {
				continue
			}
			ix.bySent[m.Sentence] = append(ix.bySent[m.Sentence], Ref{Entity: e, Mention: m, Start: s, End: t})
		}
	}
	for _, refs := range ix.bySent {
		slices.SortStableFunc(refs, func(a, b Ref) int {
			if a.Start != b.Start {
				return cmp.Compare(a.Start, b.Start)
			}
			return cmp.Compare(b.End, a.End)
		})
	}
}

func growRefs(s [][]Ref, n int) [][]Ref {
	if cap(s) < n {
		return make([][]Ref, n)
	}
	return s[:n]
}

func growInt32(s []int32, n int) []int32 {
	if cap(s) < n {
		return make([]int32, n)
	}
	return s[:n]
}

// tokenSpan returns the tokens of a sentence that a byte range covers.
func tokenSpan(toks []document.Token, start, end int) (int, int) {
	s := sort.Search(len(toks), func(i int) bool { return toks[i].End > start })
	t := s
	for t < len(toks) && toks[t].Start < end {
		t++
	}
	return s, t
}

// At returns the innermost mention that covers token tok of sentence s
// (the shortest one; "Xi" inside "Chinese President Xi Jinping and his
// Russian counterpart" gives Xi Jinping, not the pair).
func (ix *Index) At(s, tok int) (Ref, bool) {
	var best Ref
	found := false
	for _, r := range ix.Mentions(s) {
		if r.Start > tok {
			break
		}
		if tok < r.End && (!found || r.End-r.Start < best.End-best.Start) {
			best, found = r, true
		}
	}
	return best, found
}

// Covering appends to dst every mention that covers token tok of sentence
// s, innermost first.
func (ix *Index) Covering(s, tok int, dst []Ref) []Ref {
	n := len(dst)
	for _, r := range ix.Mentions(s) {
		if r.Start > tok {
			break
		}
		if tok < r.End {
			dst = append(dst, r)
		}
	}
	slices.SortStableFunc(dst[n:], func(a, b Ref) int { return cmp.Compare(a.End-a.Start, b.End-b.Start) })
	return dst
}

// Mentions returns the mentions of sentence s in text order (outer before
// inner at the same start). The slice is shared: do not modify it.
func (ix *Index) Mentions(s int) []Ref {
	if s < 0 || s >= len(ix.bySent) {
		return nil
	}
	return ix.bySent[s]
}

// Entity returns the entity with an id, or nil.
func (ix *Index) Entity(id string) *document.Entity { return ix.byID[id] }

// Members returns the entities a group entity stands for, or the entity
// itself when it is not a group: what an event with this actor should be
// coded for, one event per member.
func (ix *Index) Members(e *document.Entity) []*document.Entity {
	if e == nil {
		return nil
	}
	if len(e.Members) == 0 {
		return []*document.Entity{e}
	}
	out := make([]*document.Entity, 0, len(e.Members))
	for _, id := range e.Members {
		if m := ix.byID[id]; m != nil {
			out = append(out, m)
		}
	}
	return out
}
