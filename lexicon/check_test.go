package lexicon

import (
	"testing"
)

// checkCases are small dictionaries with the problems Check must report,
// written as "# ERROR" and "# WARN" comments on the lines concerned.
var checkCases = map[string]string{
	"actors/XXA.dict": `
country XXA Xanadu
  adjective Xanadian
  capital Xan
country XXB Bravoland # WARN country XXB is in the file of XXA # ERROR name "xanadian" means both Xanadu (XXA
  adjective Xanadian
org ZZZUNO Zed Union # WARN starts with ZZZ
`,
	"people/XXA.dict": `
person Ann Lee
  role XXAGOV 2001..2005 head-of-state President # ERROR died 2004-06 but holds this role until 2005
  role XXAGOV 2009..2005 minister Minister # ERROR ends (2005) before it starts (2009) # ERROR died 2004-06 but holds this role until 2005
  died 2004-06
person Bob Ray
  role XXAGOV 2004..2010 head-of-state President # ERROR two holders of head-of-state of XXA at once
  role XXAGOV 2010.. acting-head-of-government Acting Premier # ERROR this role has no end
  died 2011
person Cy Doe
  role XXAGOV 2005-06-01..2006 joint-head-of-state Co-President
  role XXAGOV 1990..1995 minister Minister # ERROR before they were born
  born 1999
person Di Fox
  alias Fox
  role XXALEG 2001.. legislator Member
person Ed Fox # ERROR name "fox" means both Di Fox (XXALEG
  alias Fox
  role XXAGOV 2003..2004 minister Minister
person Flo Nil # WARN has no role and no default code
country XXC Charlie # WARN country records belong in actors/, not people/
`,
	"events/04.dict": `
041 call TGT
041 call TGT|SRC # ERROR slot TGT cannot be an alternative
042 visit TGT
043 host TGT
143 threaten TGT # ERROR code 143 belongs in events/14.dict, not events/04.dict # ERROR event code 143 is not in the codes table
042 visit.n|trip.n [to TGT]
042 visit|trip.n [to TGT] # ERROR duplicate pattern (same as t/events/04.dict:7)
041 visit|trip.n [to TGT] # ERROR duplicate pattern "visit|trip.n [to TGT]"
`,
	"cameo.dict": `
code 041 Discuss by telephone
  quad 1
  plover CONSULT phone
code 042 Make a visit
  quad 1
code 043 Host a visit # WARN has no quad # WARN not a PLOVER event type
  plover HOST
`,
}

func TestCheck(t *testing.T) {
	l, loadErrs := loadFiles(t, checkCases)
	r := l.Check()
	errs := append(append(ErrorList{}, loadErrs...), r.Errors...)
	warns := append(append(ErrorList{}, l.Warnings...), r.Warnings...)
	for name, src := range checkCases {
		checkExpected(t, "t/"+name, src, errs, warns)
	}
}
