package syntax

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"
)

// TrainConfig says what to train on and how. Training is deterministic:
// the same files and settings give the same model, byte for byte.
type TrainConfig struct {
	Train string   // treebank to learn from (CoNLL-U)
	News  []string // plain news for word clusters (JSONL with title and text)
	// Clusters, when set, names a cluster file (word, then the three
	// cluster ids, tab-separated) to use instead of learning clusters.
	Clusters string

	TagEpochs   int
	ParseEpochs int
	Folds       int // jackknife folds for the parser's training tags
	Seed        uint64
	ClusterMin  int // words seen fewer times get no cluster
	ClusterIter int // exchange passes at most

	Log io.Writer // progress; nil for none
}

// DefaultTrainConfig returns the settings of the shipped model.
func DefaultTrainConfig() TrainConfig {
	return TrainConfig{
		TagEpochs: defaultTagConfig.Epochs, ParseEpochs: defaultParseConfig.Epochs,
		Folds: 10, Seed: 1, ClusterMin: 3, ClusterIter: 15,
	}
}

// Train trains clusters, tagger, lemmatiser and parser and writes the model
// file to w.
func Train(cfg TrainConfig, w io.Writer) error {
	log := cfg.Log
	if log == nil {
		log = io.Discard
	}
	start := time.Now()
	train, err := readTreebank(cfg.Train)
	if err != nil {
		return err
	}
	fmt.Fprintf(log, "%d training sentences\n", len(train))
	m := &models{}
	if m.clusters, err = trainOrReadClusters(cfg, train, log); err != nil {
		return err
	}
	tcfg := defaultTagConfig
	tcfg.Epochs, tcfg.Seed = cfg.TagEpochs, cfg.Seed
	tags, tagID := buildTagset(train, tcfg.MinTagFreq)
	if m.tagger, err = trainTagger(train, tags, tagID, m.clusters, tcfg); err != nil {
		return err
	}
	fmt.Fprintf(log, "tagger: %d tags, %d features (%v)\n", len(tags), m.tagger.w.features(), time.Since(start).Round(time.Second))
	m.lemmas = trainLemmatizer(train, 2)
	jk, err := jackknifeTags(train, tags, tagID, m.clusters, tcfg, max(cfg.Folds, 2))
	if err != nil {
		return err
	}
	fmt.Fprintf(log, "jackknifed training tags (%v)\n", time.Since(start).Round(time.Second))
	pcfg := defaultParseConfig
	pcfg.Epochs, pcfg.Seed = cfg.ParseEpochs, cfg.Seed
	if m.parser, err = trainParser(parseExamples(train, jk, m.clusters), labelSet(train), pcfg); err != nil {
		return err
	}
	fmt.Fprintf(log, "parser: %d transition and %d label features (%v)\n",
		m.parser.trans.features(), m.parser.label.features(), time.Since(start).Round(time.Second))
	return m.write(w)
}

// parseExamples pairs treebank sentences with their training tags and
// projectivised gold trees.
func parseExamples(train []*goldSent, tags [][]int32, clusters *clusterMap) []*parseExample {
	labels := labelSet(train)
	lid := map[string]int32{}
	for i, l := range labels {
		lid[l] = int32(i)
	}
	var sc lexScratch
	exs := make([]*parseExample, 0, len(train))
	for i, s := range train {
		ex := &parseExample{lx: makeLexemes(s.forms, clusters, &sc, nil), tags: tags[i], heads: projectivize(s.heads)}
		for _, r := range s.rels {
			ex.labels = append(ex.labels, lid[r])
		}
		exs = append(exs, ex)
	}
	return exs
}

func trainOrReadClusters(cfg TrainConfig, train []*goldSent, log io.Writer) (*clusterMap, error) {
	if cfg.Clusters != "" {
		return readClusterFile(cfg.Clusters)
	}
	sents, err := clusterCorpus(cfg.News, train)
	if err != nil {
		return nil, err
	}
	return learnClusters(sents, cfg.ClusterMin, cfg.ClusterIter, log)
}

// WriteClusters learns word clusters as Train does and writes them as a
// cluster file, for reuse with TrainConfig.Clusters.
func WriteClusters(cfg TrainConfig, w io.Writer) error {
	train, err := readTreebank(cfg.Train)
	if err != nil {
		return err
	}
	log := cfg.Log
	if log == nil {
		log = io.Discard
	}
	cm, err := trainOrReadClusters(TrainConfig{News: cfg.News, ClusterMin: cfg.ClusterMin, ClusterIter: cfg.ClusterIter}, train, log)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	for _, word := range sortedWords(cm) {
		ids := cm.ids[word]
		fmt.Fprintf(bw, "%s\t%d\t%d\t%d\n", word, ids[0], ids[1], ids[2])
	}
	return bw.Flush()
}

func readClusterFile(path string) (*clusterMap, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	cm := &clusterMap{ids: map[string][3]uint32{}}
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) != 4 {
			return nil, fmt.Errorf("%s:%d: want 4 tab-separated fields", path, line)
		}
		var ids [3]uint32
		for i := range ids {
			v, err := strconv.ParseUint(fields[i+1], 10, 20)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: bad cluster id %q", path, line, fields[i+1])
			}
			ids[i] = uint32(v)
		}
		cm.ids[fields[0]] = ids
	}
	return cm, sc.Err()
}
