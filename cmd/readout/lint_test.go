package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeDicts writes .dict files into a temporary directory.
func writeDicts(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, src := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestLintReportsAndFails(t *testing.T) {
	dir := writeDicts(t, map[string]string{
		"people/XXA.dict": "person Ann Lee\n  role XXAGOV 2009..2005 head-of-state President\n  hobby chess\n",
		"actors/XXA.dict": "country XXA Xanadu\n",
	})
	var out, errOut bytes.Buffer
	code := run([]string{"lint", "--no-default-dicts", "--dicts", dir}, &out, &errOut)
	if code != 1 {
		t.Errorf("exit code %d, want 1; stderr %s", code, errOut.String())
	}
	file := filepath.ToSlash(filepath.Join(dir, "people", "XXA.dict"))
	for _, want := range []string{
		file + ":3:3: unknown person field \"hobby\"",
		"\thobby chess\n",
		file + ":2:1: role of Ann Lee ends (2005) before it starts (2009)",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("lint output lacks %q:\n%s", want, out.String())
		}
	}
	if !strings.Contains(errOut.String(), "2 errors, 0 warnings") {
		t.Errorf("stderr = %q", errOut.String())
	}
}

func TestLintClean(t *testing.T) {
	dir := writeDicts(t, map[string]string{"actors/XXA.dict": "country XXA Xanadu\n  capital Xan\n"})
	var out, errOut bytes.Buffer
	if code := run([]string{"lint", "--no-default-dicts", dir}, &out, &errOut); code != 0 || out.Len() != 0 {
		t.Errorf("exit %d, output %q, stderr %q", code, out.String(), errOut.String())
	}
}
