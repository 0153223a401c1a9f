package event

import (
	"testing"

	"github.com/readout/readout/document"
)

// impliedDicts hold patterns without a target slot, or with an optional
// one, so that the target comes from the clause.
var impliedDicts = map[string]string{
	"cameo.dict": `
code 030 Express intent to cooperate
  quad 1
code 034 Express intent to institute political reform
  quad 1
code 040 Consult
  quad 1
code 100 Demand
  quad 3
code 120 Reject
  quad 3
code 124 Refuse to yield
  quad 3
`,
	"events/03.dict":  "030 agree to *\n034 promise to democratize\n",
	"events/04.dict":  "040 discuss\n",
	"events/10.dict":  "100 demand\n",
	"events/12.dict":  "124 reject ultimatum [from TGT]\n120 reject\n",
	"actors/AUS.dict": "country AUS Australia\n  adjective Australian\n",
	"actors/SRB.dict": "country SRB Serbia\n  adjective Serbian\n",
}

func TestImpliedTargets(t *testing.T) {
	lex := testLexicon(t, impliedDicts)
	tests := []struct{ name, sent, want string }{
		{"a country adjective the actor stage left as a word modifies the object",
			"Serbia/PROPN/nsubj/2=SRB rejected/VERB/root/0/reject an/DET/det/5/a Australian/ADJ/amod/5 ultimatum/NOUN/obj/2 ./PUNCT/punct/2",
			"SRB>AUS 124"},
		{"the subject of a clause the verb governs",
			"Greece/PROPN/nsubj/2=GRC demanded/VERB/root/0/demand that/SCONJ/mark/6 the/DET/det/5 US/PROPN/nsubj/6=USA cancel/VERB/ccomp/2 plans/NOUN/obj/6/plan ./PUNCT/punct/2",
			"GRC>USA 100"},
		{"a target inside an infinitive",
			"Congress/PROPN/nsubj/2=USALEG agreed/VERB/root/0/agree to/PART/mark/4 lift/VERB/xcomp/2 embargoes/NOUN/obj/4/embargo on/ADP/case/7 sales/NOUN/nmod/5/sale to/ADP/case/9 Iran/PROPN/nmod/7=IRN ./PUNCT/punct/2",
			"USALEG>IRN 030"},
		{"the source's own country is no target",
			"Kostunica/PROPN/nsubj/2=SRBGOV promised/VERB/root/0/promise to/PART/mark/4 democratize/VERB/xcomp/2 Serbia/PROPN/obj/4=SRB ./PUNCT/punct/2",
			"SRBGOV> 034"},
		{"the subject of talks is no partner",
			"Xi/PROPN/nsubj/2=CHNGOV discussed/VERB/root/0/discuss the/DET/det/4 war/NOUN/obj/2 in/ADP/case/6 Ukraine/PROPN/nmod/4=UKR ./PUNCT/punct/2",
			"CHNGOV> 040"},
	}
	coder := New(lex)
	for _, tt := range tests {
		d := parsed(t, "2020-04-18", tt.sent)
		for i := range d.Entities {
			if len(d.Entities[i].Actor) == 3 {
				d.Entities[i].Type = document.Country // as the actor stage types a country's name
			}
		}
		if g := codeLines(t, coder, d); g != tt.want {
			t.Errorf("%s:\n got  %s\n want %s", tt.name, g, tt.want)
		}
	}
}
