package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/readout/readout/syntax"
)

// runTrain trains the tagger, lemmatiser and parser and writes a model
// file. With the defaults and the shared data beside the checkout it
// rebuilds the shipped model.
func runTrain(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("train", "[OPTIONS]", stderr)
	def := syntax.DefaultTrainConfig()
	treebank := fs.String("treebank", "../shared/data/ud-english-ewt/", "UD English EWT directory (or a training .conllu file)")
	news := fs.String("news", "../shared/data/news/reuters21578.shared.jsonl,../shared/data/news/wikinews_2019_2020.shared.jsonl",
		"comma-separated JSONL news files for word clusters")
	clusters := fs.String("clusters", "", "cluster file to use instead of learning clusters (see --write-clusters)")
	writeClusters := fs.String("write-clusters", "", "only learn word clusters and write them to this file")
	out := fs.String("out", "syntax/model/en_ewt.model", "model file to write")
	tagEpochs := fs.Int("tag-epochs", def.TagEpochs, "tagger training epochs")
	parseEpochs := fs.Int("parse-epochs", def.ParseEpochs, "parser training epochs")
	folds := fs.Int("folds", def.Folds, "jackknife folds for the parser's training tags")
	seed := fs.Uint64("seed", def.Seed, "random seed (shuffling, exploration)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	cfg := def
	cfg.Train = trainFile(*treebank)
	cfg.News = splitList(*news)
	cfg.Clusters = *clusters
	cfg.TagEpochs, cfg.ParseEpochs, cfg.Folds, cfg.Seed = *tagEpochs, *parseEpochs, *folds, *seed
	cfg.Log = stderr
	if *writeClusters != "" {
		return writeFile(*writeClusters, func(w io.Writer) error { return syntax.WriteClusters(cfg, w) })
	}
	if err := writeFile(*out, func(w io.Writer) error { return syntax.Train(cfg, w) }); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s\n", *out)
	return nil
}

// trainFile turns a treebank directory into its training file.
func trainFile(path string) string {
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return filepath.Join(path, "en_ewt-ud-train.conllu")
	}
	return path
}

func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// writeFile writes through a temporary file renamed into place, so a
// failed run leaves any old file as it was.
func writeFile(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
