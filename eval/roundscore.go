package eval

import (
	"fmt"
	"slices"
	"strings"

	"github.com/readout/readout/document"
	"github.com/readout/readout/lexicon"
)

// Agreement on CAMEO root codes, as eval measures it on multi-coder rounds.
//
// Each label is a set of root codes: a coder's is the roots of the
// actions they marked; readout's is the roots of the events it coded in
// the sentence, plus 01 (make public statement) when it found a statement,
// because readout reports "X said" as a statement where the coders mark a
// root-01 action. Two labels agree when they share a root, or when both
// are empty (neither saw an event). Agreement is the share of agreeing
// pairs: readout against each coder who completed the sentence, and each
// pair of such coders against each other, over every (round, sentence)
// line. The stricter figures ask for the same set of roots; the
// events-only figure leaves readout's statements out.
func agree(a, b []string) bool {
	if len(a) == 0 && len(b) == 0 {
		return true
	}
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

func sameSet(a, b []string) bool { return slices.Equal(a, b) }

// roundTally counts agreeing pairs.
type roundTally struct {
	agree, exact, events, pairs int // readout against coders
	cAgree, cExact, cPairs      int // coders against coders
	none, nonePairs             int // a coder that finds nothing, against coders
}

// addCoders counts the pairs of coders of a line.
func (t *roundTally) addCoders(l *RoundLine) {
	for i, c := range l.Coders {
		t.nonePairs++
		if len(c.Roots) == 0 {
			t.none++
		}
		for _, o := range l.Coders[i+1:] {
			t.cPairs++
			if agree(c.Roots, o.Roots) {
				t.cAgree++
			}
			if sameSet(c.Roots, o.Roots) {
				t.cExact++
			}
		}
	}
}

// addReadout counts readout against each coder of a line and returns how
// many it agrees with.
func (t *roundTally) addReadout(l *RoundLine, got, eventsOnly []string) (agreeing int) {
	for _, c := range l.Coders {
		t.pairs++
		if agree(got, c.Roots) {
			t.agree++
			agreeing++
		}
		if sameSet(got, c.Roots) {
			t.exact++
		}
		if agree(eventsOnly, c.Roots) {
			t.events++
		}
	}
	return agreeing
}

// scoreRounds codes each distinct sentence once and measures agreement. A
// line passes when readout agrees with at least half the coders who
// completed it; a line nobody completed is skipped.
func scoreRounds(name string, lines []RoundLine, code Coder) *SetReport {
	s := &SetReport{File: name, Kind: ConfliBERT}
	type coded struct {
		roots, events []string
		res           Result
	}
	cache := map[string]*coded{}
	var t roundTally
	for i := range lines {
		l := &lines[i]
		r := Result{ID: l.ID, Category: fmt.Sprintf("round %02d", l.Round), Line: l.Line, Text: l.Text}
		for _, c := range l.Coders {
			r.Expected = append(r.Expected, "coder "+c.Rater+": "+orNone(strings.Join(c.Roots, " ")))
		}
		if len(l.Coders) == 0 {
			r.Status, r.Note = Skip, "no coder completed this sentence"
			s.Results = append(s.Results, r)
			continue
		}
		c := cache[l.Text]
		if c == nil {
			c = &coded{}
			c.roots, c.events, c.res = codeRoots(l.Text, code)
			cache[l.Text] = c
		}
		r.Got, r.Evidence, r.Status, r.Note = c.res.Got, c.res.Evidence, c.res.Status, c.res.Note
		t.addCoders(l)
		if r.Status != Crash {
			n := t.addReadout(l, c.roots, c.events)
			r.Status = Fail
			if 2*n >= len(l.Coders) {
				r.Status = Pass
			}
			r.Note = fmt.Sprintf("readout %s agrees with %d of %d coders", orNone(strings.Join(c.roots, " ")), n, len(l.Coders))
		} else {
			t.pairs += len(l.Coders)
		}
		s.Results = append(s.Results, r)
	}
	s.Notes = []string{fmt.Sprintf("%d lines, %d distinct sentences; root codes agree when they share a root or both have none; readout's statements count as root 01", len(lines), len(cache))}
	s.Figures = []Figure{
		{Key: "agree", Label: "readout agrees with a coder (shared root)", Num: t.agree, Den: t.pairs},
		{Key: "coders", Label: "coders agree with each other (shared root)", Num: t.cAgree, Den: t.cPairs},
		{Key: "exact", Label: "readout has a coder's exact set of roots", Num: t.exact, Den: t.pairs},
		{Key: "coders-exact", Label: "coders have each other's exact set", Num: t.cExact, Den: t.cPairs},
		{Key: "events", Label: "readout agrees, statements left out", Num: t.events, Den: t.pairs},
		{Key: "nothing", Label: "baseline: coding nothing agrees with a coder", Num: t.none, Den: t.nonePairs},
	}
	return s
}

// codeRoots codes one sentence and returns its root codes with and
// without statements.
func codeRoots(text string, code Coder) (roots, events []string, r Result) {
	d := &document.Document{ID: "round", Text: text}
	if err := safeCode(code, d); err != nil {
		r.Status, r.Note = Crash, err.Error()
		return nil, nil, r
	}
	for _, e := range d.Events {
		root := e.Root
		if root == "" {
			root = lexicon.Root(e.Code)
		}
		if root != "" {
			events = addRoot(events, root)
		}
		r.Got = append(r.Got, fmt.Sprintf("%s %s %s", orNone(e.Source), orNone(e.Target), e.Code))
	}
	roots = slices.Clone(events)
	for _, st := range d.Statements {
		roots = addRoot(roots, "01")
		r.Got = append(r.Got, fmt.Sprintf("statement by %s (%s)", quoteOrNone(st.Speaker), st.Cue))
	}
	r.Evidence = evidence(d)
	return roots, events, r
}
