package syntax

import (
	"os"
	"path/filepath"
	"testing"
)

// sharedDir finds ../shared/data beside the repository root; it returns ""
// when absent.
func sharedDir() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
	data := filepath.Join(dir, "..", "shared", "data")
	if _, err := os.Stat(data); err != nil {
		return ""
	}
	return data
}

// sharedDataB returns the shared data directory or skips (fails under
// CI=true) when it is absent.
func sharedDataB(tb testing.TB) string {
	tb.Helper()
	d := sharedDir()
	if d == "" {
		if os.Getenv("CI") == "true" {
			tb.Fatal("../shared/data is missing")
		}
		tb.Skip("../shared/data is missing")
	}
	return d
}
