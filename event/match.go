package event

import "github.com/readout/readout/lexicon"

// mstate is the state of one pattern match: the tokens whose dependents
// may hold the next item (hosts), the tokens the match has used, and the
// slot fillers found. It is a small value, copied to try optional groups.
type mstate struct {
	hosts [10]int16
	nh    int
	used  [16]int16
	nu    int
	src   int // token heading the SRC slot's phrase, -1
	tgt   int // token heading the TGT slot's phrase, -1
	comp  int // PETRARCH "%": token heading a compound actor, -1
	score int // items matched
	words int // words matched (a multi-word alternative counts each word)
	first bool
	// missed marks the optional groups among the top-level items that
	// did not match on the first pass (retried at the end, when later
	// items have added hosts: "spoke by phone with X" with "with X" under
	// "phone").
	missed uint32
	// deferred marks required top-level items that did not match in
	// order: a word that modifies a later one ("seek improved
	// relationship" with "improved" under "relationship") is looked for
	// again at the end.
	deferred uint32
	empty    int // slots filled by a phrase that names no actor
}

func (st *mstate) init(anchor int) {
	st.nh, st.nu, st.score, st.words = 1, 1, 0, 0
	st.hosts[0], st.used[0] = int16(anchor), int16(anchor)
	st.src, st.tgt, st.comp = -1, -1, -1
	st.first = true
	st.missed, st.deferred, st.empty = 0, 0, 0
}

func (st *mstate) isUsed(k int) bool {
	for i := 0; i < st.nu; i++ {
		if int(st.used[i]) == k {
			return true
		}
	}
	return false
}

func (st *mstate) use(k int, host bool) {
	if st.nu < len(st.used) {
		st.used[st.nu] = int16(k)
		st.nu++
	}
	if host && st.nh < len(st.hosts) {
		st.hosts[st.nh] = int16(k)
		st.nh++
	}
}

func (st *mstate) setSlot(slot lexicon.Slot, k int) {
	switch slot {
	case lexicon.SlotSource:
		st.src = k
	case lexicon.SlotTarget:
		st.tgt = k
	case lexicon.SlotCompound:
		st.comp = k
	}
}

// matchPost matches the items after a readout anchor: in order, then the
// optional groups that missed once more.
func (c *coder) matchPost(items []lexicon.Item, st *mstate) bool {
	if !c.matchItems(items, st, true) {
		return false
	}
	for i := range items {
		if i < 32 && st.deferred&(1<<i) != 0 && !c.matchWord(&items[i], st) {
			return false
		}
	}
	for i := range items {
		if i < 32 && st.missed&(1<<i) != 0 {
			save := *st
			if !c.matchItems(items[i].Items, st, false) {
				*st = save
			}
		}
	}
	return true
}

// matchItems matches readout items in order; it reports false when a
// required item is missing.
func (c *coder) matchItems(items []lexicon.Item, st *mstate, top bool) bool {
	for i := range items {
		it := &items[i]
		ok := true
		switch it.Kind {
		case lexicon.ItemGroup:
			save := *st
			if !c.matchItems(it.Items, st, false) {
				*st = save
				if top && i < 32 {
					st.missed |= 1 << i
				}
			}
		case lexicon.ItemWord:
			ok = c.matchWord(it, st)
			if !ok && top && i < 32 && i+1 < len(items) {
				st.deferred |= 1 << i
				ok = true
			}
		case lexicon.ItemPrep:
			ok = c.matchPrep(it, st)
		case lexicon.ItemSlot:
			ok = c.matchSlot(it, st)
		case lexicon.ItemAny:
			ok = c.matchAny(st)
		}
		if !ok {
			return false
		}
		st.first = false
	}
	return true
}

// argRel reports whether dependent k may hold a word of a pattern. A
// clause coordinated with a verb ("issued warrants and demanded ...") is
// no argument of it.
func (c *coder) argRel(k int) bool {
	if c.s.base(k) == "conj" && c.s.isVerb(k) && c.s.isVerb(c.s.head(k)) {
		return false
	}
	switch c.s.base(k) {
	case "nsubj", "csubj", "aux", "cop", "mark", "case", "det", "punct", "cc",
		"expl", "discourse", "vocative", "reparandum", "parataxis", "dep", "root":
		return c.s.rel(k) == "nsubj:pass"
	}
	return true
}

// matchWord finds a dependent of a host whose lemma is one of the item's.
// The first item after a verb with a direct object, when it is a noun, is
// that object (or a particle): "took place at the airport" is no taking of
// an airport.
func (c *coder) matchWord(it *lexicon.Item, st *mstate) bool {
	s := &c.s
	obj := -1
	if st.first && !c.noun {
		obj = s.child(int(st.hosts[0]), "obj")
	}
	for hi := st.nh - 1; hi >= 0; hi-- {
		for k := s.first[st.hosts[hi]]; k >= 0; k = s.next[k] {
			if st.isUsed(int(k)) || !c.argRel(int(k)) {
				continue
			}
			if obj >= 0 && int(k) != obj && s.rel(int(k)) != "compound:prt" && c.nominal(int(k)) && !s.isVerb(int(k)) {
				continue
			}
			if m, n := c.wordAt(it.Alts, int(k)); m >= 0 {
				c.takeWord(st, int(k), m, n)
				return true
			}
		}
	}
	return c.matchSharedPatient(it, st)
}

// matchSharedPatient matches the first item after a passive anchor on the
// subject it shares with the clause above ("journalists were injured
// after being attacked").
func (c *coder) matchSharedPatient(it *lexicon.Item, st *mstate) bool {
	s := &c.s
	a := int(st.hosts[0])
	if !st.first || c.noun || !s.isPassive(a) {
		return false
	}
	k := s.passiveSubject(a)
	if k < 0 || s.head(k) == a || st.isUsed(k) {
		return false
	}
	m, n := c.wordAt(it.Alts, k)
	if m < 0 {
		return false
	}
	c.takeWord(st, k, m, n)
	return true
}

// takeWord records a pattern word of n words matched at token k through
// token m (as wordAt finds it: k, the object of a container noun k, or a
// noun coordinated with k).
func (c *coder) takeWord(st *mstate, k, m, n int) {
	st.use(k, true)
	if m != k {
		st.use(m, true)
	}
	st.score++
	if c.namesActor(m) {
		// a word that names an actor ("expelled two Russian diplomats")
		// tells as much as a slot that does
		st.score++
	}
	st.words += n
}

// containers are nouns that stand before the real object: "a batch of
// assistance", "a series of measures", "700 kg of medicine".
var containers = setOf("batch", "series", "range", "number", "lot", "package", "set",
	"round", "amount", "kind", "type", "form", "wave", "host", "variety", "line",
	"shipment", "consignment", "tranche", "raft", "slew", "spate", "string", "flurry",
	"bunch", "sort", "couple", "plenty", "lots", "deal", "volume", "supply", "load",
	"part", "portion", "section", "half", "rest", "most", "much", "bulk",
	"dollar", "euro", "pound", "yuan", "yen", "rouble", "ruble", "worth", "tonne", "ton",
	"kg", "kilogram", "kilo", "gram", "litre", "liter", "gallon", "barrel", "quantity",
	"truckload", "planeload", "shipload", "boatload", "carton", "box", "crate", "bag", "sack",
	"day", "week", "month", "hour")

// wordAt returns the token that matches one of alts at token k (k itself,
// the "of" object of a container noun k, or a noun coordinated with k),
// or -1, and the number of words of the alternative matched.
func (c *coder) wordAt(alts [][]string, k int) (int, int) {
	s := &c.s
	if n := c.phraseWords(alts, k); n > 0 {
		return k, n
	}
	if containers[s.lemma[k]] {
		for j := s.first[k]; j >= 0; j = s.next[j] {
			// "worth of goods": an adjective's "of" phrase is an obl
			if r := s.base(int(j)); (r == "nmod" || r == "obl") && s.hasCase(int(j), "of") {
				if n := c.phraseWords(alts, int(j)); n > 0 {
					return int(j), n
				}
			}
		}
	}
	if s.isNoun(k) {
		// "providing aerial photographs and other military intelligence"
		for j := s.first[k]; j >= 0; j = s.next[j] {
			if s.base(int(j)) == "conj" && s.isNoun(int(j)) {
				if n := c.phraseWords(alts, int(j)); n > 0 {
					return int(j), n
				}
			}
		}
	}
	if frames[s.lemma[k]] {
		for j := s.first[k]; j >= 0 && int(j) < k; j = s.next[j] {
			if s.rel(int(j)) == "compound" {
				if n := c.phraseWords(alts, int(j)); n > 0 {
					return int(j), n
				}
			}
		}
	}
	return -1, 0
}

// frames are nouns that frame the act named by the noun compounded to
// them: "resumed the dialogue process", "the peace track".
var frames = setOf("process", "mechanism", "track", "format", "channel", "effort", "mission", "programme", "program")

// phraseAt reports whether token k matches one of alts: a one-word
// alternative by lemma or form, a longer one by its last word at k with
// the earlier words as k's modifiers or right before it.
func (c *coder) phraseAt(alts [][]string, k int) bool { return c.phraseWords(alts, k) > 0 }

// phraseWords returns the number of words of the longest alternative
// that matches at token k, 0 when none does.
func (c *coder) phraseWords(alts [][]string, k int) int {
	n := 0
	for _, alt := range alts {
		if len(alt) > n && c.wordsAt(alt, len(alt)-1, k) {
			n = len(alt)
		}
	}
	return n
}

// wordsAt reports whether words (with words[head] at token k) are found
// around k: each other word is the adjacent token in its place, or a
// dependent of k (or of k's dependent, for "ask for X") with that lemma.
func (c *coder) wordsAt(words []string, head, k int) bool {
	s := &c.s
	if !s.is(k, words[head]) {
		return false
	}
	for j, w := range words {
		if j == head {
			continue
		}
		p := k + j - head
		if p >= 0 && p < len(s.toks) && s.is(p, w) {
			continue
		}
		if !c.nearDependent(k, w) {
			return false
		}
	}
	return true
}

// nearDependent reports whether k has a dependent, or a dependent's
// case marker, with lemma w.
func (c *coder) nearDependent(k int, w string) bool {
	s := &c.s
	for j := s.first[k]; j >= 0; j = s.next[j] {
		if s.is(int(j), w) {
			return true
		}
		if s.hasCase(int(j), w) {
			return true
		}
	}
	return false
}

// matchAny takes any unused dependent of a host.
func (c *coder) matchAny(st *mstate) bool {
	s := &c.s
	for hi := st.nh - 1; hi >= 0; hi-- {
		for k := s.first[st.hosts[hi]]; k >= 0; k = s.next[k] {
			if !st.isUsed(int(k)) && c.argRel(int(k)) {
				st.use(int(k), true)
				st.score++
				return true
			}
		}
	}
	return false
}
