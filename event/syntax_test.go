package event

import (
	"testing"
)

// extDicts exercises the pattern syntax beyond words and slots: adjective
// anchors, slot roles, required slots, reverse codes and ties broken by
// words matched.
var extDicts = map[string]string{
	"cameo.dict": `
code 030 Express intent to cooperate
  quad 1
code 036 Express intent to meet or negotiate
  quad 1
code 042 Make a visit
  quad 1
code 043 Host a visit
  quad 1
code 111 Criticize or denounce
  quad 3
code 1212 Reject mediation
  quad 3
code 145 Protest violently, riot
  quad 3
code 190 Use conventional military force
  quad 4
code 195 Employ aerial weapons
  quad 4
`,
	"events/03.dict": "030 ready|willing.a to *\n",
	"events/04.dict": "042:043 visit TGT\n043 receive TGT\n",
	"events/11.dict": "111 condemn TGT\n111 condemn\n",
	"events/12.dict": "1212 opposed.a to mediation [by TGT]\n",
	"events/14.dict": "145 SRC:OPP|CVL clash with TGT\n",
	"events/19.dict": "190 clash with TGT\n190 launch strike\n195 launch air_strike\n",
}

func TestPatternSyntax(t *testing.T) {
	lex := testLexicon(t, extDicts)
	tests := []struct{ name, sent, want string }{
		{"an adjective anchor heads a copular clause",
			"Russia/PROPN/nsubj/3=RUS is/AUX/cop/3/be ready/ADJ/root/0 to/PART/mark/5 talk/VERB/xcomp/3 ./PUNCT/punct/3",
			"RUS> 030"},
		{"an adjective anchor with a prepositional phrase",
			"Israel/PROPN/nsubj/3=ISR is/AUX/cop/3/be opposed/ADJ/root/0 to/ADP/case/6 French/ADJ/amod/6=FRA mediation/NOUN/obl/3 ./PUNCT/punct/3",
			"ISR>FRA 1212"},
		{"a slot role: protesters clashing with police riot",
			"Protesters/NOUN/nsubj/2/protester=SRBOPP clashed/VERB/root/0/clash with/ADP/case/4 police/NOUN/obl/2=SRBCOP ./PUNCT/punct/2",
			"SRBOPP>SRBCOP 145"},
		{"a slot role: troops clashing with rebels fight",
			"Troops/NOUN/nsubj/2/troop=SRBMIL clashed/VERB/root/0/clash with/ADP/case/4 rebels/NOUN/obl/2/rebel=SRBREB ./PUNCT/punct/2",
			"SRBMIL>SRBREB 190"},
		{"a required slot needs an actor",
			"Trump/PROPN/nsubj/2=USAGOV received/VERB/root/0/receive votes/NOUN/obj/2/vote ./PUNCT/punct/2",
			""},
		{"a reverse code: the host receives the visitor",
			"Xi/PROPN/nsubj/2=CHNGOV visited/VERB/root/0/visit Moscow/PROPN/obj/2=RUS ./PUNCT/punct/2",
			"CHNGOV>RUS 042; RUS>CHNGOV 043"},
		{"a tie goes to the pattern matching more words",
			"Israel/PROPN/nsubj/2=ISR launched/VERB/root/0/launch an/DET/det/5 air/NOUN/compound/5 strike/NOUN/obj/2 ./PUNCT/punct/2",
			"ISR> 195"},
		{"a compound subject of an act that is not mutual: each member's own",
			"France/PROPN/nsubj/4=FRA and/CCONJ/cc/3 Germany/PROPN/conj/1=DEU condemned/VERB/root/0/condemn the/DET/det/6 move/NOUN/obj/4 ./PUNCT/punct/4",
			"FRA> 111; DEU> 111"},
		{"a compound subject of a mutual act: each to the other",
			"France/PROPN/nsubj/5=FRA and/CCONJ/cc/3 Germany/PROPN/conj/1=DEU are/AUX/cop/5/be ready/ADJ/root/0 to/PART/mark/7 talk/VERB/xcomp/5 ./PUNCT/punct/5",
			"FRA>DEU 030; DEU>FRA 030"},
	}
	coder := New(lex)
	for _, tt := range tests {
		d := parsed(t, "2020-04-18", tt.sent)
		if g := codeLines(t, coder, d); g != tt.want {
			t.Errorf("%s:\n got  %s\n want %s", tt.name, g, tt.want)
		}
	}
}
