package lexicon

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
)

// loadFiles builds an isolated lexicon from in-memory .dict files (no
// defaults). It returns the load errors as a list.
func loadFiles(t testing.TB, files map[string]string, opts ...Option) (*Lexicon, ErrorList) {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, src := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(src)}
	}
	l, err := Load(append([]Option{WithoutDefaults(), FS(fsys, "t")}, opts...)...)
	var list ErrorList
	if err != nil && !errors.As(err, &list) {
		t.Fatal(err)
	}
	return l, list
}

// mustLoad is loadFiles that fails on any load error.
func mustLoad(t testing.TB, files map[string]string) *Lexicon {
	t.Helper()
	l, errs := loadFiles(t, files)
	if len(errs) > 0 {
		t.Fatalf("load errors:\n%v", errs)
	}
	return l
}

// expectations reads "# ERROR text" and "# WARN text" comments from a
// test source: the problems expected on each line (text is a substring of
// the message). The comments are comments to the format too, so they do
// not change what is parsed.
func expectations(src string) map[string][]string {
	want := map[string][]string{}
	for i, line := range strings.Split(src, "\n") {
		for _, part := range strings.Split(line, "# ")[1:] {
			for _, tag := range []string{"ERROR", "WARN"} {
				if rest, ok := strings.CutPrefix(part, tag+" "); ok {
					key := fmt.Sprintf("%d %s", i+1, tag)
					want[key] = append(want[key], strings.TrimSpace(rest))
				}
			}
		}
	}
	return want
}

// checkExpected compares problems of one file with its expectations.
func checkExpected(t *testing.T, file, src string, errs, warns ErrorList) {
	t.Helper()
	want := expectations(src)
	got := map[string][]string{}
	add := func(list ErrorList, tag string) {
		for _, p := range list {
			if p.Pos.File == file {
				key := fmt.Sprintf("%d %s", p.Pos.Line, tag)
				got[key] = append(got[key], p.Msg)
			}
		}
	}
	add(errs, "ERROR")
	add(warns, "WARN")
	for key, subs := range want {
		msgs := got[key]
		for _, sub := range subs {
			if !containsSub(msgs, sub) {
				t.Errorf("%s line %s: want a problem containing %q, got %q", file, key, sub, msgs)
			}
		}
	}
	for key, msgs := range got {
		if len(want[key]) == 0 {
			t.Errorf("%s line %s: unexpected %q", file, key, msgs)
		}
	}
}

func containsSub(msgs []string, sub string) bool {
	for _, m := range msgs {
		if strings.Contains(m, sub) {
			return true
		}
	}
	return false
}
