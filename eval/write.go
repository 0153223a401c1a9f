package eval

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// Write prints the report: for each set one line per record (with
// verbose, the text, the expected and coded items and the rule behind each
// coded event), a table per category and the headline figures; then a last
// line "N passed, M failed".
func (r *Report) Write(w io.Writer, verbose bool) error {
	ew := &errWriter{w: w}
	for _, s := range r.Sets {
		s.write(ew, verbose)
	}
	p, f := r.Count()
	ew.printf("%d passed, %d failed\n", p, f)
	return ew.err
}

func (s *SetReport) write(w *errWriter, verbose bool) {
	w.printf("== %s (%s) ==\n", s.File, s.Kind)
	for _, n := range s.Notes {
		w.printf("  %s\n", n)
	}
	for _, r := range s.Results {
		writeResult(w, r, verbose)
	}
	writeCategories(w, s)
	w.printf("\n")
	for _, f := range s.Figures {
		w.printf("  %-46s %5d / %-5d %6.1f%%\n", f.Label, f.Num, f.Den, 100*f.Ratio())
	}
	if c := s.Events; c != nil {
		w.printf("  %-46s P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)\n",
			"events (source, target, code)", c.Precision(), c.Recall(), c.F1(), c.TP, c.FP, c.FN)
	}
	p, f, c, k := s.Count()
	w.printf("  %d passed, %d failed (%d crashes), %d skipped\n\n", p, f, c, k)
}

func writeResult(w *errWriter, r Result, verbose bool) {
	line := fmt.Sprintf("%-5s %s", r.Status, r.ID)
	if r.Category != "" {
		line += " [" + r.Category + "]"
	}
	sep := ": "
	if r.Note != "" {
		line += sep + r.Note
		sep = "; "
	}
	if (r.Status == Fail || r.Status == Crash) && !verbose {
		line += sep + "want " + listOrNone(r.Expected) + "; got " + listOrNone(r.Got)
	}
	w.printf("%s\n", line)
	if !verbose {
		return
	}
	if r.Text != "" {
		w.printf("      text: %s\n", r.Text)
	}
	if r.Status == Skip {
		return
	}
	w.printf("      want: %s\n", listOrNone(r.Expected))
	if len(r.Got) > 0 || r.Status != Pass {
		w.printf("      got:  %s\n", listOrNone(r.Got))
	}
	for _, e := range r.Evidence {
		w.printf("      rule: %s\n", e)
	}
}

// catRow sums the records of one category.
type catRow struct {
	name                 string
	n, pass, crash, skip int
	tp, fp, fn           int
}

func writeCategories(w *errWriter, s *SetReport) {
	rows := map[string]*catRow{}
	var order []string
	for _, r := range s.Results {
		c := rows[r.Category]
		if c == nil {
			c = &catRow{name: r.Category}
			rows[r.Category] = c
			order = append(order, r.Category)
		}
		c.n++
		switch r.Status {
		case Pass:
			c.pass++
		case Crash:
			c.crash++
		case Skip:
			c.skip++
		}
		c.tp, c.fp, c.fn = c.tp+r.TP, c.fp+r.FP, c.fn+r.FN
	}
	if len(order) < 2 && s.Events == nil {
		return
	}
	slices.Sort(order)
	w.printf("\n  %-24s %7s %7s %7s %7s", "category", "records", "passed", "crashes", "skipped")
	if s.Events != nil {
		w.printf(" %5s %5s %5s", "tp", "fp", "fn")
	}
	w.printf("\n")
	for _, name := range order {
		c := rows[name]
		scored := c.n - c.skip
		w.printf("  %-24s %7d %7d %7d %7d", orNone(c.name), c.n, c.pass, c.crash, c.skip)
		if s.Events != nil {
			w.printf(" %5d %5d %5d", c.tp, c.fp, c.fn)
		}
		if scored > 0 {
			w.printf("  %5.1f%%", 100*float64(c.pass)/float64(scored))
		}
		w.printf("\n")
	}
}

// errWriter keeps the first write error.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err != nil {
		return
	}
	_, e.err = fmt.Fprintf(e.w, format, args...)
}

// oneLine collapses white space, for texts printed on one line.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
