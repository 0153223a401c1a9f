package dict_test

import (
	"encoding/json"
	"io/fs"
	"os"
	"path"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/readout/readout/dict"
	"github.com/readout/readout/document"
	"github.com/readout/readout/lexicon"
	"github.com/readout/readout/text"
)

// isoChecklist is ISO 3166-1 as alpha-3/alpha-2/numeric, one entry for each of
// its 249 countries and territories. Codes are facts; this list is the test's
// own copy so that the test needs nothing installed.
const isoChecklist = `
ABW/AW/533 AFG/AF/004 AGO/AO/024 AIA/AI/660 ALA/AX/248 ALB/AL/008 AND/AD/020 ARE/AE/784 ARG/AR/032 ARM/AM/051
ASM/AS/016 ATA/AQ/010 ATF/TF/260 ATG/AG/028 AUS/AU/036 AUT/AT/040 AZE/AZ/031 BDI/BI/108 BEL/BE/056 BEN/BJ/204
BES/BQ/535 BFA/BF/854 BGD/BD/050 BGR/BG/100 BHR/BH/048 BHS/BS/044 BIH/BA/070 BLM/BL/652 BLR/BY/112 BLZ/BZ/084
BMU/BM/060 BOL/BO/068 BRA/BR/076 BRB/BB/052 BRN/BN/096 BTN/BT/064 BVT/BV/074 BWA/BW/072 CAF/CF/140 CAN/CA/124
CCK/CC/166 CHE/CH/756 CHL/CL/152 CHN/CN/156 CIV/CI/384 CMR/CM/120 COD/CD/180 COG/CG/178 COK/CK/184 COL/CO/170
COM/KM/174 CPV/CV/132 CRI/CR/188 CUB/CU/192 CUW/CW/531 CXR/CX/162 CYM/KY/136 CYP/CY/196 CZE/CZ/203 DEU/DE/276
DJI/DJ/262 DMA/DM/212 DNK/DK/208 DOM/DO/214 DZA/DZ/012 ECU/EC/218 EGY/EG/818 ERI/ER/232 ESH/EH/732 ESP/ES/724
EST/EE/233 ETH/ET/231 FIN/FI/246 FJI/FJ/242 FLK/FK/238 FRA/FR/250 FRO/FO/234 FSM/FM/583 GAB/GA/266 GBR/GB/826
GEO/GE/268 GGY/GG/831 GHA/GH/288 GIB/GI/292 GIN/GN/324 GLP/GP/312 GMB/GM/270 GNB/GW/624 GNQ/GQ/226 GRC/GR/300
GRD/GD/308 GRL/GL/304 GTM/GT/320 GUF/GF/254 GUM/GU/316 GUY/GY/328 HKG/HK/344 HMD/HM/334 HND/HN/340 HRV/HR/191
HTI/HT/332 HUN/HU/348 IDN/ID/360 IMN/IM/833 IND/IN/356 IOT/IO/086 IRL/IE/372 IRN/IR/364 IRQ/IQ/368 ISL/IS/352
ISR/IL/376 ITA/IT/380 JAM/JM/388 JEY/JE/832 JOR/JO/400 JPN/JP/392 KAZ/KZ/398 KEN/KE/404 KGZ/KG/417 KHM/KH/116
KIR/KI/296 KNA/KN/659 KOR/KR/410 KWT/KW/414 LAO/LA/418 LBN/LB/422 LBR/LR/430 LBY/LY/434 LCA/LC/662 LIE/LI/438
LKA/LK/144 LSO/LS/426 LTU/LT/440 LUX/LU/442 LVA/LV/428 MAC/MO/446 MAF/MF/663 MAR/MA/504 MCO/MC/492 MDA/MD/498
MDG/MG/450 MDV/MV/462 MEX/MX/484 MHL/MH/584 MKD/MK/807 MLI/ML/466 MLT/MT/470 MMR/MM/104 MNE/ME/499 MNG/MN/496
MNP/MP/580 MOZ/MZ/508 MRT/MR/478 MSR/MS/500 MTQ/MQ/474 MUS/MU/480 MWI/MW/454 MYS/MY/458 MYT/YT/175 NAM/NA/516
NCL/NC/540 NER/NE/562 NFK/NF/574 NGA/NG/566 NIC/NI/558 NIU/NU/570 NLD/NL/528 NOR/NO/578 NPL/NP/524 NRU/NR/520
NZL/NZ/554 OMN/OM/512 PAK/PK/586 PAN/PA/591 PCN/PN/612 PER/PE/604 PHL/PH/608 PLW/PW/585 PNG/PG/598 POL/PL/616
PRI/PR/630 PRK/KP/408 PRT/PT/620 PRY/PY/600 PSE/PS/275 PYF/PF/258 QAT/QA/634 REU/RE/638 ROU/RO/642 RUS/RU/643
RWA/RW/646 SAU/SA/682 SDN/SD/729 SEN/SN/686 SGP/SG/702 SGS/GS/239 SHN/SH/654 SJM/SJ/744 SLB/SB/090 SLE/SL/694
SLV/SV/222 SMR/SM/674 SOM/SO/706 SPM/PM/666 SRB/RS/688 SSD/SS/728 STP/ST/678 SUR/SR/740 SVK/SK/703 SVN/SI/705
SWE/SE/752 SWZ/SZ/748 SXM/SX/534 SYC/SC/690 SYR/SY/760 TCA/TC/796 TCD/TD/148 TGO/TG/768 THA/TH/764 TJK/TJ/762
TKL/TK/772 TKM/TM/795 TLS/TL/626 TON/TO/776 TTO/TT/780 TUN/TN/788 TUR/TR/792 TUV/TV/798 TWN/TW/158 TZA/TZ/834
UGA/UG/800 UKR/UA/804 UMI/UM/581 URY/UY/858 USA/US/840 UZB/UZ/860 VAT/VA/336 VCT/VC/670 VEN/VE/862 VGB/VG/092
VIR/VI/850 VNM/VN/704 VUT/VU/548 WLF/WF/876 WSM/WS/882 YEM/YE/887 ZAF/ZA/710 ZMB/ZM/894 ZWE/ZW/716
`

// kosovo is the one country record outside ISO 3166-1.
const kosovo = "KSV"

type isoEntry struct{ alpha3, alpha2, numeric string }

func checklist(t *testing.T) []isoEntry {
	t.Helper()
	var out []isoEntry
	for _, w := range strings.Fields(isoChecklist) {
		p := strings.Split(w, "/")
		if len(p) != 3 {
			t.Fatalf("bad checklist entry %q", w)
		}
		out = append(out, isoEntry{p[0], p[1], p[2]})
	}
	return out
}

// covered are the embedded files these tests are about; the people, event
// and code files have tests of their own.
var covered = []string{"actors/*.dict", "orgs/*.dict", "agents.dict", "discards.dict", "topics.dict"}

// loadCovered loads the covered files alone, once, with the lexicon loader.
var loadCovered = sync.OnceValues(func() (*lexicon.Lexicon, error) {
	m := fstest.MapFS{}
	for _, pattern := range covered {
		names, err := fs.Glob(dict.FS(), pattern)
		if err != nil {
			return nil, err
		}
		for _, name := range names {
			data, err := fs.ReadFile(dict.FS(), name)
			if err != nil {
				return nil, err
			}
			m[name] = &fstest.MapFile{Data: data}
		}
	}
	return lexicon.Load(lexicon.WithoutDefaults(), lexicon.FS(m, "dict"))
})

func load(t *testing.T) *lexicon.Lexicon {
	t.Helper()
	l, err := loadCovered()
	if err != nil {
		t.Fatalf("loading the dictionaries:\n%v", err)
	}
	return l
}

// TestLint runs the lexicon's checks on the covered files: every error and
// every warning fails.
func TestLint(t *testing.T) {
	r := load(t).Check()
	for _, p := range append(r.Errors, r.Warnings...) {
		t.Error(p.Error())
	}
	for _, p := range load(t).Warnings {
		t.Error(p.Error())
	}
}

// TestEveryISOCountryHasARecord checks that each ISO 3166-1 entry, and
// Kosovo, has its country record in actors/<CODE>.dict with its ISO codes,
// and that there is no other country record.
func TestEveryISOCountryHasARecord(t *testing.T) {
	l := load(t)
	iso := map[string]isoEntry{}
	for _, e := range checklist(t) {
		iso[e.alpha3] = e
	}
	if len(iso) != 249 {
		t.Fatalf("checklist has %d entries, want 249", len(iso))
	}
	for _, a := range l.Actors {
		if a.Type != lexicon.Country {
			continue
		}
		if want := a.Code + ".dict"; path.Base(a.Pos.File) != want {
			t.Errorf("%s: country %s is not in %s", a.Pos, a.Code, want)
		}
		if _, ok := iso[a.Code]; !ok && a.Code != kosovo {
			t.Errorf("%s: country %s is not an ISO 3166-1 alpha-3 code", a.Pos, a.Code)
		}
	}
	for _, e := range iso {
		a, ok := l.Country(e.alpha3)
		if !ok {
			t.Errorf("no country record for ISO 3166-1 %s", e.alpha3)
			continue
		}
		n := a.Nation
		if got := (isoEntry{n.ISO3, n.ISO2, n.ISONumeric}); got != e {
			t.Errorf("%s: iso %v, want %v", a.Pos, got, e)
		}
	}
	if a, ok := l.Country(kosovo); !ok || a.Nation.ISO3 != "" {
		t.Errorf("want a Kosovo record (%s) without ISO codes", kosovo)
	}
}

// TestChecklistMatchesISOCodes compares the checklist with the ISO 3166-1
// table of the iso-codes package when it is installed (Debian: iso-codes).
// The checklist itself is what the other tests use, so nothing else depends
// on the package.
func TestChecklistMatchesISOCodes(t *testing.T) {
	const file = "/usr/share/iso-codes/json/iso_3166-1.json"
	data, err := os.ReadFile(file)
	if err != nil {
		t.Skipf("iso-codes not installed: %v", err)
	}
	var doc struct {
		Entries []struct {
			Alpha2  string `json:"alpha_2"`
			Alpha3  string `json:"alpha_3"`
			Numeric string `json:"numeric"`
		} `json:"3166-1"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	want := map[string]isoEntry{}
	for _, e := range doc.Entries {
		want[e.Alpha3] = isoEntry{e.Alpha3, e.Alpha2, e.Numeric}
	}
	got := checklist(t)
	for _, e := range got {
		if w := want[e.alpha3]; w != e {
			t.Errorf("checklist %v, iso-codes %v", e, w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("checklist has %d entries, iso-codes %d", len(got), len(want))
	}
}

// resolve tokenises a sentence with phrase as its subject, as the text stage
// does, and returns the code of the actor found at the phrase on a day in
// mid-2025. The match must cover the phrase's tokens exactly.
func resolve(t *testing.T, l *lexicon.Lexicon, phrase string) string {
	t.Helper()
	const before, after = "On Monday ", " said it would respond."
	d := &document.Document{Text: before + phrase + after}
	var seg text.Segmenter
	if err := seg.Annotate(d); err != nil {
		t.Fatal(err)
	}
	tokens := make([]string, len(d.Tokens))
	start, end := -1, -1
	for i, tk := range d.Tokens {
		tokens[i] = tk.Text
		if tk.Start >= len(before) && start < 0 {
			start = i
		}
		if tk.Start < len(before)+len(phrase) {
			end = i + 1
		}
	}
	m, ok := l.MatchActor(tokens, start)
	if !ok || m.End != end {
		return ""
	}
	res, ok := l.ResolveMatch(m, lexicon.MakeDay(2025, 6, 1))
	if !ok {
		return ""
	}
	return res.Code
}

// TestNamesResolve checks names, adjectives, demonyms, capitals and seats
// news uses for the main actors, and the metonyms that stand for one
// institution, as they come out of the tokeniser.
func TestNamesResolve(t *testing.T) {
	tests := []struct{ phrase, code string }{
		// seats of government used as metonyms
		{"Kremlin", "RUSGOV"}, {"Zhongnanhai", "CHNGOV"}, {"White House", "USAGOV"},
		{"Pentagon", "USAMIL"}, {"Foggy Bottom", "USAGOV"}, {"State Department", "USAGOV"},
		{"Capitol Hill", "USALEG"}, {"Downing Street", "GBRGOV"}, {"Whitehall", "GBRGOV"},
		{"Elysee", "FRAGOV"}, {"Élysée", "FRAGOV"}, {"Quai d'Orsay", "FRAGOV"},
		{"Chancellery", "DEUGOV"}, {"Kasumigaseki", "JPNGOV"}, {"Blue House", "KORGOV"},
		{"Yongsan", "KORGOV"}, {"Bankova", "UKRGOV"}, {"Rawalpindi", "PAKMIL"},
		{"South Block", "INDGOV"}, {"Lubyanka", "RUSSPY"}, {"Langley", "USASPY"},
		{"Planalto", "BRAGOV"}, {"Casa Rosada", "ARGGOV"}, {"Westminster", "GBRLEG"},
		// capitals
		{"Beijing", "CHN"}, {"Moscow", "RUS"}, {"Washington", "USA"}, {"Berlin", "DEU"},
		{"Tokyo", "JPN"}, {"Seoul", "KOR"}, {"Pyongyang", "PRK"}, {"Tehran", "IRN"},
		{"Jerusalem", "ISR"}, {"Ankara", "TUR"}, {"Kyiv", "UKR"}, {"Kiev", "UKR"},
		{"New Delhi", "IND"}, {"Islamabad", "PAK"}, {"Riyadh", "SAU"}, {"Cairo", "EGY"},
		{"Brussels", "BEL"}, {"London", "GBR"}, {"Paris", "FRA"},
		// names, former names and news forms
		{"U.S.", "USA"}, {"US", "USA"}, {"America", "USA"}, {"the States", "USA"},
		{"UK", "GBR"}, {"Britain", "GBR"}, {"Great Britain", "GBR"},
		{"DPRK", "PRK"}, {"North Korea", "PRK"}, {"ROK", "KOR"},
		{"Ivory Coast", "CIV"}, {"Côte d'Ivoire", "CIV"}, {"Myanmar", "MMR"}, {"Burma", "MMR"},
		{"Czechia", "CZE"}, {"Czech Republic", "CZE"}, {"Türkiye", "TUR"}, {"Turkey", "TUR"},
		{"Eswatini", "SWZ"}, {"Swaziland", "SWZ"}, {"Taiwan", "TWN"}, {"Palestine", "PSE"},
		{"Gaza", "PSE"}, {"Kosovo", "KSV"}, {"Zaire", "COD"}, {"Soviet Union", "RUS"},
		// adjectives and demonyms, with derived plurals
		{"Chinese", "CHN"}, {"Russian", "RUS"}, {"Russians", "RUS"}, {"American", "USA"},
		{"Americans", "USA"}, {"British", "GBR"}, {"Briton", "GBR"}, {"Britons", "GBR"},
		{"Israeli", "ISR"}, {"Israelis", "ISR"}, {"Palestinian", "PSE"}, {"Palestinians", "PSE"},
		{"Frenchmen", "FRA"}, {"Filipinos", "PHL"}, {"Dutch", "NLD"},
		// institutions
		{"Congress", "USALEG"}, {"National Assembly of Serbia", "SRBLEG"},
		{"Russian armed forces", "RUSMIL"}, {"Duma", "RUSLEG"}, {"Knesset", "ISRLEG"},
		{"Bundestag", "DEULEG"}, {"IRGC", "IRNMIL"}, {"PLA", "CHNMIL"}, {"FBI", "USACOP"},
		{"CIA", "USASPY"}, {"ISI", "PAKSPY"}, {"Mossad", "ISRSPY"}, {"IDF", "ISRMIL"},
		{"Federal Reserve", "USAGOVBUS"}, {"People's Bank of China", "CHNGOVBUS"},
		{"Verkhovna Rada", "UKRLEG"}, {"Palestinian Authority", "PSEGOV"},
		// organisations and groups
		{"United Nations", "IGOUNO"}, {"UN Security Council", "IGOUNOUSC"},
		{"WHO", "IGOUNOHLHWHO"}, {"NATO", "IGOWSTNAT"}, {"European Union", "IGOEUREEC"},
		{"European Commission", "IGOEUREECCOM"}, {"Berlaymont", "IGOEUREECCOM"},
		{"IMF", "IGOBUSIMF"}, {"African Union", "IGOAFRAFU"}, {"ASEAN", "IGOSEAASN"},
		{"ICRC", "NGOHLHIRC"}, {"Amnesty International", "NGOHRIAMN"},
		{"Hamas", "PSEREBHMS"}, {"Hezbollah", "LBNREBHEZ"}, {"Taliban", "AFGREBTAL"},
		{"ISIS", "IMGMUSISI"}, {"ISIL", "IMGMUSISI"}, {"Islamic State", "IMGMUSISI"},
		{"Boko Haram", "NGAREBBKH"}, {"Houthis", "YEMREBHTI"}, {"Ansar Allah", "YEMREBHTI"},
		{"PKK", "TURREBPKK"}, {"YPG", "SYRREBYPG"}, {"SDF", "SYRREBSDF"},
		{"Wagner Group", "RUSUAFWAG"}, {"FARC", "COLREBFAR"}, {"ELN", "COLREBELN"},
		{"Xinhua", "CHNMEDXIN"},
	}
	l := load(t)
	for _, tt := range tests {
		if got := resolve(t, l, tt.phrase); got != tt.code {
			t.Errorf("%q gives %q, want %s", tt.phrase, got, tt.code)
		}
	}
}

// TestCapitalsOnlyWords checks that names written in capitals do not match
// the ordinary words they spell.
func TestCapitalsOnlyWords(t *testing.T) {
	l := load(t)
	for _, w := range []string{"us", "who", "is", "car", "ice"} {
		if m, ok := l.MatchActor([]string{w}, 0); ok {
			t.Errorf("%q matches %d actors", w, len(m.Refs))
		}
	}
}

// TestInstitutions checks the codes of institution records and that the
// states news reports most on have their main institutions.
func TestInstitutions(t *testing.T) {
	have := map[string]bool{}
	for _, a := range load(t).Actors {
		if a.Type != lexicon.Institution {
			continue
		}
		country := strings.TrimSuffix(path.Base(a.Pos.File), ".dict")
		if len(a.Code) < 6 || a.Code[:3] != country {
			t.Errorf("%s: institution code %s is not %s + role", a.Pos, a.Code, country)
		}
		have[a.Code] = true
	}
	major := strings.Fields(`ARG AUS BRA CAN CHN DEU FRA GBR IDN IND ITA JPN KOR MEX RUS SAU TUR USA ZAF
		UKR IRN ISR PRK TWN PAK EGY SRB`)
	for _, c := range major {
		for _, role := range []string{"GOV", "GOVBUS", "MIL", "LEG", "COP", "JUD"} {
			if !have[c+role] {
				t.Errorf("no institution %s%s", c, role)
			}
		}
	}
}

// TestOrganisations checks the organisation and group records: a kind for
// each, a country that fits the code, and at least 120 of them.
func TestOrganisations(t *testing.T) {
	n := 0
	for _, a := range load(t).Actors {
		if a.Type != lexicon.Organization && a.Type != lexicon.Group {
			continue
		}
		n++
		if a.Kind == "" {
			t.Errorf("%s: %s %s has no kind", a.Pos, a.Type, a.Code)
		}
		if c := a.Country; c != "" && !strings.HasPrefix(a.Code, c) && !strings.HasPrefix(a.Code, "IMG") {
			t.Errorf("%s: country %s does not fit code %s", a.Pos, c, a.Code)
		}
	}
	if n < 120 {
		t.Errorf("%d organisations and groups, want at least 120", n)
	}
}

// TestAgents checks agents.dict: lower-case phrases, no phrase twice, at
// least 250 phrases, and the roles the common agents give when matched.
func TestAgents(t *testing.T) {
	l := load(t)
	seen := map[string]bool{}
	for _, a := range l.Agents {
		if a.Phrase != strings.ToLower(a.Phrase) || len(a.Code) != 3 {
			t.Errorf("%s: agent %q %s: want a lower-case phrase and a three-letter role", a.Pos, a.Phrase, a.Code)
		}
		seen[a.Phrase] = true
	}
	if len(seen) < 250 {
		t.Errorf("%d agents, want at least 250", len(seen))
	}
	want := map[string]string{
		"president": "GOV", "prime minister": "GOV", "foreign minister": "GOV", "spokesman": "GOV",
		"spokeswoman": "GOV", "spokesperson": "GOV", "official": "GOV", "lawmaker": "LEG",
		"parliament": "LEG", "military": "MIL", "army": "MIL", "troop": "MIL", "soldier": "MIL",
		"police": "COP", "police officer": "COP", "police director": "COP", "protester": "OPP",
		"demonstrator": "OPP", "rebel": "REB", "insurgent": "INS", "militant": "REB",
		"opposition": "OPP", "doctor": "HLH", "medical expert": "HLH", "health official": "HLH",
		"journalist": "MED", "reporter": "MED", "businessman": "BUS", "company": "BUS",
		"refugee": "REF", "migrant": "CVL", "civilian": "CVL", "student": "EDU", "judge": "JUD",
		"court": "JUD", "prosecutor": "JUD", "worker": "LAB", "farmer": "AGR", "gang": "CRM",
		"spy": "SPY", "aid agency": "NGO", "militia": "UAF", "separatist": "SEP",
		"policemen": "COP", "children": "CVL",
	}
	for phrase, role := range want {
		words := strings.Fields(phrase)
		m, ok := l.MatchAgent(words, 0)
		if !ok || m.End != len(words) || m.Items[0].Code != role {
			t.Errorf("agent %q: want exactly %s", phrase, role)
		}
	}
}

// TestDiscards checks that sport and entertainment sentences (as lemmas) are
// discarded and political ones are not.
func TestDiscards(t *testing.T) {
	l := load(t)
	tests := []struct {
		lemmas  string
		discard string // category; "" for none
	}{
		{"France beat Brazil in the final against", "sport"},
		{"Argentina win the world cup", "sport"},
		{"he score a goal in the second half", "sport"},
		{"Djokovic win a 24th grand slam title", "sport"},
		{"the film top the box office", "entertainment"},
		{"the party score 30 percent in the final count", ""},
		{"in the final day of the campaign the rebel attack", ""},
		{"the minister visit Moscow for final talk", ""},
		{"Russia be ban from the Olympics over doping", ""},
	}
	for _, tt := range tests {
		d, _ := l.Discarded(strings.Fields(strings.ToLower(tt.lemmas)))
		got := ""
		if d != nil {
			got = d.Category
		}
		if got != tt.discard {
			t.Errorf("%q: discard %q, want %q", tt.lemmas, got, tt.discard)
		}
	}
}

// TestTopics checks the topic list and that keywords find their topic.
func TestTopics(t *testing.T) {
	l := load(t)
	count := map[string]int{}
	for _, tp := range l.Topics {
		count[tp.Key] = len(tp.Words)
	}
	for _, k := range strings.Fields(`covid-19 health trade economy military diplomacy protest
		elections terrorism energy climate human-rights migration`) {
		if count[k] < 5 {
			t.Errorf("topic %s has %d keywords, want at least 5", k, count[k])
		}
	}
	for phrase, key := range map[string]string{
		"coronavirus": "covid-19", "tariff": "trade", "ceasefire": "military", "referendum": "elections",
		"climate change": "climate", "asylum seeker": "migration", "uranium": "nuclear",
	} {
		words := strings.Fields(phrase)
		m, ok := l.MatchTopic(words, 0)
		if !ok || m.End != len(words) || m.Items[0].Key != key {
			t.Errorf("%q: want topic %s", phrase, key)
		}
	}
}
