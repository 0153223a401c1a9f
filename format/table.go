package format

import (
	"bufio"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/readout/readout/document"
)

// tableWriter writes a view for a person at a terminal.
type tableWriter struct {
	w *bufio.Writer
	n int
}

func (t *tableWriter) Write(d *document.Document) error {
	if t.n > 0 {
		t.w.WriteString("\n")
	}
	t.n++
	fmt.Fprintf(t.w, "== %s", d.ID)
	if d.Title != "" {
		fmt.Fprintf(t.w, ": %s", d.Title)
	}
	t.w.WriteString("\n")
	meta := []string{}
	for _, kv := range [][2]string{{"published", d.Published}, {"publisher", d.Publisher}, {"source", d.Source}} {
		if kv[1] != "" {
			meta = append(meta, kv[0]+" "+kv[1])
		}
	}
	if len(d.Topics) > 0 {
		meta = append(meta, "topics "+strings.Join(d.Topics, ", "))
	}
	if len(meta) > 0 {
		fmt.Fprintf(t.w, "   %s\n", strings.Join(meta, " · "))
	}
	tw := tabwriter.NewWriter(t.w, 0, 0, 2, ' ', 0)
	t.events(tw, d)
	t.statements(tw, d)
	t.entities(tw, d)
	t.amounts(tw, d)
	for _, p := range d.Problems {
		fmt.Fprintf(tw, "problem\t@%d\t%s\n", p.Offset, p.Message)
	}
	return tw.Flush()
}

func (t *tableWriter) events(tw *tabwriter.Writer, d *document.Document) {
	if len(d.Events) == 0 {
		return
	}
	fmt.Fprintln(tw, "\nEVENTS\tsent\tdate\tsource\ttarget\tcode\tplover\tquad\tgoldstein\tflags\tverb")
	for _, e := range d.Events {
		flags := []string{}
		if e.Negated {
			flags = append(flags, "negated")
		}
		if e.Modality != "" && e.Modality != document.Asserted {
			flags = append(flags, e.Modality)
		}
		if e.SpeakerEntity != "" {
			if en := d.EntityByID(e.SpeakerEntity); en != nil {
				flags = append(flags, "said by "+en.Name)
			}
		}
		fmt.Fprintf(tw, "\t%d\t%s\t%s\t%s\t%s\t%s\t%d\t%.1f\t%s\t%s\n", e.Sentence, e.Date, e.Source, dash(e.Target),
			e.Code, e.Plover, e.QuadClass, e.Goldstein, strings.Join(flags, ", "), clip(e.Evidence.VerbSpan.Text, 30))
	}
}

func (t *tableWriter) statements(tw *tabwriter.Writer, d *document.Document) {
	if len(d.Statements) == 0 {
		return
	}
	fmt.Fprintln(tw, "\nSTATEMENTS\tsent\tspeaker\tactor\tcue\tcontent")
	for _, s := range d.Statements {
		q := ""
		if s.Direct {
			q = "\""
		}
		fmt.Fprintf(tw, "\t%d\t%s\t%s\t%s\t%s%s%s\n", s.Sentence, s.Speaker, dash(s.SpeakerActor), s.Cue, q, clip(s.Content.Text, 70), q)
	}
}

func (t *tableWriter) entities(tw *tabwriter.Writer, d *document.Document) {
	if len(d.Entities) == 0 {
		return
	}
	fmt.Fprintln(tw, "\nENTITIES\tid\tname\ttype\tactor\tmentions")
	for _, e := range d.Entities {
		fmt.Fprintf(tw, "\t%s\t%s\t%s\t%s\t%d\n", e.ID, e.Name, e.Type, dash(e.Actor), len(e.Mentions))
	}
}

func (t *tableWriter) amounts(tw *tabwriter.Writer, d *document.Document) {
	if len(d.Amounts) == 0 {
		return
	}
	fmt.Fprintln(tw, "\nAMOUNTS\tsent\tvalue\tunit\tchange\tabout")
	for _, a := range d.Amounts {
		fmt.Fprintf(tw, "\t%d\t%g\t%s\t%s\t%s\n", a.Sentence, a.Value, a.Unit, dash(a.Change), clip(a.About, 50))
	}
}

func (t *tableWriter) Flush() error { return t.w.Flush() }

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// clip shortens s to at most n runes, marking the cut.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
