package lexicon

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// loadPetrarch writes PETRARCH files to a temporary directory and loads
// them alone.
func loadPetrarch(t *testing.T, files map[string]string) (*Lexicon, ErrorList, map[string]string) {
	t.Helper()
	dir := t.TempDir()
	paths := map[string]string{}
	var pf PetrarchFiles
	for name, src := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		paths[name] = p
		switch {
		case strings.Contains(name, "verbs"):
			pf.Verbs = append(pf.Verbs, p)
		case strings.Contains(name, "actors"):
			pf.Actors = append(pf.Actors, p)
		case strings.Contains(name, "agents"):
			pf.Agents = append(pf.Agents, p)
		case strings.Contains(name, "discards"):
			pf.Discards = append(pf.Discards, p)
		case strings.Contains(name, "issues"):
			pf.Issues = append(pf.Issues, p)
		case strings.Contains(name, "pico"):
			pf.PICO = append(pf.PICO, p)
		}
	}
	l, errs := loadFiles(t, nil, WithPetrarch(pf))
	return l, errs, paths
}

var petrVerbs = `<!-- a verb file
  spread over lines -->
&MILITARY
+ARMY
+ARMED_FORCES_
&AUXVERB1_
+WAS
&NESTED
+&MILITARY
+NAVY

--- MEET [040] ---
MEET {MET MEETS MEETING}  # irregular forms
RE_+CONVENE [043] ; legacy comment
+ASK_FOR {+ASKED_FOR, +ASKING_FOR}
RULE OUT # WARN multi-word verb "RULE OUT" written with spaces
- * (WITH +) [041]
- + * (IN) $ [075:076]
- % * [030:030]
- * {&MILITARY AID} [0332]
- SO IN_AND_*_OUT_AGAIN NOW [074]
- * (ON ALERT) (ALONG BORDER)) [152] # WARN stray ")" ignored
- * &WEATHER [010] # WARN undefined synset &WEATHER
- * DOWN [080!] # WARN code "080!" is not a CAMEO event code
* &NESTED [190] # WARN without its leading "-"

--- GATHER [---] --- # WARN verb block GATHER has patterns but no verbs
MEET # WARN verb "meet" is already in a block
- * (AT ^) [040]
~ a (a b ATTACK) SAY = a b 015
`

func TestPetrarchVerbs(t *testing.T) {
	l, errs, paths := loadPetrarch(t, map[string]string{"x.verbs": petrVerbs})
	checkExpected(t, paths["x.verbs"], petrVerbs, errs, l.Warnings)
	meet := l.PatternsFor("met")
	var got []string
	for _, p := range meet {
		got = append(got, p.Describe())
	}
	want := []string{
		"<meet> => 040",
		"<meet|re_convene|ask_for|rule_out> (with TGT) => 041",
		"TGT <meet|re_convene|ask_for|rule_out> (in) SRC => 075:076",
		"% <meet|re_convene|ask_for|rule_out> => 030:030",
		"<meet|re_convene|ask_for|rule_out> {&MILITARY aid} => 0332",
		"so ~in ~and <meet|re_convene|ask_for|rule_out> ~out ~again now => 074",
		"<meet|re_convene|ask_for|rule_out> (on alert) (along border) => 152",
		"<meet|re_convene|ask_for|rule_out> down => 080!",
		"<meet|re_convene|ask_for|rule_out> &NESTED => 190",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("patterns of MET:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	subjects := []Slot{SlotSource, SlotSource, SlotTarget, SlotCompound}
	for i, s := range subjects {
		if meet[i].Subject != s {
			t.Errorf("pattern %d subject %v, want %v", i, meet[i].Subject, s)
		}
	}
	conv := l.PatternsFor("convened")
	if len(conv) != 9 || conv[0].Code != "043" || conv[0].Anchor.Alts[0].Lemma() != "convene" ||
		!slices.Equal(conv[0].Anchor.Alts[0].Words, []string{"re", "convene"}) ||
		!slices.Equal(conv[0].Anchor.Alts[0].Forms, []string{"convenes", "convened", "convening"}) {
		t.Errorf("RE_+CONVENE: %d patterns, %+v", len(conv), conv[0].Anchor)
	}
	if a := meet[1].Anchor.Alts[2]; a.Lemma() != "ask" || !slices.Equal(a.Forms, []string{"asked", "asking"}) {
		t.Errorf("+ASK_FOR = %+v", a)
	}
	mil := meet[4].Post[0].Items[0].Alts
	if !slices.ContainsFunc(mil, func(p []string) bool { return strings.Join(p, " ") == "armies" }) ||
		slices.ContainsFunc(mil, func(p []string) bool { return strings.Join(p, " ") == "armed forceses" }) {
		t.Errorf("&MILITARY = %q (want the plural of ARMY, none of ARMED_FORCES_)", mil)
	}
	nested := meet[8].Post[0].Alts
	if len(nested) != 5 { // army, armies, armed forces, navy, navies
		t.Errorf("&NESTED = %q", nested)
	}
	if len(l.Transforms) != 1 || l.Transforms[0].OuterVerb != "SAY" || l.Transforms[0].Result != [3]string{"a", "b", "015"} {
		t.Errorf("transforms = %+v", l.Transforms)
	}
}

var petrActors = `# actors
HAMAS [PSEREBHMS]
SAM_GAMGEE_ [HOB] # default
+SAMWISE
	[HOBCIV <20080120]
	[ORCHOB 20100109-20100112]
	[HOBMIL 20080120-20121109]
	[HOBELI > 130119] # WARN spaces inside the date restriction
PRINCE_OF_DOL_AMROTH
	[--- <950630]
	[DOL]
	[DOL2] # WARN second undated code
ANN_VENEMAN_	[USAGOV 010120-050120] [IGOUNOKID >050501]
THE_SHIRE [FRO/BIL/SAM]
	[XXX 20100230-20110101] # ERROR impossible date
	[XXX 9008223-911221] # WARN seven-digit date
	[XXXGOV 20121204] # WARN has no -, > or <
HAMAS [PSE] # WARN also names the entry
`

func TestPetrarchActors(t *testing.T) {
	l, errs, paths := loadPetrarch(t, map[string]string{"x.actors": petrActors})
	checkExpected(t, paths["x.actors"], petrActors, errs, l.Warnings)
	code := func(name string, day Day) string {
		m, ok := l.MatchActor(strings.Fields(name), 0)
		if !ok {
			return "none"
		}
		res, _ := l.ResolveMatch(m, day)
		return res.Code
	}
	tests := []struct {
		name string
		day  Day
		want string
	}{
		{"Sam Gamgee", MakeDay(2007, 1, 1), "HOBCIV"},
		{"samwise", MakeDay(2010, 1, 10), "ORCHOB"}, // the first restriction that holds wins
		{"Sam Gamgee", MakeDay(2011, 1, 10), "HOBMIL"},
		{"Sam Gamgee", MakeDay(2013, 1, 19), "HOBELI"},
		{"Sam Gamgee", MakeDay(2012, 12, 1), "HOB"},
		{"Prince of Dol Amroth", MakeDay(1990, 1, 1), ""},
		{"Prince of Dol Amroth", MakeDay(1996, 1, 1), "DOL"},
		{"Ann Veneman", MakeDay(2003, 1, 1), "USAGOV"},
		{"Ann Veneman", MakeDay(2006, 1, 1), "IGOUNOKID"},
		{"the Shire", MakeDay(2006, 1, 1), "FRO/BIL/SAM"},
		{"Hamas", MakeDay(2006, 1, 1), "PSE"},
	}
	for _, tt := range tests {
		if got := code(tt.name, tt.day); got != tt.want {
			t.Errorf("%s on %v = %q, want %q", tt.name, tt.day, got, tt.want)
		}
	}
	types := map[string]ActorType{}
	for _, a := range l.Actors {
		types[a.Name] = a.Type
	}
	if types["SAM GAMGEE"] != Person || types["HAMAS"] != Country || types["THE SHIRE"] != Person || l.Actors[0].Type != Institution {
		t.Errorf("types = %v", types)
	}
}

var petrAgents = `!PERSON! = MAN, WOMAN
POLICE {} [~COP]
CONGRESS!PERSON! [~LEG]
SECRETARY [~GOV]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]
HUMAN_RIGHTS_BODY [NGO~]
TROOP [MIL] # WARN without ~
MAYOR # WARN without a [code]
`

func TestPetrarchAgents(t *testing.T) {
	l, errs, paths := loadPetrarch(t, map[string]string{"x.agents": petrAgents})
	checkExpected(t, paths["x.agents"], petrAgents, errs, l.Warnings)
	var got []string
	for _, a := range l.Agents {
		code := "~" + a.Code
		if a.Before {
			code = a.Code + "~"
		}
		got = append(got, a.Phrase+" "+code)
	}
	want := "police ~COP|congressman ~LEG|congresswoman ~LEG|secretary ~GOV|secretaries ~GOV|attorney general ~GOVATG|attorneys general ~GOVATG|human rights body NGO~|human rights bodies NGO~|troop ~MIL|troops ~MIL"
	if strings.Join(got, "|") != want {
		t.Errorf("agents:\n%s\nwant\n%s", strings.Join(got, "|"), want)
	}
	if m, ok := l.MatchAgent(strings.Fields("the Attorneys General said"), 1); !ok || m.End != 3 || m.Items[0].Code != "GOVATG" {
		t.Errorf("MatchAgent = %+v %v", m, ok)
	}
}

func TestPetrarchDiscardsIssuesPICO(t *testing.T) {
	files := map[string]string{
		"x.discards": "+WORLD CUP # story\nBASEBALL\nAFRICAN NATIONS CUP_\n",
		"x.issues": `<ISSUE CATEGORY="HEALTH" TYPE="ALL">
n:vaccine [VACCINES]
al+zarqawi v:network [TERROR]
~flu shot
~~Spanish flu
n:virus # WARN without a [code]
</ISSUE>
`,
		"x.pico": "# ontology\n010:0x1000#Make Public Statement\n011:0x1000-0xFFFF\n122:-0xFFFF+0x2040+0x300# comment\n---:0\n013:0xZZ # ERROR bad value\n",
	}
	l, errs, paths := loadPetrarch(t, files)
	for name, src := range files {
		checkExpected(t, paths[name], src, errs, l.Warnings)
	}
	tests := []struct {
		text  string
		story bool
		none  bool
	}{
		{"the world cup final", true, false},
		{"two BASEBALLS games", false, false},
		{"the African Nations Cups", false, true},
		{"the African Nations Cup", false, false},
	}
	for _, tt := range tests {
		d, _ := l.Discarded(strings.Fields(tt.text))
		if (d == nil) != tt.none || (d != nil && d.Story != tt.story) {
			t.Errorf("Discarded(%q) = %+v", tt.text, d)
		}
	}
	forms := map[string]string{}
	for _, is := range l.Issues {
		for _, f := range is.Forms {
			forms[strings.Join(f, " ")] = is.Code + "/" + strings.Repeat("~", is.Exclude) + "/" + is.Category
		}
	}
	for phrase, want := range map[string]string{
		"vaccines": "VACCINES//HEALTH", "al zarqawi networked": "TERROR//HEALTH", "al-zarqawi networking": "TERROR//HEALTH",
		"flu shot": "/~/HEALTH", "spanish flu": "/~~/HEALTH",
	} {
		if forms[phrase] != want {
			t.Errorf("issue %q = %q, want %q", phrase, forms[phrase], want)
		}
	}
	if m, ok := l.MatchIssue(strings.Fields("new Vaccines arrive"), 1); !ok || m.Items[0].Code != "VACCINES" {
		t.Errorf("MatchIssue = %+v", m)
	}
	want := map[string]int{"010": 0x1000, "011": 0x1000 - 0xFFFF, "122": -0xFFFF + 0x2040 + 0x300, "---": 0}
	for k, v := range want {
		if l.PICO[k] != v {
			t.Errorf("PICO[%s] = %#x, want %#x", k, l.PICO[k], v)
		}
	}
}
