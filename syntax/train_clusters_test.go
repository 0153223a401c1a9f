package syntax

import "testing"

func TestClusterCorpusLeavesTreebankAlone(t *testing.T) {
	tb := []*goldSent{{forms: []string{"The", "U.S.", "2020"}}}
	sents, err := clusterCorpus(nil, tb)
	if err != nil {
		t.Fatal(err)
	}
	if got := sents[0]; got[0] != "the" || got[2] != "0000" {
		t.Errorf("corpus words %q", got)
	}
	if tb[0].forms[0] != "The" || tb[0].forms[2] != "2020" {
		t.Errorf("treebank forms changed: %q", tb[0].forms)
	}
}
