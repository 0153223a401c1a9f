package corpus

import (
	"fmt"
	"runtime/metrics"
	"testing"
	"time"
)

// HeapLimit is the live heap above which Guard stops a benchmark. The
// pipeline needs about a hundred MiB; a stage that loops while appending
// reaches this in seconds, and would otherwise take the machine's memory.
const HeapLimit = 4 << 30

// Guard watches the heap until tb ends and stops the test binary with a
// message naming tb when the heap grows past limit bytes. It stops the
// binary (a panic on its own goroutine) because a runaway stage never
// returns to the benchmark's loop, where tb.Fatal could be called.
func Guard(tb testing.TB, limit uint64) {
	done := make(chan struct{})
	tb.Cleanup(func() { close(done) })
	name := tb.Name()
	go func() {
		sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		tick := time.NewTicker(50 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
			}
			metrics.Read(sample)
			if v := sample[0].Value; v.Kind() == metrics.KindUint64 && v.Uint64() > limit {
				panic(fmt.Sprintf("%s: heap of %d MiB, above %d MiB: a stage is running away", name, v.Uint64()>>20, limit>>20))
			}
		}
	}()
}
