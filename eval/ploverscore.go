package eval

import (
	"fmt"
	"slices"
	"strings"

	"github.com/readout/readout/document"
	"github.com/readout/readout/format"
)

// ploverRenamed maps the PLOVER type names of the older gold records to
// the names of the 2021 CAMEO-to-PLOVER table readout codes with.
var ploverRenamed = map[string]string{
	"DEMAND":      "REQUEST",
	"DISAPPROVE":  "ACCUSE",
	"INVESTIGATE": "ACCUSE",
	"FIGHT":       "ASSAULT",
}

// PloverType returns the current PLOVER name of a gold event type.
func PloverType(gold string) string {
	t := strings.ToUpper(strings.TrimSpace(gold))
	if n, ok := ploverRenamed[t]; ok {
		return n
	}
	return t
}

// ploverMatch is how well one coded event matches a gold record.
type ploverMatch struct{ typ, actors, sectors bool }

// matchPlover compares a coded event with a gold record:
//
//   - type: the event's PLOVER type is the gold type (older names mapped);
//   - actors: the source country (first three letters of the CAMEO code,
//     so IGO for international bodies) is one of the gold source codes, and
//     the target country one of the gold target codes. When the gold gives
//     no source (or no target), readout must give none either; when the
//     gold gives no target but several sources (joint actors such as
//     "Hungarian and Romanian officials agreed"), the target may also be
//     another of the sources;
//   - sectors: where the gold gives a sector (GOV, MIL, REB, ...; "***"
//     means unknown and lower-case ethnic suffixes are dropped), the role
//     that follows the country in readout's code is that sector.
func matchPlover(g *PloverGoldRecord, e *document.Event) ploverMatch {
	var m ploverMatch
	m.typ = strings.EqualFold(e.Plover, PloverType(g.Event))
	src, tgt := actorCountry(e.Source), actorCountry(e.Target)
	gs, okS := findActor(g.Source, src)
	gt, okT := findActor(g.Target, tgt)
	if len(g.Target) == 0 && len(g.Source) > 1 && tgt != src {
		if alt, ok := findActor(g.Source, tgt); ok && tgt != "" {
			gt, okT = alt, true
		}
	}
	m.actors = m.typ && okS && okT
	m.sectors = m.actors && sectorOK(gs, e.Source) && sectorOK(gt, e.Target)
	return m
}

// findActor returns the gold actor whose country is c; with no gold actors
// it matches only an empty c.
func findActor(gold []GoldActor, c string) (GoldActor, bool) {
	if len(gold) == 0 || allEmpty(gold) {
		return GoldActor{}, c == ""
	}
	for _, a := range gold {
		if strings.EqualFold(strings.TrimSpace(a.Code), c) && c != "" {
			return a, true
		}
	}
	return GoldActor{}, false
}

func allEmpty(gold []GoldActor) bool {
	for _, a := range gold {
		if strings.TrimSpace(a.Code) != "" {
			return false
		}
	}
	return true
}

// actorCountry is the first three letters of a CAMEO actor code, "" for
// none or an unknown country ("---").
func actorCountry(code string) string {
	c := strings.ToUpper(country(strings.TrimSpace(code)))
	if c == "---" {
		return ""
	}
	return c
}

func sectorOK(g GoldActor, code string) bool {
	want := strings.TrimSpace(g.Sector)
	if want == "" || strings.Trim(want, "*") == "" {
		return true
	}
	if len(want) > 3 {
		want = want[:3]
	}
	want = strings.ToUpper(want)
	return len(code) >= 6 && strings.ToUpper(code[3:6]) == want
}

// scorePlover codes each gold record with readout's dictionaries and
// scores type, actors and sectors. A record passes when an event matches
// type and actors.
func scorePlover(name string, recs []PloverGoldRecord, code Coder) *SetReport {
	s := &SetReport{File: name, Kind: PloverGold,
		Notes: []string{fmt.Sprintf("%d records, coded with readout's dictionaries; older type names mapped: DEMAND=REQUEST, DISAPPROVE=ACCUSE, INVESTIGATE=ACCUSE, FIGHT=ASSAULT", len(recs))}}
	var typed, full, sectors int
	for i := range recs {
		r, m := codePlover(&recs[i], code)
		if m.typ {
			typed++
		}
		if m.actors {
			full++
		}
		if m.sectors {
			sectors++
		}
		s.Results = append(s.Results, r)
	}
	n := len(recs)
	s.Figures = []Figure{
		{Key: "type", Label: "records with an event of the gold type", Num: typed, Den: n},
		{Key: "full", Label: "... and the gold source and target countries", Num: full, Den: n},
		{Key: "sector", Label: "... and the gold sectors", Num: sectors, Den: n},
	}
	return s
}

// codePlover codes one record and returns its result and the best match.
func codePlover(g *PloverGoldRecord, code Coder) (Result, ploverMatch) {
	cat := strings.ToUpper(g.Event)
	if t := PloverType(g.Event); t != cat {
		cat += "=" + t
	}
	r := Result{ID: g.ID, Category: cat, Line: g.Line, Text: g.Text, Expected: []string{ploverWant(g)}}
	d := &document.Document{ID: g.ID, Text: g.Text}
	d.Published, _ = format.NormalizeDate(g.Date)
	if err := safeCode(code, d); err != nil {
		r.Status, r.Note = Crash, err.Error()
		return r, ploverMatch{}
	}
	var best ploverMatch
	for i := range d.Events {
		e := &d.Events[i]
		r.Got = append(r.Got, fmt.Sprintf("%s %s %s %s", orNone(e.Source), orNone(e.Target), e.Code, orNone(e.Plover)))
		m := matchPlover(g, e)
		if score(m) > score(best) {
			best = m
		}
	}
	r.Evidence = evidence(d)
	r.Status = Fail
	switch {
	case best.actors:
		r.Status = Pass
	case best.typ:
		r.Note = "type right, actors wrong"
	default:
		r.Note = "no " + PloverType(g.Event) + " event"
	}
	return r, best
}

func score(m ploverMatch) int {
	n := 0
	for _, b := range []bool{m.typ, m.actors, m.sectors} {
		if b {
			n++
		}
	}
	return n
}

func ploverWant(g *PloverGoldRecord) string {
	side := func(as []GoldActor) string {
		var parts []string
		for _, a := range as {
			p := a.Code
			if a.Sector != "" {
				p += "/" + a.Sector
			}
			if p != "" && !slices.Contains(parts, p) {
				parts = append(parts, p)
			}
		}
		return orNone(strings.Join(parts, "+"))
	}
	return fmt.Sprintf("%s %s %s", side(g.Source), side(g.Target), PloverType(g.Event))
}
