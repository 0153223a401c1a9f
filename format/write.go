package format

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/readout/readout/document"
)

// Writer writes coded documents in one output format.
type Writer interface {
	Write(d *document.Document) error
	Flush() error
}

// Output formats.
const (
	OutJSONL  = "jsonl"
	OutTable  = "table"
	OutPlover = "plover"
	OutTSV    = "tsv"
)

// NewWriter returns a writer of the named output format.
func NewWriter(w io.Writer, format string) (Writer, error) {
	bw := bufio.NewWriterSize(w, 64<<10)
	switch format {
	case OutJSONL, "json", "":
		return &jsonlWriter{w: bw, enc: newEncoder(bw)}, nil
	case OutTable:
		return &tableWriter{w: bw}, nil
	case OutPlover:
		return &ploverWriter{w: bw, enc: newEncoder(bw)}, nil
	case OutTSV:
		return &tsvWriter{w: bw}, nil
	}
	return nil, fmt.Errorf("unknown output format %q (want jsonl, table, plover or tsv)", format)
}

func newEncoder(w io.Writer) *json.Encoder {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc
}

type jsonlWriter struct {
	w   *bufio.Writer
	enc *json.Encoder
}

func (j *jsonlWriter) Write(d *document.Document) error { return j.enc.Encode(nonNil(d)) }
func (j *jsonlWriter) Flush() error                     { return j.w.Flush() }

// nonNil makes empty lists encode as [] rather than null, so consumers can
// iterate without checks.
func nonNil(d *document.Document) *document.Document {
	if d.Sentences == nil {
		d.Sentences = []document.Sentence{}
	}
	if d.Entities == nil {
		d.Entities = []document.Entity{}
	}
	if d.Events == nil {
		d.Events = []document.Event{}
	}
	if d.Statements == nil {
		d.Statements = []document.Statement{}
	}
	if d.Amounts == nil {
		d.Amounts = []document.Amount{}
	}
	if d.Topics == nil {
		d.Topics = []string{}
	}
	for i := range d.Entities {
		if d.Entities[i].Mentions == nil {
			d.Entities[i].Mentions = []document.Mention{}
		}
	}
	return d
}

// tsvWriter writes one event a line: date, source, target, code, root,
// quad class, Goldstein, article id, sentence index.
type tsvWriter struct {
	w      *bufio.Writer
	header bool
}

func (t *tsvWriter) Write(d *document.Document) error {
	if !t.header {
		t.header = true
		t.w.WriteString("date\tsource\ttarget\tcode\troot\tquad_class\tgoldstein\tid\tsentence\n")
	}
	for _, e := range d.Events {
		fields := []string{e.Date, e.Source, e.Target, e.Code, e.Root,
			strconv.Itoa(e.QuadClass), strconv.FormatFloat(e.Goldstein, 'f', -1, 64), d.ID, strconv.Itoa(e.Sentence)}
		for i, f := range fields {
			if i > 0 {
				t.w.WriteByte('\t')
			}
			t.w.WriteString(tsvField(f))
		}
		if _, err := t.w.WriteString("\n"); err != nil {
			return err
		}
	}
	return nil
}

func (t *tsvWriter) Flush() error { return t.w.Flush() }

// tsvField keeps tabs and line breaks out of a field.
func tsvField(s string) string {
	if strings.ContainsAny(s, "\t\r\n") {
		return strings.NewReplacer("\t", " ", "\r", " ", "\n", " ").Replace(s)
	}
	return s
}
