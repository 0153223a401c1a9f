package syntax

import (
	"fmt"
	"io"

	"github.com/readout/readout/syntax/cluster"
)

// clusterSizes are the numbers of classes of the three cluster levels.
var clusterSizes = [3]int{64, 256, 1024}

// clusterCorpus returns the sentences of the news files and the treebank
// sentences, each word in lowerKey form.
func clusterCorpus(newsPaths []string, tb []*goldSent) ([][]string, error) {
	var out [][]string
	for _, p := range newsPaths {
		s, err := readNewsJSONL(p)
		if err != nil {
			return nil, err
		}
		out = append(out, s...)
	}
	for _, s := range tb {
		out = append(out, append([]string(nil), s.forms...)) // a copy: the words are rewritten below
	}
	var buf, low []byte
	seen := map[string]string{}
	for _, s := range out {
		for i, w := range s {
			if k, ok := seen[w]; ok {
				s[i] = k
				continue
			}
			buf = normForm(w, buf)
			low = lowerKey(buf, low)
			seen[w] = string(low)
			s[i] = seen[w]
		}
	}
	return out, nil
}

// learnClusters runs the exchange algorithm at each level of clusterSizes.
func learnClusters(sents [][]string, minCount, maxIter int, log io.Writer) (*clusterMap, error) {
	cm := &clusterMap{ids: map[string][3]uint32{}}
	for level, size := range clusterSizes {
		res, err := cluster.Exchange(sents, cluster.Config{
			Classes: size, MinCount: minCount, MaxIter: maxIter, MinMoved: 0.002,
		})
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(log, "clusters: %d classes over %d words, %d passes\n", size, len(res.Words), res.Passes)
		for i, w := range res.Words {
			ids := cm.ids[w]
			ids[level] = uint32(res.Class[i])
			cm.ids[w] = ids
		}
	}
	return cm, nil
}
