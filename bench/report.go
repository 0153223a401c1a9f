package bench

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"
)

// Print writes the result for a person. what names the input ("3 files",
// "the built-in sample, 20 times over").
func (r *Result) Print(w io.Writer, what string) {
	fmt.Fprintf(w, "coded %s articles (%s): %s sentences, %s tokens, %s of text",
		group(r.Articles), what, group(r.Sentences), group(r.Tokens), size(r.Bytes))
	if r.Failed > 0 {
		fmt.Fprintf(w, "; %d could not be coded (first: %v)", r.Failed, r.FirstError)
	}
	fmt.Fprintf(w, "\n%s, GOMAXPROCS %d, %d CPUs (%s), %v\n\n", plural(r.Workers, "worker"), r.Procs, runtime.NumCPU(), CPUModel(), r.Wall.Round(time.Millisecond))
	tw := func(label string, d time.Duration, note string) {
		fmt.Fprintf(w, "%-15s %12s %13s %13s  %s\n", label,
			decimal(Rate(r.Articles, d)), decimal(Rate(r.Sentences, d)), decimal(Rate(r.Tokens, d)), note)
	}
	fmt.Fprintf(w, "%-15s %12s %13s %13s\n", "", "articles/s", "sentences/s", "tokens/s")
	tw("total", r.Wall, "")
	cores := r.Cores()
	tw("per core", r.Wall*time.Duration(cores), fmt.Sprintf("(total / %d)", cores))
	if r.CPU > 0 {
		tw("per CPU-second", r.CPU, fmt.Sprintf("(%.1f s of CPU time, all threads)", r.CPU.Seconds()))
	}
	fmt.Fprintf(w, "\n%-15s %s to the first coded article (pipeline ready after %s", "start-up", ms(r.First), ms(r.Ready))
	if r.FirstCPU > 0 {
		fmt.Fprintf(w, "; %s of CPU time", ms(r.FirstCPU))
	}
	fmt.Fprintln(w, ")")
	if r.PeakRSS > 0 {
		fmt.Fprintf(w, "%-15s %.1f MiB (%s)\n", "peak memory", float64(r.PeakRSS)/(1<<20), r.PeakSource)
	}
	fmt.Fprintf(w, "%-15s %s\n", "time by stage", r.shares())
	if b := r.Busy(); b > 0 {
		fmt.Fprintf(w, "%-15s %.1f%% of the run in the stages (the rest waiting for articles or for the writer)\n", "workers busy", 100*b)
	}
}

// Busy is the share of the run the workers spent in the pipeline's
// stages: their time there over workers times the wall time. A worker
// that waits for the reader, or for an earlier article to be written in
// order, is not busy; one the system does not schedule still is, so this
// measures the batch plumbing, not the machine's load.
func (r *Result) Busy() float64 {
	if r.Wall <= 0 || r.Workers <= 0 {
		return 0
	}
	var in time.Duration
	for _, s := range r.Stages {
		if s.Name != stageRead && s.Name != stageWrite {
			in += s.Time
		}
	}
	return float64(in) / (float64(r.Workers) * float64(r.Wall))
}

// Cores is the number of cores the run could use: workers, at most
// GOMAXPROCS.
func (r *Result) Cores() int {
	return max(1, min(r.Workers, r.Procs))
}

// shares gives each stage's part of the time spent in all of them.
func (r *Result) shares() string {
	var total time.Duration
	for _, s := range r.Stages {
		total += s.Time
	}
	if total <= 0 {
		return "-"
	}
	parts := make([]string, len(r.Stages))
	for i, s := range r.Stages {
		parts[i] = fmt.Sprintf("%s %.1f%%", s.Name, 100*float64(s.Time)/float64(total))
	}
	return strings.Join(parts, "  ")
}

// CPUModel returns the processor's model name from /proc/cpuinfo, or the
// architecture where that cannot be read.
func CPUModel() string {
	f, err := os.Open("/proc/cpuinfo")
	if err != nil {
		return runtime.GOARCH
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return runtime.GOARCH
}

// size writes a byte count in kB or MB.
func size(n int64) string {
	if n < 1e6 {
		return fmt.Sprintf("%.1f kB", float64(n)/1e3)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/1e6)
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func ms(d time.Duration) string {
	return fmt.Sprintf("%.0f ms", float64(d)/float64(time.Millisecond))
}

// decimal writes a rate with thousands separators and one decimal below 100.
func decimal(x float64) string {
	if x < 100 {
		return fmt.Sprintf("%.1f", x)
	}
	return group(int(x + 0.5))
}

// group writes n with commas between thousands.
func group(n int) string {
	s := fmt.Sprint(n)
	if n < 0 {
		return "-" + group(-n)
	}
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
