package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"time"

	"github.com/readout/readout"
	"github.com/readout/readout/bench"
	"github.com/readout/readout/format"
	"github.com/readout/readout/lexicon"
)

// processStart is when package main was initialised, just before main
// runs: start-up is measured from here.
var processStart = time.Now()

// runBench codes a corpus and prints the speed (articles, sentences and
// tokens per second, in total, per core and per CPU-second), the start-up
// time, the peak memory and the share of each stage.
func runBench(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("bench", "[OPTIONS] [FILES|DIRS|-]", stderr)
	var df lexicon.Flags
	df.AddTo(fs)
	workers := fs.Int("workers", 0, "articles coded at once (default: one per core)")
	limit := fs.Int("limit", 0, "stop after this many articles (default: all)")
	repeat := fs.Int("repeat", 0, fmt.Sprintf("read the input this many times over (default: 1; %d for the built-in sample)", bench.SampleRepeat))
	date := fs.String("date", "", "publication date (YYYY-MM-DD) of articles that carry none")
	in := fs.String("in", "", "input format: text, jsonl, json or xml (default: from name and content)")
	maxBytes := fs.Int("max-bytes", format.DefaultMaxBytes, "largest article accepted, in bytes")
	out := fs.String("out", "", "also write the coded articles as JSONL to this file (default: discard them)")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the run (start-up included) to this file")
	memProfile := fs.String("memprofile", "", "write an allocation profile of the run to this file")
	fs.Usage = benchUsage(fs, stderr)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *cpuProfile != "" {
		stop, err := startCPUProfile(*cpuProfile)
		if err != nil {
			return err
		}
		defer stop()
	}
	if *memProfile != "" {
		runtime.MemProfileRate = 64 << 10 // finer than the default, for small allocations
		defer writeHeapProfile(*memProfile, stderr)
	}
	if *workers < 0 || *limit < 0 || *repeat < 0 {
		return fmt.Errorf("--workers, --limit and --repeat take numbers of 0 or more")
	}
	if *date != "" {
		d, err := format.NormalizeDate(*date)
		if err != nil {
			return fmt.Errorf("--date %q: %v", *date, err)
		}
		*date = d
	}
	cfg := bench.Config{
		Files:   fs.Args(),
		Read:    format.Options{Format: *in, Date: *date, MaxBytes: *maxBytes},
		Workers: *workers, Limit: *limit, Repeat: *repeat,
		Start:    processStart,
		NewCoder: func() (*readout.Coder, error) { return loadCoder(&df) },
	}
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			return err
		}
		defer f.Close()
		cfg.Out = f
	}
	res, err := bench.Run(cfg)
	if err != nil {
		return err
	}
	res.Print(stdout, describeInput(cfg))
	return nil
}

// describeInput names what was coded, for the report.
func describeInput(cfg bench.Config) string {
	what := "the built-in sample"
	if len(cfg.Files) == 1 {
		what = cfg.Files[0]
	} else if len(cfg.Files) > 1 {
		what = fmt.Sprintf("%d inputs", len(cfg.Files))
	}
	repeat := cfg.Repeat
	if repeat == 0 && len(cfg.Files) == 0 {
		repeat = bench.SampleRepeat
	}
	if repeat > 1 {
		what += fmt.Sprintf(", %d times over", repeat)
	}
	if cfg.Limit > 0 {
		what += fmt.Sprintf(", at most %d articles", cfg.Limit)
	}
	return what
}

func benchUsage(fs interface{ PrintDefaults() }, stderr io.Writer) func() {
	return func() {
		fmt.Fprint(stderr, `Usage: readout bench [OPTIONS] [FILES|DIRS|-]

Codes the articles (any input readout code reads; with none, a sample of
invented articles built into readout) with the whole pipeline, writes them
as JSONL to nowhere, and prints articles, sentences and tokens per second
(in total, per core and per CPU-second), the time from start to the first
coded article, the peak memory and the share of each stage.

Options:
`)
		fs.PrintDefaults()
	}
}

// startCPUProfile starts writing a CPU profile to path and returns the
// function that stops it.
func startCPUProfile(path string) (func(), error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

// writeHeapProfile writes the allocations made so far (alloc_space and
// alloc_objects) to path, reporting a failure on stderr.
func writeHeapProfile(path string, stderr io.Writer) {
	f, err := os.Create(path)
	if err == nil {
		err = pprof.Lookup("allocs").WriteTo(f, 0)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "readout bench: --memprofile: %v\n", err)
	}
}
