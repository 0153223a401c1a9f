package syntax

import (
	"strings"
	"unicode/utf8"
)

// lemmatizer turns a form and its XPOS tag into a lemma by an edit rule:
// optionally lower-case the form, cut some bytes off its end, append a
// string. Forms seen in the treebank get the rule the treebank used most
// often for them; other forms get the most frequent rule of the longest
// known ending for their tag.
type lemmatizer struct {
	rules  []lemmaRule
	seen   map[uint64]uint32    // hash(lower form, xpos) -> rule
	suffix map[uint64][2]uint32 // hash(xpos, ending) -> best two rules (+1; 0 = none)
	words  map[uint64]bool      // hashes of known lower-case lemmas
}

// lemmaRule rewrites a form into its lemma.
type lemmaRule struct {
	lower bool   // lower-case the form first
	cut   int    // bytes to cut off the end
	add   string // string to append
}

const maxLemmaSuffix = 6

func (r lemmaRule) apply(form string) (string, bool) {
	if r.lower {
		form = strings.ToLower(form)
	}
	if r.cut > len(form) || !utf8.ValidString(form[:len(form)-r.cut]) {
		return "", false
	}
	return form[:len(form)-r.cut] + r.add, true
}

// ruleFor finds the shortest rule that rewrites form into lemma. It
// lower-cases the form whenever the lemma has no capital letter, so that
// "The" and "the" share one rule.
func ruleFor(form, lemma string) lemmaRule {
	lower := lemma == strings.ToLower(lemma)
	f := form
	if lower {
		f = strings.ToLower(form)
	}
	p := 0
	for p < len(f) && p < len(lemma) && f[p] == lemma[p] {
		p++
	}
	for p > 0 && p < len(f) && !utf8.RuneStart(f[p]) {
		p--
	}
	return lemmaRule{lower: lower, cut: len(f) - p, add: lemma[p:]}
}

func seenKey(lower, xpos string) uint64 { return f2(1, hashString(lower), hashString(xpos)) }

func suffixKey(xpos, end string, whole bool) uint64 {
	w := uint64(0)
	if whole {
		w = 1
	}
	return f3(2, hashString(xpos), hashString(end), w)
}

// lemma returns the lemma of form tagged xpos. For a form not seen in
// training, the candidates are the two most frequent rules of its longest
// known ending; the first that gives a known lemma wins, else the first.
func (lm *lemmatizer) lemma(form, xpos string) string {
	if lm == nil {
		return form
	}
	lower := strings.ToLower(form)
	if r, ok := lm.seen[seenKey(lower, xpos)]; ok {
		if l, ok := lm.rules[r].apply(form); ok {
			return l
		}
	}
	first := ""
	for k := min(len(lower), maxLemmaSuffix); k >= 1; k-- {
		rs, ok := lm.suffix[suffixKey(xpos, lower[len(lower)-k:], k == len(lower))]
		if !ok {
			continue
		}
		for _, r := range rs {
			if r == 0 {
				continue
			}
			l, ok := lm.rules[r-1].apply(form)
			if !ok || l == "" {
				continue
			}
			if lm.words[hashString(strings.ToLower(l))] {
				return l
			}
			if first == "" {
				first = l
			}
		}
		break // only the longest known ending counts
	}
	if first != "" {
		return first
	}
	if xpos == "NNP" || xpos == "NNPS" {
		return form
	}
	return lower
}

// endingRule returns the best rule of the longest known ending of lower.
func (lm *lemmatizer) endingRule(lower, xpos string) (uint32, bool) {
	for k := min(len(lower), maxLemmaSuffix); k >= 1; k-- {
		rs, ok := lm.suffix[suffixKey(xpos, lower[len(lower)-k:], k == len(lower))]
		if ok && rs[0] > 0 && lm.rules[rs[0]-1].cut <= len(lower) {
			return rs[0] - 1, true
		}
	}
	return 0, false
}
