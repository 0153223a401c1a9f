package bench

import (
	"bufio"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// peakMemory returns the process's peak resident memory and where the
// figure comes from: the kernel's high-water mark (VmHWM) where there is
// one, else the memory the Go runtime obtained from the system, which
// bounds the Go heap, stacks and runtime structures but not memory mapped
// by other means.
func peakMemory() (int64, string) {
	if n, ok := vmHWM(); ok {
		return n, "VmHWM"
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return int64(ms.Sys), "Go runtime Sys"
}

// vmHWM reads the peak resident set size from /proc/self/status.
func vmHWM() (int64, bool) {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0, false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:")
		if !ok {
			continue
		}
		kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
		return kb << 10, err == nil
	}
	return 0, false
}

// ProcessAge returns how long ago the process started, from
// /proc/self/stat (in clock ticks, so to about 10 ms), and false where
// that cannot be read.
func ProcessAge() (time.Duration, bool) {
	stat, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		return 0, false
	}
	up, err := os.ReadFile("/proc/uptime")
	if err != nil {
		return 0, false
	}
	// The command name (field 2) may hold spaces; fields count from its end.
	s := string(stat)
	i := strings.LastIndexByte(s, ')')
	if i < 0 {
		return 0, false
	}
	fields := strings.Fields(s[i+1:])
	if len(fields) < 20 {
		return 0, false
	}
	ticks, err1 := strconv.ParseFloat(fields[19], 64) // field 22: starttime
	upFields := strings.Fields(string(up))
	if err1 != nil || len(upFields) == 0 {
		return 0, false
	}
	upSec, err2 := strconv.ParseFloat(upFields[0], 64)
	if err2 != nil {
		return 0, false
	}
	const hz = 100 // USER_HZ, 100 on every Linux port Go supports
	age := upSec - ticks/hz
	if age < 0 {
		age = 0
	}
	return time.Duration(age * float64(time.Second)), true
}
