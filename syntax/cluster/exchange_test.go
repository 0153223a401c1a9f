package cluster

import (
	"fmt"
	"reflect"
	"testing"
)

// corpus builds sentences in which days and animals occur in the same
// frames, so each group should end up in one class.
func corpus() [][]string {
	days := []string{"monday", "tuesday", "friday", "sunday"}
	animals := []string{"cat", "dog", "horse", "cow"}
	var out [][]string
	for i := 0; i < 40; i++ {
		d, a := days[i%4], animals[(i/4)%4]
		out = append(out,
			[]string{"on", d, "the", a, "slept"},
			[]string{"the", a, "ran", "on", d},
			[]string{"a", a, "ate", "on", d, "morning"})
	}
	return out
}

func TestExchangeGroups(t *testing.T) {
	res, err := Exchange(corpus(), Config{Classes: 4, MinCount: 1, MaxIter: 20})
	if err != nil {
		t.Fatal(err)
	}
	m := res.Map()
	same := func(ws ...string) {
		for _, w := range ws[1:] {
			if m[w] != m[ws[0]] {
				t.Errorf("%s in class %d, %s in class %d", ws[0], m[ws[0]], w, m[w])
			}
		}
	}
	same("monday", "tuesday", "friday", "sunday")
	same("cat", "dog", "horse", "cow")
	if m["cat"] == m["monday"] {
		t.Errorf("animals and days share class %d", m["cat"])
	}
}

func TestDeterministic(t *testing.T) {
	cfg := Config{Classes: 3, MinCount: 1, MaxIter: 5}
	a, _ := Exchange(corpus(), cfg)
	b, _ := Exchange(corpus(), cfg)
	if !reflect.DeepEqual(a, b) {
		t.Error("two runs differ")
	}
}

func TestObjectiveMatchesCounts(t *testing.T) {
	// After the moves, the incrementally kept counts must equal counts
	// computed afresh from the final classes.
	sents := corpus()
	res, _ := Exchange(sents, Config{Classes: 3, MinCount: 1, MaxIter: 3})
	words, ids := vocabulary(sents, 1)
	st := &state{c: 4, class: make([]int32, len(words)), n: make([]int64, 16), nt: make([]int64, 16),
		nl: make([]int64, 4), nr: make([]int64, 4), adj: bigrams(sents, ids, len(words)), g: newXlogx(1024)}
	for i, c := range res.Class {
		st.class[i+1] = int32(c + 1)
	}
	st.fill()
	if got := st.objective(); fmt.Sprintf("%.6f", got) != fmt.Sprintf("%.6f", res.Objective) {
		t.Errorf("objective %f, recomputed %f", res.Objective, got)
	}
}

func TestErrors(t *testing.T) {
	if _, err := Exchange(corpus(), Config{Classes: 1}); err == nil {
		t.Error("1 class accepted")
	}
	if _, err := Exchange(nil, Config{Classes: 2}); err == nil {
		t.Error("empty corpus accepted")
	}
}
