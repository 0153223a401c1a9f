package lexicon

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestPhraseIndex(t *testing.T) {
	x := newPhraseIndex(16)
	names := []string{"Côte d'Ivoire", "ÉMILE Zola", "People's Republic of China", "China", "U.S.", "São  Tomé"}
	for i, n := range names {
		x.insertName(n, int32(i))
	}
	for i := range 3000 { // enough words to exercise the edge map
		x.insert([]string{fmt.Sprintf("w%dÄ", i), "Tail"}, int32(100+i))
	}
	x.finish()
	tests := []struct {
		text string
		end  int
		ref  int32
	}{
		{"CÔTE D'IVOIRE said", 2, 0},
		{"émile zola", 2, 1},
		{"people 's republic of china", 5, 2},
		{"People's Republic of China", 4, 2},
		{"China's", 1, 3},
		{"u.s.", 1, 4},
		{"são tomé", 2, 5},
		{"W2999ä TAIL", 2, 3099},
	}
	for _, tt := range tests {
		e, ok := x.longest(strings.Fields(tt.text), 0)
		if !ok || e.end != tt.end || !slices.Contains(e.refs, tt.ref) {
			t.Errorf("%q: %+v %v, want end %d ref %d", tt.text, e, ok, tt.end, tt.ref)
		}
	}
	for _, miss := range []string{"Chin", "w3000ä tail", "people", "s"} {
		if e, ok := x.longest(strings.Fields(miss), 0); ok {
			t.Errorf("%q matched %+v", miss, e)
		}
	}
}

func TestWordHelpers(t *testing.T) {
	if got := splitName("  People's   Republic "); !slices.Equal(got, []string{"People", "'s", "Republic"}) {
		t.Errorf("splitName = %q", got)
	}
	if m := nameCaps("US Army of U.S."); m != 0b1001 {
		t.Errorf("nameCaps = %b", m)
	}
	for in, want := range map[string]string{"army": "armies", "day": "days", "bus": "buses", "match": "matches", "CURRENCY": "CURRENCIES", "tank": "tanks"} {
		if got := pluralOf(in); got != want {
			t.Errorf("pluralOf(%s) = %s, want %s", in, got, want)
		}
	}
	for in, want := range map[string]string{"Russian": "Russians", "Chinese": "", "Frenchman": "Frenchmen", "Swiss": "", "Briton": "Britons"} {
		if got := demonymPlural(in); got != want {
			t.Errorf("demonymPlural(%s) = %q, want %q", in, got, want)
		}
	}
	var buf [8]byte
	if n, ok := lowerInto(buf[:], "ÄbC"); !ok || string(buf[:n]) != "äbc" {
		t.Errorf("lowerInto = %q %v", buf[:n], ok)
	}
	if _, ok := lowerInto(buf[:], "much too long"); ok {
		t.Error("lowerInto overflowed")
	}
}

// TestPhraseIndexFirsts checks the first-word bit set: every first word
// still steps from the root, in any case, and most other words are turned
// away by the bit set alone.
func TestPhraseIndexFirsts(t *testing.T) {
	x := newPhraseIndex(16)
	for i := range 5000 {
		x.insert([]string{fmt.Sprintf("First%d", i), "x"}, int32(i))
	}
	x.finish()
	for i := range 5000 {
		if _, ok := x.step(0, fmt.Sprintf("FIRST%d", i)); !ok {
			t.Fatalf("first word %d lost", i)
		}
	}
	passed := 0
	for i := range 5000 {
		h := wordHash(fmt.Sprintf("other%d", i))
		if b := h >> x.firstShift; x.firsts[b/64]&(1<<(b%64)) != 0 {
			passed++
		}
		if _, ok := x.step(0, fmt.Sprintf("other%d", i)); ok {
			t.Fatalf("other%d steps from the root", i)
		}
	}
	if passed > 500 {
		t.Errorf("%d of 5000 other words pass the bit set", passed)
	}
}
