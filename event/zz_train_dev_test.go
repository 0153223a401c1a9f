package event

import (
	"os"
	"testing"

	"github.com/readout/readout/syntax"
)

func TestTrainDevModel(t *testing.T) {
	if os.Getenv("EVENT_TRAIN") == "" {
		t.Skip("dev only")
	}
	cfg := syntax.DefaultTrainConfig()
	cfg.Train = sharedData(t, "ud-english-ewt/en_ewt-ud-train.conllu")
	cfg.Clusters = "/tmp/event-clusters.txt"
	cfg.Folds = 2
	cfg.TagEpochs, cfg.ParseEpochs = 6, 8
	f, err := os.Create("/tmp/event-dev2.model")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := syntax.Train(cfg, f); err != nil {
		t.Fatal(err)
	}
}
