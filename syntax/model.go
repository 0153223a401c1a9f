package syntax

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"sort"
	"sync"

	fastgzip "github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
)

// modelMagic starts every model file; the number is the format version
// (version 3 compressed the tables with gzip).
const modelMagic = "readout-syntax-model 4\n"

// models is everything the analyser needs, as stored in one model file.
type models struct {
	clusters *clusterMap
	tagger   *tagger
	lemmas   *lemmatizer
	parser   *parser
}

// A model file holds four sections, compressed one by one so that they
// can be decompressed in parallel. The first, a gzip member, holds the
// magic string, the word clusters, the tag set, the lemmatiser and the
// labels; its gzip header's Extra field lists the compressed sizes of the
// other three, which hold the tagger's table and the parser's transition
// and label tables, each a zstd frame (`gzip -d` gives the first section,
// `zstd -d` each of the others). Tables are most of the file, and zstd
// decompresses them about three times as fast as gzip, which is most of
// the time a model takes to load. The first member is read with
// klauspost/compress's gzip, about 30 % faster than the standard
// library's.

// maxModelBytes bounds the size of a model file and of each section.
const maxModelBytes = 1 << 30

// write stores m.
func (m *models) write(w io.Writer) error {
	sections := []func(*encoder){
		func(e *encoder) {
			e.str(modelMagic)
			writeClusters(e, m.clusters)
			writeTagger(e, m.tagger)
			writeLemmatizer(e, m.lemmas)
			e.strs(m.parser.labels)
		},
		func(e *encoder) { writeTable(e, m.tagger.w) },
		func(e *encoder) { writeTable(e, m.parser.trans) },
		func(e *encoder) { writeTable(e, m.parser.label) },
	}
	members := make([][]byte, len(sections))
	for i := len(sections) - 1; i >= 0; i-- {
		var extra []byte
		if i == 0 {
			for _, mb := range members[1:] {
				extra = binary.AppendUvarint(extra, uint64(len(mb)))
			}
		}
		var err error
		if i == 0 {
			members[i], err = compressSection(sections[i], extra)
		} else {
			members[i], err = compressTable(sections[i])
		}
		if err != nil {
			return err
		}
	}
	for _, mb := range members {
		if _, err := w.Write(mb); err != nil {
			return err
		}
	}
	return nil
}

// compressSection encodes one section and compresses it into a gzip
// member with the given Extra field.
func compressSection(section func(*encoder), extra []byte) ([]byte, error) {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	zw.Extra = extra
	return compress(section, zw, &buf)
}

// compressTable encodes one table section into a zstd frame.
func compressTable(section func(*encoder)) ([]byte, error) {
	var buf bytes.Buffer
	zw, err := zstd.NewWriter(&buf, zstd.WithEncoderLevel(zstd.SpeedBestCompression), zstd.WithEncoderConcurrency(1))
	if err != nil {
		return nil, err
	}
	return compress(section, zw, &buf)
}

// compress encodes a section through zw, a compressor writing to buf, and
// returns what it wrote.
func compress(section func(*encoder), zw io.WriteCloser, buf *bytes.Buffer) ([]byte, error) {
	e := &encoder{w: bufio.NewWriterSize(zw, 1<<16)}
	section(e)
	if e.err == nil {
		e.err = e.w.Flush()
	}
	if e.err != nil {
		zw.Close()
		return nil, e.err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// readModels reads a model file written by write.
func readModels(r io.Reader) (*models, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxModelBytes+1))
	if err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	return readModelBytes(b)
}

// readModelBytes decodes a model file held in memory. Each table section
// is decompressed and decoded on a goroutine of its own while the first
// section (clusters, tags, lemmas, labels) is decoded.
func readModelBytes(b []byte) (*models, error) {
	br := bytes.NewReader(b)
	zr, err := fastgzip.NewReader(br)
	if err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	zr.Multistream(false)
	sizes := memberSizes(zr.Header.Extra)
	if len(sizes) != 3 {
		return nil, errors.New("model: not a readout syntax model (or another version)")
	}
	tablesAt := len(b)
	for _, n := range sizes {
		tablesAt -= n
	}
	if tablesAt <= 0 {
		return nil, errors.New("model: truncated")
	}
	members, _ := splitMembers(b[tablesAt:], sizes)
	tables := make([]*table, len(members))
	errs := make([]error, len(members))
	var wg sync.WaitGroup
	for i, mb := range members {
		wg.Go(func() { tables[i], errs[i] = readTableMember(mb) })
	}
	m, p, err := readMeta(zr, b[:tablesAt])
	if err == nil && len(b)-br.Len() != tablesAt {
		err = errors.New("model: sections of the wrong size")
	}
	wg.Wait()
	for i, e := range errs {
		if e != nil {
			return nil, fmt.Errorf("model: table %d: %w", i+1, e)
		}
	}
	if err != nil {
		return nil, err
	}
	return m.attach(p, tables)
}

// readMeta decompresses the first section, member, from zr (opened on
// it) and decodes it. The buffer is sized from the size the member's
// trailer records.
func readMeta(zr *fastgzip.Reader, member []byte) (*models, *parser, error) {
	size := 0
	if len(member) >= 4 {
		size = int(min(binary.LittleEndian.Uint32(member[len(member)-4:]), maxModelBytes))
	}
	meta := make([]byte, size)
	if _, err := io.ReadFull(zr, meta); err != nil {
		return nil, nil, fmt.Errorf("model: %w", err)
	}
	if rest, err := io.ReadAll(io.LimitReader(zr, 1)); err != nil || len(rest) != 0 {
		return nil, nil, fmt.Errorf("model: first section longer than its trailer says (%v)", err)
	}
	return decodeMeta(meta)
}

// memberSizes reads the compressed sizes listed in a gzip Extra field.
func memberSizes(extra []byte) []int {
	var out []int
	for len(extra) > 0 {
		v, n := binary.Uvarint(extra)
		if n <= 0 || v > maxModelBytes {
			return nil
		}
		out = append(out, int(v))
		extra = extra[n:]
	}
	return out
}

// splitMembers cuts b into consecutive gzip members of the given sizes.
func splitMembers(b []byte, sizes []int) ([][]byte, error) {
	out := make([][]byte, len(sizes))
	for i, n := range sizes {
		if n > len(b) {
			return nil, errors.New("truncated")
		}
		out[i], b = b[:n], b[n:]
	}
	if len(b) != 0 {
		return nil, errors.New("data after the last section")
	}
	return out, nil
}

// zstdMagic starts a zstd frame.
var zstdMagic = []byte{0x28, 0xb5, 0x2f, 0xfd}

// readTableMember decompresses and decodes one table section as it is
// decompressed, without holding it whole.
func readTableMember(member []byte) (*table, error) {
	if !bytes.HasPrefix(member, zstdMagic) {
		return nil, errors.New("not a zstd frame")
	}
	zr, err := zstd.NewReader(bytes.NewReader(member), zstd.WithDecoderConcurrency(1), zstd.WithDecoderMaxMemory(maxModelBytes))
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	td := &decoder{r: io.LimitReader(zr, maxModelBytes)}
	t, err := readTable(td)
	if err == nil && !td.atEnd() {
		err = fmt.Errorf("%w: %d bytes after the table", errCorrupt, len(td.b))
	}
	if err == nil {
		err = td.err
	}
	return t, err
}

// decodeMeta decodes the first section: clusters, tagger (without its
// weights), lemmatiser and the parser's labels.
func decodeMeta(meta []byte) (*models, *parser, error) {
	d := &decoder{b: meta}
	if s := d.str(); s != modelMagic {
		return nil, nil, errors.New("model: not a readout syntax model (or another version)")
	}
	m := &models{}
	var err error
	if m.clusters, err = readClusters(d); err != nil {
		return nil, nil, fmt.Errorf("model: clusters: %w", err)
	}
	if m.tagger, err = readTagger(d); err != nil {
		return nil, nil, fmt.Errorf("model: tagger: %w", err)
	}
	if m.lemmas, err = readLemmatizer(d); err != nil {
		return nil, nil, fmt.Errorf("model: lemmatiser: %w", err)
	}
	p := &parser{labels: d.strs(maxClasses)}
	if d.err == nil && len(d.b) != 0 {
		d.fail("%d bytes after the end", len(d.b))
	}
	if d.err != nil {
		return nil, nil, fmt.Errorf("model: %w", d.err)
	}
	return m, p, nil
}

// attach puts the tagger's, transition and label tables in place and
// checks that they fit the rest of the model.
func (m *models) attach(p *parser, ts []*table) (*models, error) {
	if len(ts) != 3 {
		return nil, fmt.Errorf("model: %d table sections, want 3", len(ts))
	}
	m.tagger.w, p.trans, p.label = ts[0], ts[1], ts[2]
	if m.tagger.w.nclass != len(m.tagger.tags) {
		return nil, fmt.Errorf("model: tagger: %w: %d tags, %d classes", errCorrupt, len(m.tagger.tags), m.tagger.w.nclass)
	}
	p.root = indexOf(p.labels, "root")
	if p.trans.nclass != numActs || p.label.nclass != len(p.labels) || p.root < 0 {
		return nil, fmt.Errorf("model: parser: %w: classes", errCorrupt)
	}
	if err := p.prepare(m.tagger.upos, m.clusters.size(1)); err != nil {
		return nil, fmt.Errorf("model: parser: %w", err)
	}
	m.parser = p
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
	n := d.length(1 << 24)
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
	keys := sortedKeys(t.known)
	e.uvarint(uint64(len(keys)))
	for _, k := range keys {
		e.u64(k)
		e.uvarint(uint64(t.known[k]))
	}
}

// readTagger reads the tag set and known words; the weights are a
// section of their own.
func readTagger(d *decoder) (*tagger, error) {
	t := &tagger{tags: d.strs(maxClasses), known: map[uint64]int32{}}
	for _, tag := range t.tags {
		u, x := splitTag(tag)
		t.upos, t.xpos = append(t.upos, u), append(t.xpos, x)
	}
	n := d.length(1 << 24)
	for range n {
		k := d.u64()
		t.known[k] = int32(d.count(len(t.tags) - 1))
	}
	if d.err == nil && len(t.tags) == 0 {
		d.fail("no tags")
	}
	return t, d.err
}
