package event

import (
	"testing"

	"github.com/readout/readout/document"
)

func TestStatementEvents(t *testing.T) {
	files := map[string]string{}
	for name, src := range testDicts {
		files[name] = src
	}
	for _, c := range []string{"RUS Russia", "EGY Egypt", "DEU Germany"} {
		files["actors/"+c[:3]+".dict"] = "country " + c + "\n" // speakers of a known country
	}
	lex := testLexicon(t, files)
	// content is the span of tokens [a, b] of the only sentence, said by
	// the first entity
	say := func(a, b int) func(d *document.Document) {
		return func(d *document.Document) {
			d.Statements = append(d.Statements, document.Statement{SpeakerEntity: "e1",
				Content: d.SpanOf(d.Tokens[a].Start, d.Tokens[b].End), CueSpan: d.SpanOf(d.Tokens[1].Start, d.Tokens[1].End)})
		}
	}
	tests := []struct {
		name  string
		sent  string
		state func(d *document.Document)
		want  string
	}{
		{"an obligation laid on another is a demand",
			"Russia/PROPN/nsubj/2=RUS said/VERB/root/0/say Sudan/PROPN/nsubj/5=SDN must/AUX/aux/5 return/VERB/ccomp/2 the/DET/det/7 helicopter/NOUN/obj/5 ./PUNCT/punct/2",
			say(2, 6), "RUS>SDN 100 #RUS"},
		{"a recommendation is an appeal",
			"Egypt/PROPN/nsubj/2=EGY said/VERB/root/0/say the/DET/det/4 US/PROPN/nsubj/6=USA should/AUX/aux/6 mediate/VERB/ccomp/2 ./PUNCT/punct/2",
			say(2, 5), "EGY>USA 020 #EGY"},
		{"a directive cue lays its clause on the clause's subject: an appeal",
			"Egypt/PROPN/nsubj/2=EGY recommended/VERB/root/0/recommend the/DET/det/4 US/PROPN/nsubj/5=USA withdraw/VERB/ccomp/2 ./PUNCT/punct/2",
			say(2, 4), "EGY>USA 020 #EGY"},
		{"a statement about another country's actor",
			"Germany/PROPN/nsubj/2=DEU said/VERB/root/0/say Navalny/PROPN/nsubj:pass/5=RUSOPP was/AUX/aux:pass/5/be poisoned/VERB:VBN/ccomp/2/poison ./PUNCT/punct/2",
			say(2, 4), "DEU>RUSOPP 010 #DEU"},
		{"a reporter's statement codes nothing",
			"Reuters/PROPN/nsubj/2=MED said/VERB/root/0/say Navalny/PROPN/nsubj:pass/5=RUSOPP was/AUX/aux:pass/5/be poisoned/VERB:VBN/ccomp/2/poison ./PUNCT/punct/2",
			say(2, 4), ""},
		{"a statement about the speaker's own country codes nothing",
			"Germany/PROPN/nsubj/2=DEU said/VERB/root/0/say Berlin/PROPN/nsubj/4=DEUGOV agreed/VERB/ccomp/2/agree ./PUNCT/punct/2",
			say(2, 3), ""},
		{"'it' as the subject of what a country says is the country",
			"Serbia/PROPN/nsubj/2=SRB says/VERB/root/0/say it/PRON/nsubj/4 protested/VERB/ccomp/2/protest ./PUNCT/punct/2",
			say(2, 3), "SRB>SRB 141 #SRB"},
	}
	coder := New(lex)
	for _, tt := range tests {
		d := parsed(t, "2020-04-18", tt.sent)
		d.Entities[0].Type = document.Country
		tt.state(d)
		if g := codeLines(t, coder, d); g != tt.want {
			t.Errorf("%s:\n got  %s\n want %s", tt.name, g, tt.want)
		}
	}
}
