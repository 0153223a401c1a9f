package petrarch

import "testing"

func TestCombine(t *testing.T) {
	tests := []struct {
		name         string
		upper, lower int
		want         int
	}{
		{"intend + aid", 0x3000, 0x0040, 0x3040},
		{"two verbal codes: the lower", 0x1000, 0x2070, 0x2070},
		{"the larger material code", 0x0040, 0x00A0, 0x00A0},
		{"a refusal below adds", 0x3000, -negation, 0x3000 - negation},
		{"a small lower code adds", 0x0080, 0x0001, 0x0081},
	}
	for _, tc := range tests {
		if got := combine(tc.upper, tc.lower); got != tc.want {
			t.Errorf("%s: combine(%#x, %#x) = %#x, want %#x", tc.name, tc.upper, tc.lower, got, tc.want)
		}
	}
}

func TestClassMatch(t *testing.T) {
	tests := []struct {
		v, class int
		want     bool
	}{
		{0x1000, 0x1000, true},
		{0x10A0, 0x1000, true},  // a make-statement code is a statement
		{0x00A3, 0x00A0, true},  // a kind of attack is an attack
		{0x00A3, 0x00B0, false}, // not another kind
		{-negation, 0x1000, false},
	}
	for _, tc := range tests {
		if got := classMatch(tc.v, tc.class); got != tc.want {
			t.Errorf("classMatch(%#x, %#x) = %v", tc.v, tc.class, got)
		}
	}
}

func TestOntology(t *testing.T) {
	lex := loadDicts(t, "tree.verbs.txt", true)
	o := newOntology(lex)
	for code, want := range map[string]int{
		"190":  0x00A0,
		"1951": 0x00A0, // not in the table: its root's value
		"121":  0x0070 - negation,
		"":     0,
		"999":  0,
	} {
		if got := o.value(code); got != want {
			t.Errorf("value(%q) = %#x, want %#x", code, got, want)
		}
	}
	for v, want := range map[int]string{0x3040: "033", 0x0070 - negation: "121", 0x1234: ""} {
		if got := o.code(v); got != want {
			t.Errorf("code(%#x) = %q, want %q", v, got, want)
		}
	}
	if newOntology(loadDicts(t, "legacy.verbs.txt", false)) != nil {
		t.Error("an ontology without a PICO file")
	}
	var none *ontology
	if none.value("190") != 0 || none.code(0xA0) != "" {
		t.Error("a nil ontology gives codes")
	}
}

// TestTransformsCompiled: every transformation of the test verbs names
// verbs of the dictionary, so all are kept with their codes resolved.
func TestTransformsCompiled(t *testing.T) {
	c := newCoder(t, loadDicts(t, "tree.verbs.txt", true), nil)
	if len(c.transforms) != 5 {
		t.Fatalf("%d transformations compiled, want 5", len(c.transforms))
	}
	first := c.transforms[0]
	if first.outer != 0x1000 || first.inner != 0x00A0 || first.code != "015" {
		t.Errorf("first transformation %+v", first)
	}
	if q := c.transforms[2]; q.inner != -1 || !q.codeIsQ {
		t.Errorf("the Q transformation %+v", q)
	}
}
