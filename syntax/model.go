package syntax

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"sort"
)

// modelMagic starts every model file; the number is the format version.
const modelMagic = "readout-syntax-model 1\n"

// models is everything the analyser needs, as stored in one model file.
type models struct {
	clusters *clusterMap
	tagger   *tagger
	lemmas   *lemmatizer
	parser   *parser
}

// write stores m gzip-compressed.
func (m *models) write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	e := &encoder{w: bufio.NewWriter(zw)}
	e.str(modelMagic)
	writeClusters(e, m.clusters)
	writeTagger(e, m.tagger)
	writeLemmatizer(e, m.lemmas)
	writeParser(e, m.parser)
	if e.err == nil {
		e.err = e.w.Flush()
	}
	if e.err != nil {
		return e.err
	}
	return zw.Close()
}

// readModels reads a model file written by write.
func readModels(r io.Reader) (*models, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	d := &decoder{r: bufio.NewReaderSize(zr, 1<<16)}
	if s := d.str(); s != modelMagic {
		return nil, fmt.Errorf("model: not a readout syntax model (or another version)")
	}
	m := &models{}
	if m.clusters, err = readClusters(d); err != nil {
		return nil, fmt.Errorf("model: clusters: %w", err)
	}
	if m.tagger, err = readTagger(d); err != nil {
		return nil, fmt.Errorf("model: tagger: %w", err)
	}
	if m.lemmas, err = readLemmatizer(d); err != nil {
		return nil, fmt.Errorf("model: lemmatiser: %w", err)
	}
	if m.parser, err = readParser(d); err != nil {
		return nil, fmt.Errorf("model: parser: %w", err)
	}
	return m, nil
}

func sortedWords(c *clusterMap) []string {
	words := make([]string, 0, len(c.ids))
	for w := range c.ids {
		words = append(words, w)
	}
	sort.Strings(words)
	return words
}

func writeClusters(e *encoder, c *clusterMap) {
	words := sortedWords(c)
	e.uvarint(uint64(len(words)))
	for _, w := range words {
		e.str(w)
		for _, id := range c.ids[w] {
			e.uvarint(uint64(id))
		}
	}
}

func readClusters(d *decoder) (*clusterMap, error) {
	n := d.count(1 << 24)
	c := &clusterMap{ids: make(map[string][3]uint32, n)}
	for range n {
		w := d.str()
		var ids [3]uint32
		for i := range ids {
			ids[i] = uint32(d.count(1 << 20))
		}
		c.ids[w] = ids
	}
	return c, d.err
}

func writeTagger(e *encoder, t *tagger) {
	e.strs(t.tags)
	keys := make([]uint64, 0, len(t.known))
	for k := range t.known {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	e.uvarint(uint64(len(keys)))
	for _, k := range keys {
		e.u64(k)
		e.uvarint(uint64(t.known[k]))
	}
	writeTable(e, t.w)
}

func readTagger(d *decoder) (*tagger, error) {
	t := &tagger{tags: d.strs(1 << 12), known: map[uint64]int32{}}
	for _, tag := range t.tags {
		u, x := splitTag(tag)
		t.upos, t.xpos = append(t.upos, u), append(t.xpos, x)
	}
	n := d.count(1 << 24)
	for range n {
		k := d.u64()
		t.known[k] = int32(d.count(len(t.tags) - 1))
	}
	if d.err != nil {
		return nil, d.err
	}
	var err error
	if t.w, err = readTable(d); err != nil {
		return nil, err
	}
	if t.w.nclass != len(t.tags) || len(t.tags) == 0 {
		return nil, fmt.Errorf("%w: %d tags, %d classes", errCorrupt, len(t.tags), t.w.nclass)
	}
	return t, nil
}

func writeParser(e *encoder, p *parser) {
	e.strs(p.labels)
	writeTable(e, p.trans)
	writeTable(e, p.label)
}

func readParser(d *decoder) (*parser, error) {
	p := &parser{labels: d.strs(1 << 12)}
	if d.err != nil {
		return nil, d.err
	}
	var err error
	if p.trans, err = readTable(d); err != nil {
		return nil, err
	}
	if p.label, err = readTable(d); err != nil {
		return nil, err
	}

	p.root = indexOf(p.labels, "root")
	if p.trans.nclass != numActs || p.label.nclass != len(p.labels) || p.root < 0 {
		return nil, fmt.Errorf("%w: parser classes", errCorrupt)
	}
	return p, nil
}
