package dict_test

import (
	"bufio"
	"encoding/json"
	"io/fs"
	"os"
	"path"
	"regexp"
	"strings"
	"testing"

	"github.com/readout/readout/dict"
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

// field is one indented line of a record; record is a record line with its
// fields, as docs/dictionaries.md defines them.
type field struct {
	key, value string
	line       int
}

type record struct {
	kind, code, name string
	fields           []field
	file             string
	line             int
}

func (r record) values(key string) []string {
	var out []string
	for _, f := range r.fields {
		if f.key == key {
			out = append(out, f.value)
		}
	}
	return out
}

// stripComment removes a # comment (an escaped \# stays as #).
func stripComment(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\\' && i+1 < len(s) && s[i+1] == '#':
			b.WriteByte('#')
			i++
		case s[i] == '#':
			return strings.TrimRight(b.String(), " ")
		default:
			b.WriteByte(s[i])
		}
	}
	return strings.TrimRight(b.String(), " ")
}

// readRecords reads the records of the embedded files matching pattern.
func readRecords(t *testing.T, pattern string) []record {
	t.Helper()
	files, err := fs.Glob(dict.FS(), pattern)
	if err != nil || len(files) == 0 {
		t.Fatalf("no files match %s (%v)", pattern, err)
	}
	var out []record
	for _, name := range files {
		f, err := dict.FS().Open(name)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for n := 1; sc.Scan(); n++ {
			line := stripComment(sc.Text())
			if strings.TrimSpace(line) == "" {
				continue
			}
			if strings.HasPrefix(line, " ") {
				if len(out) == 0 || out[len(out)-1].file != name {
					t.Errorf("%s:%d: field outside a record", name, n)
					continue
				}
				k, v, _ := strings.Cut(strings.TrimSpace(line), " ")
				r := &out[len(out)-1]
				r.fields = append(r.fields, field{k, strings.TrimSpace(v), n})
				continue
			}
			words := strings.Fields(line)
			r := record{kind: words[0], file: name, line: n}
			if len(words) > 1 {
				r.code = words[1]
			}
			if len(words) > 2 {
				r.name = strings.Join(words[2:], " ")
			}
			out = append(out, r)
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	return out
}

var codeRE = regexp.MustCompile(`^([A-Z0-9]{3})+$`)

// TestEveryISOCountryHasARecord checks that each ISO 3166-1 entry, and
// Kosovo, has actors/<CODE>.dict with its country record and ISO codes, and
// that no other country file exists.
func TestEveryISOCountryHasARecord(t *testing.T) {
	iso := map[string]isoEntry{}
	for _, e := range checklist(t) {
		iso[e.alpha3] = e
	}
	if len(iso) != 249 {
		t.Fatalf("checklist has %d entries, want 249", len(iso))
	}
	seen := map[string]bool{}
	for _, r := range readRecords(t, "actors/*.dict") {
		if r.kind != "country" {
			continue
		}
		if want := r.code + ".dict"; path.Base(r.file) != want {
			t.Errorf("%s:%d: country %s is not in %s", r.file, r.line, r.code, want)
		}
		seen[r.code] = true
		got := r.values("iso")
		if r.code == kosovo {
			if len(got) != 0 {
				t.Errorf("%s: Kosovo has no ISO entry, got iso %v", r.file, got)
			}
			continue
		}
		e, ok := iso[r.code]
		if !ok {
			t.Errorf("%s:%d: country %s is not an ISO 3166-1 alpha-3 code", r.file, r.line, r.code)
			continue
		}
		if want := e.alpha2 + " " + e.alpha3 + " " + e.numeric; len(got) != 1 || got[0] != want {
			t.Errorf("%s: iso %q, want %q", r.file, got, want)
		}
	}
	for code := range iso {
		if !seen[code] {
			t.Errorf("no country record for ISO 3166-1 %s", code)
		}
	}
	if !seen[kosovo] {
		t.Errorf("no country record for Kosovo (%s)", kosovo)
	}
}

// TestChecklistMatchesISOCodes compares the checklist with the iso-codes
// package's ISO 3166-1 table when it is installed (Debian: iso-codes).
func TestChecklistMatchesISOCodes(t *testing.T) {
	const file = "/usr/share/iso-codes/json/iso_3166-1.json"
	data, err := os.ReadFile(file)
	if err != nil {
		t.Skipf("%s not installed: %v", file, err)
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
		if w, ok := want[e.alpha3]; !ok || w != e {
			t.Errorf("checklist %v, iso-codes %v", e, w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("checklist has %d entries, iso-codes %d", len(got), len(want))
	}
}

// phraseCodes maps each phrase of the actor and organisation files to the
// codes it stands for. A phrase written in capitals (US, WHO) is kept as
// written, because it matches only capitals; others are lower-cased.
func phraseCodes(t *testing.T) map[string]map[string]string {
	t.Helper()
	out := map[string]map[string]string{}
	add := func(phrase, code string, r record, line int) {
		k := phraseKey(phrase)
		if out[k] == nil {
			out[k] = map[string]string{}
		}
		if _, dup := out[k][code]; !dup {
			out[k][code] = r.file + ":" + itoa(line)
		}
	}
	recs := append(readRecords(t, "actors/*.dict"), readRecords(t, "orgs/*.dict")...)
	for _, r := range recs {
		add(r.name, r.code, r, r.line)
		for _, f := range r.fields {
			switch f.key {
			case "official", "name", "adjective", "demonym", "capital":
				add(f.value, r.code, r, f.line)
			case "seat":
				name, code := seatCode(r.code, f.value)
				add(name, code, r, f.line)
			}
		}
	}
	return out
}

// seatCode splits "NAME [ROLE-or-FULL-CODE]" and returns the name and the
// full code it stands for (the country's GOV by default).
func seatCode(country, v string) (string, string) {
	words := strings.Fields(v)
	last := words[len(words)-1]
	if len(words) > 1 && codeRE.MatchString(last) {
		name := strings.Join(words[:len(words)-1], " ")
		if len(last) == 3 {
			return name, country + last
		}
		return name, last
	}
	return v, country + "GOV"
}

func phraseKey(s string) string {
	if s != strings.ToLower(s) && s == strings.ToUpper(s) {
		return s
	}
	return strings.ToLower(s)
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			return string(b[i:])
		}
	}
}

// TestNamesResolve checks names, adjectives, capitals and seats news uses
// for the main actors, and the metonyms that stand for one institution.
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
		// names, old names and news forms
		{"U.S.", "USA"}, {"US", "USA"}, {"America", "USA"}, {"the States", "USA"},
		{"UK", "GBR"}, {"Britain", "GBR"}, {"Great Britain", "GBR"},
		{"DPRK", "PRK"}, {"North Korea", "PRK"}, {"ROK", "KOR"},
		{"Ivory Coast", "CIV"}, {"Côte d'Ivoire", "CIV"}, {"Myanmar", "MMR"}, {"Burma", "MMR"},
		{"Czechia", "CZE"}, {"Czech Republic", "CZE"}, {"Türkiye", "TUR"}, {"Turkey", "TUR"},
		{"Eswatini", "SWZ"}, {"Swaziland", "SWZ"}, {"Taiwan", "TWN"}, {"Palestine", "PSE"},
		{"Gaza", "PSE"}, {"Kosovo", "KSV"}, {"Zaire", "COD"}, {"Soviet Union", "RUS"},
		// adjectives and demonyms
		{"Chinese", "CHN"}, {"Sino", "CHN"}, {"Russian", "RUS"}, {"American", "USA"},
		{"British", "GBR"}, {"Briton", "GBR"}, {"Israeli", "ISR"}, {"Palestinian", "PSE"},
		{"Ukrainian", "UKR"}, {"Iranian", "IRN"}, {"Filipino", "PHL"}, {"Dutch", "NLD"},
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
		{"al-Qaeda", "IMGMUSALQ"}, {"al-Shabaab", "SOMREBSHB"}, {"Boko Haram", "NGAREBBKH"},
		{"Houthis", "YEMREBHTI"}, {"Ansar Allah", "YEMREBHTI"}, {"PKK", "TURREBPKK"},
		{"YPG", "SYRREBYPG"}, {"SDF", "SYRREBSDF"}, {"Wagner Group", "RUSUAFWAG"},
		{"FARC", "COLREBFAR"}, {"ELN", "COLREBELN"}, {"Xinhua", "CHNMEDXIN"},
	}
	codes := phraseCodes(t)
	for _, tt := range tests {
		got := codes[phraseKey(tt.phrase)]
		if _, ok := got[tt.code]; !ok || len(got) != 1 {
			t.Errorf("%q names %v, want only %s", tt.phrase, keys(got), tt.code)
		}
	}
}

func keys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// TestNoPhraseNamesTwoCodes checks that no name, adjective, demonym, capital or
// seat in actors/ and orgs/ stands for two different codes.
func TestNoPhraseNamesTwoCodes(t *testing.T) {
	for phrase, codes := range phraseCodes(t) {
		if len(codes) > 1 {
			t.Errorf("%q names several codes: %v", phrase, codes)
		}
	}
}

// TestInstitutions checks the codes of institution records and that the
// states news reports most on have their main institutions.
func TestInstitutions(t *testing.T) {
	have := map[string]bool{}
	for _, r := range readRecords(t, "actors/*.dict") {
		switch {
		case r.kind == "institution":
			country := strings.TrimSuffix(path.Base(r.file), ".dict")
			if !codeRE.MatchString(r.code) || !strings.HasPrefix(r.code, country) || len(r.code) < 6 {
				t.Errorf("%s:%d: institution code %s is not %s + role", r.file, r.line, r.code, country)
			}
			have[r.code] = true
		case r.kind != "country":
			t.Errorf("%s:%d: unexpected %s record in actors/", r.file, r.line, r.kind)
		}
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

// TestOrganisations checks the organisation and group records: valid codes,
// a kind for each, and at least 120 of them.
func TestOrganisations(t *testing.T) {
	n := 0
	for _, r := range readRecords(t, "orgs/*.dict") {
		if r.kind != "org" && r.kind != "group" {
			t.Errorf("%s:%d: unexpected %s record in orgs/", r.file, r.line, r.kind)
			continue
		}
		n++
		if !codeRE.MatchString(r.code) || r.name == "" {
			t.Errorf("%s:%d: bad code or name: %q %q", r.file, r.line, r.code, r.name)
		}
		if kinds := r.values("kind"); len(kinds) != 1 {
			t.Errorf("%s:%d: %s %s has kind %q, want one", r.file, r.line, r.kind, r.code, kinds)
		}
		for _, c := range r.values("country") {
			if len(c) != 3 || !strings.HasPrefix(r.code, c) && !strings.HasPrefix(r.code, "IMG") {
				t.Errorf("%s:%d: country %q does not fit code %s", r.file, r.line, c, r.code)
			}
		}
	}
	if n < 120 {
		t.Errorf("%d organisations and groups, want at least 120", n)
	}
}

// agentRoles are the CAMEO role codes agents.dict may give.
var agentRoles = strings.Fields(`GOV MIL COP SPY JUD LEG OPP PTY REB INS SEP UAF CRM MED HLH EDU
	BUS LAB AGR REF CVL ELI REL HRI NGO IGO ENV RAD DEV`)

// TestAgents checks agents.dict: lower-case phrases, known roles, no phrase
// twice, at least 250 phrases, and the roles of the common agents.
func TestAgents(t *testing.T) {
	known := map[string]bool{}
	for _, r := range agentRoles {
		known[r] = true
	}
	roles := map[string]string{}
	for _, r := range readRecords(t, "agents.dict") {
		phrase := r.name
		switch {
		case r.kind != "agent" || phrase == "" || len(r.fields) > 0:
			t.Errorf("%s:%d: want an agent line without fields", r.file, r.line)
		case !known[r.code]:
			t.Errorf("%s:%d: unknown role %q", r.file, r.line, r.code)
		case phrase != strings.ToLower(phrase):
			t.Errorf("%s:%d: agent %q is not lower case", r.file, r.line, phrase)
		case roles[phrase] != "":
			t.Errorf("%s:%d: agent %q written twice", r.file, r.line, phrase)
		}
		roles[phrase] = r.code
	}
	if len(roles) < 250 {
		t.Errorf("%d agents, want at least 250", len(roles))
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
	}
	for phrase, role := range want {
		if roles[phrase] != role {
			t.Errorf("agent %q gives %q, want %s", phrase, roles[phrase], role)
		}
	}
}

// TestDiscardsAndTopics checks the discard and topic files.
func TestDiscardsAndTopics(t *testing.T) {
	discards := map[string]bool{}
	for _, r := range readRecords(t, "discards.dict") {
		// "discard CATEGORY PHRASE": the category is read as the code.
		if r.kind != "discard" || r.name == "" || discards[r.name] {
			t.Errorf("%s:%d: bad or repeated discard", r.file, r.line)
		}
		discards[strings.ToLower(r.name)] = true
	}
	for _, p := range []string{"world cup", "in the final", "box office", "grand slam", "score a goal"} {
		if !discards[p] {
			t.Errorf("no discard %q", p)
		}
	}
	topics := map[string]int{}
	for _, r := range readRecords(t, "topics.dict") {
		if r.kind != "topic" || r.name == "" {
			t.Errorf("%s:%d: want a topic record with a label", r.file, r.line)
		}
		topics[r.code] = len(r.values("word"))
	}
	for _, k := range strings.Fields(`covid-19 health trade economy military diplomacy protest
		elections terrorism energy climate human-rights migration`) {
		if topics[k] < 5 {
			t.Errorf("topic %s has %d keywords, want at least 5", k, topics[k])
		}
	}
}
