package server

import (
	"encoding/csv"
	"net/http"
	"strconv"
	"strings"

	"github.com/readout/readout/store"
)

// eventTable writes a page of events as CSV or TSV with a header row.
type eventTable struct {
	page store.Page[store.EventRow]
	sep  rune
}

var eventColumns = []string{"article_id", "date", "source", "target", "code", "root", "quad_class", "goldstein",
	"plover", "plover_mode", "modality", "negated", "according_to", "verb", "rule", "sentence_text"}

func (t eventTable) writeTo(w http.ResponseWriter) error {
	ct, ext := "text/csv; charset=utf-8", "csv"
	if t.sep == '\t' {
		ct, ext = "text/tab-separated-values; charset=utf-8", "tsv"
	}
	w.Header().Set("Content-Type", ct)
	w.Header().Set("Content-Disposition", `attachment; filename="events.`+ext+`"`)
	w.Header().Set("X-Total-Count", strconv.Itoa(t.page.Total))
	cw := csv.NewWriter(w)
	cw.Comma = t.sep
	if err := cw.Write(eventColumns); err != nil {
		return err
	}
	for _, e := range t.page.Items {
		rec := []string{cell(e.ArticleID), e.Date, cell(e.Source), cell(e.Target), cell(e.Code), cell(e.Root),
			strconv.Itoa(e.QuadClass), strconv.FormatFloat(e.Goldstein, 'f', -1, 64), cell(e.Plover),
			cell(e.PloverMode), cell(e.Modality), strconv.FormatBool(e.Negated), cell(e.AccordingTo),
			cell(e.Verb), cell(e.Rule), cell(e.SentenceText)}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// cell makes a text value safe for a spreadsheet: tabs and line breaks
// become spaces (TSV has no quoting), and a value that a spreadsheet would
// run as a formula gets a leading apostrophe.
func cell(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
	if s != "" && strings.ContainsRune("=+-@", rune(s[0])) {
		return "'" + s
	}
	return s
}
