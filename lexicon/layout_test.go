package lexicon

import (
	"slices"
	"testing"
)

// TestLayoutOwned checks that reordering a table in place gives what
// copying it gives, with references in any order, a table the index holds
// only part of, and an empty one.
func TestLayoutOwned(t *testing.T) {
	words := []string{"gamma", "alpha", "delta", "beta", "alpha", "epsilon", "gamma beta", "beta"}
	build := func(skip int) *phraseIndex {
		x := newPhraseIndex(8)
		for i, w := range words {
			if i != skip {
				x.insertName(w, int32(i))
			}
		}
		return x
	}
	for _, skip := range []int{-1, 3} {
		want := layout(build(skip), slices.Clone(words))
		x := build(skip)
		got := layoutOwned(x, slices.Clone(words))
		if !slices.Equal(got, want) {
			t.Errorf("skip %d: in place %q, copied %q", skip, got, want)
		}
		for j, r := range x.refs {
			if int(r) != j {
				t.Fatalf("skip %d: refs %v not renumbered", skip, x.refs)
			}
		}
	}
	if got := layoutOwned(newPhraseIndex(1), []string(nil)); got == nil || len(got) != 0 {
		t.Errorf("empty table: got %#v, want an empty non-nil slice", got)
	}
}

func TestIsPermutation(t *testing.T) {
	for _, c := range []struct {
		refs []int32
		n    int
		want bool
	}{
		{[]int32{2, 0, 1}, 3, true},
		{[]int32{0, 0, 1}, 3, false},
		{[]int32{0, 1}, 3, false},
		{[]int32{0, 3, 1}, 3, false},
		{[]int32{0, -1, 1}, 3, false},
		{nil, 0, true},
	} {
		if got := isPermutation(c.refs, c.n); got != c.want {
			t.Errorf("isPermutation(%v, %d) = %v", c.refs, c.n, got)
		}
	}
}
