package event

import (
	"testing"
)

// contextDicts code acts whose participants come from earlier sentences
// or from the place they happened.
var contextDicts = map[string]string{
	"cameo.dict": `
code 015 Acknowledge or claim responsibility
  quad 1
code 055 Apologize
  quad 1
code 111 Criticize or denounce
  quad 3
code 112 Accuse
  quad 3
code 120 Reject
  quad 3
code 020 Make an appeal or request
  quad 1
code 173 Arrest, detain
  quad 4
code 190 Use conventional military force
  quad 4
`,
	"events/01.dict":  "015 claim responsibility [for TGT]\n",
	"events/02.dict":  "020 ask TGT to *\n",
	"events/05.dict":  "055 apologize [for TGT]\n",
	"events/11.dict":  "111 condemn attack|killing\n112 blame TGT\n112 accusation.n\n",
	"events/12.dict":  "120 decline request\n",
	"events/17.dict":  "173 arrest TGT\n173 arrest people\n",
	"events/19.dict":  "190 attack TGT\n190 kill people\n",
	"actors/TUN.dict": "country TUN Tunisia\n  capital Tunis\n",
}

func TestContext(t *testing.T) {
	lex := testLexicon(t, contextDicts)
	tests := []struct {
		name  string
		sents []string
		want  string
	}{
		{"condemning the attack aims at the attacker",
			[]string{"Iran/PROPN/nsubj/2=IRN attacked/VERB/root/0/attack Iraq/PROPN/obj/2=IRQ ./PUNCT/punct/2",
				"Germany/PROPN/nsubj/2=DEU condemned/VERB/root/0/condemn the/DET/det/4 attack/NOUN/obj/2 ./PUNCT/punct/2"},
			"IRN>IRQ 190; DEU>IRN 111"},
		{"apologising for it aims at the victim",
			[]string{"Iran/PROPN/nsubj/2=IRN attacked/VERB/root/0/attack Ukraine/PROPN/obj/2=UKR ./PUNCT/punct/2",
				"Iran/PROPN/nsubj/2=IRN apologized/VERB/root/0/apologize for/ADP/case/5 the/DET/det/5 attack/NOUN/obl/2 ./PUNCT/punct/2"},
			"IRN>UKR 190; IRN>UKR 055"},
		{"apologising aims at the victim of the act whose author is named, not of one coded for want of an author",
			[]string{"Iran/PROPN/nsubj/2=IRN attacked/VERB/root/0/attack Ukraine/PROPN/obj/2=UKR ./PUNCT/punct/2",
				"Two/NUM/nummod/2/two people/NOUN/nsubj:pass/4/people were/AUX/aux:pass/4/be killed/VERB:VBN/root/0/kill in/ADP/case/6 Tunis/PROPN/obl/4=TUN ./PUNCT/punct/4",
				"Iran/PROPN/nsubj/2=IRN apologized/VERB/root/0/apologize for/ADP/case/5 the/DET/det/5 attack/NOUN/obl/2 ./PUNCT/punct/2"},
			"IRN>UKR 190; TUN>TUN 190; IRN>UKR 055"},
		{"declining the request rejects its author",
			[]string{"Britain/PROPN/nsubj/2=GBR asked/VERB/root/0/ask the/DET/det/4 US/PROPN/obj/2=USA to/PART/mark/6 reconsider/VERB/xcomp/2 ./PUNCT/punct/2",
				"The/DET/det/2 embassy/NOUN/nsubj/3=USAGOV declined/VERB/root/0/decline the/DET/det/5 request/NOUN/obj/3 ./PUNCT/punct/3"},
			"GBR>USA 020; USAGOV>GBR 120"},
		{"an act with no agent: the place's country on both sides, then claimed",
			[]string{"Two/NUM/nummod/2/two people/NOUN/nsubj:pass/4/people were/AUX/aux:pass/4/be killed/VERB:VBN/root/0/kill in/ADP/case/6 Sousse/PROPN/obl/4=TUN ./PUNCT/punct/4",
				"ISIL/PROPN/nsubj/2=IMGMUSISI claimed/VERB/root/0/claim responsibility/NOUN/obj/2 for/ADP/case/7 all/DET/det/7 three/NUM/nummod/7 attacks/NOUN/nmod/3/attack ./PUNCT/punct/2"},
			"TUN>TUN 190; IMGMUSISI>TUN 015"},
		{"a similar act aims at the same target",
			[]string{"Tamim/PROPN/nsubj/2=AREGOV blamed/VERB/root/0/blame the/DET/det/4 Houthis/PROPN/obj/2=YEMREB ./PUNCT/punct/2",
				"Saba/PROPN/nsubj/2=YEMMED made/VERB/root/0/make similar/ADJ/amod/4 accusations/NOUN/obj/2/accusation ./PUNCT/punct/2"},
			"AREGOV>YEMREB 112; YEMMED>YEMREB 112"},
		{"a participle describing someone is no act of its own",
			[]string{"an/DET/det/2 alumnus/NOUN/root/0 killed/VERB:VBN/acl/2/kill in/ADP/case/5 Iraq/PROPN/obl/3=IRQ"},
			""},
		{"a headline's passive without its auxiliary",
			[]string{"Tunisian/ADJ/amod/2=TUNOPP activist/NOUN/nsubj/3=TUNOPP arrested/VERB:VBN/root/0/arrest in/ADP/case/5 protest/NOUN/obl/3"},
			"TUN>TUNOPP 173"},
		{"an arrest with no agent and no place in a short text is not coded",
			[]string{"People/NOUN/nsubj:pass/3/people were/AUX/aux:pass/3/be arrested/VERB:VBN/root/0/arrest ./PUNCT/punct/3"},
			""},
	}
	coder := New(lex)
	for _, tt := range tests {
		d := parsed(t, "2020-04-18", tt.sents...)
		if g := codeLines(t, coder, d); g != tt.want {
			t.Errorf("%s:\n got  %s\n want %s", tt.name, g, tt.want)
		}
	}
}
