package event

import (
	"fmt"
	"strings"
	"testing"
)

// TestArgumentRepairs checks each argument repair on the misreading it
// sets right: want lists "word>head:rel" arcs of the repaired tree (head
// "-" for the root).
func TestArgumentRepairs(t *testing.T) {
	tests := []struct{ name, sent, want string }{
		{"an expletive with a controlled infinitive is the subject",
			"Syria/PROPN/nsubj/2 says/VERB:VBZ/root/0 it/PRON/expl/5 is/AUX/cop/5 willing/ADJ/ccomp/2 to/PART/mark/7 withdraw/VERB:VB/xcomp/5 troops/NOUN/obj/7",
			"it>willing:nsubj"},
		{"an extraposed it stays an expletive",
			"it/PRON/expl/3 is/AUX/cop/3 hard/ADJ/root/0 to/PART/mark/5 say/VERB:VB/csubj/3",
			"it>hard:expl"},
		{"a day before another subject belongs to the reporting verb",
			"Mubarak/PROPN/nsubj/2 said/VERB:VBD/root/0 Wednesday/PROPN/nsubj/8 that/SCONJ/mark/8 the/DET/det/6 US/PROPN/nsubj/8 must/AUX/aux/8 ready/ADJ/ccomp/2",
			"Wednesday>said:obl:unmarked US>ready:nsubj"},
		{"a subject set off by an apposition",
			"Pakistan/PROPN/nsubj/4 ,/PUNCT/punct/4 a/DET/det/4 ally/ADV/advmod/7 ,/PUNCT/punct/4 has/AUX/aux/7 refused/VERB:VBN/root/0",
			"Pakistan>refused:nsubj ally>Pakistan:appos"},
		{"a reported clause hung on its subject",
			"Thousands/NOUN/ccomp/7 of/ADP/case/3 Kurds/PROPN/nmod/1 demonstrated/VERB:VBN/acl/1 ,/PUNCT/punct/7 witnesses/NOUN/nsubj/7 said/VERB:VBD/root/0",
			"demonstrated>said:ccomp Thousands>demonstrated:nsubj"},
		{"a passive with no auxiliary is a reduced relative",
			"it/PRON/nsubj/3 will/AUX/aux/3 return/VERB:VB/root/0 weapons/NOUN/nsubj:pass/5 seized/VERB:VBN/advcl/3 last/ADJ/amod/7 year/NOUN/obl/5",
			"weapons>return:obj seized>weapons:acl"},
		{"a prepositional phrase is no subject",
			"Peru/PROPN/nsubj/2 granted/VERB:VBD/root/0 asylum/NOUN/obj/2 to/ADP/case/5 officers/NOUN/nsubj/6 holed/VERB:VBD/conj/2 up/ADP/compound:prt/6",
			"officers>granted:obl holed>officers:acl"},
		{"an infinitive after a noun that takes one",
			"it/PRON/nsubj/3 would/AUX/aux/3 meet/VERB:VB/root/0 demands/NOUN/obj/3/demand to/PART/mark/6 release/VERB:VB/advcl/3 prisoners/NOUN/obj/6",
			"release>demands:acl"},
		{"an infinitive of purpose stays with the verb",
			"they/PRON/nsubj/2 sent/VERB:VBD/root/0 troops/NOUN/obj/2 to/PART/mark/5 protect/VERB:VB/advcl/2 civilians/NOUN/obj/5",
			"protect>sent:advcl"},
		{"a with phrase names the party of a fight",
			"Hizbollah/PROPN/nsubj/2 declared/VERB:VBD/root/0 a/DET/det/4 ceasefire/NOUN/obj/2 after/ADP/case/6 days/NOUN/obl/2 of/ADP/case/8 battles/NOUN/nmod/6/battle with/ADP/case/11 the/DET/det/11 militia/NOUN/obl/2",
			"militia>battles:nmod"},
		{"an opening participle with no comma modifies the subject",
			"Outgoing/VERB:VBG/advcl/5 Advocate/PROPN/obj/1 Letitia/PROPN/flat/2 James/PROPN/nsubj/5 took/VERB:VBD/root/0 a/DET/det/7 shot/NOUN/obj/5",
			"Outgoing>Advocate:amod Advocate>James:compound Letitia>James:flat"},
		{"a noun takes no object: a reported clause",
			"Israel/PROPN/nsubj/2 admitted/VERB:VBN/root/0 pathologists/NOUN/obj/2 harvested/VERB:VBN/amod/5 organs/NOUN/obj/3 from/ADP/case/7 Palestinians/PROPN/nmod/3",
			"harvested>admitted:ccomp pathologists>harvested:nsubj organs>harvested:obj Palestinians>harvested:obl"},
		{"a conjunction opens a clause with its own subject",
			"The/DET/det/2 army/NOUN/nsubj/9 prepared/VERB:VBN/acl/2 to/PART/mark/5 resume/VERB:VB/xcomp/3 as/SCONJ/case/7/as attempts/NOUN/obl/5 were/AUX/cop/9 deadlocked/ADJ/root/0 ./PUNCT/punct/9",
			"prepared>-:root army>prepared:nsubj deadlocked>prepared:advcl attempts>deadlocked:nsubj as>deadlocked:mark"},
		{"a plain noun modifier before its head is a compound",
			"allow/VERB:VB/root/0 the/DET/det/3 return/NOUN/obj/1 of/ADP/case/5 weapons/NOUN/nmod/3 inspectors/NOUN/nmod/5",
			"inspectors>return:nmod weapons>inspectors:compound of>inspectors:case"},
		{"an object read as a modifier of a day",
			"students/NOUN/nsubj/2 staged/VERB:VBD/root/0 demonstrations/NOUN/compound/4 Saturday/PROPN/obl:unmarked/2",
			"demonstrations>staged:obj"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parsed(t, "2020-01-01", tc.sent)
			var s sent
			if !s.reset(d, 0) {
				t.Fatal("no usable parse")
			}
			for _, w := range strings.Fields(tc.want) {
				if got := arcOf(&s, w); got != w {
					t.Errorf("want %s, got %s", w, got)
				}
			}
		})
	}
}

// arcOf returns the arc of the word want names ("word>head:rel"), as the
// repaired tree has it.
func arcOf(s *sent, want string) string {
	word, _, _ := strings.Cut(want, ">")
	for i := range s.toks {
		if s.toks[i].Text != word {
			continue
		}
		head := "-"
		if h := s.head(i); h >= 0 {
			head = s.toks[h].Text
		}
		return fmt.Sprintf("%s>%s:%s", word, head, s.rel(i))
	}
	return word + " missing"
}

// TestThreatConditionOfAdverbialInfinitive: the condition of a threat
// hung on an infinitive the parser read as an adverbial names the target.
func TestThreatConditionOfAdverbialInfinitive(t *testing.T) {
	lex := testLexicon(t, map[string]string{
		"cameo.dict":     "code 133 Threaten with political dissent\n  quad 3\n",
		"events/13.dict": "133 threaten to hold strike [against TGT]\n",
	})
	d := parsed(t, "2020-01-01",
		"Druze/PROPN/nsubj/2=SYR threatened/VERB:VBD/root/0/threaten today/NOUN/obl:unmarked/2 to/PART/mark/5 hold/VERB:VB/advcl/2 a/DET/det/7 strike/NOUN/obj/5 unless/SCONJ/mark/10 Israel/PROPN/nsubj/10=ISR rescinded/VERB:VBD/advcl/5/rescind it/PRON/obj/10 ./PUNCT/punct/2")
	if got := codeLines(t, New(lex), d); !strings.Contains(got, "SYR>ISR 133") {
		t.Errorf("got %q, want the threat aimed at ISR", got)
	}
}
