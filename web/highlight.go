package web

import (
	"sort"
	"strconv"
	"strings"

	"github.com/readout/readout/document"
)

// Piece is a run of article text with the annotations that cover all of
// it. Pieces in order rebuild the text exactly.
type Piece struct {
	Text       string
	Entity     string // entity id when inside a mention
	Actor      string // that entity's actor code
	Events     []int  // indexes of events whose verb covers the piece
	Statements []int  // indexes of statements whose content covers it
	Speaker    []int  // statements whose speaker mention covers it
}

// Marked reports whether any annotation covers the piece.
func (p Piece) Marked() bool {
	return p.Entity != "" || len(p.Events) > 0 || len(p.Statements) > 0 || len(p.Speaker) > 0
}

// Class is the CSS classes of the piece.
func (p Piece) Class() string {
	var c []string
	if p.Entity != "" {
		c = append(c, "ent")
	}
	if len(p.Events) > 0 {
		c = append(c, "ev")
	}
	if len(p.Statements) > 0 {
		c = append(c, "st")
	}
	if len(p.Speaker) > 0 {
		c = append(c, "spk")
	}
	return strings.Join(c, " ")
}

// EventIDs is the events as a space-separated list for a data attribute.
func (p Piece) EventIDs() string { return ints(p.Events) }

// StatementIDs is the statements (content or speaker) as a list.
func (p Piece) StatementIDs() string {
	return ints(append(append([]int{}, p.Statements...), p.Speaker...))
}

func ints(xs []int) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = strconv.Itoa(x)
	}
	return strings.Join(s, " ")
}

// mark is one annotated span.
type mark struct {
	start, end int
	apply      func(p *Piece)
}

// Highlight splits d.Text at every annotation boundary. Spans outside the
// text or not on UTF-8 boundaries are clamped or dropped, never trusted.
func Highlight(d *document.Document) []Piece {
	var marks []mark
	for _, e := range d.Entities {
		id, actor := e.ID, e.Actor
		for _, m := range e.Mentions {
			marks = append(marks, mark{m.Start, m.End, func(p *Piece) { p.Entity, p.Actor = id, actor }})
		}
	}
	for i, e := range d.Events {
		i := i
		v := e.Evidence.VerbSpan
		marks = append(marks, mark{v.Start, v.End, func(p *Piece) { p.Events = append(p.Events, i) }})
	}
	for i, s := range d.Statements {
		i := i
		marks = append(marks, mark{s.Content.Start, s.Content.End, func(p *Piece) { p.Statements = append(p.Statements, i) }})
		marks = append(marks, mark{s.SpeakerSpan.Start, s.SpeakerSpan.End, func(p *Piece) { p.Speaker = append(p.Speaker, i) }})
	}
	return split(d.Text, marks)
}

// split cuts text at every mark boundary with a sweep over the cut
// positions, applying to each piece the marks open over it (in the order
// the marks were given).
func split(text string, marks []mark) []Piece {
	cuts := map[int]bool{0: true, len(text): true}
	opens, closes := map[int][]int{}, map[int][]int{}
	for i, m := range marks {
		if m.start < 0 || m.end > len(text) || m.start >= m.end || !boundary(text, m.start) || !boundary(text, m.end) {
			continue
		}
		cuts[m.start], cuts[m.end] = true, true
		opens[m.start] = append(opens[m.start], i)
		closes[m.end] = append(closes[m.end], i)
	}
	pos := make([]int, 0, len(cuts))
	for c := range cuts {
		pos = append(pos, c)
	}
	sort.Ints(pos)
	active := map[int]bool{}
	var out []Piece
	for k := 0; k+1 < len(pos); k++ {
		for _, i := range closes[pos[k]] {
			delete(active, i)
		}
		for _, i := range opens[pos[k]] {
			active[i] = true
		}
		ids := make([]int, 0, len(active))
		for i := range active {
			ids = append(ids, i)
		}
		sort.Ints(ids)
		p := Piece{Text: text[pos[k]:pos[k+1]]}
		for _, i := range ids {
			marks[i].apply(&p)
		}
		out = append(out, p)
	}
	return out
}

// boundary reports whether byte offset i starts a UTF-8 character (or is
// the end of s).
func boundary(s string, i int) bool {
	return i == len(s) || s[i]&0xC0 != 0x80
}
