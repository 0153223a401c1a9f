package syntax

import "strings"

// tagger assigns joint UPOS+XPOS tags left to right with an averaged
// perceptron; frequent words that the treebank always tags one way skip
// the model.
type tagger struct {
	tags  []string // joint tags "UPOS|XPOS"
	upos  []string
	xpos  []string
	w     *table
	known map[uint64]int32 // form hash -> tag, for unambiguous frequent words
}

// Tag-history atoms for positions before the sentence.
const (
	tagStart1 = 1000
	tagStart2 = 1001
)

func splitTag(t string) (upos, xpos string) {
	u, x, _ := strings.Cut(t, "|")
	return u, x
}

// tagFeatures appends the features for tagging token i given the two
// previous tags p1 and p2.
func tagFeatures(lx []lexeme, i int, p1, p2 int, out []uint64) []uint64 {
	w := &lx[i]
	t1, t2 := uint64(p1), uint64(p2)
	out = append(out,
		f1(1, 0),
		f1(2, w.form),
		f1(3, w.lower),
		f1(4, w.suf[0]), f1(5, w.suf[1]), f1(6, w.suf[2]), f1(7, w.suf[3]),
		f1(8, w.pre1), f1(9, w.pre3),
		f1(10, w.shape),
		f1(11, w.flags),
		f1(12, t1), f2(13, t1, t2),
		f2(14, t1, w.lower),
		f1(15, w.cl[0]), f1(16, w.cl[1]), f1(17, w.cl[2]),
		f2(18, t1, w.cl[1]),
		f2(19, w.shape, w.suf[2]),
		f2(20, w.length, w.flags),
	)
	out = tagContext(lx, i, w, t1, out)
	return out
}

var (
	nullLex  = lexeme{form: 1, lower: 1, shape: 1, suf: [4]uint64{1, 1, 1, 1}, cl: [3]uint64{1, 1, 1}, flags: 1 << 20}
	afterLex = lexeme{form: 2, lower: 2, shape: 2, suf: [4]uint64{2, 2, 2, 2}, cl: [3]uint64{2, 2, 2}, flags: 2 << 20}
)

func lexAt(lx []lexeme, i int) *lexeme {
	switch {
	case i < 0:
		return &nullLex
	case i >= len(lx):
		return &afterLex
	}
	return &lx[i]
}

// tagContext appends features of the surrounding words.
func tagContext(lx []lexeme, i int, w *lexeme, t1 uint64, out []uint64) []uint64 {
	m1, m2 := lexAt(lx, i-1), lexAt(lx, i-2)
	n1, n2 := lexAt(lx, i+1), lexAt(lx, i+2)
	return append(out,
		f1(30, m1.lower), f1(31, m1.suf[2]), f1(32, m2.lower),
		f1(33, n1.lower), f1(34, n1.suf[2]), f1(35, n2.lower),
		f1(36, n1.shape), f1(37, m1.shape),
		f2(38, m1.lower, w.lower), f2(39, w.lower, n1.lower),
		f1(40, m1.cl[1]), f1(41, n1.cl[1]), f1(42, n1.cl[0]), f1(43, n2.cl[0]),
		f1(44, m1.cl[2]), f1(45, n1.cl[2]),
		f2(46, t1, n1.lower), f2(47, t1, w.suf[2]),
		f2(48, n1.lower, n2.lower),
		f1(49, n1.suf[1]), f1(50, n2.suf[2]),
		f2(51, w.flags, n1.flags),
	)
}

// tagSentence tags lx into out (one tag index per token).
func (tg *tagger) tagSentence(lx []lexeme, out []int32, sc *tagScratch) {
	p1, p2 := tagStart1, tagStart2
	for i := range lx {
		t, ok := tg.known[lx[i].form]
		if !ok {
			sc.feats = tagFeatures(lx, i, p1, p2, sc.feats[:0])
			clear(sc.scores[:len(tg.tags)])
			tg.w.score(sc.feats, &sc.scores)
			t = int32(argmax(sc.scores[:len(tg.tags)], -1))
		}
		out[i] = t
		p2, p1 = p1, int(t)
	}
}

type tagScratch struct {
	feats  []uint64
	scores scoreBuf
}
