package amount

import (
	"strings"

	"github.com/readout/readout/document"
)

// Coder is the amount stage, a document.Annotator. The zero value is
// ready to use and safe for concurrent use.
type Coder struct{}

// New returns the amount stage.
func New() *Coder { return &Coder{} }

// Annotate finds the amounts of d and sets d.Amounts.
func (c *Coder) Annotate(d *document.Document) error {
	d.Amounts = d.Amounts[:0]
	for s := range d.Sentences {
		sentence(d, s)
	}
	if d.Amounts == nil {
		d.Amounts = []document.Amount{}
	}
	return nil
}

// sent is one sentence as the stage reads it.
type sent struct {
	d    *document.Document
	idx  int
	toks []document.Token
}

// lower returns the lower-case text of token i ("" out of range).
func (s *sent) lower(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return lowerASCII(s.toks[i].Text)
}

// lemma returns the lower-case lemma of token i, or its lower-case text
// when the syntax stage has not run.
func (s *sent) lemma(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	if l := s.toks[i].Lemma; l != "" && l != "_" {
		return lowerASCII(l)
	}
	return singular(lowerASCII(s.toks[i].Text))
}

// sentence finds the amounts of sentence i.
func sentence(d *document.Document, i int) {
	s := &sent{d: d, idx: i, toks: d.Sentences[i].Tokens}
	for t := 0; t < len(s.toks); {
		n, ok := s.number(t)
		if !ok {
			t++
			continue
		}
		u, ok := s.unit(&n)
		if !ok || s.isDate(n) {
			t = n.end
			continue
		}
		start := s.qualifier(n.start)
		a := document.Amount{
			Sentence: i,
			Value:    n.value,
			Unit:     u.name,
			Start:    s.toks[start].Start,
			End:      s.toks[u.end-1].End,
		}
		a.Text = d.Text[a.Start:a.End]
		a.Change = s.change(n.start, u.end)
		a.About = s.about(n, u, a.Change)
		d.Amounts = append(d.Amounts, a)
		t = u.end
	}
}

// qualifier moves the start of an amount back over "at least", "about",
// "more than" and the like.
func (s *sent) qualifier(t int) int {
	switch {
	case t >= 2 && s.lower(t-2) == "at" && (s.lower(t-1) == "least" || s.lower(t-1) == "most"),
		t >= 2 && (s.lower(t-2) == "more" || s.lower(t-2) == "less" || s.lower(t-2) == "fewer") && s.lower(t-1) == "than",
		t >= 2 && s.lower(t-2) == "up" && s.lower(t-1) == "to":
		return t - 2
	case t >= 1 && approx[s.lower(t-1)]:
		return t - 1
	}
	return t
}

var approx = setOf("about", "around", "nearly", "almost", "some", "over", "roughly", "approximately",
	"estimated", "only", "just")

// isDate says whether a number is part of a date ("June 21", "21 June").
func (s *sent) isDate(n num) bool {
	return months[s.lower(n.start-1)] || months[s.lower(n.end)]
}

var months = setOf("january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.",
	"jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.")

func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// singular cuts a regular plural ("barrels" -> "barrel") for untagged text.
func singular(w string) string {
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n > 3 && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'u' && w[n-2] != 'i':
		return w[:n-1]
	}
	return w
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
