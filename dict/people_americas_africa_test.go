package dict_test

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/readout/readout/lexicon"
)

// The people files of Africa, the Americas and Oceania: every UN member of
// those regions, and the territories whose leaders are written.
const (
	aaoAfrica = `DZA AGO BEN BWA BFA BDI CPV CMR CAF TCD COM COG COD CIV DJI EGY GNQ ERI
		SWZ ETH GAB GMB GHA GIN GNB KEN LSO LBR LBY MDG MWI MLI MRT MUS MAR MOZ NAM NER
		NGA RWA STP SEN SYC SLE SOM ZAF SSD SDN TZA TGO TUN UGA ZMB ZWE`
	aaoAmericas = `USA CAN MEX GTM BLZ SLV HND NIC CRI PAN CUB JAM HTI DOM BHS BRB TTO ATG
		DMA GRD KNA LCA VCT COL VEN GUY SUR ECU PER BOL BRA PRY URY ARG CHL`
	aaoOceania     = `AUS NZL PNG FJI SLB VUT WSM TON KIR TUV NRU FSM MHL PLW`
	aaoTerritories = `ESH GRL PRI COK`
	// Commonwealth realms: the monarch (a person of GBR.dict) is head of
	// state, represented in the country by a governor-general.
	aaoRealms = `CAN AUS NZL PNG SLB TUV JAM BHS BLZ ATG GRD KNA LCA VCT`
)

func aaoMembers() []string {
	return strings.Fields(aaoAfrica + " " + aaoAmericas + " " + aaoOceania)
}

// aaoOwnFile reports whether a dictionary position is in one of these files.
func aaoOwnFile(file string) bool {
	for _, c := range strings.Fields(aaoAfrica + " " + aaoAmericas + " " + aaoOceania + " " + aaoTerritories) {
		if file == "dict/people/"+c+".dict" {
			return true
		}
	}
	return false
}

// aaoLoaded loads the default dictionaries once for these tests.
var aaoLoaded = sync.OnceValues(lexicon.LoadDefault)

func aaoLoad(t *testing.T) *lexicon.Lexicon {
	t.Helper()
	lx, err := aaoLoaded()
	if lx == nil {
		t.Fatalf("loading the default dictionaries: %v", err)
	}
	if list, ok := err.(lexicon.ErrorList); ok {
		for _, p := range list {
			if aaoOwnFile(p.Pos.File) {
				t.Errorf("load: %v", p)
			}
		}
	} else if err != nil {
		t.Fatalf("loading the default dictionaries: %v", err)
	}
	return lx
}

func TestPeopleAmericasAfricaLint(t *testing.T) {
	lx := aaoLoad(t)
	r := lx.Check()
	for _, list := range []lexicon.ErrorList{r.Errors, r.Warnings} {
		for _, p := range list {
			if aaoOwnFile(p.Pos.File) {
				t.Errorf("%s: %v", p.Severity, p)
			}
		}
	}
}

func TestPeopleAmericasAfricaFilesExist(t *testing.T) {
	lx := aaoLoad(t)
	seen := map[string]int{}
	for _, a := range lx.Actors {
		if a.Type == lexicon.Person && strings.HasPrefix(a.Pos.File, "dict/people/") {
			seen[strings.TrimSuffix(strings.TrimPrefix(a.Pos.File, "dict/people/"), ".dict")]++
		}
	}
	total := 0
	for _, c := range strings.Fields(aaoAfrica + " " + aaoAmericas + " " + aaoOceania + " " + aaoTerritories) {
		if seen[c] == 0 {
			t.Errorf("dict/people/%s.dict has no person", c)
		}
		total += seen[c]
	}
	if total < 400 {
		t.Errorf("%d people in Africa, the Americas and Oceania; want at least 400", total)
	}
}

// aaoHolder is a person holding an office of a country on a day.
type aaoHolder struct {
	person *lexicon.Actor
	role   *lexicon.Role
}

// aaoHolders returns who holds office with code on day (acting and joint
// holders included).
func aaoHolders(lx *lexicon.Lexicon, code string, office lexicon.Office, day lexicon.Day) []aaoHolder {
	var out []aaoHolder
	for _, a := range lx.Actors {
		if a.Type != lexicon.Person {
			continue
		}
		for i := range a.Roles {
			r := &a.Roles[i]
			if r.Code == code && r.Offices.Has(office) && r.Range.Contains(day) {
				out = append(out, aaoHolder{a, r})
			}
		}
	}
	return out
}

// TestPeopleAmericasAfricaCurrentLeaders checks that every UN member of the
// three regions has a head of state and a head of government today, held
// in an open-ended role (still held as of the knowledge cut-off). In a
// Commonwealth realm the head of state is the monarch of GBR.dict; the
// realm must have a governor-general in office.
func TestPeopleAmericasAfricaCurrentLeaders(t *testing.T) {
	lx := aaoLoad(t)
	today := lexicon.DayOf(time.Now())
	isRealm := map[string]bool{}
	for _, c := range strings.Fields(aaoRealms) {
		isRealm[c] = true
	}
	for _, c := range aaoMembers() {
		offices := []lexicon.Office{lexicon.HeadOfState, lexicon.HeadOfGovernment}
		if isRealm[c] {
			offices = offices[1:]
			if !aaoHasGovernorGeneral(lx, c, today) {
				t.Errorf("%s: no governor-general in office on %v", c, today)
			}
		}
		for _, office := range offices {
			hs := aaoHolders(lx, c+"GOV", office, today)
			if len(hs) == 0 {
				t.Errorf("%s: no %s on %v", c, office, today)
				continue
			}
			open := false
			for _, h := range hs {
				open = open || h.role.Range.To.IsZero()
			}
			if !open {
				t.Errorf("%s: the %s on %v (%s) holds a role that has ended", c, office, today, hs[0].person.Name)
			}
		}
	}
	if len(aaoHolders(lx, "GBRGOV", lexicon.Monarch, today)) == 0 {
		t.Errorf("no monarch of the United Kingdom (and the aaoRealms) on %v", today)
	}
}

func aaoHasGovernorGeneral(lx *lexicon.Lexicon, country string, day lexicon.Day) bool {
	for _, h := range aaoHolders(lx, country+"GOV", lexicon.OtherOffice, day) {
		title := strings.ToLower(h.role.Title)
		if strings.Contains(title, "governor-general") || strings.Contains(title, "governor general") {
			return true
		}
	}
	return false
}

func aaoFindPerson(t *testing.T, lx *lexicon.Lexicon, name string) *lexicon.Actor {
	t.Helper()
	for _, a := range lx.Actors {
		if a.Type == lexicon.Person && a.Name == name {
			return a
		}
	}
	t.Fatalf("no person %q", name)
	return nil
}

// TestPeopleAmericasAfricaRoles spot-checks roles: code, offices and the
// exact range written.
func TestPeopleAmericasAfricaRoles(t *testing.T) {
	lx := aaoLoad(t)
	tests := []struct {
		person, code, offices, rng string
	}{
		{"Joe Biden", "USAGOV", "vice-president", "2009-01-20..2017-01-20"},
		{"Joe Biden", "USAGOV", "head-of-state,head-of-government", "2021-01-20..2025-01-20"},
		{"Donald Trump", "USAGOV", "head-of-state,head-of-government", "2017-01-20..2021-01-20"},
		{"Donald Trump", "USAGOV", "head-of-state,head-of-government", "2025-01-20.."},
		{"Barack Obama", "USAGOV", "head-of-state,head-of-government", "2009-01-20..2017-01-20"},
		{"George W. Bush", "USAGOV", "head-of-state,head-of-government", "2001-01-20..2009-01-20"},
		{"Bill Clinton", "USAGOV", "head-of-state,head-of-government", "1993-01-20..2001-01-20"},
		{"Kamala Harris", "USAGOV", "vice-president", "2021-01-20..2025-01-20"},
		{"JD Vance", "USAGOV", "vice-president", "2025-01-20.."},
		{"Antony Blinken", "USAGOV", "foreign-minister", "2021-01-26..2025-01-20"},
		{"Marco Rubio", "USAGOV", "foreign-minister", "2025-01-21.."},
		{"Lloyd Austin", "USAGOV", "defence-minister", "2021-01-22..2025-01-20"},
		{"Jerome Powell", "USAGOVBUS", "central-bank-governor", "2018-02-05.."},
		{"Nancy Pelosi", "USALEG", "speaker", "2019-01-03..2023-01-03"},
		{"Luiz Inácio Lula da Silva", "BRAGOV", "head-of-state,head-of-government", "2003-01-01..2011-01-01"},
		{"Luiz Inácio Lula da Silva", "BRAGOV", "head-of-state,head-of-government", "2023-01-01.."},
		{"Dilma Rousseff", "BRAGOV", "head-of-state,head-of-government", "2011-01-01..2016-08-31"},
		{"Michel Temer", "BRAGOV", "acting-head-of-state,acting-head-of-government", "2016-05-12..2016-08-31"},
		{"Jair Bolsonaro", "BRAGOV", "head-of-state,head-of-government", "2019-01-01..2023-01-01"},
		{"Andrés Manuel López Obrador", "MEXGOV", "head-of-state,head-of-government", "2018-12-01..2024-09-30"},
		{"Claudia Sheinbaum", "MEXGOV", "head-of-state,head-of-government", "2024-10-01.."},
		{"Javier Milei", "ARGGOV", "head-of-state,head-of-government", "2023-12-10.."},
		{"Justin Trudeau", "CANGOV", "head-of-government", "2015-11-04..2025-03-14"},
		{"Mark Carney", "CANGOV", "head-of-government", "2025-03-14.."},
		{"Mary Simon", "CANGOV", "other", "2021-07-26.."},
		{"Nelson Mandela", "ZAFGOV", "head-of-state,head-of-government", "1994-05-10..1999-06-14"},
		{"Cyril Ramaphosa", "ZAFGOV", "head-of-state,head-of-government", "2018-02-15.."},
		{"Hosni Mubarak", "EGYGOV", "head-of-state", "1981-10-14..2011-02-11"},
		{"Abdel Fattah el-Sisi", "EGYGOV", "head-of-state", "2014-06-08.."},
		{"Bola Tinubu", "NGAGOV", "head-of-state,head-of-government", "2023-05-29.."},
		{"William Ruto", "KENGOV", "head-of-state,head-of-government", "2022-09-13.."},
		{"Abiy Ahmed", "ETHGOV", "head-of-government", "2018-04-02.."},
		{"Paul Kagame", "RWAGOV", "head-of-state", "2000-04-22.."},
		{"Mohammed VI", "MARGOV", "head-of-state,monarch", "1999-07-23.."},
		{"Muammar Gaddafi", "LBYGOV", "head-of-state", "1969-09-01..2011-08-23"},
		{"Anthony Albanese", "AUSGOV", "head-of-government", "2022-05-23.."},
		{"John Howard", "AUSGOV", "head-of-government", "1996-03-11..2007-12-03"},
		{"Jacinda Ardern", "NZLGOV", "head-of-government", "2017-10-26..2023-01-25"},
		{"Tupou VI", "TONGOV", "head-of-state,monarch", "2012-03-18.."},
		{"Mohamed Hamdan Dagalo", "SDNREBRSF", "rebel-leader", "2023-04-15.."},
	}
	for _, tt := range tests {
		t.Run(tt.person+" "+tt.rng, func(t *testing.T) {
			a := aaoFindPerson(t, lx, tt.person)
			for _, r := range a.Roles {
				if r.Code == tt.code && aaoOfficeKeys(r) == tt.offices && r.Range.String() == tt.rng {
					return
				}
			}
			t.Errorf("%s has no role %s %s %s; roles:%s", tt.person, tt.code, tt.rng, tt.offices, aaoDescribeRoles(a))
		})
	}
}

// aaoOfficeKeys writes a role's offices as a dictionary does.
func aaoOfficeKeys(r lexicon.Role) string {
	var keys []string
	for _, o := range r.Offices.List() {
		switch {
		case r.Acting.Has(o):
			keys = append(keys, "acting-"+o.String())
		case r.Joint.Has(o):
			keys = append(keys, "joint-"+o.String())
		default:
			keys = append(keys, o.String())
		}
	}
	return strings.Join(keys, ",")
}

func aaoDescribeRoles(a *lexicon.Actor) string {
	var b strings.Builder
	for _, r := range a.Roles {
		b.WriteString("\n\t" + r.Code + " " + r.Range.String() + " " + aaoOfficeKeys(r))
	}
	return b.String()
}

// TestPeopleAmericasAfricaNames checks that short forms, initials and
// spellings without diacritics find the person, and that a shared surname
// goes to the person in office on the day.
func TestPeopleAmericasAfricaNames(t *testing.T) {
	lx := aaoLoad(t)
	tests := []struct {
		text, day, person, code string
	}{
		{"Biden", "2022-06-01", "Joe Biden", "USAGOV"},
		{"Joseph R. Biden Jr.", "2012-06-01", "Joe Biden", "USAGOV"},
		{"Joe Biden", "2005-06-01", "Joe Biden", "USALEG"},
		{"Trump", "2019-03-01", "Donald Trump", "USAGOV"},
		{"Lula", "2024-05-01", "Luiz Inácio Lula da Silva", "BRAGOV"},
		{"Luiz Inacio Lula da Silva", "2005-05-01", "Luiz Inácio Lula da Silva", "BRAGOV"},
		{"AMLO", "2020-01-15", "Andrés Manuel López Obrador", "MEXGOV"},
		{"Lopez Obrador", "2020-01-15", "Andrés Manuel López Obrador", "MEXGOV"},
		{"Sisi", "2020-01-15", "Abdel Fattah el-Sisi", "EGYGOV"},
		{"Gadhafi", "2005-01-15", "Muammar Gaddafi", "LBYGOV"},
		{"Hemedti", "2024-01-15", "Mohamed Hamdan Dagalo", "SDNREBRSF"},
		{"Powell", "2003-01-15", "Colin Powell", "USAGOV"},
		{"Powell", "2020-01-15", "Jerome Powell", "USAGOVBUS"},
		{"Carney", "2025-06-01", "Mark Carney", "CANGOV"},
		{"Kabila", "2010-06-01", "Joseph Kabila", "CODGOV"},
		{"Tshisekedi", "2021-06-01", "Félix Tshisekedi", "CODGOV"},
		{"Diaz-Canel", "2023-06-01", "Miguel Díaz-Canel", "CUBGOV"},
	}
	for _, tt := range tests {
		t.Run(tt.text+" "+tt.day, func(t *testing.T) {
			day, err := lexicon.ParseDay(tt.day)
			if err != nil {
				t.Fatal(err)
			}
			tokens := strings.Fields(tt.text)
			m, ok := lx.MatchActor(tokens, 0)
			if !ok || m.End != len(tokens) {
				t.Fatalf("%q does not match a whole name (match %v, end %d)", tt.text, ok, m.End)
			}
			res, ok := lx.ResolveMatch(m, day)
			if !ok || res.Actor.Name != tt.person || res.Code != tt.code {
				name := "<none>"
				if res.Actor != nil {
					name = res.Actor.Name
				}
				t.Errorf("%q on %s = %s %s; want %s %s", tt.text, tt.day, name, res.Code, tt.person, tt.code)
			}
		})
	}
}
