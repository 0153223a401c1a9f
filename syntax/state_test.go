package syntax

import (
	"math/rand/v2"
	"testing"
)

// TestForcedAction checks forced against valid on random transition
// sequences: it names an action exactly when that is the only valid one.
func TestForcedAction(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	var st pstate
	for range 500 {
		st.reset(1 + rng.IntN(12))
		for !st.done() {
			var valid []int
			for a := range numActs {
				if st.valid(a) {
					valid = append(valid, a)
				}
			}
			f := st.forced()
			switch {
			case len(valid) == 1 && f != valid[0]:
				t.Fatalf("only %d valid, forced %d", valid[0], f)
			case len(valid) > 1 && f != -1:
				t.Fatalf("%v valid, forced %d", valid, f)
			case len(valid) == 0:
				t.Fatal("no valid action before the end")
			}
			st.apply(valid[rng.IntN(len(valid))], 1)
		}
	}
}
