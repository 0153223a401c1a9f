package event

import (
	"testing"

	"github.com/readout/readout/document"
)

// repairDicts is a small lexicon for the readings of English news and the
// parse repairs the coder makes on its own.
var repairDicts = map[string]string{
	"cameo.dict": `
code 070 Provide aid
  quad 2
code 082 Ease political dissent
  quad 2
code 087 De-escalate military engagement
  quad 2
code 090 Investigate
  quad 3
code 100 Demand
  quad 3
code 126 Reject mediation
  quad 3
code 130 Threaten
  quad 3
code 138 Threaten with military force
  quad 3
code 145 Protest violently, riot
  quad 3
code 175 Use tactics of violent repression
  quad 4
code 180 Use unconventional violence
  quad 4
code 190 Use conventional military force
  quad 4
code 040 Consult
  quad 1
`,
	"actors/ALB.dict": "country ALB Albania\n  adjective Albanian\n  demonym Albanian\n",
	"actors/SRB.dict": "country SRB Serbia\n  adjective Serbian\n",
	"events/07.dict":  "070 donate goods to TGT\n",
	"events/08.dict":  "082 SRC:LAB|OPP call_off strike\n087 call off strike|offensive\n087 withdraw troops [from TGT]\n",
	"events/09.dict":  "090 open hearing\n",
	"events/04.dict":  "040 meet\n040 meet TGT\n040 discuss [with TGT]\n",
	"events/10.dict":  "100 demand\n100 demand.n\n",
	"events/12.dict":  "126 oppose mediation\n126 opposed.a to mediation [by TGT]\n",
	"events/13.dict":  "130 threaten\n",
	"events/14.dict":  "145 riot\n",
	"events/17.dict":  "175 fire gas [at TGT]\n",
	"events/18.dict":  "180 attack journalist\n",
	"events/19.dict":  "190 attack [TGT]\n190 fire rocket [at TGT]\n",
}

func TestRepairs(t *testing.T) {
	lex := testLexicon(t, repairDicts)
	tests := []struct{ name, sent, want string }{
		{"a people placed in another country is coded with that country",
			"Albanians/PROPN/nsubj/4/albanian=ALB in/ADP/case/3 Serbia/PROPN/nmod/1=SRB demanded/VERB:VBD/root/0/demand autonomy/NOUN/obj/4 ./PUNCT/punct/4",
			"SRB> 100"},
		{"a people placed in its own country keeps its code",
			"Albanians/PROPN/nsubj/4/albanian=ALB in/ADP/case/3 Albania/PROPN/nmod/1=ALB demanded/VERB:VBD/root/0/demand autonomy/NOUN/obj/4 ./PUNCT/punct/4",
			"ALB> 100"},
		{"'would' reported in the past is a future: an attack becomes a threat",
			"Serbia/PROPN/nsubj/2=SRB said/VERB:VBD/root/0/say it/PRON/nsubj/5=SRB would/AUX:MD/aux/5 attack/VERB:VB/ccomp/2 ./PUNCT/punct/2",
			"SRB> 138 ~future"},
		{"'would' outside a report stays hypothetical",
			"Serbia/PROPN/nsubj/3=SRB would/AUX:MD/aux/3 attack/VERB:VB/root/0 ./PUNCT/punct/3",
			"SRB> 190 ~hypothetical"},
		{"a verb the lemmatiser got wrong anchors through its regular form",
			"Albanians/PROPN/nsubj/2/albanian=ALB rioted/VERB:VBD/root/0/riote ./PUNCT/punct/2",
			"ALB>ALB 145"},
		{"a participle with no agent takes its adjective reading",
			"Serbia/PROPN/nsubj:pass/3=SRB is/AUX/aux:pass/3/be opposed/VERB:VBN/root/0/oppose to/ADP/case/5 mediation/NOUN/obl/3 ./PUNCT/punct/3",
			"SRB> 126"},
		{"a subject hung on an opening time word",
			"Serbia/PROPN/compound/2=SRB today/NOUN/obl:unmarked/3 threatened/VERB:VBD/root/0/threaten ./PUNCT/punct/3",
			"SRB> 130"},
		{"a main verb hung on the noun after it as a modifier",
			"Serbs/PROPN/root/0/serb=SRB threatened/VERB:VBN/amod/3/threaten today/NOUN/nmod:unmarked/1 ./PUNCT/punct/1",
			"SRB> 130"},
		{"a main verb hung as a participle on a noun of the subject",
			"Doctors/NOUN/root/0/doctor from/ADP/case/3 groups/NOUN/nmod/1/group=USA donated/VERB:VBN/acl/3/donate goods/NOUN/obj/4 to/ADP/case/7 Iraq/PROPN/obl/4=IRQ ./PUNCT/punct/1",
			"USA>IRQ 070"},
		{"a noun root with a subject and a verb hung on it as a modifier",
			"Serbia/PROPN/nsubj/3=SRB attacked/VERB:VBD/amod/3/attack Albania/PROPN/root/0=ALB ./PUNCT/punct/3",
			"SRB>ALB 190"},
		{"an agent with no 'by' is an object",
			"Tanks/NOUN/obl/7/tank=SRBMIL fired/VERB:VBN/acl/1/fire rockets/NOUN/obl:agent/2/rocket at/ADP/case/5 Albania/PROPN/obl/2=ALB witnesses/NOUN/nsubj/7/witness said/VERB:VBD/root/0/say ./PUNCT/punct/7",
			"SRBMIL>ALB 190"},
		{"troops withdrawn by no one named are withdrawn by their own side",
			"Albanian/ADJ/amod/2/albanian troops/NOUN/nsubj:pass/4/troop=ALBMIL were/AUX/aux:pass/4/be withdrawn/VERB:VBN/root/0/withdraw from/ADP/case/6 Serbia/PROPN/obl/4=SRB ./PUNCT/punct/4",
			"ALBMIL>SRB 087"},
		{"a gerund hung on the object noun before it is the object",
			"Serbia/PROPN/nsubj/2=SRB opened/VERB:VBD/root/0/open a/DET/det/4 landmark/NOUN/obj/2 hearing/VERB:VBG/acl/4/hear Monday/PROPN/obj/5 ./PUNCT/punct/2",
			"SRB> 090"},
		{"an opening subordinate clause parsed as the root: the verb after the comma is the main verb",
			"As/SCONJ/mark/3 they/PRON/nsubj/3 tried/VERB:VBD/root/0/try ,/PUNCT/punct/3 police/NOUN/obj/4=SRBCOP fired/VERB:VBN/amod/8/fire tear/NOUN/compound/8 gas/NOUN/nmod/5 ./PUNCT/punct/3",
			"SRBCOP>SRB 175"},
		{"a plural possessive parsed as a conjunction is a possessive",
			"Protesters/NOUN/nsubj/4/protester=SRBOPP '/PART:POS/case/1/'s demands/NOUN/conj/1/demand include/VERB:VBP/root/0 reform/NOUN/obj/4 ./PUNCT/punct/4",
			"SRBOPP>SRB 100"},
		{"the subject of a clause after 'adding' parsed as the participle's object",
			"Serbia/PROPN/nsubj/2=SRB said/VERB:VBD/root/0/say ,/PUNCT/punct/4 adding/VERB:VBG/csubj/7/add Albania/PROPN/obj/4=ALB will/AUX:MD/aux/7 attack/VERB:VB/ccomp/2 ./PUNCT/punct/2",
			"ALB> 190 ~future"},
		{"a compound subject read as a noun with a subject of its own",
			"Albania/PROPN/nsubj/4=ALB and/CCONJ/cc/3 Serbian/ADJ/amod/4/serbian counterparts/NOUN/root/0/counterpart=SRB met/VERB:VBD/acl/4/meet ./PUNCT/punct/4",
			"ALB>SRB 040; SRB>ALB 040"},
		{"a passive adverbial clause shares the main clause's subject as its patient",
			"Journalists/NOUN/nsubj:pass/3/journalist=SRBMED were/AUX/aux:pass/3/be injured/VERB:VBN/root/0/injure after/SCONJ/mark/6 being/AUX:VBG/aux:pass/6/be attacked/VERB:VBN/advcl/3/attack by/ADP/case/8 protesters/NOUN/obl:agent/6/protester=SRBOPP ./PUNCT/punct/3",
			"SRBOPP>SRBMED 180"},
		{"a prepositional phrase hung on the next noun as a compound is the verb's",
			"Serbia/PROPN/nsubj/2=SRB discussed/VERB:VBD/root/0/discuss with/ADP/case/4 Albania/PROPN/compound/5=ALB sanctions/NOUN/obj/2/sanction ./PUNCT/punct/2",
			"SRB>ALB 040; ALB>SRB 040"},
		{"the subject of a reported clause parsed as the reporting verb's object",
			"Serbia/PROPN/nsubj/2=SRB acknowledged/VERB:VBD/root/0/acknowledge its/PRON/nmod:poss/4 troops/NOUN/obj/2/troop=SRBMIL had/AUX/aux/6/have attacked/VERB:VBN/ccomp/2/attack Albania/PROPN/obj/6=ALB ./PUNCT/punct/2",
			"SRBMIL>ALB 190"},
		{"a finite verb coordinated with an infinitive belongs to the verb above",
			"Serbia/PROPN/nsubj/2=SRB urged/VERB:VBD/root/0/urge protesters/NOUN/obj/2/protester=SRBOPP to/PART/mark/5 reconsider/VERB:VB/xcomp/2 and/CCONJ/cc/7 met/VERB:VBD/conj/5/meet Albania/PROPN/obj/7=ALB ./PUNCT/punct/2",
			"SRB>ALB 040; ALB>SRB 040"},
		{"'adding' parsed as the subject of the clause it reports",
			"Serbia/PROPN/nsubj/2=SRB said/VERB:VBD/root/0/say ,/PUNCT/punct/4 adding/VERB:VBG/nsubj/7/add Albania/PROPN/obj/4=ALB will/AUX:MD/aux/7 attack/VERB:VB/parataxis/2 ./PUNCT/punct/2",
			"ALB> 190 ~future"},
		{"an opening subordinate clause parsed as the root, the main verb hung as a clause on a noun",
			"As/SCONJ/mark/3 they/PRON/nsubj/3 tried/VERB:VBD/root/0/try ,/PUNCT/punct/3 police/NOUN/obj/3=SRBCOP in/ADP/case/7 response/NOUN/nmod/5 fired/VERB:VBN/acl/7/fire tear/NOUN/compound/10 gas/NOUN/obj/8 ./PUNCT/punct/3",
			"SRBCOP>SRB 175"},
		{"a full name hung as a compound on the conjoined noun after it",
			"Edi/PROPN/compound/6=ALB Rama/PROPN/flat/1 and/CCONJ/cc/5 his/PRON/nmod:poss/6 Serbian/ADJ/amod/6/serbian counterparts/NOUN/root/0/counterpart=SRB met/VERB:VBD/acl/6/meet ./PUNCT/punct/6",
			"ALB>SRB 040; SRB>ALB 040"},
		{"a subject of the roles asked for wins the tie",
			"Workers/NOUN/nsubj/2/worker=SRBLAB called/VERB:VBD/root/0/call off/ADP:RP/compound:prt/2 the/DET/det/5 strike/NOUN/obj/2 ./PUNCT/punct/2",
			"SRBLAB> 082"},
	}
	coder := New(lex)
	for _, tt := range tests {
		d := parsed(t, "2000-06-01", tt.sent)
		for i := range d.Entities {
			switch d.Entities[i].Actor {
			case "ALB":
				d.Entities[i].Type = document.Group // "Albanians"
			case "SRB":
				d.Entities[i].Type = document.Country
			}
		}
		if g := codeLines(t, coder, d); g != tt.want {
			t.Errorf("%s:\n got  %s\n want %s", tt.name, g, tt.want)
		}
	}
}

// TestRerootKeepsDocument checks that a repaired parse leaves the
// document's own tokens as the parser wrote them.
func TestRerootKeepsDocument(t *testing.T) {
	lex := testLexicon(t, repairDicts)
	d := parsed(t, "2000-06-01", "Serbs/PROPN/root/0/serb=SRB threatened/VERB:VBN/amod/3/threaten today/NOUN/nmod:unmarked/1 ./PUNCT/punct/1")
	if err := New(lex).Annotate(d); err != nil {
		t.Fatal(err)
	}
	if tok := d.Sentences[0].Tokens[1]; tok.Rel != "amod" || tok.Head != 3 {
		t.Errorf("token rewritten in the document: %+v", tok)
	}
	if len(d.Events) != 1 {
		t.Errorf("events: %d, want 1", len(d.Events))
	}
}
