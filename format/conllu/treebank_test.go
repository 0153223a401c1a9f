package conllu

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/readout/readout/internal/shared"
)

// TestTreebanks reads the UD treebanks and writes them back byte for byte.
func TestTreebanks(t *testing.T) {
	data := shared.Path(t)
	files := []string{
		"ud-english-ewt/en_ewt-ud-dev.conllu",
		"ud-english-ewt/en_ewt-ud-test.conllu",
		"ud-english-gum-news/gum-news.conllu",
	}
	for _, name := range files {
		raw, err := os.ReadFile(filepath.Join(data, name))
		if err != nil {
			t.Fatal(err)
		}
		sents, err := ReadAll(bytes.NewReader(raw), name)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		w := NewWriter(&buf)
		for _, s := range sents {
			if err := w.Write(s); err != nil {
				t.Fatal(err)
			}
		}
		w.Flush()
		if !bytes.Equal(buf.Bytes(), raw) {
			t.Errorf("%s: written form differs from the file", name)
		}
		d := ToDocument(name, sents)
		for _, tok := range d.Tokens {
			if tok.Start >= tok.End || tok.End > len(d.Text) {
				t.Fatalf("%s: bad token span %d:%d", name, tok.Start, tok.End)
			}
		}
	}
}

func BenchmarkRead(b *testing.B) {
	raw, err := os.ReadFile("testdata/sample.conllu")
	if err != nil {
		b.Fatal(err)
	}
	raw = bytes.Repeat(raw, 200)
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		if _, err := ReadAll(bytes.NewReader(raw), "bench"); err != nil {
			b.Fatal(err)
		}
	}
}
