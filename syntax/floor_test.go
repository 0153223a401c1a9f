package syntax_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/readout/readout/eval/ud"
	"github.com/readout/readout/syntax"
)

// Floors for the embedded model on UD English EWT dev (gold tokens), a
// little under what it scores, so that a worse retrained model cannot be
// committed unnoticed. Percentages.
const (
	floorUPOS  = 95.0
	floorXPOS  = 94.4
	floorLemma = 96.3
	floorUAS   = 84.2
	floorLAS   = 80.9
)

func TestModelFloors(t *testing.T) {
	path := filepath.Join(sharedDataT(t), "ud-english-ewt", "en_ewt-ud-dev.conllu")
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

// sharedDataT returns ../shared/data beside the repository root, skipping
// the test when it is absent (failing under CI=true).
func sharedDataT(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("repository root not found")
		}
		dir = parent
	}
	data := filepath.Join(dir, "..", "shared", "data")
	if _, err := os.Stat(data); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("shared data missing: %v", err)
		}
		t.Skipf("shared data missing: %v", err)
	}
	return data
}
