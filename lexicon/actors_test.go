package lexicon

import (
	"slices"
	"strings"
	"testing"
)

// testActors is a small world: two countries, their people and seats.
var testActors = map[string]string{
	"actors/RUS.dict": `
country RUS Russia
  official Russian Federation
  adjective Russian
  demonym Russian
  capital Moscow
  seat Kremlin GOV
  seat Duma LEG
institution RUSLEG State Duma
`,
	"actors/CHN.dict": `
country CHN China
  official People's Republic of China
  name PRC
  adjective Chinese
  adjective Sino
  demonym Chinese
  capital Beijing
  seat Zhongnanhai
`,
	"actors/USA.dict": `
country USA United States
  name US
  name U.S.
  adjective American
  demonym American
`,
	"people/RUS.dict": `
person Vladimir Putin
  alias Putin
  role RUSGOV 2012-05-07.. head-of-state President
  role RUSGOV 2008-05-08..2012-05-07 head-of-government Prime Minister
  role RUSGOV 2000-05-07..2008-05-07 head-of-state President
  role RUSGOV 1999-08-16..2000-05-07 head-of-government Prime Minister
  born 1952-10-07
person Dmitry Medvedev
  alias Medvedev
  role RUSGOV 2008-05-07..2012-05-07 head-of-state President
  role RUSGOV 2012-05-08..2020-01-16 head-of-government Prime Minister
person Sergei Lavrov
  alias Lavrov
  role RUSGOV 2004-03-09.. foreign-minister Foreign Minister
`,
	"orgs/igo.dict": `
org IGOUNO United Nations
  name UN
`,
	"people/international.dict": `
person António Guterres
  alias Guterres
  role IGOUNOSEC 2017-01-01.. secretary-general Secretary-General
  role PRTGOV 1995-10-28..2002-04-06 head-of-government Prime Minister
`,
	"people/CHN.dict": `
person Xi Jinping
  alias Xi
  role CHNGOV 2013-03-14.. head-of-state President
  role CHNGOV 2012-11-15.. party-leader General Secretary of the Communist Party of China
  role CHNGOV 2008-03-15..2013-03-14 vice-president Vice President
person Hu Jintao
  alias Hu
  role CHNGOV 2003-03-15..2013-03-14 head-of-state President
person Li Keqiang
  role CHNGOV 2013-03-15..2023-03-11 acting-head-of-state Acting President
  died 2023-10-27
`,
}

func loadWorld(t testing.TB) *Lexicon { return mustLoad(t, testActors) }

func TestPutinByDate(t *testing.T) {
	l := loadWorld(t)
	tests := []struct {
		day    Day
		code   string
		office Office
	}{
		{MakeDay(2020, 4, 16), "RUSGOV", HeadOfState},
		{MakeDay(2009, 6, 1), "RUSGOV", HeadOfGovernment},
		{MakeDay(2000, 1, 1), "RUSGOV", HeadOfGovernment},
		{MakeDay(1995, 1, 1), "RUS", 0}, // outside every role: his country
	}
	toks := strings.Fields("President Vladimir Putin said")
	for _, tt := range tests {
		m, ok := l.MatchActor(toks, 1)
		if !ok || m.End != 3 {
			t.Fatalf("no match for Vladimir Putin: %+v", m)
		}
		res, _ := l.ResolveMatch(m, tt.day)
		if res.Code != tt.code || res.Country != "RUS" || res.Actor.Name != "Vladimir Putin" {
			t.Errorf("%v: %+v", tt.day, res)
		}
		if tt.office != 0 || res.Role != nil {
			if res.Role == nil || !res.Role.Offices.Has(tt.office) {
				t.Errorf("%v: role %+v, want office %v", tt.day, res.Role, tt.office)
			}
		}
	}
}

func TestMatchActorForms(t *testing.T) {
	l := loadWorld(t)
	day := MakeDay(2020, 4, 16)
	tests := []struct {
		text     string
		start    int
		end      int
		code     string
		kind     NameKind
		wantNone bool
	}{
		{"the People's Republic of China said", 1, 5, "CHN", ByName, false},
		{"the people 's republic of china said", 1, 6, "CHN", ByName, false},
		{"Chinese officials", 0, 1, "CHN", ByAdjective, false},
		{"two Russians left", 1, 2, "RUS", ByDemonym, false},
		{"in Beijing today", 1, 2, "CHN", ByCapital, false},
		{"the Kremlin said", 1, 2, "RUSGOV", BySeat, false},
		{"the Duma voted", 1, 2, "RUSLEG", BySeat, false},
		{"Zhongnanhai said", 0, 1, "CHNGOV", BySeat, false},
		{"Russia's army", 0, 1, "RUS", ByName, false},
		{"the US said", 1, 2, "USA", ByName, false},
		{"told us that", 1, 0, "", 0, true},
		{"the U.S. said", 1, 2, "USA", ByName, false},
		{"XI JINPING spoke", 0, 2, "CHNGOV", ByName, false},
	}
	for _, tt := range tests {
		toks := strings.Fields(tt.text)
		m, ok := l.MatchActor(toks, tt.start)
		if tt.wantNone {
			if ok {
				t.Errorf("%q: unexpected match %+v", tt.text, m)
			}
			continue
		}
		if !ok {
			t.Errorf("%q: no match", tt.text)
			continue
		}
		res, _ := l.ResolveMatch(m, day)
		if m.End != tt.end || res.Code != tt.code || res.Ref.Kind != tt.kind {
			t.Errorf("%q: end %d code %s kind %v, want %d %s %v", tt.text, m.End, res.Code, res.Ref.Kind, tt.end, tt.code, tt.kind)
		}
	}
}

func TestAdjectives(t *testing.T) {
	l := loadWorld(t)
	if code, ok := l.CountryOfAdjective("CHINESE"); !ok || code != "CHN" {
		t.Errorf("CountryOfAdjective(CHINESE) = %q %v", code, ok)
	}
	var buf [4]string
	if got := l.AdjectiveCountries("Sino-Russian", buf[:0]); !slices.Equal(got, []string{"CHN", "RUS"}) {
		t.Errorf("Sino-Russian = %v", got)
	}
	if got := l.AdjectiveCountries("US-China", buf[:0]); !slices.Equal(got, []string{"USA", "CHN"}) {
		t.Errorf("US-China = %v", got)
	}
	if got := l.AdjectiveCountries("Sino-Martian", buf[:0]); len(got) != 0 {
		t.Errorf("Sino-Martian = %v, want none", got)
	}
	if got := l.AdjectiveCountries("Russian", buf[:0]); !slices.Equal(got, []string{"RUS"}) {
		t.Errorf("Russian = %v", got)
	}
}

func TestOfficeHolders(t *testing.T) {
	l := loadWorld(t)
	holder := func(country string, o Office, day Day) string {
		h, ok := l.OfficeHolder(country, o, day)
		if !ok {
			return ""
		}
		return h.Actor.Name
	}
	if got := holder("RUS", HeadOfState, MakeDay(2009, 1, 1)); got != "Dmitry Medvedev" {
		t.Errorf("RUS head of state 2009 = %q", got)
	}
	if got := holder("RUS", HeadOfState, MakeDay(2020, 4, 16)); got != "Vladimir Putin" {
		t.Errorf("RUS head of state 2020 = %q", got)
	}
	// On the handover day the one who took office last holds it.
	if got := holder("CHN", HeadOfState, MakeDay(2013, 3, 14)); got != "Xi Jinping" {
		t.Errorf("CHN head of state on handover day = %q", got)
	}
	// An acting holder counts only when no one else holds the office.
	if got := holder("CHN", HeadOfState, MakeDay(2014, 1, 1)); got != "Xi Jinping" {
		t.Errorf("CHN head of state 2014 = %q (acting holder preferred?)", got)
	}
	toks := strings.Fields("the Russian foreign minister said")
	m, ok := l.MatchTitle(toks, 2)
	if !ok || m.End != 4 {
		t.Fatalf("MatchTitle = %+v %v", m, ok)
	}
	if h, ok := l.TitleHolder(m, "RUS", MakeDay(2020, 4, 16)); !ok || h.Actor.Name != "Sergei Lavrov" || h.Role.Code != "RUSGOV" {
		t.Errorf("the Russian foreign minister = %+v", h)
	}
	m, _ = l.MatchTitle(strings.Fields("the Russian president"), 2)
	if h, ok := l.TitleHolder(m, "RUS", MakeDay(2020, 4, 16)); !ok || h.Actor.Name != "Vladimir Putin" {
		t.Errorf("the Russian president 2020 = %+v", h)
	}
	if h, ok := l.TitleHolder(m, "RUS", MakeDay(2010, 4, 16)); !ok || h.Actor.Name != "Dmitry Medvedev" {
		t.Errorf("the Russian president 2010 = %+v", h)
	}
	if h, ok := l.OfficeHolder("IGOUNO", SecretaryGeneral, MakeDay(2020, 4, 16)); !ok || h.Actor.Name != "António Guterres" {
		t.Errorf("UN secretary-general = %+v", h)
	}
	if _, ok := l.TitleHolder(m, "USA", MakeDay(2010, 4, 16)); ok {
		t.Error("a US president found in a world without one")
	}
}

func TestPersonDefaults(t *testing.T) {
	l := loadWorld(t)
	for _, a := range l.Actors {
		if a.Name == "Li Keqiang" && (a.Code != "CHN" || a.Country != "CHN" || a.AliveOn(MakeDay(2024, 1, 1))) {
			t.Errorf("Li Keqiang: code %s country %s", a.Code, a.Country)
		}
		// The latest role is the UN one: his code outside roles is the UN's.
		if a.Name == "António Guterres" && (a.Code != "IGOUNO" || a.CodeOn(MakeDay(2000, 1, 1)) != "PRTGOV") {
			t.Errorf("Guterres: code %s", a.Code)
		}
	}
}

func TestMatchAllocations(t *testing.T) {
	l := loadWorld(t)
	toks := strings.Fields("Chinese President Xi Jinping and Russia's Vladimir Putin spoke by phone")
	day := MakeDay(2020, 4, 16)
	allocs := testing.AllocsPerRun(100, func() {
		for i := range toks {
			if m, ok := l.MatchActor(toks, i); ok {
				l.ResolveMatch(m, day)
			}
		}
	})
	if allocs != 0 {
		t.Errorf("MatchActor+ResolveMatch allocate %v times per sentence", allocs)
	}
	desc := strings.Fields("the Russian foreign minister said")
	allocs = testing.AllocsPerRun(100, func() {
		var buf [2]string
		l.AdjectiveCountries("Sino-Russian", buf[:0])
		l.AdjectiveCountries("US-China", buf[:0])
		l.CountryOfAdjective(desc[1])
		if m, ok := l.MatchTitle(desc, 2); ok {
			l.TitleHolder(m, "RUS", day)
		}
		l.OfficeHolder("RUS", HeadOfState, day)
		l.MatchAgent(desc, 2)
		l.PatternsFor("Visit")
	})
	if allocs != 0 {
		t.Errorf("title, office, adjective, agent and pattern lookups allocate %v times", allocs)
	}
}
