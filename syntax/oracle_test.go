package syntax

import (
	"reflect"
	"testing"
)

// followOracle parses by always taking a zero-cost action and returns the
// heads it produced.
func followOracle(t *testing.T, heads []int32) []int32 {
	t.Helper()
	var st pstate
	var o oracle
	st.reset(len(heads))
	o.reset(heads)
	for steps := 0; !st.done(); steps++ {
		if steps > 4*len(heads)+4 {
			t.Fatal("parse does not end")
		}
		o.sync(&st)
		act := -1
		for a := range numActs {
			if st.valid(a) && o.cost(&st, a) == 0 {
				act = a
				break
			}
		}
		if act < 0 {
			t.Fatalf("no zero-cost action for %v in %v", heads, st.stack)
		}
		st.apply(act, 0)
	}
	return st.heads[1:]
}

func TestOracleReachesGold(t *testing.T) {
	trees := [][]int32{
		{0},
		{2, 0},
		{0, 1},
		{2, 0, 2},
		{2, 4, 4, 0, 4, 5},
		{0, 1, 2, 3, 4},
		{5, 5, 5, 5, 0},
		{3, 3, 0, 5, 3, 5, 8, 6, 3},
	}
	for _, h := range trees {
		if got := followOracle(t, h); !reflect.DeepEqual(got, h) {
			t.Errorf("oracle parse of %v gave %v", h, got)
		}
	}
}

func TestOracleCosts(t *testing.T) {
	// Gold: 1 is the root with dependents 2 and 3. After shifting 1 and 2,
	// shifting 3 would leave 3 unable to reach its head 1 (cost 1), while
	// RIGHT (2 <- 1) loses nothing.
	heads := []int32{0, 1, 1}
	var st pstate
	var o oracle
	st.reset(3)
	o.reset(heads)
	st.apply(actShift, 0)
	st.apply(actShift, 0)
	o.sync(&st)
	for a, want := range map[int]int{actShift: 1, actRight: 0, actLeft: 1} {
		if c := o.cost(&st, a); c != want {
			t.Errorf("action %d costs %d, want %d", a, c, want)
		}
	}
}

func TestProjectivize(t *testing.T) {
	heads := []int32{0, 1, 2, 2}
	if got := projectivize(heads); !reflect.DeepEqual(got, heads) {
		t.Errorf("projective tree changed: %v", got)
	}
	nonProj := []int32{0, 4, 1, 1} // arc 4 -> 2 spans word 3, whose head 1 is outside
	got := projectivize(nonProj)
	if shortestNonProjective(got) >= 0 {
		t.Errorf("still non-projective: %v", got)
	}
	if got[1] != 1 {
		t.Errorf("word 2 should be lifted to its grandparent 1, got %v", got)
	}
}

func TestSingleRoot(t *testing.T) {
	// Whatever actions are taken, a finished parse has one root word.
	var st pstate
	for n := 1; n < 8; n++ {
		for pattern := 0; pattern < 64; pattern++ {
			st.reset(n)
			k := 0
			for !st.done() {
				a := (pattern >> (k % 6)) % numActs
				k++
				for !st.valid(a) {
					a = (a + 1) % numActs
				}
				st.apply(a, 0)
			}
			roots := 0
			for _, h := range st.heads[1:] {
				if h == 0 {
					roots++
				}
				if h < 0 {
					t.Fatalf("unattached word in %v", st.heads)
				}
			}
			if roots != 1 {
				t.Fatalf("n=%d pattern=%d: %d roots: %v", n, pattern, roots, st.heads)
			}
		}
	}
}
