package eval

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/readout/readout/document"
	"github.com/readout/readout/internal/shared"
)

// TestSharedGoldFiles reads every shared gold file with a coder that finds
// nothing: the readers, the record selection and the dictionary search
// must hold on the real files.
func TestSharedGoldFiles(t *testing.T) {
	data := shared.Path(t)
	var setups []Setup
	nothing := func(s Setup) (Coder, error) {
		setups = append(setups, s)
		return func(*document.Document) error { return nil }, nil
	}
	files := []string{
		"petrarch2/text/PETR.UnitTest.records.xml",
		"petrarch2/text/PETR.UnitTest.records.jsonl",
		"universalpetrarch/text/PETR2_GSR_validation.shared.xml",
		"universalpetrarch/text/PETR2_GSR_validation.shared.jsonl",
		"plover/PLOVER_GSR_CAMEO.shared.json",
		"plover/PLOVER_GSR_CAMEO.shared.jsonl",
		"cameo_conflibert/cameo_annotator_rounds.shared.jsonl",
		"seed", "readouts", "articles",
	}
	var paths []string
	for _, f := range files {
		paths = append(paths, filepath.Join(data, f))
	}
	rep, err := Run(paths, Options{CoderFor: nothing})
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		results, scored int
		note            string
	}{
		{284, 276, "284 records: 278 active, 276 scored (2 not applicable to readout)"},
		{284, 276, "284 records: 278 active, 276 scored (2 not applicable to readout)"},
		{58, 58, "58 records: 58 active, 58 scored"},
		{58, 58, "58 records: 58 active, 58 scored"},
		{241, 241, "241 records"},
		{241, 241, "241 records"},
		{738, 699, "738 lines, 150 distinct sentences"},
		{0, 0, "1 annotated articles"},
		{0, 0, "7 annotated articles"},
		{0, 0, "13 annotated articles"},
	}
	for i, s := range rep.Sets {
		w := want[i]
		p, f, _, _ := s.Count()
		if w.results > 0 && (len(s.Results) != w.results || p+f != w.scored) {
			t.Errorf("%s: %d results, %d scored; want %d, %d", files[i], len(s.Results), p+f, w.results, w.scored)
		}
		if !strings.HasPrefix(s.Notes[0], w.note) {
			t.Errorf("%s: %q, want %q", files[i], s.Notes[0], w.note)
		}
	}
	var gsr *Setup
	for i, s := range setups {
		if len(s.Petrarch.Verbs) == 1 && filepath.Base(s.Petrarch.Verbs[0]) == "CAMEO.2.0.txt" {
			gsr = &setups[i]
		}
	}
	if gsr == nil || len(gsr.Petrarch.Actors) != 3 || len(gsr.Petrarch.Agents) != 1 || len(gsr.Petrarch.PICO) != 1 {
		t.Errorf("GSR dictionaries not found as its <Environment> names them: %+v", setups)
	}
}
