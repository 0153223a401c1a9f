package syntax

import (
	"math/rand/v2"
	"sort"
)

// tagTrainConfig holds the tagger's training settings.
type tagTrainConfig struct {
	Epochs     int
	Seed       uint64
	MinTagFreq int     // joint tags seen fewer times are folded into a frequent one
	KnownFreq  int     // a form must be seen this often to be tagged by lookup
	KnownShare float64 // ... and carry its most frequent tag this often
	Prune      pruning // what the final table leaves out
}

var defaultTagConfig = tagTrainConfig{Epochs: 10, Seed: 1, MinTagFreq: 3, KnownFreq: 20, KnownShare: 0.97, Prune: pruning{MinQuanta: 1}}

// buildTagset returns the joint tags seen at least minFreq times, most
// frequent first, and a function mapping any joint tag to a kept one.
func buildTagset(sents []*goldSent, minFreq int) ([]string, func(string) int32) {
	count := map[string]int{}
	for _, s := range sents {
		for i := range s.forms {
			count[s.upos[i]+"|"+s.xpos[i]]++
		}
	}
	var tags []string
	for t, n := range count {
		if n >= minFreq {
			tags = append(tags, t)
		}
	}
	sort.Slice(tags, func(i, j int) bool {
		if count[tags[i]] != count[tags[j]] {
			return count[tags[i]] > count[tags[j]]
		}
		return tags[i] < tags[j]
	})
	index := map[string]int32{}
	for i, t := range tags {
		index[t] = int32(i)
	}
	return tags, func(t string) int32 {
		if i, ok := index[t]; ok {
			return i
		}
		u, x := splitTag(t)
		for i, k := range tags { // most frequent tag with the same XPOS, else UPOS
			if _, kx := splitTag(k); kx == x {
				return int32(i)
			}
		}
		for i, k := range tags {
			if ku, _ := splitTag(k); ku == u {
				return int32(i)
			}
		}
		return 0
	}
}

// trainTagger trains a tagger on sents over the joint tags of buildTagset.
func trainTagger(sents []*goldSent, tags []string, tagID func(string) int32, clusters *clusterMap, cfg tagTrainConfig) (*tagger, error) {
	tg := &tagger{tags: tags}
	for _, t := range tags {
		u, x := splitTag(t)
		tg.upos, tg.xpos = append(tg.upos, u), append(tg.xpos, x)
	}
	gold := make([][]int32, len(sents))
	lexs := make([][]lexeme, len(sents))
	var sc lexScratch
	for i, s := range sents {
		for j := range s.forms {
			gold[i] = append(gold[i], tagID(s.upos[j]+"|"+s.xpos[j]))
		}
		lexs[i] = makeLexemes(s.forms, clusters, &sc, nil)
	}
	tg.known = knownWords(lexs, gold, cfg)
	w, err := trainWeights(tg, lexs, gold, cfg)
	if err != nil {
		return nil, err
	}
	tg.w = w
	return tg, nil
}

// trainWeights trains the tagger's weights.
func trainWeights(tg *tagger, lexs [][]lexeme, gold [][]int32, cfg tagTrainConfig) (*table, error) {
	p := newPerceptron(len(tg.tags))
	order := make([]int, len(lexs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x7a6))
	scores := make([]float32, len(tg.tags))
	var feats []uint64
	for range cfg.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			lx, g := lexs[si], gold[si]
			p1, p2 := tagStart1, tagStart2
			for i := range lx {
				t, ok := tg.known[lx[i].form]
				if !ok {
					feats = tagFeatures(lx, i, p1, p2, feats[:0])
					p.score(feats, scores)
					t = int32(argmaxF(scores))
					if t != g[i] {
						p.update(feats, int(g[i]), 1)
						p.update(feats, int(t), -1)
					}
					p.tick()
				}
				p2, p1 = p1, int(t)
			}
		}
	}
	return buildTable(p.averaged(), len(tg.tags), cfg.Prune)
}

func argmaxF(scores []float32) int {
	bi := 0
	for c, s := range scores {
		if s > scores[bi] {
			bi = c
		}
	}
	return bi
}

// knownWords finds forms seen often enough with one dominant tag.
func knownWords(lexs [][]lexeme, gold [][]int32, cfg tagTrainConfig) map[uint64]int32 {
	counts := map[uint64]map[int32]int{}
	for i, lx := range lexs {
		for j := range lx {
			m := counts[lx[j].form]
			if m == nil {
				m = map[int32]int{}
				counts[lx[j].form] = m
			}
			m[gold[i][j]]++
		}
	}
	known := map[uint64]int32{}
	for f, m := range counts {
		total, best, bt := 0, 0, int32(0)
		for t, n := range m {
			total += n
			if n > best || (n == best && t < bt) {
				best, bt = n, t
			}
		}
		if total >= cfg.KnownFreq && float64(best) >= cfg.KnownShare*float64(total) {
			known[f] = bt
		}
	}
	return known
}

// makeLexemes computes the lexemes of a sentence, reusing out.
func makeLexemes(forms []string, clusters *clusterMap, sc *lexScratch, out []lexeme) []lexeme {
	out = out[:0]
	for i, f := range forms {
		out = append(out, makeLexeme(f, i == 0, clusters, sc))
	}
	return out
}
