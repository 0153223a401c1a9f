package eval

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/readout/readout/document"
	"github.com/readout/readout/lexicon"
)

// scorePetrarch codes the records of a validation file and compares them
// with the expected codings. A record is right, as PETRARCH defines it,
// when the set of (source, target, event code) triples readout codes
// equals the expected set; noevents="True" and error="..." expect no
// events at all.
func scorePetrarch(f *PetrFile, kind Kind, dicts lexicon.PetrarchFiles, cs *coders) (*SetReport, error) {
	s := &SetReport{File: f.Name, Kind: kind, Events: &EventCounts{}}
	sel := newSelection(f.Env)
	skipped := map[string]int{}
	var active, na, exact, typed, crashes int
	for i := range f.Records {
		rec := &f.Records[i]
		if why := sel.skip(rec); why != "" {
			skipped[why]++
			s.Results = append(s.Results, Result{ID: rec.ID, Category: rec.Category, Line: rec.Line, Status: Skip, Note: why})
			continue
		}
		active++
		if why := notApplicable(rec); why != "" {
			na++
			s.Results = append(s.Results, Result{ID: rec.ID, Category: rec.Category, Line: rec.Line, Status: Skip, Note: why, Text: rec.Text})
			continue
		}
		code, err := cs.get(Setup{Petrarch: dicts, Config: rec.Config})
		if err != nil {
			return nil, err
		}
		r, typeOK := codePetrRecord(rec, code)
		s.Events.TP, s.Events.FP, s.Events.FN = s.Events.TP+r.TP, s.Events.FP+r.FP, s.Events.FN+r.FN
		switch {
		case r.Status == Pass:
			exact++
		case r.Status == Crash:
			crashes++
		}
		if typeOK {
			typed++
		}
		s.Results = append(s.Results, r)
	}
	scored := active - na
	s.Notes = petrNotes(f, dicts, active, na, skipped)
	s.Figures = []Figure{
		{Key: "exact", Label: "records exactly right", Num: exact, Den: scored},
		{Key: "type", Label: "records with the right event codes", Num: typed, Den: scored},
		{Key: "crashes", Label: "records that crashed the coder", Num: crashes, Den: scored},
	}
	return s, nil
}

// codePetrRecord codes one record; typeOK says whether the set of event
// codes (actors aside) is right.
func codePetrRecord(rec *PetrRecord, code Coder) (r Result, typeOK bool) {
	r = Result{ID: rec.ID, Category: rec.Category, Line: rec.Line, Text: rec.Text, Expected: expectedLines(rec)}
	want := rec.Expect
	if rec.NoEvents || rec.Error != "" {
		want = nil
	}
	if strings.TrimSpace(rec.Text) == "" {
		r.Status, r.Note, r.FN = Fail, "record has no <Text>", len(want)
		return r, false
	}
	d := &document.Document{ID: rec.ID, Text: rec.Text}
	if rec.Date != "" {
		d.Published = petrDate(rec.Date)
	}
	if err := safeCode(code, d); err != nil {
		r.Status, r.Note, r.FN = Crash, err.Error(), len(want)
		return r, false
	}
	got := codedTriples(d)
	for _, t := range got {
		r.Got = append(r.Got, t.String())
	}
	r.Evidence = evidence(d)
	for _, t := range got {
		if slices.Contains(want, t) {
			r.TP++
		} else {
			r.FP++
		}
	}
	r.FN = len(want) - r.TP
	r.Status = Fail
	if r.FP == 0 && r.FN == 0 {
		r.Status = Pass
	}
	return r, sameCodes(want, got)
}

func expectedLines(rec *PetrRecord) []string {
	switch {
	case rec.NoEvents:
		return []string{"noevents"}
	case rec.Error != "":
		return []string{"error " + rec.Error + " (no events)"}
	}
	var out []string
	for _, t := range rec.Expect {
		out = append(out, t.String())
	}
	return out
}

// codedTriples returns the distinct codings of a document, in order.
func codedTriples(d *document.Document) []Triple {
	var out []Triple
	for _, e := range d.Events {
		t := newTriple(e.Source, e.Target, e.Code)
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

func sameCodes(want, got []Triple) bool {
	codes := func(ts []Triple) []string {
		var out []string
		for _, t := range ts {
			if !slices.Contains(out, t.Code) {
				out = append(out, t.Code)
			}
		}
		sort.Strings(out)
		return out
	}
	return slices.Equal(codes(want), codes(got))
}

// evidence describes each coded event: where, and which rule fired.
func evidence(d *document.Document) []string {
	var out []string
	for _, e := range d.Events {
		line := fmt.Sprintf("%s %s %s", orNone(e.Source), orNone(e.Target), e.Code)
		if e.Plover != "" {
			line += " " + e.Plover
		}
		if v := e.Evidence.VerbSpan.Text; v != "" {
			line += fmt.Sprintf(" at %q", v)
		}
		line += " by " + orNone(e.Evidence.Rule)
		if e.Evidence.Pattern != "" {
			line += " (" + e.Evidence.Pattern + ")"
		}
		if e.Negated {
			line += ", negated"
		}
		if e.Modality != "" && e.Modality != document.Asserted {
			line += ", " + e.Modality
		}
		out = append(out, line)
	}
	return out
}

func petrNotes(f *PetrFile, dicts lexicon.PetrarchFiles, active, na int, skipped map[string]int) []string {
	line := fmt.Sprintf("%d records: %d active, %d scored", len(f.Records), active, active-na)
	if na > 0 {
		line += fmt.Sprintf(" (%d not applicable to readout)", na)
	}
	notes := []string{line}
	var reasons []string
	for why, n := range skipped {
		reasons = append(reasons, fmt.Sprintf("%d %s", n, why))
	}
	sort.Strings(reasons)
	if len(reasons) > 0 {
		notes = append(notes, "left out: "+strings.Join(reasons, "; "))
	}
	var files []string
	for _, list := range [][]string{dicts.Verbs, dicts.Actors, dicts.Agents, dicts.Discards, dicts.Issues, dicts.PICO, dicts.Prepositions} {
		files = append(files, list...)
	}
	if len(files) == 0 {
		notes = append(notes, "dictionaries: readout's own")
	} else {
		notes = append(notes, "dictionaries: "+strings.Join(files, ", "))
	}
	return notes
}
