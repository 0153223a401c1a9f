package petrarch

import (
	"sort"
	"strings"

	"github.com/readout/readout/lexicon"
)

// PETRARCH2 combines the code of a verb with the code of a clause it
// governs through its internal coding ontology (PICO,
// PETR.Internal.Coding.Ontology.txt): each CAMEO code is a number whose
// hexadecimal digits name a class (say, appeal, intend, ...), a kind of
// act and a topic, so that "want" (0x3000) and "help" (0x0040) make
// "intend to help" (0x3040, CAMEO 033), and "not" subtracts 0xFFFF
// (refusal).

// ontology maps CAMEO codes to PICO values and back.
type ontology struct {
	of   map[string]int
	back map[int]string
}

// newOntology builds the maps from the lexicon's PICO table; nil when it
// has none.
func newOntology(lex *lexicon.Lexicon) *ontology {
	if len(lex.PICO) == 0 {
		return nil
	}
	o := &ontology{of: lex.PICO, back: map[int]string{}}
	codes := make([]string, 0, len(lex.PICO))
	for c := range lex.PICO {
		codes = append(codes, c)
	}
	// Where several codes share a value, the shortest (then the first in
	// order) stands for it.
	sort.Slice(codes, func(i, j int) bool {
		if len(codes[i]) != len(codes[j]) {
			return len(codes[i]) < len(codes[j])
		}
		return codes[i] < codes[j]
	})
	for _, c := range codes {
		if _, dup := o.back[lex.PICO[c]]; !dup && c != nullActor {
			o.back[lex.PICO[c]] = c
		}
	}
	return o
}

// value returns the PICO value of a CAMEO code: its own, else its root's
// ("1123" -> "112" ... -> "110"), else 0.
func (o *ontology) value(code string) int {
	if o == nil || code == "" {
		return 0
	}
	if v, ok := o.of[code]; ok {
		return v
	}
	if len(code) >= 2 {
		if v, ok := o.of[code[:2]+"0"]; ok {
			return v
		}
	}
	return 0
}

// code returns the CAMEO code of a PICO value, "" when none.
func (o *ontology) code(v int) string {
	if o == nil {
		return ""
	}
	return o.back[v]
}

// combine joins the code of a verb (upper) with that of the clause it
// governs (lower), as PETRARCH2 does: a negative lower code (a refusal)
// is added; of two verbal codes the lower wins; otherwise the larger
// wins, or they add up.
func combine(upper, lower int) int {
	switch {
	case lower < 0:
		return lower + upper
	case upper >= 0x1000 && lower >= 0x1000:
		return lower
	case lower >= upper:
		return lower
	}
	return upper + lower
}

// negation is what "not" does to a code.
const negation = 0xFFFF

// transforms are PETRARCH2's verb transformations with the codes of their
// verbs resolved.
type transform struct {
	t            *lexicon.Transform
	outer, inner int // PICO values; inner -1 for "Q" (any coded clause)
	code         string
	codeIsQ      bool
}

// compileTransforms resolves each transformation's verbs to their codes
// (through the verb dictionary); one whose verbs are unknown is left out.
func (c *Coder) compileTransforms() []transform {
	var out []transform
	for _, t := range c.lex.Transforms {
		tr := transform{t: t, outer: c.verbValue(t.OuterVerb), inner: -1}
		if t.InnerVerb != "Q" {
			tr.inner = c.verbValue(t.InnerVerb)
		}
		tr.code = t.Result[2]
		tr.codeIsQ = tr.code == "Q"
		if tr.outer == 0 || tr.inner == 0 {
			continue
		}
		out = append(out, tr)
	}
	return out
}

// verbValue returns the PICO value of a dictionary verb's own code.
func (c *Coder) verbValue(word string) int {
	for _, e := range c.entries(strings.ToLower(word)) {
		if e.alt.Lemma() == strings.ToLower(word) {
			return c.onto.value(e.line.Code)
		}
	}
	return 0
}

// classMatch reports whether code v falls in the class of value want: v
// itself, or v with its last one, two or three hexadecimal digits cleared.
func classMatch(v, want int) bool {
	if v < 0 {
		return false
	}
	return v == want || v-v%0x10 == want || v-v%0x100 == want || v-v%0x1000 == want
}
