package event

import (
	"strings"
	"testing"

	"github.com/readout/readout/document"
)

// testDicts is a small dictionary set for the matcher tests.
var testDicts = map[string]string{
	"cameo.dict": `
code 030 Express intent to cooperate
  goldstein 4.0
  quad 1
code 032 Express intent to provide diplomatic cooperation
  goldstein 4.5
  quad 1
code 033 Express intent to provide material aid
  goldstein 5.2
  quad 1
code 036 Express intent to meet or negotiate
  goldstein 4.0
  quad 1
code 040 Consult
  goldstein 1.0
  quad 1
  plover CONSULT
code 041 Discuss by telephone
  goldstein 1.0
  quad 1
  plover CONSULT phone
code 042 Make a visit
  goldstein 1.9
  quad 1
  plover CONSULT visit
code 050 Engage in diplomatic cooperation
  goldstein 3.5
  quad 1
code 070 Provide aid
  goldstein 7.0
  quad 2
  plover AID
code 073 Provide humanitarian aid
  goldstein 7.4
  quad 2
  plover AID humanitarian
code 138 Threaten to use military force
  goldstein -7.0
  quad 3
code 141 Demonstrate or rally
  goldstein -6.5
  quad 3
  plover PROTEST demonstrate
code 163 Impose embargo, boycott, or sanctions
  goldstein -8.0
  quad 4
  plover SANCTION
code 130 Threaten, not specified below
  goldstein -4.4
  quad 3
  plover THREATEN
code 111 Criticize or denounce
  goldstein -2.0
  quad 3
code 100 Demand
  goldstein -5.0
  quad 3
code 114 Complain officially
  goldstein -2.4
  quad 3
code 133 Threaten political dissent, protest
  goldstein -5.8
  quad 3
code 190 Use conventional military force
  goldstein -10.0
  quad 4
  plover ASSAULT
`,
	"events/04.dict": `
041 speak [with|to TGT] by|over|on phone|telephone
040 maintain contact|communication [with TGT]
040 hold talks|meeting [with TGT]
040 discuss [with TGT]
042 visit.n [to TGT]
030 explore cooperation [with TGT]
030 seek improved|better relation|relationship [with TGT]
130 describe consequence|implication [for TGT]
`,
	"events/10.dict": `
100 demand.n
`,
	"events/05.dict": `
050 strengthen cooperation|tie [with TGT]
030 stand ready to strengthen cooperation
`,
	"events/07.dict": `
070 provide|give aid|assistance [to TGT]
073 provide TGT with aid|assistance
070 offer TGT aid|support|assistance
070 TGT receive aid|assistance from SRC
`,
	"events/16.dict": `
163 sanction.n against|on TGT
163 impose sanction [on|against TGT]
`,
	"events/19.dict": `
190 attack TGT
190 attack.n on|against TGT
190 clash with TGT
190 shoot down jet|plane [of TGT]
`,
	"events/11.dict": `
111 call TGT unacceptable|outrageous
`,
	"events/14.dict": `
141 protest [against TGT]
114 protest TGT
`,
	"actors/SRB.dict": `
country SRB Serbia
`,
	"discards.dict": `
discard sport world cup
`,
}

func TestCoder(t *testing.T) {
	lex := testLexicon(t, testDicts)
	tests := []struct {
		name  string
		sent  string
		state func(d *document.Document) // adds statements
		want  []string
	}{
		{"compound subject codes both directions, date from the verb",
			"Xi/PROPN/nsubj/4=CHNGOV and/CCONJ/cc/3 Putin/PROPN/conj/1=RUSGOV spoke/VERB/root/0/speak over/ADP/case/6 phone/NOUN/obl/4 on/ADP/case/9 Thursday/PROPN/compound/9 night/NOUN/obl/4 ./PUNCT/punct/4",
			nil, []string{"CHNGOV>RUSGOV 041 @2020-04-16", "RUSGOV>CHNGOV 041 @2020-04-16"}},
		{"object and a prepositional word through a container noun",
			"China/PROPN/nsubj/3=CHN has/AUX/aux/3 provided/VERB/root/0/provide Russia/PROPN/obj/3=RUS with/ADP/case/7 a/DET/det/7 batch/NOUN/obl/3 of/ADP/case/9 assistance/NOUN/nmod/7 ./PUNCT/punct/3",
			nil, []string{"CHN>RUS 073"}},
		{"future aid act the writer reports keeps its code",
			"China/PROPN/nsubj/3=CHN will/AUX/aux/3 continue/VERB/root/0 offering/VERB:VBG/xcomp/3/offer the/DET/det/7 northern/ADJ/amod/7 neighbor/NOUN/iobj/4=RUS firm/ADJ/amod/9 support/NOUN/obj/4 ./PUNCT/punct/3",
			nil, []string{"CHN>RUS 070 ~future"}},
		{"future aid act someone announces is an intent to give aid",
			"Xi/PROPN/nsubj/2=CHNGOV said/VERB/root/0/say China/PROPN/nsubj/5=CHN will/AUX/aux/5 continue/VERB/ccomp/2 offering/VERB:VBG/xcomp/5/offer Russia/PROPN/iobj/6=RUS support/NOUN/obj/6 ./PUNCT/punct/2",
			func(d *document.Document) {
				d.Statements = append(d.Statements, document.Statement{SpeakerEntity: "e1", Content: d.SpanOf(d.Tokens[2].Start, d.Tokens[7].End)})
			}, []string{"CHN>RUS 033 ~future #CHNGOV"}},
		{"willing to: intent, subject through the chain, target on the object's phrase",
			"Russia/PROPN/nsubj/3=RUS is/AUX/cop/3/be willing/ADJ/root/0 to/PART/mark/5 strengthen/VERB/xcomp/3 cooperation/NOUN/obj/5 with/ADP/case/8 China/PROPN/nmod/6=CHN ./PUNCT/punct/3",
			nil, []string{"RUS>CHN 032 ~intent"}},
		{"agreed to continue to maintain contact: intent to meet, a mention naming two people",
			"The/DET/det/3 two/NUM/nummod/3 heads/NOUN/nsubj/7/head=CHNGOV+RUSGOV of/ADP/case/5 state/NOUN/nmod/3 also/ADV/advmod/7 agreed/VERB/root/0/agree to/PART/mark/9 continue/VERB/xcomp/7 to/PART/mark/11 maintain/VERB/xcomp/9 close/ADJ/amod/13 contact/NOUN/obj/11 ./PUNCT/punct/7",
			nil, []string{"CHNGOV>RUSGOV 036 ~intent", "RUSGOV>CHNGOV 036 ~intent"}},
		{"a group entity codes each member",
			"The/DET/det/2 leaders/NOUN/nsubj/3/leader=[USAGOV+RUSGOV] discussed/VERB/root/0/discuss the/DET/det/5 state/NOUN/obj/3 ./PUNCT/punct/3",
			nil, []string{"USAGOV>RUSGOV 040", "RUSGOV>USAGOV 040"}},
		{"parenthetical speech verb; target from the embedded act",
			"Russia/PROPN/nsubj/4=RUS ,/PUNCT/punct/1 he/PRON/nsubj/4=RUSGOV said/VERB/root/0/say ,/PUNCT/punct/6 stands/VERB/ccomp/4/stand ready/ADJ/xcomp/6 to/PART/mark/9 strengthen/VERB/xcomp/7 cooperation/NOUN/obj/9 with/ADP/case/12 China/PROPN/obl/9=CHN ./PUNCT/punct/4",
			nil, []string{"RUS>CHN 030"}},
		{"passive swaps roles",
			"Russia/PROPN/nsubj:pass/3=RUS was/AUX/aux:pass/3/be attacked/VERB:VBN/root/0/attack by/ADP/case/5 China/PROPN/obl/3=CHN ./PUNCT/punct/3",
			nil, []string{"CHN>RUS 190"}},
		{"passive without an agent gives no event",
			"Russia/PROPN/nsubj:pass/3=RUS was/AUX/aux:pass/3/be attacked/VERB:VBN/root/0/attack ./PUNCT/punct/3",
			nil, nil},
		{"negation",
			"China/PROPN/nsubj/4=CHN did/AUX/aux/4/do not/PART/advmod/4 attack/VERB/root/0 Russia/PROPN/obj/4=RUS ./PUNCT/punct/4",
			nil, []string{"CHN>RUS 190 !"}},
		{"refused to is a negation",
			"China/PROPN/nsubj/2=CHN refused/VERB/root/0/refuse to/PART/mark/4 attack/VERB/xcomp/2 Russia/PROPN/obj/4=RUS ./PUNCT/punct/2",
			nil, []string{"CHN>RUS 190 !"}},
		{"never is a negation",
			"China/PROPN/nsubj/3=CHN never/ADV/advmod/3 attacked/VERB/root/0/attack Russia/PROPN/obj/3=RUS ./PUNCT/punct/3",
			nil, []string{"CHN>RUS 190 !"}},
		{"plans to: a future act, coded as the intent to do it",
			"China/PROPN/nsubj/2=CHN plans/VERB/root/0/plan to/PART/mark/4 maintain/VERB/xcomp/2 contact/NOUN/obj/4 with/ADP/case/7 Russia/PROPN/obl/4=RUS ./PUNCT/punct/2",
			nil, []string{"CHN>RUS 036 ~future"}},
		{"is to: a future act",
			"China/PROPN/nsubj/2=CHN is/AUX/root/0/be to/PART/mark/4 attack/VERB/xcomp/2 Russia/PROPN/obj/4=RUS ./PUNCT/punct/2",
			nil, []string{"CHN>RUS 138 ~future"}},
		{"may is possible",
			"China/PROPN/nsubj/3=CHN may/AUX/aux/3 attack/VERB/root/0 Russia/PROPN/obj/3=RUS ./PUNCT/punct/3",
			nil, []string{"CHN>RUS 190 ~possible"}},
		{"threatened to attack is a threat",
			"China/PROPN/nsubj/2=CHN threatened/VERB/root/0/threaten to/PART/mark/4 attack/VERB/xcomp/2 Russia/PROPN/obj/4=RUS ./PUNCT/punct/2",
			nil, []string{"CHN>RUS 138 ~intent"}},
		{"a person the dictionaries do not know acts on a known target: source left uncoded",
			"Maria/PROPN/nsubj/3 Lopez/PROPN/flat/1 attacked/VERB/root/0/attack Russia/PROPN/obj/3=RUS ./PUNCT/punct/3",
			nil, []string{">RUS 190"}},
		{"an unknown compound name is no person: nothing coded",
			"Solid/PROPN/compound/3 State/PROPN/compound/3 Conference/PROPN/nsubj/4 attacked/VERB/root/0/attack Russia/PROPN/obj/4=RUS ./PUNCT/punct/4",
			nil, nil},
		{"if clause is conditional",
			"If/SCONJ/mark/3/if China/PROPN/nsubj/3=CHN attacks/VERB/advcl/8/attack Russia/PROPN/obj/3=RUS ,/PUNCT/punct/8 Ukraine/PROPN/nsubj/8=UKR will/AUX/aux/8 protest/VERB/root/0 ./PUNCT/punct/8",
			nil, []string{"CHN>RUS 190 ~conditional", "UKR>CHN 133 ~future"}}, // a threat aimed at the condition's agent
		{"should is hypothetical; compound subject both ways",
			"China/PROPN/nsubj/5=CHN and/CCONJ/cc/3 Russia/PROPN/conj/1=RUS should/AUX/aux/5 explore/VERB/root/0 cooperation/NOUN/obj/5 ./PUNCT/punct/5",
			nil, []string{"CHN>RUS 030 ~hypothetical", "RUS>CHN 030 ~hypothetical"}},
		{"noun anchor with by-agent",
			"The/DET/det/2 attack/NOUN/nsubj/7 on/ADP/case/4 Russia/PROPN/nmod/2=RUS by/ADP/case/6 China/PROPN/nmod/2=CHN killed/VERB/root/0/kill dozens/NOUN/obj/7/dozen ./PUNCT/punct/7",
			nil, []string{"CHN>RUS 190"}},
		{"noun anchor with possessor",
			"Xi/PROPN/nmod:poss/3=CHNGOV 's/PART/case/1 visit/NOUN/nsubj/6 to/ADP/case/5 Moscow/PROPN/nmod/3=RUS began/VERB/root/0/begin ./PUNCT/punct/6",
			nil, []string{"CHNGOV>RUS 042"}},
		{"light verb: the noun's agent is the verb's subject",
			"China/PROPN/nsubj/2=CHN launched/VERB/root/0/launch an/DET/det/4 attack/NOUN/obj/2 on/ADP/case/6 Russia/PROPN/obl/2=RUS ./PUNCT/punct/2",
			nil, []string{"CHN>RUS 190"}},
		{"noun anchor with an actor as compound",
			"US/PROPN/compound/2=USA sanctions/NOUN/nsubj/5/sanction against/ADP/case/4 Russia/PROPN/nmod/2=RUS took/VERB/root/0/take effect/NOUN/obj/5 ./PUNCT/punct/5",
			nil, []string{"USA>RUS 163"}},
		{"verb pattern wins over the noun it uses",
			"China/PROPN/nsubj/2=CHN imposed/VERB/root/0/impose sanctions/NOUN/obj/2/sanction on/ADP/case/5 Russia/PROPN/obl/2=RUS ./PUNCT/punct/2",
			nil, []string{"CHN>RUS 163"}},
		{"role swap written in the pattern",
			"Russia/PROPN/nsubj/2=RUS received/VERB/root/0/receive aid/NOUN/obj/2 from/ADP/case/5 China/PROPN/obl/2=CHN ./PUNCT/punct/2",
			nil, []string{"CHN>RUS 070"}},
		{"compound object codes each target",
			"China/PROPN/nsubj/2=CHN attacked/VERB/root/0/attack Russia/PROPN/obj/2=RUS and/CCONJ/cc/5 Ukraine/PROPN/conj/3=UKR ./PUNCT/punct/2",
			nil, []string{"CHN>RUS 190", "CHN>UKR 190"}},
		{"same country on both sides",
			"Protesters/NOUN/nsubj/2/protester=SRBOPP clashed/VERB/root/0/clash with/ADP/case/5 the/DET/det/5 police/NOUN/obl/2=SRBCOP ./PUNCT/punct/2",
			nil, []string{"SRBOPP>SRBCOP 190"}},
		{"a protest with no target is against the protesters' own country",
			"Serbians/PROPN/nsubj/2/serbian=SRB protested/VERB/root/0/protest ./PUNCT/punct/2",
			nil, []string{"SRB>SRB 141"}},
		{"discard phrase",
			"China/PROPN/nsubj/2=CHN attacked/VERB/root/0/attack Russia/PROPN/obj/2=RUS in/ADP/case/8 the/DET/det/8 World/PROPN/compound/8/world Cup/PROPN/compound/8/cup final/NOUN/obl/2 ./PUNCT/punct/2",
			nil, nil},
		{"an evaluative statement: the speaker calls the subject what the predicate says",
			"The/DET/det/2 attacks/NOUN/nsubj/6/attack by/ADP/case/4 Ukraine/PROPN/nmod/2=UKR are/AUX/cop/6/be unacceptable/ADJ/root/0 ,/PUNCT/punct/8 said/VERB/parataxis/6/say Putin/PROPN/nsubj/8=RUSGOV ./PUNCT/punct/6",
			func(d *document.Document) {
				d.Statements = append(d.Statements, document.Statement{Sentence: 0, SpeakerEntity: "e2", Content: d.SpanOf(d.Tokens[0].Start, d.Tokens[5].End)})
			}, []string{"RUSGOV>UKR 111 #RUSGOV"}},
		{"a judgement a concluding verb reports: its subject calls the clause's subject what the predicate says",
			"Russia/PROPN/nsubj/2=RUS concluded/VERB/root/0/conclude that/SCONJ/mark/9 the/DET/det/5 attacks/NOUN/nsubj/9/attack by/ADP/case/7 Ukraine/PROPN/nmod/5=UKR are/AUX/cop/9/be unacceptable/ADJ/ccomp/2 ./PUNCT/punct/2",
			nil, []string{"RUS>UKR 111"}},
		{"a first-person pronoun in a statement is its speaker",
			"We/PRON/nsubj/2/we attacked/VERB/root/0/attack Russia/PROPN/obj/2=RUS ,/PUNCT/punct/5 said/VERB/parataxis/2/say Saree/PROPN/nsubj/5=YEMREB ./PUNCT/punct/2",
			func(d *document.Document) {
				d.Statements = append(d.Statements, document.Statement{Sentence: 0, SpeakerEntity: "e2", Content: d.SpanOf(d.Tokens[0].Start, d.Tokens[2].End)})
			}, []string{"YEMREB>RUS 190 #YEMREB"}},
		{"the relative clause being coded names no actor of its own head",
			"the/DET/det/2 night/NOUN/root/0 that/PRON/obj/5 Serbians/PROPN/nsubj/5/serbian=SRB protested/VERB/acl:relcl/2/protest",
			nil, []string{"SRB>SRB 141"}},
		{"a date on a phrase that contains the event",
			"Friday/PROPN/compound/2 night/NOUN/nsubj/5 was/AUX/cop/5/be the/DET/det/5 night/NOUN/root/0 that/PRON/obj/8 Serbians/PROPN/nsubj/8/serbian=SRB protested/VERB/acl:relcl/5/protest",
			nil, []string{"SRB>SRB 141 @2020-04-17"}},
		{"event inside a statement keeps the speaker",
			"Xi/PROPN/nsubj/2=CHNGOV said/VERB/root/0/say China/PROPN/nsubj/5=CHN will/AUX/aux/5 attack/VERB/ccomp/2 Russia/PROPN/obj/5=RUS ./PUNCT/punct/2",
			func(d *document.Document) {
				d.Statements = append(d.Statements, document.Statement{SpeakerEntity: "e1", Content: d.SpanOf(d.Tokens[2].Start, d.Tokens[5].End), AccordingTo: "Xinhua"})
			}, []string{"CHN>RUS 138 ~future #CHNGOV"}},
	}
	coder := New(lex)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parsed(t, "2020-04-18", tt.sent)
			if tt.state != nil {
				tt.state(d)
			}
			if err := coder.Annotate(d); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range d.Events {
				got = append(got, eventLine(d, e))
			}
			if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestCoderClauses(t *testing.T) {
	lex := testLexicon(t, testDicts)
	tests := []struct{ name, sent, want string }{
		{"a with-phrase under the phone phrase, found after the required items",
			"Xi/PROPN/nsubj/2=CHNGOV spoke/VERB/root/0/speak by/ADP/case/4 phone/NOUN/obl/2 with/ADP/case/6 Putin/PROPN/nmod/4=RUSGOV ./PUNCT/punct/2",
			"CHNGOV>RUSGOV 041; RUSGOV>CHNGOV 041"},
		{"a clause complementing a noun: agent and intent from the governing verb",
			"The/DET/det/2 leaders/NOUN/nsubj/3/leader=[USAGOV+CHNGOV] agreed/VERB/root/0/agree on/ADP/case/6 the/DET/det/6 importance/NOUN/obl/3 of/SCONJ/mark/8 maintaining/VERB:VBG/acl/6/maintain contact/NOUN/obj/8 ./PUNCT/punct/3",
			"USAGOV>CHNGOV 036 ~intent; CHNGOV>USAGOV 036 ~intent"},
		{"a word that modifies a later word of the pattern",
			"The/DET/det/2 US/PROPN/nsubj/3=USA seeks/VERB/root/0/seek an/DET/det/6 improved/ADJ/amod/6 relationship/NOUN/obj/3 with/ADP/case/8 Russia/PROPN/nmod/6=RUS ./PUNCT/punct/3",
			"USA>RUS 030"},
		{"a threat is aimed at the actor of its condition",
			"He/PRON/nsubj/2=USAGOV described/VERB/root/0/describe the/DET/det/4 consequences/NOUN/obj/2/consequence if/SCONJ/mark/7 China/PROPN/nsubj/7=CHN helps/VERB/advcl/2/help Russia/PROPN/obj/7=RUS ./PUNCT/punct/2",
			"USAGOV>CHN 130"},
		{"a subject the parse hung on the opening time phrase; a target deep in the slot phrase",
			"On/ADP/case/2 Friday/PROPN/obl/5 ,/PUNCT/punct/4 China/PROPN/appos/2=CHN imposed/VERB/root/0/impose sanctions/NOUN/obj/5/sanction on/ADP/case/8 flights/NOUN/obl/5/flight to/ADP/case/10 Russia/PROPN/nmod/8=RUS ./PUNCT/punct/5",
			"CHN>RUS 163 @2020-04-17"},
		{"an actor modifying the object word is the target",
			"Iran/PROPN/nsubj/2=IRN shot/VERB/root/0/shoot down/ADP/compound:prt/2 a/DET/det/7 Ukrainian/ADJ/amod/7=UKR passenger/NOUN/compound/7 jet/NOUN/obj/2 ./PUNCT/punct/2",
			"IRN>UKR 190"},
		{"a coordinated clause is no word of the first verb's pattern",
			"China/PROPN/nsubj/2=CHN imposed/VERB/root/0/impose tariffs/NOUN/obj/2/tariff and/CCONJ/cc/5 sanctioned/VERB/conj/2/sanction Russia/PROPN/obj/5=RUS ./PUNCT/punct/2",
			""},
		{"a compound parsed as the subject of a noun",
			"China/PROPN/nsubj/2=CHN attacked/VERB/root/0/attack the/DET/det/6 United/ADJ/amod/5=USA States/PROPN/nsubj/6=USA troops/NOUN/obj/2/troop ./PUNCT/punct/2",
			"CHN>USA 190"},
		{"an opposition's demand with no addressee is put to its own country; a possessor parsed as the head",
			"Protesters/NOUN/nsubj/4/protester=SRBOPP '/PART/case/1/'s demands/NOUN/nmod/1/demand include/VERB/root/0 release/NOUN/obj/4 ./PUNCT/punct/4",
			"SRBOPP>SRB 100"},
		{"a main verb parsed as a modifier of the subject",
			"Putin/PROPN/root/0=RUSGOV today/NOUN/obl:unmarked/3 attacked/VERB:VBN/acl/1/attack Ukraine/PROPN/iobj/3=UKR ./PUNCT/punct/1",
			"RUSGOV>UKR 190"},
		{"a bare pattern beats one whose slot names no actor",
			"Serbians/PROPN/nsubj/2/serbian=SRB protested/VERB/root/0/protest the/DET/det/4 night/NOUN/obj/2 ./PUNCT/punct/2",
			"SRB>SRB 141"},
	}
	coder := New(lex)
	for _, tt := range tests {
		d := parsed(t, "2020-04-18", tt.sent)
		if g := codeLines(t, coder, d); g != tt.want {
			t.Errorf("%s:\n got  %s\n want %s", tt.name, g, tt.want)
		}
	}
}

func TestAnnotateErrors(t *testing.T) {
	if err := New(nil).Annotate(&document.Document{}); err == nil {
		t.Error("no error without a lexicon")
	}
	if err := New(testLexicon(t, testDicts)).Annotate(nil); err == nil {
		t.Error("no error for a nil document")
	}
	// a document without a publication date codes dates it can resolve
	// alone and leaves the others empty
	d := parsed(t, "", "China/PROPN/nsubj/2=CHN attacked/VERB/root/0/attack Russia/PROPN/obj/2=RUS yesterday/NOUN/obl:tmod/2 ./PUNCT/punct/2")
	if err := New(testLexicon(t, testDicts)).Annotate(d); err != nil {
		t.Fatal(err)
	}
	if len(d.Events) != 1 || d.Events[0].Date != "" {
		t.Errorf("got %+v", d.Events)
	}
}
