// Command readout turns news articles into event data: CAMEO-coded events,
// statements, entities, amounts and topics. Run `readout help` for the
// subcommands.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
)

// command is one subcommand: a name, a one-line summary and its function.
type command struct {
	name    string
	summary string
	run     func(args []string, stdout, stderr io.Writer) error
}

func commands() []command {
	return []command{
		{"code", "code articles: events, statements, entities, amounts, topics (JSONL)", runCode},
		{"parse", "tokenise, tag and parse text; print CoNLL-U", runParse},
		{"eval", "score readout against gold data", runEval},
		{"lint", "check dictionaries; report every problem as file:line:col", runLint},
		{"list", "show what the dictionaries hold", runList},
		{"bench", "measure coding speed and memory", runBench},
		{"train", "train the tagger and parser from a treebank", runTrain},
		{"ingest", "code articles and store them in a database", runIngest},
		{"serve", "serve the HTTP API and web UI", runServe},
		{"version", "print the version", runVersion},
	}
}

// errUsage marks an error that was already explained to the user.
var errUsage = errors.New("usage")

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands() {
		if c.name == args[0] {
			err := c.run(args[1:], stdout, stderr)
			switch {
			case err == nil:
				return 0
			case errors.Is(err, flag.ErrHelp):
				return 0
			case errors.Is(err, errUsage):
				return 2
			default:
				fmt.Fprintf(stderr, "readout %s: %v\n", c.name, err)
				return 1
			}
		}
	}
	fmt.Fprintf(stderr, "readout: unknown command %q\n\n", args[0])
	usage(stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Usage: readout COMMAND [OPTIONS] [ARGS]")
	fmt.Fprintln(w, "\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun `readout COMMAND -h` for a command's options.")
}

// newFlags returns a flag set that writes its usage to stderr and returns
// errors instead of exiting.
func newFlags(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: readout %s %s\n\nOptions:\n", name, synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args, mapping a bad flag to errUsage (already reported).
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	return nil
}
