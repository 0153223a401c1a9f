//go:build !unix

package bench

import "time"

// CPUTime returns 0: this system's CPU time is not read here, and the
// per-CPU-second figures are left out.
func CPUTime() time.Duration { return 0 }
