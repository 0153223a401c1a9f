package conllu

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Writer writes sentences in CoNLL-U. Call Flush when done.
type Writer struct {
	w *bufio.Writer
}

// NewWriter returns a Writer to w.
func NewWriter(w io.Writer) *Writer {
	return &Writer{w: bufio.NewWriter(w)}
}

// Flush writes any buffered data.
func (w *Writer) Flush() error { return w.w.Flush() }

// Write writes one sentence followed by a blank line. Fields that would
// break the format (tabs, line breaks, empty strings) are an error; empty
// strings in optional fields are written as "_".
func (w *Writer) Write(s *Sentence) error {
	if len(s.Words) == 0 {
		return fmt.Errorf("conllu: cannot write a sentence with no words")
	}
	for _, c := range s.Comments {
		if strings.ContainsAny(c, "\n\r") {
			return fmt.Errorf("conllu: comment contains a line break: %q", c)
		}
		if c == "" {
			w.w.WriteString("#\n")
		} else {
			w.w.WriteString("# " + c + "\n")
		}
	}
	mi, ei := 0, 0
	for ; ei < len(s.Empty) && s.Empty[ei].Major == 0; ei++ {
		if err := w.empty(&s.Empty[ei]); err != nil {
			return err
		}
	}
	for i := range s.Words {
		wd := &s.Words[i]
		for ; mi < len(s.Multi) && s.Multi[mi].First <= wd.ID; mi++ {
			m := &s.Multi[mi]
			id := strconv.Itoa(m.First) + "-" + strconv.Itoa(m.Last)
			if err := w.line(id, m.Form, "_", "_", "_", "_", "_", "_", "_", m.Misc); err != nil {
				return err
			}
		}
		head := "_"
		if wd.Head != NoHead {
			head = strconv.Itoa(wd.Head)
		}
		err := w.line(strconv.Itoa(i+1), wd.Form, wd.Lemma, wd.UPOS, wd.XPOS, wd.Feats,
			head, wd.Deprel, wd.Deps, wd.Misc)
		if err != nil {
			return err
		}
		for ; ei < len(s.Empty) && s.Empty[ei].Major <= wd.ID; ei++ {
			if err := w.empty(&s.Empty[ei]); err != nil {
				return err
			}
		}
	}
	_, err := w.w.WriteString("\n")
	return err
}

func (w *Writer) empty(e *EmptyNode) error {
	id := strconv.Itoa(e.Major) + "." + strconv.Itoa(e.Minor)
	return w.line(id, e.Form, e.Lemma, e.UPOS, e.XPOS, e.Feats, "_", "_", e.Deps, e.Misc)
}

func (w *Writer) line(fields ...string) error {
	for i, f := range fields {
		if strings.ContainsAny(f, "\t\n\r") {
			return fmt.Errorf("conllu: %s field of word %s contains a tab or line break: %q", fieldNames[i], fields[0], f)
		}
		if i > 0 {
			w.w.WriteByte('\t')
		}
		if f == "" {
			f = "_"
		}
		w.w.WriteString(f)
	}
	_, err := w.w.WriteString("\n")
	return err
}
