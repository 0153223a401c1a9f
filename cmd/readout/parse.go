package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/readout/readout/document"
	"github.com/readout/readout/eval/ud"
	"github.com/readout/readout/format/conllu"
	"github.com/readout/readout/syntax"
	"github.com/readout/readout/text"
)

// maxParseBytes is the largest text `readout parse` reads.
const maxParseBytes = 64 << 20

// runParse tokenises, tags and parses a text and prints CoNLL-U, or with
// --eval scores tagging and parsing against gold CoNLL-U files.
func runParse(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("parse", "[OPTIONS] [FILE|-]\n       readout parse --eval GOLD.conllu...", stderr)
	eval := fs.Bool("eval", false, "score against the gold CoNLL-U files named as arguments")
	model := fs.String("model", "", "model file to use instead of the embedded one (from `readout train`)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	an, err := loadAnalyzer(*model)
	if err != nil {
		return err
	}
	if *eval {
		if fs.NArg() == 0 {
			fs.Usage()
			return errUsage
		}
		return evalParse(an, fs.Args(), stdout)
	}
	if fs.NArg() > 1 {
		fs.Usage()
		return errUsage
	}
	name := "-"
	if fs.NArg() == 1 {
		name = fs.Arg(0)
	}
	return parseText(an, name, stdout)
}

func loadAnalyzer(model string) (*syntax.Analyzer, error) {
	if model == "" {
		return syntax.Load()
	}
	return syntax.LoadFile(model)
}

// parseText reads one text (a file, or stdin for "-") and writes it as
// CoNLL-U with byte offsets in MISC.
func parseText(an *syntax.Analyzer, name string, stdout io.Writer) error {
	var r io.Reader = os.Stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, maxParseBytes+1))
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if len(b) > maxParseBytes {
		return fmt.Errorf("%s: longer than %d bytes", name, maxParseBytes)
	}
	if err := text.Check(b); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	d := &document.Document{ID: name, Text: string(b)}
	if err := (&text.Segmenter{}).Annotate(d); err != nil {
		return err
	}
	if err := an.Annotate(d); err != nil {
		return err
	}
	w := conllu.NewWriter(stdout)
	for _, s := range conllu.FromDocument(d) {
		if err := w.Write(s); err != nil {
			return err
		}
	}
	return w.Flush()
}

// evalParse scores the analyser on the gold tokens of each file and the
// text layer's segmentation of the same text.
func evalParse(an *syntax.Analyzer, files []string, stdout io.Writer) error {
	var errs []error
	for _, path := range files {
		gold, err := ud.ReadSegmentGold(path)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		syn, _, err := ud.ScoreSyntax(gold, an)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", path, err))
			continue
		}
		seg, _, err := ud.ScoreSegmentation(gold, &text.Segmenter{})
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", path, err))
			continue
		}
		fmt.Fprintf(stdout, "%s\n", path)
		fmt.Fprintf(stdout, "  gold tokens:  %v\n", syn)
		fmt.Fprintf(stdout, "  tokens:       %v\n", seg.Tokens)
		fmt.Fprintf(stdout, "  sentences:    %v\n", seg.Sentences)
	}
	return errors.Join(errs...)
}
