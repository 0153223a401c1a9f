package dict_test

import (
	"io/fs"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/readout/readout/dict"
	"github.com/readout/readout/lexicon"
)

// eurasiaMembers are the UN member states of Europe, Asia and the Middle
// East, whose people files are checked here for a current head of state and
// head of government.
const eurasiaMembers = `
ALB AND AUT BLR BEL BIH BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN ISL IRL ITA
LVA LIE LTU LUX MLT MDA MCO MNE NLD MKD NOR POL PRT ROU RUS SMR SRB SVK SVN ESP
SWE CHE UKR GBR ARM AZE GEO KAZ KGZ TJK TKM UZB AFG BGD BTN IND MDV NPL PAK LKA
CHN JPN MNG PRK KOR BRN KHM IDN LAO MYS MMR PHL SGP THA TLS VNM BHR IRN IRQ ISR
JOR KWT LBN OMN QAT SAU SYR TUR ARE YEM`

// loadEurasia loads the people files with the actor and organisation files
// their codes refer to, once, with the lexicon loader.
var loadEurasia = sync.OnceValues(func() (*lexicon.Lexicon, error) {
	m := fstest.MapFS{}
	for _, pattern := range []string{"people/*.dict", "actors/*.dict", "orgs/*.dict"} {
		names, err := fs.Glob(dict.FS(), pattern)
		if err != nil {
			return nil, err
		}
		for _, name := range names {
			b, err := fs.ReadFile(dict.FS(), name)
			if err != nil {
				return nil, err
			}
			m[name] = &fstest.MapFile{Data: b}
		}
	}
	return lexicon.Load(lexicon.WithoutDefaults(), lexicon.FS(m, "dict"))
})

func eurasiaLexicon(t *testing.T) *lexicon.Lexicon {
	t.Helper()
	l, err := loadEurasia()
	if err != nil {
		t.Fatalf("loading people files: %v", err)
	}
	return l
}

func eurasiaDay(t *testing.T, s string) lexicon.Day {
	t.Helper()
	d, err := lexicon.ParseDay(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestEurasiaOfficeHolders(t *testing.T) {
	l := eurasiaLexicon(t)
	hos, hog := lexicon.HeadOfState, lexicon.HeadOfGovernment
	tests := []struct {
		country string
		office  lexicon.Office
		day     string
		want    string
	}{
		{"RUS", hog, "1999-09-01", "Vladimir Putin"},
		{"RUS", hos, "2000-02-01", "Vladimir Putin"}, // acting president
		{"RUS", hos, "2005-06-01", "Vladimir Putin"},
		{"RUS", hos, "2010-01-01", "Dmitry Medvedev"},
		{"RUS", hog, "2010-01-01", "Vladimir Putin"},
		{"RUS", hos, "2015-01-01", "Vladimir Putin"},
		{"RUS", hog, "2015-01-01", "Dmitry Medvedev"},
		{"RUS", hog, "2020-01-17", "Mikhail Mishustin"},
		{"RUS", lexicon.ForeignMinister, "2010-01-01", "Sergei Lavrov"},
		{"RUS", lexicon.DefenceMinister, "2020-01-01", "Sergei Shoigu"},
		{"RUS", lexicon.DefenceMinister, "2024-06-01", "Andrei Belousov"},
		{"CHN", hos, "2010-01-01", "Hu Jintao"},
		{"CHN", hos, "2014-01-01", "Xi Jinping"},
		{"CHN", lexicon.PartyLeader, "2012-12-01", "Xi Jinping"},
		{"CHN", hog, "2022-06-01", "Li Keqiang"},
		{"CHN", hog, "2023-03-11", "Li Qiang"}, // handover day: the new holder
		{"CHN", lexicon.ForeignMinister, "2023-03-01", "Qin Gang"},
		{"CHN", lexicon.ForeignMinister, "2023-09-01", "Wang Yi"},
		{"CHN", lexicon.DefenceMinister, "2024-06-01", "Dong Jun"},
		{"UKR", hos, "2019-05-19", "Petro Poroshenko"},
		{"UKR", hos, "2019-05-21", "Volodymyr Zelenskyy"},
		{"UKR", lexicon.ForeignMinister, "2022-03-01", "Dmytro Kuleba"},
		{"UKR", lexicon.ForeignMinister, "2024-10-01", "Andrii Sybiha"},
		{"JPN", hog, "2007-01-01", "Shinzo Abe"},
		{"JPN", hog, "2008-01-01", "Yasuo Fukuda"},
		{"JPN", hog, "2015-01-01", "Shinzo Abe"},
		{"JPN", hog, "2021-01-01", "Yoshihide Suga"},
		{"GBR", hog, "2016-07-13", "Theresa May"},
		{"GBR", hog, "2020-01-01", "Boris Johnson"},
		{"GBR", hog, "2022-10-01", "Liz Truss"},
		{"GBR", hog, "2023-06-01", "Rishi Sunak"},
		{"GBR", hog, "2024-08-01", "Keir Starmer"},
		{"IRN", hos, "2020-01-01", "Ali Khamenei"},
		{"IRN", hog, "2020-01-01", "Hassan Rouhani"},
		{"TUR", hog, "2020-01-01", "Recep Tayyip Erdoğan"},
		{"IGOUNO", lexicon.SecretaryGeneral, "2010-01-01", "Ban Ki-moon"},
		{"IGOUNO", lexicon.SecretaryGeneral, "2020-01-01", "António Guterres"},
		{"IGOWSTNAT", lexicon.SecretaryGeneral, "2020-01-01", "Jens Stoltenberg"},
		{"IGOUNOHLHWHO", lexicon.SecretaryGeneral, "2020-01-01", "Tedros Adhanom Ghebreyesus"},
	}
	for _, tt := range tests {
		t.Run(tt.country+"/"+tt.office.String()+"/"+tt.day, func(t *testing.T) {
			h, ok := l.OfficeHolder(tt.country, tt.office, eurasiaDay(t, tt.day))
			if !ok {
				t.Fatalf("no holder, want %s", tt.want)
			}
			if h.Actor.Name != tt.want {
				t.Errorf("holder %s (%s), want %s", h.Actor.Name, h.Role.Pos, tt.want)
			}
		})
	}
}

// eurasiaPerson returns the person record of a name.
func eurasiaPerson(t *testing.T, l *lexicon.Lexicon, name string) *lexicon.Actor {
	t.Helper()
	for _, a := range l.Actors {
		if a.Type == lexicon.Person && a.Name == name {
			return a
		}
	}
	t.Fatalf("no person %q", name)
	return nil
}

// eurasiaRoleLines writes a person's roles with one office as "CODE FROM..TO".
func eurasiaRoleLines(a *lexicon.Actor, office lexicon.Office) []string {
	var out []string
	for _, r := range a.Roles {
		if r.Offices.Has(office) {
			out = append(out, r.Code+" "+r.Range.String())
		}
	}
	return out
}

func TestEurasiaRoles(t *testing.T) {
	l := eurasiaLexicon(t)
	hos, hog := lexicon.HeadOfState, lexicon.HeadOfGovernment
	tests := []struct {
		name   string
		office lexicon.Office
		want   []string // in file order
	}{
		{"Vladimir Putin", hos, []string{
			"RUSGOV 1999-12-31..2000-05-07", "RUSGOV 2000-05-07..2008-05-07", "RUSGOV 2012-05-07.."}},
		{"Vladimir Putin", hog, []string{
			"RUSGOV 1999-08-16..2000-05-07", "RUSGOV 2008-05-08..2012-05-07"}},
		{"Dmitry Medvedev", hos, []string{"RUSGOV 2008-05-07..2012-05-07"}},
		{"Dmitry Medvedev", hog, []string{"RUSGOV 2012-05-08..2020-01-16"}},
		{"Xi Jinping", hos, []string{"CHNGOV 2013-03-14.."}},
		{"Xi Jinping", lexicon.PartyLeader, []string{"CHNGOV 2012-11-15.."}},
		{"Li Keqiang", hog, []string{"CHNGOV 2013-03-15..2023-03-11"}},
		{"Li Qiang", hog, []string{"CHNGOV 2023-03-11.."}},
		{"Volodymyr Zelenskyy", hos, []string{"UKRGOV 2019-05-20.."}},
		{"Shinzo Abe", hog, []string{"JPNGOV 2006-09-26..2007-09-26", "JPNGOV 2012-12-26..2020-09-16"}},
		{"Theresa May", hog, []string{"GBRGOV 2016-07-13..2019-07-24"}},
		{"Boris Johnson", hog, []string{"GBRGOV 2019-07-24..2022-09-06"}},
		{"Liz Truss", hog, []string{"GBRGOV 2022-09-06..2022-10-25"}},
		{"Rishi Sunak", hog, []string{"GBRGOV 2022-10-25..2024-07-05"}},
		{"Keir Starmer", hog, []string{"GBRGOV 2024-07-05.."}},
		{"Alexei Navalny", lexicon.OppositionLeader, []string{"RUSOPP 2008..2024-02-16"}},
	}
	for _, tt := range tests {
		t.Run(tt.name+"/"+tt.office.String(), func(t *testing.T) {
			got := eurasiaRoleLines(eurasiaPerson(t, l, tt.name), tt.office)
			if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
				t.Errorf("roles\n got %q\nwant %q", got, tt.want)
			}
		})
	}
	if p := eurasiaPerson(t, l, "Vladimir Putin"); len(p.Roles) == 0 || !p.Roles[1].Acting.Has(hos) {
		t.Errorf("Putin's 1999-12-31 presidency is not written as acting")
	}
}

// TestEurasiaCurrentLeaders checks that every UN member of Europe, Asia
// and the Middle East has a head of state and a head of government in an
// open-ended role that has begun by today (acting and joint holders count).
func TestEurasiaCurrentLeaders(t *testing.T) {
	l := eurasiaLexicon(t)
	today := lexicon.DayOf(time.Now())
	type key struct {
		country string
		office  lexicon.Office
	}
	current := map[key]bool{}
	for _, a := range l.Actors {
		if a.Type != lexicon.Person {
			continue
		}
		for _, r := range a.Roles {
			if !r.Range.To.IsZero() || r.Range.From.First() > today || len(r.Code) < 3 {
				continue
			}
			for _, o := range r.Offices.List() {
				current[key{r.Code[:3], o}] = true
			}
		}
	}
	for _, c := range strings.Fields(eurasiaMembers) {
		for _, o := range []lexicon.Office{lexicon.HeadOfState, lexicon.HeadOfGovernment} {
			if !current[key{c, o}] {
				t.Errorf("%s has no current %s", c, o)
			}
		}
	}
}

// TestEurasiaCheck runs the lexicon's cross-entry checks (overlapping
// holders of one office, unknown codes, roles outliving their holder, ...)
// and fails on any error in the people files of these regions and in
// international.dict.
func TestEurasiaCheck(t *testing.T) {
	l := eurasiaLexicon(t)
	mine := map[string]bool{"dict/people/international.dict": true, "dict/people/KSV.dict": true,
		"dict/people/HKG.dict": true, "dict/people/TWN.dict": true, "dict/people/PSE.dict": true,
		"dict/people/VAT.dict": true}
	for _, c := range strings.Fields(eurasiaMembers) {
		mine["dict/people/"+c+".dict"] = true
	}
	r := l.Check()
	for _, p := range r.Errors {
		if mine[p.Pos.File] {
			t.Error(p)
		}
	}
}
