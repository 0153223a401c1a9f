package syntax

// jackknifeTags tags every training sentence with a tagger trained on the
// other folds, so the parser learns from tags as good (and as wrong) as
// those it will see on new text. Sentence i belongs to fold i%folds.
func jackknifeTags(sents []*goldSent, tags []string, tagID func(string) int32, clusters *clusterMap, cfg tagTrainConfig, folds int) ([][]int32, error) {
	out := make([][]int32, len(sents))
	var sc lexScratch
	var ts tagScratch
	for f := range folds {
		var train []*goldSent
		for i, s := range sents {
			if i%folds != f {
				train = append(train, s)
			}
		}
		tg, err := trainTagger(train, tags, tagID, clusters, cfg)
		if err != nil {
			return nil, err
		}
		for i := f; i < len(sents); i += folds {
			lx := makeLexemes(sents[i].forms, clusters, &sc, nil)
			out[i] = make([]int32, len(lx))
			tg.tagSentence(lx, out[i], &ts)
		}
	}
	return out, nil
}
