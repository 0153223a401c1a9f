package syntax

import (
	"sort"
	"strings"
)

// trainLemmatizer learns edit rules from the treebank's (form, XPOS,
// lemma) triples. Ending statistics count each distinct (form, XPOS) once,
// since new words resemble the many rare words more than the few common
// ones; an ending needs minSupport forms to get a rule.
func trainLemmatizer(sents []*goldSent, minSupport int) *lemmatizer {
	lm := &lemmatizer{seen: map[uint64]uint32{}, suffix: map[uint64][2]uint32{}, words: map[uint64]bool{}}
	ruleID := map[lemmaRule]uint32{}
	id := func(r lemmaRule) uint32 {
		if i, ok := ruleID[r]; ok {
			return i
		}
		ruleID[r] = uint32(len(lm.rules))
		lm.rules = append(lm.rules, r)
		return ruleID[r]
	}
	type pair struct{ lower, xpos string }
	byPair := map[pair]map[uint32]int{}
	bySuffix := map[uint64]map[uint32]int{}
	var pairs []pair
	for _, s := range sents {
		for i, form := range s.forms {
			if s.lemmas[i] == "_" || s.lemmas[i] == "" {
				continue
			}
			r := id(ruleFor(form, s.lemmas[i]))
			lm.words[hashString(strings.ToLower(s.lemmas[i]))] = true
			p := pair{strings.ToLower(form), s.xpos[i]}
			if byPair[p] == nil {
				byPair[p] = map[uint32]int{}
				pairs = append(pairs, p)
			}
			byPair[p][r]++
		}
	}
	for _, p := range pairs {
		r := mostFrequent(byPair[p])
		lm.seen[seenKey(p.lower, p.xpos)] = r
		for k := 1; k <= min(len(p.lower), maxLemmaSuffix); k++ {
			key := suffixKey(p.xpos, p.lower[len(p.lower)-k:], k == len(p.lower))
			if bySuffix[key] == nil {
				bySuffix[key] = map[uint32]int{}
			}
			bySuffix[key][r]++
		}
	}
	for key, m := range bySuffix {
		total := 0
		for _, n := range m {
			total += n
		}
		if total >= minSupport {
			a := mostFrequent(m)
			pair := [2]uint32{a + 1, 0}
			if len(m) > 1 {
				delete(m, a)
				pair[1] = mostFrequent(m) + 1
			}
			lm.suffix[key] = pair
		}
	}
	for _, p := range pairs {
		key := seenKey(p.lower, p.xpos)
		if r, ok := lm.endingRule(p.lower, p.xpos); ok && r == lm.seen[key] {
			delete(lm.seen, key) // the endings already give this rule
		}
	}
	return lm
}

// mostFrequent returns the key with the highest count (ties: lowest key).
func mostFrequent(m map[uint32]int) uint32 {
	keys := make([]uint32, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	best := keys[0]
	for _, k := range keys {
		if m[k] > m[best] {
			best = k
		}
	}
	return best
}
