package document

import "fmt"

// Annotator is one pipeline stage. Annotate reads what earlier stages left in
// d and adds its own findings. It returns an error only when the document as
// a whole cannot be processed; problems with a part of it are recorded in
// d.Problems and the stage goes on.
type Annotator interface {
	Annotate(d *Document) error
}

// AddProblem records a non-fatal finding at a byte offset (-1 when none).
func (d *Document) AddProblem(offset int, format string, args ...any) {
	d.Problems = append(d.Problems, Problem{Offset: offset, Message: fmt.Sprintf(format, args...)})
}

// Snippet returns the text between two byte offsets, clamped to the text.
func (d *Document) Snippet(start, end int) string {
	if start < 0 {
		start = 0
	}
	if end > len(d.Text) {
		end = len(d.Text)
	}
	if start >= end {
		return ""
	}
	return d.Text[start:end]
}

// SpanOf returns the Span between two byte offsets with its text.
func (d *Document) SpanOf(start, end int) Span {
	return Span{Start: start, End: end, Text: d.Snippet(start, end)}
}

// EntityByID returns the entity with the given id, or nil.
func (d *Document) EntityByID(id string) *Entity {
	for i := range d.Entities {
		if d.Entities[i].ID == id {
			return &d.Entities[i]
		}
	}
	return nil
}
