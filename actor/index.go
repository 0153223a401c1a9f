package actor

import (
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
	ix := &Index{d: d, bySent: make([][]Ref, len(d.Sentences)), byID: make(map[string]*document.Entity, len(d.Entities))}
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
		sort.SliceStable(refs, func(a, b int) bool {
			if refs[a].Start != refs[b].Start {
				return refs[a].Start < refs[b].Start
			}
			return refs[a].End > refs[b].End
		})
	}
	return ix
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
	added := dst[n:]
	sort.SliceStable(added, func(a, b int) bool { return added[a].End-added[a].Start < added[b].End-added[b].Start })
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
