package lexicon

import (
	"strings"
	"testing"
)

func TestCompileReadoutPatterns(t *testing.T) {
	tests := []struct {
		line, want string
		subject    Slot
	}{
		{"041 speak [with TGT] by|over|on phone|telephone", "<speak> [(with TGT)] (by|over|on phone|telephone) => 041", SlotSource},
		{"041 hold phone_call|telephone_conversation [with TGT]", "<hold> phone_call|telephone_conversation [(with TGT)] => 041", SlotSource},
		{"042 visit TGT", "<visit> TGT => 042", SlotSource},
		{"042 visit.n [to TGT]", "<visit.n> [(to TGT)] => 042", SlotSource},
		{"042 visit|trip.n [to TGT]", "<visit|trip.n> [(to TGT)] => 042", SlotSource},
		{"073 provide TGT with aid|assistance|help", "<provide> TGT (with aid|assistance|help) => 073", SlotSource},
		{"073 TGT receive aid|assistance from SRC", "TGT <receive> aid|assistance (from SRC) => 073", SlotTarget},
		{"051 SRC express gratitude [to TGT]", "SRC <express> gratitude [(to TGT)] => 051", SlotSource},
		{"036 agree to *", "<agree> (to ANY) => 036", SlotSource},
		{"0874 back down", "<back> down => 0874", SlotSource},
		{"190 fight [[alongside SRC] against TGT]", "<fight> [[(alongside SRC)] (against TGT)] => 190", SlotSource},
		{"030 ready|willing.a to *", "<ready|willing.a> (to ANY) => 030", SlotSource},
		{"1212 opposed.a to mediation [by TGT]", "<opposed.a> (to mediation) [(by TGT)] => 1212", SlotSource},
		{"145 SRC:OPP|CVL clash with TGT:COP", "SRC:OPP|CVL <clash> (with TGT:COP) => 145", SlotSource},
		{"042:043 visit TGT", "<visit> TGT => 042:043", SlotSource},
	}
	for _, tt := range tests {
		l, errs := loadFiles(t, map[string]string{"p.dict": tt.line + "\n"})
		if len(errs) > 0 || len(l.Patterns) != 1 {
			t.Errorf("%s: errors %v", tt.line, errs)
			continue
		}
		p := l.Patterns[0]
		if got := p.Describe(); got != tt.want {
			t.Errorf("%s:\n got  %s\n want %s", tt.line, got, tt.want)
		}
		if p.Subject != tt.subject || p.Format != Readout || p.Pos.Rule() != "t/p.dict:1" || p.Text != tt.line[strings.IndexByte(tt.line, ' ')+1:] {
			t.Errorf("%s: subject %v format %v rule %s text %q", tt.line, p.Subject, p.Format, p.Pos.Rule(), p.Text)
		}
	}
}

func TestRequiredSlotsAndRoles(t *testing.T) {
	l := mustLoad(t, map[string]string{"p.dict": "145 SRC:OPP clash with TGT:COP|MIL\n041 speak [with TGT] by phone\n"})
	p := l.Patterns[0]
	if lead := p.Pre[0]; lead.Slot != SlotSource || !lead.Required() || strings.Join(lead.Roles, ",") != "OPP" {
		t.Errorf("leading slot = %+v", lead)
	}
	with := p.Post[0]
	if with.Kind != ItemPrep || !with.Items[0].Required() || strings.Join(with.Items[0].Roles, ",") != "COP,MIL" {
		t.Errorf("with TGT = %+v", with)
	}
	opt := l.Patterns[1].Post[0]
	if opt.Kind != ItemGroup || !opt.Items[0].InGroup || opt.Items[0].Items[0].Required() {
		t.Errorf("[with TGT] = %+v (want an optional slot)", opt)
	}
}

func TestAdjectiveAnchor(t *testing.T) {
	l := mustLoad(t, map[string]string{"p.dict": "030 ready|well_prepared.a to *\n"})
	a := l.Patterns[0].Anchor
	if !a.Adj || a.Noun || a.Alts[0].Lemma() != "ready" || a.Alts[1].Lemma() != "prepared" {
		t.Errorf("anchor = %+v (want adjective heads ready, prepared)", a)
	}
	if got := l.PatternsFor("prepared"); len(got) != 1 {
		t.Errorf("PatternsFor(prepared) = %v", got)
	}
}

func TestReverseCode(t *testing.T) {
	l := mustLoad(t, map[string]string{"p.dict": "042:043 visit TGT\n"})
	if p := l.Patterns[0]; p.Code != "042" || p.Reverse != "043" || p.Passive != "" {
		t.Errorf("codes = %q %q %q", p.Code, p.Reverse, p.Passive)
	}
}

func TestCompileAnchorWords(t *testing.T) {
	l := mustLoad(t, map[string]string{"p.dict": "041 hold_talks|call.n [with TGT]\n042 set_up TGT\n"})
	noun, verb := l.Patterns[0].Anchor, l.Patterns[1].Anchor
	if !noun.Noun || noun.Alts[0].Lemma() != "talks" || noun.Alts[1].Lemma() != "call" {
		t.Errorf("noun anchor = %+v (want heads talks, call)", noun)
	}
	if verb.Noun || verb.Alts[0].Lemma() != "set" || strings.Join(verb.Alts[0].Words, " ") != "set up" {
		t.Errorf("verb anchor = %+v (want head set)", verb)
	}
	if got := l.PatternsFor("Talks"); len(got) != 1 || got[0] != l.Patterns[0] {
		t.Errorf("PatternsFor(Talks) = %v", got)
	}
	if got := l.PatternsFor("up"); len(got) != 0 {
		t.Errorf("PatternsFor(up) = %v, want nothing (not a head)", got)
	}
}

var patternErrors = `
041 SRC TGT # ERROR no anchor word
041 [with TGT] # ERROR no anchor word
041 [meet] TGT # ERROR no anchor word
041 SRC TGT meet # ERROR only one slot
041 meet TGT TGT # ERROR TGT appears twice
041 meet [with TGT # ERROR unbalanced [
041 meet with TGT] # ERROR unbalanced ]
041 meet [] TGT # ERROR empty optional group
041 Meet TGT # ERROR lower case
041 meet a||b # ERROR empty alternative
041 meet _a # ERROR misplaced _
041 meet WITH TGT # ERROR unknown slot "WITH"
041 meet.n|talk TGT # ERROR mark every alternative
041 meet talk.n # ERROR only the anchor takes .n
041 meet ready.a # ERROR only the anchor takes .n or .a
041 meet.n|ready.a # ERROR a noun (.n) or an adjective (.a), not both
041 meet TGT:mil # ERROR bad actor role "mil"
041 meet SRC:MILI # ERROR bad actor role "MILI"
041 meet WITH:X TGT # ERROR unknown slot "WITH"
041 meet at:x # ERROR stray
041:04123 meet TGT # ERROR bad event code
`

func TestPatternErrors(t *testing.T) {
	var r Report
	var e entrySet
	parseDict("e.dict", patternErrors, &e, &r)
	checkExpected(t, "e.dict", patternErrors, r.Errors, r.Warnings)
	if len(e.patterns) != 0 {
		t.Errorf("%d bad patterns kept", len(e.patterns))
	}
}
