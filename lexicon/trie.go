package lexicon

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// phraseIndex maps word sequences to lists of references (indexes into a
// table the owner keeps). It is a trie whose edges live in one map keyed by
// a hash of (node, lower-cased word); each node keeps its word to confirm
// a hit. A step costs one map read and allocates nothing, whatever the
// token's case.
type phraseIndex struct {
	edges map[uint64]uint32 // edgeKey(node, wordHash(word)) -> child node; node 0 is the root
	words []string          // per node: its word as first written
	spans []refSpan         // per node: its references in refs; built by finish
	refs  []int32
	pend  []pendingRef
	// firsts is a bit set of the word hashes of the root's children,
	// built by finish: most tokens start no phrase, and one bit tells so
	// without a map read. firstHashes collects them until then.
	firsts      []uint64
	firstShift  uint
	firstHashes []uint64
}

type refSpan struct{ lo, hi int32 }

type pendingRef struct {
	node uint32
	ref  int32
}

// newPhraseIndex returns an empty index sized for about size nodes.
func newPhraseIndex(size int) *phraseIndex {
	return &phraseIndex{edges: make(map[uint64]uint32, size), words: make([]string, 1, size+1)}
}

// expectRefs sizes the list of references for n more.
func (x *phraseIndex) expectRefs(n int) { x.pend = slices.Grow(x.pend, n) }

// wordHash is FNV-1a over the lower-case UTF-8 of w.
func wordHash(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			h = (h ^ uint64(c)) * 1099511628211
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		i += n
		var buf [utf8.UTFMax]byte
		k := utf8.EncodeRune(buf[:], unicode.ToLower(r))
		for _, b := range buf[:k] {
			h = (h ^ uint64(b)) * 1099511628211
		}
	}
	return h
}

// edgeKey mixes a node into a word hash; salt probes past a collision.
func edgeKey(node uint32, h uint64, salt uint64) uint64 {
	return (h + salt) ^ (uint64(node)+1)*0x9E3779B97F4A7C15
}

// equalFold reports whether two words are equal once lower-cased (the
// comparison wordHash's keys stand for).
func equalFold(a, b string) bool {
	for a != "" && b != "" {
		ca, cb := a[0], b[0]
		if ca < utf8.RuneSelf && cb < utf8.RuneSelf {
			if 'A' <= ca && ca <= 'Z' {
				ca += 'a' - 'A'
			}
			if 'A' <= cb && cb <= 'Z' {
				cb += 'a' - 'A'
			}
			if ca != cb {
				return false
			}
			a, b = a[1:], b[1:]
			continue
		}
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if unicode.ToLower(ra) != unicode.ToLower(rb) {
			return false
		}
		a, b = a[na:], b[nb:]
	}
	return a == b
}

// insert adds a phrase (already split into words) with a reference.
func (x *phraseIndex) insert(words []string, ref int32) {
	if len(words) == 0 {
		return
	}
	node := uint32(0)
	for _, w := range words {
		node = x.child(node, w)
	}
	x.pend = append(x.pend, pendingRef{node, ref})
}

// insertName adds a name written with spaces between its words, split as
// splitName splits it, without allocating a word list. It returns the
// name's capitals mask (see nameCaps) and whether the name had any word.
func (x *phraseIndex) insertName(name string, ref int32) (caps uint64, ok bool) {
	node, n := uint32(0), 0
	forNameWords(name, func(w string) {
		node = x.child(node, w)
		if n < 64 && isCapsWord(w) {
			caps |= 1 << n
		}
		n++
	})
	if n > 0 {
		x.pend = append(x.pend, pendingRef{node, ref})
	}
	return caps, n > 0
}

// child returns the child of node for word w, adding it when missing.
func (x *phraseIndex) child(node uint32, w string) uint32 {
	h := wordHash(w)
	for salt := uint64(0); ; salt++ {
		k := edgeKey(node, h, salt)
		child, ok := x.edges[k]
		if !ok {
			child = uint32(len(x.words))
			x.words = append(x.words, w)
			x.edges[k] = child
			if node == 0 {
				x.firstHashes = append(x.firstHashes, h)
			}
			return child
		}
		if equalFold(x.words[child], w) {
			return child
		}
	}
}

// step follows the edge for a token, ignoring case.
func (x *phraseIndex) step(node uint32, tok string) (uint32, bool) {
	h := wordHash(tok)
	if node == 0 && x.firsts != nil && x.firsts[h>>x.firstShift/64]&(1<<(h>>x.firstShift%64)) == 0 {
		return 0, false
	}
	for salt := uint64(0); ; salt++ {
		child, ok := x.edges[edgeKey(node, h, salt)]
		if !ok {
			return 0, false
		}
		if equalFold(x.words[child], tok) {
			return child, true
		}
	}
}

// forNameWords calls f with each word of a name: runs of spaces separate
// words, and a possessive "'s" is a word of its own.
func forNameWords(name string, f func(string)) {
	for i := 0; i < len(name); {
		for i < len(name) && (name[i] == ' ' || name[i] == '\t') {
			i++
		}
		j := i
		for j < len(name) && name[j] != ' ' && name[j] != '\t' {
			j++
		}
		if j > i {
			w := name[i:j]
			if base, ok := cutPossessive(w); ok {
				f(base)
				f("'s")
			} else {
				f(w)
			}
		}
		i = j
	}
}

// finish lays the references out by node; insert must not be called after.
func (x *phraseIndex) finish() {
	slices.SortStableFunc(x.pend, func(a, b pendingRef) int { return int(a.node) - int(b.node) })
	x.spans = make([]refSpan, len(x.words))
	x.refs = make([]int32, len(x.pend))
	for i, p := range x.pend {
		x.refs[i] = p.ref
		s := &x.spans[p.node]
		if s.hi == 0 {
			s.lo = int32(i)
		}
		s.hi = int32(i + 1)
	}
	x.pend = nil
	x.buildFirsts()
}

// buildFirsts makes the bit set of first words: 16 bits per word, indexed
// by the top bits of the word's hash (FNV-1a mixes every byte into them).
func (x *phraseIndex) buildFirsts() {
	bits := 1 << 10
	for bits < 16*len(x.firstHashes) {
		bits <<= 1
	}
	x.firstShift = uint(64 - bits64(bits))
	x.firsts = make([]uint64, bits/64)
	for _, h := range x.firstHashes {
		b := h >> x.firstShift
		x.firsts[b/64] |= 1 << (b % 64)
	}
	x.firstHashes = nil
}

// bits64 returns log2 of a power of two.
func bits64(n int) int {
	k := 0
	for n > 1 {
		n >>= 1
		k++
	}
	return k
}

// phraseEnd is one phrase found by walk: tokens[start:end] name the
// references refs. split is set when a possessive token was read as two
// words on the way.
type phraseEnd struct {
	end   int
	refs  []int32
	split bool
}

// walk finds every phrase that starts at tokens[start], shortest first,
// appending them to out (pass a stack array's slice to avoid allocation).
// A token "Russia's" that is not a word of the index is read as "Russia"
// followed by "'s".
func (x *phraseIndex) walk(tokens []string, start int, out []phraseEnd) []phraseEnd {
	if x == nil || x.spans == nil {
		return out
	}
	node, split := uint32(0), false
	for i := start; i < len(tokens); i++ {
		next, ok := x.step(node, tokens[i])
		if !ok {
			base, isPoss := cutPossessive(tokens[i])
			if !isPoss {
				break
			}
			if next, ok = x.step(node, base); !ok {
				break
			}
			split = true
			if withS, ok := x.step(next, "'s"); ok {
				next = withS // a name with a possessive inside: People's Republic
			} else {
				// "Russia's": the name ends inside the token.
				if s := x.spans[next]; s.hi > s.lo {
					out = append(out, phraseEnd{end: i + 1, refs: x.refs[s.lo:s.hi], split: true})
				}
				break
			}
		}
		node = next
		if s := x.spans[node]; s.hi > s.lo {
			out = append(out, phraseEnd{end: i + 1, refs: x.refs[s.lo:s.hi], split: split})
		}
	}
	return out
}

// longest returns the longest phrase starting at tokens[start].
func (x *phraseIndex) longest(tokens []string, start int) (phraseEnd, bool) {
	var buf [8]phraseEnd
	ends := x.walk(tokens, start, buf[:0])
	if len(ends) == 0 {
		return phraseEnd{}, false
	}
	return ends[len(ends)-1], true
}
