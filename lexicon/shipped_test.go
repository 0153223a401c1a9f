package lexicon

import (
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	"github.com/readout/readout/dict"
)

// TestShippedDictionaries loads and checks the embedded default
// dictionaries: they must have no errors (warnings are allowed).
func TestShippedDictionaries(t *testing.T) {
	l, err := LoadDefault()
	if err != nil {
		t.Fatalf("the default dictionaries do not load cleanly:\n%v", err)
	}
	if r := l.Check(); len(r.Errors) > 0 {
		t.Fatalf("readout lint finds %d errors in dict/:\n%v", len(r.Errors), r.Errors)
	}
	s := l.Stats()
	if s.Countries < 200 || s.Codes < 200 || s.Persons < 1000 {
		t.Errorf("the defaults look incomplete: %d countries, %d codes, %d persons", s.Countries, s.Codes, s.Persons)
	}
}

// TestEmbedCoversDictFiles checks that every .dict file under dict/ is
// embedded (the embed patterns cover one directory level).
func TestEmbedCoversDictFiles(t *testing.T) {
	root := filepath.Join("..", "dict")
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".dict") {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		if _, err := fs.Stat(dict.FS(), filepath.ToSlash(rel)); err != nil {
			t.Errorf("%s is not embedded: %v", rel, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
