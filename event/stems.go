package event

import "strings"

// A verb the lemmatiser got wrong ("rioted" -> "riote", "mobilized" ->
// "mobile") anchors nothing; its regular inflection, undone, gives the
// verb back.

// regularStem returns the verb a regularly inflected form of token i
// comes from that anchors patterns of the lexicon, "" when none does. It
// is asked only of verbs whose lemma anchors nothing.
func (c *coder) regularStem(i int) string {
	s := &c.s
	f := s.form[i]
	var cands [4]string
	n := 0
	add := func(w string) {
		if len(w) >= 3 && n < len(cands) {
			cands[n] = w
			n++
		}
	}
	switch {
	case strings.HasSuffix(f, "ied"), strings.HasSuffix(f, "ies"):
		add(f[:len(f)-3] + "y")
	case strings.HasSuffix(f, "ed"), strings.HasSuffix(f, "ing"):
		b := strings.TrimSuffix(strings.TrimSuffix(f, "ed"), "ing")
		add(b)       // rioted -> riot
		add(b + "e") // mobilized -> mobilize, rioting -> riot, easing -> ease
		if k := len(b); k >= 2 && b[k-1] == b[k-2] {
			add(b[:k-1]) // stopped -> stop
		}
	case strings.HasSuffix(f, "es"):
		add(f[:len(f)-2])
		add(f[:len(f)-1])
	case strings.HasSuffix(f, "s"):
		add(f[:len(f)-1])
	}
	for _, w := range cands[:n] {
		if w != s.lemma[i] && len(c.lex.PatternsFor(w)) > 0 {
			return w
		}
	}
	return ""
}
