package ud

import (
	"fmt"
	"strings"

	"github.com/readout/readout/document"
	"github.com/readout/readout/format/conllu"
)

// SegmentCount counts matches between gold and predicted units.
type SegmentCount struct {
	Gold, Predicted, Correct int
}

// Precision is Correct/Predicted (0 when nothing was predicted).
func (c SegmentCount) Precision() float64 { return ratio(c.Correct, c.Predicted) }

// Recall is Correct/Gold (0 when there is no gold unit).
func (c SegmentCount) Recall() float64 { return ratio(c.Correct, c.Gold) }

// F1 is the harmonic mean of precision and recall.
func (c SegmentCount) F1() float64 { return ratio(2*c.Correct, c.Gold+c.Predicted) }

func (c SegmentCount) String() string {
	return fmt.Sprintf("P %.4f R %.4f F1 %.4f (gold %d, predicted %d, correct %d)",
		c.Precision(), c.Recall(), c.F1(), c.Gold, c.Predicted, c.Correct)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// SegmentScore says how well a segmentation reproduces gold tokens and
// sentences of the same text. As in the CoNLL 2018 shared task scorer,
// units are aligned by their character offsets: a predicted token is
// correct when a gold syntactic word spans exactly the same bytes (the
// words of a multiword token such as "don't" = "do" + "n't" have their own
// spans), and a predicted sentence when a gold sentence starts and ends
// where it does.
type SegmentScore struct {
	Tokens    SegmentCount
	Sentences SegmentCount
}

// ScoreSegmentation segments the text of each gold document afresh with
// seg and scores the results, summed over the documents, against the gold
// tokens and sentences. It returns the segmented documents too.
func ScoreSegmentation(gold []*document.Document, seg document.Annotator) (SegmentScore, []*document.Document, error) {
	var sc SegmentScore
	preds := make([]*document.Document, len(gold))
	for i, g := range gold {
		pred := &document.Document{ID: g.ID, Text: g.Text}
		if err := seg.Annotate(pred); err != nil {
			return sc, nil, fmt.Errorf("%s: %w", g.ID, err)
		}
		if pred.Text != g.Text {
			return sc, nil, fmt.Errorf("%s: segmenter changed the text", g.ID)
		}
		sc.Add(CompareSegmentation(g, pred))
		preds[i] = pred
	}
	return sc, preds, nil
}

// Add adds the counts of o to sc.
func (sc *SegmentScore) Add(o SegmentScore) {
	sc.Tokens.add(o.Tokens)
	sc.Sentences.add(o.Sentences)
}

func (c *SegmentCount) add(o SegmentCount) {
	c.Gold += o.Gold
	c.Predicted += o.Predicted
	c.Correct += o.Correct
}

// CompareSegmentation scores pred's tokens and sentences against gold's;
// both must segment the same text.
func CompareSegmentation(gold, pred *document.Document) SegmentScore {
	var sc SegmentScore
	sc.Tokens = compareSpans(tokenSpans(gold.Tokens), tokenSpans(pred.Tokens))
	sc.Sentences = compareSpans(sentenceSpans(gold.Sentences), sentenceSpans(pred.Sentences))
	return sc
}

type span struct{ start, end int }

func tokenSpans(ts []document.Token) []span {
	out := make([]span, len(ts))
	for i, t := range ts {
		out[i] = span{t.Start, t.End}
	}
	return out
}

func sentenceSpans(ss []document.Sentence) []span {
	out := make([]span, len(ss))
	for i, s := range ss {
		out[i] = span{s.Start, s.End}
	}
	return out
}

// compareSpans counts the spans present in both lists, each sorted by
// offset, in one merge walk.
func compareSpans(gold, pred []span) SegmentCount {
	c := SegmentCount{Gold: len(gold), Predicted: len(pred)}
	i, j := 0, 0
	for i < len(gold) && j < len(pred) {
		g, p := gold[i], pred[j]
		switch {
		case g == p:
			c.Correct++
			i++
			j++
		case g.start < p.start || (g.start == p.start && g.end < p.end):
			i++
		default:
			j++
		}
	}
	return c
}

// SegmentErrors lists up to max token disagreements between gold and pred
// as "gold [a b c] predicted [a bc]" with the text around them, for
// finding what a segmenter gets wrong.
func SegmentErrors(gold, pred *document.Document, max int) []string {
	var out []string
	g, p := gold.Tokens, pred.Tokens
	i, j := 0, 0
	for i < len(g) && j < len(p) && len(out) < max {
		if g[i].Start == p[j].Start && g[i].End == p[j].End {
			i++
			j++
			continue
		}
		i0, j0 := i, j
		for i < len(g) && j < len(p) && (g[i].End != p[j].End) {
			if g[i].End < p[j].End {
				i++
			} else {
				j++
			}
		}
		i, j = min(i+1, len(g)), min(j+1, len(p))
		out = append(out, fmt.Sprintf("gold %s predicted %s", forms(g[i0:i]), forms(p[j0:j])))
	}
	return out
}

func forms(ts []document.Token) string {
	f := make([]string, len(ts))
	for i, t := range ts {
		f[i] = t.Text
	}
	return "[" + strings.Join(f, " ") + "]"
}

// ReadSegmentGold reads a CoNLL-U file as gold documents, one for each
// "newdoc" (or one for the whole file when it has none): the text is
// rebuilt from the word forms and SpaceAfter=No, with a blank line between
// paragraphs where "newpar" says so (see conllu.ToDocument).
func ReadSegmentGold(path string) ([]*document.Document, error) {
	sents, err := conllu.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var docs []*document.Document
	for start := 0; start < len(sents); {
		end := start + 1
		for end < len(sents) && !startsDocument(sents[end]) {
			end++
		}
		id, _ := sents[start].Meta("newdoc id")
		docs = append(docs, conllu.ToDocument(fmt.Sprintf("%s#%d %s", path, len(docs)+1, id), sents[start:end]))
		start = end
	}
	return docs, nil
}

// startsDocument reports whether a "newdoc" comment marks s.
func startsDocument(s *conllu.Sentence) bool {
	for _, c := range s.Comments {
		if c == "newdoc" || strings.HasPrefix(c, "newdoc ") {
			return true
		}
	}
	return false
}

// SentenceErrors lists up to max sentence boundaries found in only one of
// gold and pred, each with the text around it and "|" at the boundary.
func SentenceErrors(gold, pred *document.Document, max int) []string {
	ends := func(ss []document.Sentence) map[int]bool {
		m := make(map[int]bool, len(ss))
		for _, s := range ss {
			m[s.End] = true
		}
		return m
	}
	g, p := ends(gold.Sentences), ends(pred.Sentences)
	var out []string
	for _, s := range gold.Sentences {
		if !p[s.End] && len(out) < max {
			out = append(out, "missed: "+context(gold.Text, s.End))
		}
	}
	for _, s := range pred.Sentences {
		if !g[s.End] && len(out) < max {
			out = append(out, "extra:  "+context(gold.Text, s.End))
		}
	}
	return out
}

// context returns the text around byte i on one line, "|" marking i.
func context(text string, i int) string {
	a, b := max(0, i-50), min(len(text), i+30)
	for a > 0 && a < i && text[a]&0xc0 == 0x80 {
		a--
	}
	for b < len(text) && text[b]&0xc0 == 0x80 {
		b++
	}
	return strings.ReplaceAll(text[a:i]+"|"+text[i:b], "\n", " ")
}
