package lexicon

import (
	"strings"
	"testing"
)

// Each case is a .dict file whose expected problems are written on the
// lines they concern as "# ERROR text" or "# WARN text".
var parseCases = map[string]string{
	"lexical.dict": `
country XXA Xanadu
  name Xanadu Republic
	name Tabbed # ERROR tab character
  capital Xan  Adu
  name C\#Land
orphan # ERROR unknown record "orphan"
  name Stray
`,
	"fields.dict": `
  name Floating # ERROR indented line outside any record
country XXB Bravoland
  capitol Bravo # ERROR unknown country field "capitol"
  iso BV BVL 123
  iso BV BVL 124 # ERROR iso given twice
  seat Palace of Bravo GOV
  seat Bravo Barracks MIL
  official # ERROR missing value
country XXBB Longland # ERROR bad actor code "XXBB"
country XXBBBB Longerland # ERROR must have three letters
  name Longer
country xxc Lowerland # ERROR bad actor code "xxc"
  iso BR BRV 12
country XXE Eland
  iso BR BRV 12 # ERROR bad ISO numeric code
country XXD # ERROR missing country code and name
institution XXBLEG Bravo Assembly
  name Assembly
  kind parliament # ERROR unknown institution field "kind"
org IGOXXO Organisation of Xanadu
  kind igo
  country
group XXBREBFRO Front
  country XXBB # ERROR country wants one three-letter
`,
	"people.dict": `
person Ada Bravo
  alias Bravo
  role XXBGOV 2001-02-03..2005 head-of-state,head-of-government President
  role XXBGOV 2005..2009-13-01 minister Minister # ERROR month out of range
  role XXBGOV 2005.. chief Chief # ERROR unknown office "chief"
  role XXBGOV 2005 minister Minister # ERROR want FROM..TO
  role XXBGOV 2005.. # ERROR missing role CODE FROM..TO OFFICE
  role XXBgov 2005.. minister # ERROR bad actor code "XXBgov"
  role XXBGOV 2006.. acting-head-of-state,joint-monarch Acting President
  born 1950-02-30 # ERROR day out of range
  born 1950 1951 # ERROR born given twice
  died 2020-05
  default XXB
  hobby chess # ERROR unknown person field "hobby"
person # ERROR missing name
`,
	"places.dict": `
country XXP Pland
  place Upper Pland / Upper Plandish / Uplander
  shared-place Border Vale
  place # ERROR missing value
  place / Plandish # ERROR place wants a name before its first "/"
  place Lower Pland / # ERROR empty adjective after "/"
  place Mid / / Midish # ERROR empty adjective before "/"
`,
	"misc.dict": `
agent GOV foreign minister
agent GOV Prime Minister # WARN lower case
agent gov minister # ERROR bad actor code "gov"
agent GOV # ERROR missing role code and phrase
code 041 Discuss by telephone
  goldstein 1.0
  quad 1
  plover CONSULT phone
  goldstein 2 # ERROR goldstein given twice
code 042 Make a visit
  goldstein 11 # ERROR outside -10..10
  quad 5 # ERROR QuadClass must be 1, 2, 3 or 4
  plover consult # ERROR PLOVER type
  colour red # ERROR unknown code field
code 4 Four # ERROR bad event code "4"
discard sport world cup
discard sport # ERROR missing category and phrase
topic covid COVID-19
  word coronavirus
  word covid-19 pandemic
  term virus # ERROR unknown topic field "term"
041 speak [with TGT] by|over|on phone
041 # ERROR missing pattern
41A visit TGT # ERROR unknown record "41A"
`,
}

func TestParseProblems(t *testing.T) {
	for name, src := range parseCases {
		t.Run(name, func(t *testing.T) {
			var r Report
			var e entrySet
			parseDict(name, src, &e, &r)
			checkExpected(t, name, src, r.Errors, r.Warnings)
		})
	}
}

func TestParseValues(t *testing.T) {
	var r Report
	var e entrySet
	parseDict("v.dict", parseCases["lexical.dict"]+parseCases["fields.dict"]+parseCases["people.dict"], &e, &r)
	byName := map[string]*Actor{}
	for _, a := range e.actors {
		byName[a.Name] = a
	}
	x := byName["Xanadu"]
	if x == nil || x.Code != "XXA" || x.Nation.Capitals[0] != "Xan Adu" {
		t.Fatalf("Xanadu = %+v", x)
	}
	if got := x.Names; len(got) != 3 || got[0] != "Xanadu Republic" || got[1] != "Tabbed" || got[2] != "C#Land" {
		t.Errorf("Xanadu names = %q (want the tabbed line kept and \\# unescaped)", got)
	}
	b := byName["Bravoland"]
	if b.Nation.ISO2 != "BV" || len(b.Nation.Seats) != 2 || b.Nation.Seats[0] != (Seat{"Palace of Bravo", "XXBGOV"}) || b.Nation.Seats[1].Code != "XXBMIL" {
		t.Errorf("Bravoland = %+v", b.Nation)
	}
	ada := byName["Ada Bravo"]
	if len(ada.Roles) != 2 || ada.Code != "XXB" || ada.Died != (Date{2020, 5, 0}) {
		t.Fatalf("Ada = %+v", ada)
	}
	r0, r1 := ada.Roles[0], ada.Roles[1]
	if r0.Range.From != (Date{2001, 2, 3}) || r0.Range.To != (Date{2005, 0, 0}) || !r0.Offices.Has(HeadOfGovernment) || r0.Title != "President" {
		t.Errorf("role 0 = %+v", r0)
	}
	if !r1.Acting.Has(HeadOfState) || r1.Acting.Has(Monarch) || !r1.Joint.Has(Monarch) || r1.Title != "Acting President" {
		t.Errorf("role 1 = %+v", r1)
	}
}

func TestProblemPositions(t *testing.T) {
	src := "country XXA Xanadu\n  capitol Xan\nperson Ann\n  role XXAGOV 2001..2002 head-of-state,boss President\n"
	var r Report
	var e entrySet
	parseDict("p.dict", src, &e, &r)
	want := []string{
		`p.dict:2:3: unknown country field "capitol" (want official, name, adjective, demonym, capital, seat, place, shared-place or iso)`,
		`p.dict:4:40: unknown office "boss" (see the office keys in docs/dictionaries.md)`,
	}
	if len(r.Errors) != len(want) {
		t.Fatalf("got %v", r.Errors)
	}
	for i, w := range want {
		if got := r.Errors[i].Error(); got != w {
			t.Errorf("problem %d = %q, want %q", i, got, w)
		}
	}
	if r.Errors[0].Excerpt != "capitol Xan" {
		t.Errorf("excerpt = %q", r.Errors[0].Excerpt)
	}
	text := r.Errors.Error()
	if !strings.Contains(text, "p.dict:2:3: unknown country field") || !strings.Contains(text, "\n\tcapitol Xan\n") {
		t.Errorf("ErrorList.Error() = %q", text)
	}
}

func TestInvalidUTF8(t *testing.T) {
	var r Report
	var e entrySet
	parseDict("u.dict", "country XXA Xan\xffadu\ncountry XXB Bravo\n", &e, &r)
	if len(r.Errors) != 1 || r.Errors[0].Pos.Line != 1 || r.Errors[0].Pos.Col != 16 || !strings.Contains(r.Errors[0].Msg, "invalid UTF-8") {
		t.Fatalf("errors = %v", r.Errors)
	}
	if len(e.actors) != 1 || e.actors[0].Code != "XXB" {
		t.Errorf("actors = %v", e.actors)
	}
}

func TestErrorListErr(t *testing.T) {
	var l ErrorList
	if l.Err() != nil {
		t.Error("empty list: Err() != nil")
	}
	l.Add(Pos{File: "b", Line: 2, Col: 1}, Error, "", "second")
	l.Add(Pos{File: "a", Line: 9, Col: 0}, Error, "", "first")
	l.Add(Pos{File: "b", Line: 1, Col: 5}, Error, "", "between")
	l.Sort()
	if got := l.Err().Error(); got != "a:9: first\nb:1:5: between\nb:2:1: second" {
		t.Errorf("sorted = %q", got)
	}
}
