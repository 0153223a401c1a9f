package main

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/readout/readout/eval"
	"github.com/readout/readout/internal/shared"
)

// floors are the accuracy floors readout must keep on the shared gold
// data: CI fails below them. Each is the target, or a little under
// the level reached where that is higher, so that no change makes readout
// worse unnoticed. Raise a floor whenever the coder improves; never lower
// one.
var floors = []struct {
	name, file string
	checks     []floorCheck
}{
	{"PETRARCH unit tests", "petrarch2/text/PETR.UnitTest.records.xml", []floorCheck{
		{figure: "exact", min: 254},      // records exactly right (of 276 scored; target 250)
		{figure: "crashes", max: ptr(0)}, // no record may crash the coder
	}},
	{"PETRARCH-2 GSR validation, Phoenix dictionaries", "universalpetrarch/text/PETR2_GSR_validation.shared.xml", []floorCheck{
		{figure: "exact", ratio: 0.87}, // target 0.85
	}},
	{"PLOVER gold records, readout's dictionaries", "plover/PLOVER_GSR_CAMEO.shared.jsonl", []floorCheck{
		{figure: "type", ratio: 0.80},
		{figure: "full", ratio: 0.65},
	}},
	{"CAMEO multi-coder rounds", "cameo_conflibert/cameo_annotator_rounds.shared.jsonl", []floorCheck{
		{figure: "agree", atLeast: "coders"}, // readout agrees with coders as often as they agree with each other
	}},
}

// floorCheck is one floor on one figure: at least min records, at least a
// ratio, at most max, or at least the ratio of another figure.
type floorCheck struct {
	figure  string
	min     int
	ratio   float64
	max     *int
	atLeast string
}

func ptr(n int) *int { return &n }

func (c floorCheck) check(s *eval.SetReport) error {
	f, ok := s.Figure(c.figure)
	if !ok {
		return fmt.Errorf("no figure %q", c.figure)
	}
	var other eval.Figure
	if c.atLeast != "" {
		if other, ok = s.Figure(c.atLeast); !ok {
			return fmt.Errorf("no figure %q", c.atLeast)
		}
	}
	switch {
	case f.Num < c.min:
		return fmt.Errorf("%s: %d of %d, floor %d", f.Label, f.Num, f.Den, c.min)
	case f.Ratio() < c.ratio:
		return fmt.Errorf("%s: %d of %d (%.1f%%), floor %.1f%%", f.Label, f.Num, f.Den, 100*f.Ratio(), 100*c.ratio)
	case c.max != nil && f.Num > *c.max:
		return fmt.Errorf("%s: %d, at most %d allowed", f.Label, f.Num, *c.max)
	case c.atLeast != "" && f.Ratio() < other.Ratio():
		return fmt.Errorf("%s: %.1f%%, below %s: %.1f%%", f.Label, 100*f.Ratio(), other.Label, 100*other.Ratio())
	}
	return nil
}

func TestAccuracyFloors(t *testing.T) {
	data := shared.Path(t)
	for _, fl := range floors {
		t.Run(fl.name, func(t *testing.T) {
			lc := &lexiconCache{stderr: os.Stderr, pipeline: newPipelineCoder}
			rep, err := eval.Run([]string{filepath.Join(data, fl.file)}, eval.Options{CoderFor: lc.coderFor})
			if err != nil {
				t.Fatal(err)
			}
			s := rep.Sets[0]
			for _, f := range s.Figures {
				t.Logf("%s: %d/%d (%.1f%%)", f.Label, f.Num, f.Den, 100*f.Ratio())
			}
			for _, c := range fl.checks {
				if err := c.check(s); err != nil {
					t.Errorf("below the floor: %v", err)
				}
			}
		})
	}
}
