package event

import (
	"errors"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/readout/readout/lexicon"
)

// TestMissingPatterns checks that the patterns proposed in
// testdata/missing-patterns.txt are valid readout patterns with known
// codes, so they can be copied into dict/events as they are.
func TestMissingPatterns(t *testing.T) {
	b, err := os.ReadFile("testdata/missing-patterns.txt")
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			lines = append(lines, l)
		}
	}
	if len(lines) == 0 {
		t.Fatal("no patterns")
	}
	fsys := fstest.MapFS{"events/zz-missing.dict": &fstest.MapFile{Data: []byte(strings.Join(lines, "\n") + "\n")}}
	lex, err := lexicon.Load(lexicon.FS(fsys, "missing"))
	var list lexicon.ErrorList
	if err != nil && (!errors.As(err, &list) || len(list) > 0) {
		for _, p := range list {
			if strings.HasPrefix(p.Pos.File, "missing") {
				t.Errorf("%v", p)
			}
		}
	}
	if lex == nil {
		t.Fatal(err)
	}
	for _, p := range lex.Patterns {
		if strings.HasPrefix(p.Pos.File, "missing") {
			if _, ok := lex.Code(p.Code); !ok {
				t.Errorf("%s: code %s is not in the code table", p.Pos, p.Code)
			}
		}
	}
}
