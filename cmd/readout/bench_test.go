package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestBenchCommand(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run([]string{"bench", "--workers", "1", "--limit", "3"}, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	out := stdout.String()
	for _, want := range []string{"coded 3 articles (the built-in sample, 20 times over, at most 3 articles)",
		"articles/s", "sentences/s", "tokens/s", "per core", "per CPU-second", "start-up", "time by stage"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestBenchCommandErrors(t *testing.T) {
	for _, args := range [][]string{
		{"bench", "--workers", "-1"},
		{"bench", "--date", "someday"},
		{"bench", "--nosuchflag"},
	} {
		var stdout, stderr bytes.Buffer
		if code := run(args, &stdout, &stderr); code == 0 {
			t.Errorf("%v: exit 0", args)
		}
	}
}
