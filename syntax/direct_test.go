package syntax

import (
	"math/rand/v2"
	"strings"
	"testing"
)

func TestAtomIndexRoundTrip(t *testing.T) {
	dom := newDomains(88, 256)
	for i := range dom[atomTag] {
		if v := atomValue(atomTag, i); tagIndex(v) != i {
			t.Errorf("tag index %d: value %d gives index %d", i, v, tagIndex(v))
		}
	}
	for i := range dom[atomCluster] {
		if v := atomValue(atomCluster, i); clusterIndex(v) != i {
			t.Errorf("cluster index %d: value %d gives index %d", i, v, clusterIndex(v))
		}
	}
	for _, at := range []patom{rootAtom, noneAtom} {
		if atomValue(atomTag, at.ti) != at.t || atomValue(atomCluster, at.ci) != at.c {
			t.Errorf("atom %+v: indices do not match its values", at)
		}
	}
}

// directSentences are parsed along the model's own transitions and along
// random ones (which reach unusual labels and valencies).
var directSentences = []string{
	"Chinese President Xi Jinping held a phone call with his Russian counterpart Vladimir Putin on Thursday .",
	"\" We will not accept it , \" the minister told reporters in Geneva , adding that talks would resume in May .",
	"Trade between the two countries rose 3.4 percent to 1,000 billion yuan in 2019 , according to official data .",
	"Rebels attacked an army post near the border late on Monday , killing at least 12 soldiers and wounding 30 others .",
	"The council , which met for three hours , neither approved nor rejected the plan that the mayor had proposed .",
}

// TestDirectScoresMatchHashed checks that the parser's transition scores,
// from hashed and direct features, equal the table's scores of every
// feature hashed (the form the model was trained on), in every state of
// many parses.
func TestDirectScoresMatchHashed(t *testing.T) {
	a := loadT(t)
	m, sc := a.m, &scratch{}
	p, ps := m.parser, &sc.parse
	rng := rand.New(rand.NewPCG(7, 11))
	states := 0
	for _, random := range []bool{false, true} {
		for _, s := range directSentences {
			forms := strings.Fields(s)
			lx := makeLexemes(forms, m.clusters, &sc.lex, nil)
			tags := make([]int32, len(forms))
			m.tagger.tagSentence(lx, tags, &sc.tag)
			st := &ps.st
			st.reset(len(lx))
			ps.atoms = makeAtoms(lx, tags, ps.atoms)
			for !st.done() {
				states++
				checkDirectState(t, p, ps, st)
				act := st.forced()
				if act < 0 {
					p.scoreTransitions(st, ps)
					act = bestAction(st, &ps.scores)
				}
				for random && act >= 0 {
					if a := rng.IntN(numActs); st.valid(a) {
						act = a
						break
					}
				}
				label := int32(-1)
				if act != actShift {
					label = p.bestLabel(st, ps, act)
					if random && !(act == actRight && st.s(1) == 0) {
						label = int32(rng.IntN(len(p.labels)))
					}
				}
				st.apply(act, label)
			}
		}
	}
	if states < 200 {
		t.Fatalf("only %d states", states)
	}
}

func checkDirectState(t *testing.T, p *parser, ps *parseScratch, st *pstate) {
	t.Helper()
	var want scoreBuf
	p.trans.score(parseFeatures(st, ps.atoms, nil), &want)
	p.scoreTransitions(st, ps)
	if [numActs]int32(want[:numActs]) != [numActs]int32(ps.scores[:numActs]) {
		t.Fatalf("transition scores %v, hashed %v", ps.scores[:numActs], want[:numActs])
	}
}

func TestPrepareTooManyLabels(t *testing.T) {
	a := loadT(t)
	p := *a.m.parser
	p.labels = make([]string, noLabel+1)
	if err := p.prepare(a.m.tagger.upos, 256); err == nil {
		t.Error("no error for more labels than the direct features allow")
	}
}
