// Package shared locates the evaluation data that readout's tests and
// benchmarks read: ../shared/data beside the repository root (the folder
// that holds go.mod). The folder is absent on a fresh clone, where the
// tests that need it skip; when the environment variable CI is "true" it
// must be there, and they fail instead.
//
// Imports: the standard library only.
package shared

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// Root returns the repository root: the nearest folder at or above the
// working directory that holds go.mod.
func Root() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod at or above the working directory")
		}
		dir = parent
	}
}

// Path returns ../shared/data beside the repository root joined with rel
// (the folder itself when rel is empty). It skips tb when that path does
// not exist, or fails it when CI is "true".
func Path(tb testing.TB, rel ...string) string {
	tb.Helper()
	root, err := Root()
	if err != nil {
		tb.Fatal(err)
	}
	p := filepath.Join(append([]string{root, "..", "shared", "data"}, rel...)...)
	if _, err := os.Stat(p); err != nil {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("shared data missing: %v", err)
		}
		tb.Skipf("shared data missing: %v", err)
	}
	return p
}
