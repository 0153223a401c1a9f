package syntax_test

import (
	"path/filepath"
	"testing"

	"github.com/readout/readout/eval/ud"
	"github.com/readout/readout/internal/shared"
	"github.com/readout/readout/syntax"
)

// Floors for the embedded model on UD English EWT dev (gold tokens), a
// little under what it scores, so that a worse retrained model cannot be
// committed unnoticed. Percentages.
const (
	floorUPOS  = 95.0
	floorXPOS  = 94.4
	floorLemma = 96.3
	floorUAS   = 84.7
	floorLAS   = 81.4
)

func TestModelFloors(t *testing.T) {
	path := filepath.Join(shared.Path(t), "ud-english-ewt", "en_ewt-ud-dev.conllu")
	gold, err := ud.ReadSegmentGold(path)
	if err != nil {
		t.Fatal(err)
	}
	an, err := syntax.Load()
	if err != nil {
		t.Fatal(err)
	}
	sc, _, err := ud.ScoreSyntax(gold, an)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("EWT dev: %v", sc)
	for _, c := range []struct {
		name       string
		got, floor float64
	}{
		{"UPOS", sc.Pct(sc.UPOS), floorUPOS},
		{"XPOS", sc.Pct(sc.XPOS), floorXPOS},
		{"lemma", sc.Pct(sc.Lemma), floorLemma},
		{"UAS", sc.Pct(sc.UAS), floorUAS},
		{"LAS", sc.Pct(sc.LAS), floorLAS},
	} {
		if c.got < c.floor {
			t.Errorf("%s %.2f is under the floor %.2f", c.name, c.got, c.floor)
		}
	}
}
