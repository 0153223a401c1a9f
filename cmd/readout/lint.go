package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/readout/readout/lexicon"
)

// runLint loads the dictionaries the flags name, checks them, and prints
// every problem as "file:line:col: message" with the offending line below
// it: errors first, then warnings. It fails when there are errors.
func runLint(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("lint", "[--dicts DIR] [PETRARCH FLAGS] [DIR]", stderr)
	var df lexicon.Flags
	df.AddTo(fs)
	noWarn := fs.Bool("q", false, "print errors only")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		df.Dicts = append(df.Dicts, fs.Args()...) // `readout lint DIR` reads like --dicts DIR
	}
	l, err := df.Load()
	var loadErrs lexicon.ErrorList
	if err != nil && !errors.As(err, &loadErrs) {
		return err
	}
	check := l.Check()
	errs := append(append(lexicon.ErrorList{}, loadErrs...), check.Errors...)
	warns := append(append(lexicon.ErrorList{}, l.Warnings...), check.Warnings...)
	errs.Sort()
	warns.Sort()
	lintPrint(stdout, errs, "")
	if !*noWarn {
		lintPrint(stdout, warns, "warning: ")
	}
	fmt.Fprintf(stderr, "%d errors, %d warnings\n", len(errs), len(warns))
	if len(errs) > 0 {
		return fmt.Errorf("%d errors in the dictionaries", len(errs))
	}
	return nil
}

func lintPrint(w io.Writer, list lexicon.ErrorList, prefix string) {
	for _, p := range list {
		fmt.Fprintf(w, "%s: %s%s\n", p.Pos, prefix, p.Msg)
		if p.Excerpt != "" {
			fmt.Fprintf(w, "\t%s\n", p.Excerpt)
		}
	}
}
