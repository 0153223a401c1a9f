package event

import (
	"testing"
)

// TestShippedPatterns codes hand-parsed sentences with the default
// dictionaries: the constructions the pattern syntax exists for, as the
// shipped files write them.
func TestShippedPatterns(t *testing.T) {
	coder := New(loadDefault(t))
	tests := []struct{ name, sent, want string }{
		{"protesters clashing with police riot",
			"Protesters/NOUN/nsubj/2/protester=SRBOPP clashed/VERB/root/0/clash with/ADP/case/4 police/NOUN/obl/2=SRBCOP ./PUNCT/punct/2",
			"SRBOPP>SRBCOP 145"},
		{"troops clashing with rebels fight",
			"Troops/NOUN/nsubj/2/troop=SRBMIL clashed/VERB/root/0/clash with/ADP/case/4 rebels/NOUN/obl/2/rebel=SRBREB ./PUNCT/punct/2",
			"SRBMIL>SRBREB 190"},
		{"security forces firing on protesters repress",
			"Police/NOUN/nsubj/2/police=EGYCOP fired/VERB/root/0/fire on/ADP/case/4 protesters/NOUN/obl/2/protester=EGYOPP ./PUNCT/punct/2",
			"EGYCOP>EGYOPP 175"},
		{"ready to talk: an adjective anchor",
			"Russia/PROPN/nsubj/3=RUS is/AUX/cop/3/be ready/ADJ/root/0 to/PART/mark/5 talk/VERB/xcomp/3 with/ADP/case/7 Ukraine/PROPN/obl/5=UKR ./PUNCT/punct/3",
			"RUS>UKR 036"},
		{"opposed to mediation",
			"Israel/PROPN/nsubj/3=ISR is/AUX/cop/3/be opposed/ADJ/root/0 to/ADP/case/6 French/ADJ/amod/6 mediation/NOUN/obl/3 ./PUNCT/punct/3",
			"ISR>FRA 126"},
		{"the means of an act shares its agent",
			"the/DET/det/3 US/PROPN/nmod:poss/3=USA killing/NOUN/root/0 of/ADP/case/5 Soleimani/PROPN/nmod/3=IRNMIL in/ADP/case/8 an/DET/det/8 airstrike/NOUN/nmod/3",
			"USA>IRNMIL 190; USA> 195"},
		{"the first word after a verb with an object is the object",
			"The/DET/det/2 strike/NOUN/nsubj/3 took/VERB/root/0/take place/NOUN/obj/3 at/ADP/case/7 the/DET/det/7 airport/NOUN/obl/3 ./PUNCT/punct/3",
			""},
		{"a refusal to consider is a rejection",
			"Interpol/PROPN/nsubj/4=IGOCOPITP would/AUX/aux/4 not/PART/advmod/4 consider/VERB/root/0 requests/NOUN/obj/4/request from/ADP/case/7 Iran/PROPN/nmod/5=IRN ./PUNCT/punct/4",
			"IGOCOPITP>IRN 120 ~hypothetical"},
		{"a meeting in one side's country is a visit hosted",
			"Blinken/PROPN/nsubj/2=USAGOV met/VERB/root/0/meet with/ADP/case/4 Wang/PROPN/obl/2=CHNGOV in/ADP/case/6 Beijing/PROPN/obl/2=CHN ./PUNCT/punct/2",
			"USAGOV>CHNGOV 040; USAGOV>CHNGOV 042; CHNGOV>USAGOV 043; CHNGOV>USAGOV 040"},
		{"a hashtag names a country",
			"Cuba/PROPN/nsubj/2=CUB rejected/VERB/root/0/reject the/DET/det/5 #US/ADJ/amod/5 measure/NOUN/obj/2 ./PUNCT/punct/2",
			"CUB>USA 120"},
		{"an acknowledged act is coded too; a verb tagged as a noun keeps its verb",
			"Iran/PROPN/nsubj/2=IRN acknowledged/VERB/root/0/acknowledge its/PRON/nmod:poss/4=IRN forces/NOUN/nsubj/6/force=IRNMIL had/AUX/aux/6/have shot/NOUN/ccomp/2/shot down/ADP/compound:prt/6 a/DET/det/10 Ukrainian/ADJ/amod/10 jet/NOUN/obj/6 ./PUNCT/punct/2",
			"IRN>UKR 015; IRNMIL>UKR 190"},
		{"refusing to lift a curfew refuses to ease administrative sanctions",
			"Israel/PROPN/nsubj/2=ISRGOV refused/VERB/root/0/refuse to/PART/mark/4 lift/VERB/xcomp/2 the/DET/det/6 curfew/NOUN/obj/4 on/ADP/case/8 Palestinians/PROPN/nmod/6/palestinian=PSE ./PUNCT/punct/2",
			"ISRGOV>PSE 1241"},
		{"an irregular past the lemmatiser left as it is",
			"Raab/PROPN/nsubj/2=GBRGOV spoke/VERB/root/0/spoke with/ADP/case/4 Pompeo/PROPN/obl/2=USAGOV ./PUNCT/punct/2",
			"GBRGOV>USAGOV 040; USAGOV>GBRGOV 040"},
		{"a visit is hosted",
			"Xi/PROPN/nsubj/2=CHNGOV visited/VERB/root/0/visit Moscow/PROPN/obj/2=RUS ./PUNCT/punct/2",
			"CHNGOV>RUS 042; RUS>CHNGOV 043"},
	}
	for _, tt := range tests {
		d := parsed(t, "2020-04-18", tt.sent)
		if g := codeLines(t, coder, d); g != tt.want {
			t.Errorf("%s:\n got  %s\n want %s", tt.name, g, tt.want)
		}
	}
}
