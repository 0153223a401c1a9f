package main

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/readout/readout/document"
	"github.com/readout/readout/eval"
	"github.com/readout/readout/lexicon"
)

// handCoder codes the unit records of eval/testdata by hand: the first
// record's event and nothing else.
func handCoder(lex *lexicon.Lexicon, config map[string]string) (eval.Coder, error) {
	if lex == nil {
		return nil, errors.New("no lexicon")
	}
	return func(d *document.Document) error {
		if strings.Contains(d.Text, "restore full diplomatic ties") {
			d.Events = append(d.Events, document.Event{Source: "ARN", Target: "GON", Code: "064"})
		}
		return nil
	}, nil
}

const unitXML = "../../eval/testdata/petr/text/unit.xml"

func TestEvalCommand(t *testing.T) {
	tests := []struct {
		args    []string
		err     string // "" for success
		out     string // the output's last line or a piece of it
		verbose bool
	}{
		{args: []string{"--no-default-dicts", unitXML}, out: "4 passed, 3 failed"},
		{args: []string{"--no-default-dicts", "--min-pass", "4", unitXML}, out: "4 passed, 3 failed"},
		{args: []string{"--no-default-dicts", "--min-pass", "5", unitXML}, err: "4 records passed, fewer than --min-pass 5"},
		{args: []string{"--no-default-dicts", "--verbose", unitXML}, out: "      text: Arnor is about to restore", verbose: true},
		{args: []string{"--no-default-dicts", "../../eval/testdata/call.txt"}, err: "call.txt:1: not a gold file"},
		{args: []string{"--no-default-dicts", "--dicts", "nowhere", "../../eval/testdata/petr/alone.jsonl", "missing.xml"}, err: "missing.xml"},
	}
	for _, tt := range tests {
		var out, errOut bytes.Buffer
		err := evalMain(tt.args, &out, &errOut, handCoder)
		switch {
		case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
			t.Errorf("%v: error %v, want %q", tt.args, err, tt.err)
		case tt.err == "" && err != nil:
			t.Errorf("%v: %v (%s)", tt.args, err, errOut.String())
		case tt.out != "" && !strings.Contains(out.String(), tt.out):
			t.Errorf("%v: output lacks %q:\n%s", tt.args, tt.out, out.String())
		}
		if tt.out != "" && !tt.verbose && !strings.HasSuffix(out.String(), tt.out+"\n") {
			t.Errorf("%v: last line is not %q", tt.args, tt.out)
		}
	}
}

func TestEvalUsage(t *testing.T) {
	var out, errOut bytes.Buffer
	if err := evalMain(nil, &out, &errOut, handCoder); !errors.Is(err, errUsage) {
		t.Errorf("no files: %v", err)
	}
	if !strings.Contains(errOut.String(), "Usage: readout eval") {
		t.Errorf("usage not printed: %q", errOut.String())
	}
}
