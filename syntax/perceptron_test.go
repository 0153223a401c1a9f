package syntax

import (
	"reflect"
	"testing"
)

func TestMeanRows(t *testing.T) {
	a := []sparseRow{
		{feat: 7, classes: []uint16{2, 0}, weights: []float32{4, 2}, seen: 10},
		{feat: 3, classes: []uint16{1}, weights: []float32{6}, seen: 4},
	}
	b := []sparseRow{
		{feat: 3, classes: []uint16{1, 2}, weights: []float32{-2, 8}, seen: 6},
		{feat: 9, classes: []uint16{0}, weights: []float32{1}, seen: 1},
	}
	want := []sparseRow{
		{feat: 3, classes: []uint16{1, 2}, weights: []float32{2, 4}, seen: 5},
		{feat: 7, classes: []uint16{0, 2}, weights: []float32{1, 2}, seen: 5},
		{feat: 9, classes: []uint16{0}, weights: []float32{0.5}, seen: 0},
	}
	if got := meanRows([][]sparseRow{a, b}); !reflect.DeepEqual(got, want) {
		t.Errorf("meanRows =\n%+v\nwant\n%+v", got, want)
	}
	// The order of rows within a set does not matter.
	a[0], a[1] = a[1], a[0]
	if got := meanRows([][]sparseRow{a, b}); !reflect.DeepEqual(got, want) {
		t.Errorf("meanRows after reordering =\n%+v\nwant\n%+v", got, want)
	}
	if got := meanRows([][]sparseRow{b}); !reflect.DeepEqual(got, b) {
		t.Errorf("one set: got %+v, want it unchanged", got)
	}
}
