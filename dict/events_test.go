package dict_test

import (
	"io/fs"
	"path"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/readout/readout/dict"
	"github.com/readout/readout/lexicon"
)

// cameoCodes are the event codes of the CAMEO manual 1.1b3, roots 01-20.
const cameoCodes = `
010 011 012 013 014 015 016 017 018 019
020 021 0211 0212 0213 0214 022 023 0231 0232 0233 0234 024 0241 0242 0243 0244
025 0251 0252 0253 0254 0255 0256 026 027 028
030 031 0311 0312 0313 0314 032 033 0331 0332 0333 0334 034 0341 0342 0343 0344
035 0351 0352 0353 0354 0355 0356 036 037 038 039
040 041 042 043 044 045 046
050 051 052 053 054 055 056 057
060 061 062 063 064
070 071 072 073 074 075
080 081 0811 0812 0813 0814 082 083 0831 0832 0833 0834 084 0841 0842 085
086 0861 0862 0863 087 0871 0872 0873 0874
090 091 092 093 094
100 101 1011 1012 1013 1014 102 103 1031 1032 1033 1034 104 1041 1042 1043 1044
105 1051 1052 1053 1054 1055 1056 106 107 108
110 111 112 1121 1122 1123 1124 1125 113 114 115 116
120 121 1211 1212 122 1221 1222 1223 1224 123 1231 1232 1233 1234
124 1241 1242 1243 1244 1245 1246 125 126 127 128 129
130 131 1311 1312 1313 132 1321 1322 1323 1324 133 134 135 136 137
138 1381 1382 1383 1384 1385 139
140 141 1411 1412 1413 1414 142 1421 1422 1423 1424 143 1431 1432 1433 1434
144 1441 1442 1443 1444 145 1451 1452 1453 1454
150 151 152 153 154
160 161 162 1621 1622 1623 163 164 165 166 1661 1662 1663
170 171 1711 1712 172 1721 1722 1723 1724 173 174 175
180 181 182 1821 1822 1823 183 1831 1832 1833 184 185 186
190 191 192 193 194 195 196
200 201 202 203 204 2041 2042
`

// ploverTypes2021 are the event types of the PLOVER manual (draft 0.8, 2021).
var ploverTypes2021 = []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
	"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}

// eventFiles reads cameo.dict and events/*.dict from the embedded defaults.
func eventFiles(t *testing.T) fstest.MapFS {
	t.Helper()
	names, err := fs.Glob(dict.FS(), "events/*.dict")
	if err != nil || len(names) == 0 {
		t.Fatalf("no events/*.dict embedded (err %v)", err)
	}
	out := fstest.MapFS{}
	for _, name := range append([]string{"cameo.dict"}, names...) {
		b, err := fs.ReadFile(dict.FS(), name)
		if err != nil {
			t.Fatal(err)
		}
		out[name] = &fstest.MapFile{Data: b}
	}
	return out
}

// loadEvents loads the codes table and the event patterns on their own, so
// that these tests judge only those files.
func loadEvents(t *testing.T) (*lexicon.Lexicon, fstest.MapFS) {
	t.Helper()
	files := eventFiles(t)
	l, err := lexicon.Load(lexicon.WithoutDefaults(), lexicon.FS(files, "dict"))
	if err != nil {
		t.Fatalf("event dictionaries do not load:\n%v", err)
	}
	if r := l.Check(); len(r.Errors) > 0 {
		t.Fatalf("lint finds %d errors in the event dictionaries:\n%v", len(r.Errors), r.Errors)
	}
	return l, files
}

func TestCodesTableIsCAMEO(t *testing.T) {
	l, _ := loadEvents(t)
	want := strings.Fields(cameoCodes)
	var got []string
	for code := range l.Codes {
		got = append(got, code)
	}
	slices.Sort(got)
	slices.Sort(want)
	for _, c := range want {
		if _, ok := l.Codes[c]; !ok {
			t.Errorf("CAMEO code %s is missing from cameo.dict", c)
		}
	}
	for _, c := range got {
		if !slices.Contains(want, c) {
			t.Errorf("cameo.dict has %s, which is no CAMEO 1.1b3 event code", c)
		}
	}
}

func TestCodeFields(t *testing.T) {
	l, _ := loadEvents(t)
	for code, c := range l.Codes {
		if c.Name == "" {
			t.Errorf("%s: no name", code)
		}
		if c.Goldstein < -10 || c.Goldstein > 10 {
			t.Errorf("%s: Goldstein %v outside -10..10", code, c.Goldstein)
		}
		if want := quadOfRoot(c.Root()); c.Quad != want {
			t.Errorf("%s: quad %d, root %s is QuadClass %d", code, c.Quad, c.Root(), want)
		}
		switch {
		case c.Root() == "01" && c.Plover != "":
			t.Errorf("%s: public statements have no PLOVER type, got %s", code, c.Plover)
		case c.Root() != "01" && !slices.Contains(ploverTypes2021, c.Plover):
			t.Errorf("%s: PLOVER type %q is not a PLOVER 2021 type", code, c.Plover)
		case c.Root() == "02" && c.Plover != "REQUEST":
			t.Errorf("%s: appeals are PLOVER REQUEST, got %s", code, c.Plover)
		}
		if c.PloverMode != strings.ToLower(c.PloverMode) {
			t.Errorf("%s: PLOVER mode %q is not lower case", code, c.PloverMode)
		}
	}
}

func quadOfRoot(root string) int {
	switch {
	case root <= "05":
		return 1
	case root <= "09":
		return 2
	case root <= "14":
		return 3
	}
	return 4
}

// TestPublishedValues spot-checks rows against the published tables.
func TestPublishedValues(t *testing.T) {
	l, _ := loadEvents(t)
	tests := []struct {
		code      string
		goldstein float64
		plover    string
		mode      string
	}{
		{"041", 1.0, "CONSULT", "phone"},
		{"042", 1.9, "CONSULT", "visit"},
		{"057", 8.0, "SUPPORT", ""},
		{"0874", 10.0, "RETREAT", "disarm"},
		{"112", -2.0, "ACCUSE", "disapprove"},
		{"163", -8.0, "COERCE", "restrict"},
		{"173", -5.0, "COERCE", "arrest"},
		{"1823", -10.0, "ASSAULT", ""},
		{"195", -10.0, "ASSAULT", "heavy-weapons"},
		{"2042", -10.0, "ASSAULT", "unconventional"},
	}
	for _, tt := range tests {
		c, ok := l.Code(tt.code)
		if !ok {
			t.Errorf("%s missing", tt.code)
			continue
		}
		if c.Goldstein != tt.goldstein || c.Plover != tt.plover || c.PloverMode != tt.mode {
			t.Errorf("%s: got %v %s %q, want %v %s %q", tt.code, c.Goldstein, c.Plover, c.PloverMode, tt.goldstein, tt.plover, tt.mode)
		}
	}
}

func TestEveryCodeHasPatterns(t *testing.T) {
	l, _ := loadEvents(t)
	n := map[string]int{}
	for _, p := range l.Patterns {
		n[p.Code]++
		if _, ok := l.Codes[p.Code]; !ok {
			t.Errorf("%s: code %s is not in cameo.dict", p.Pos, p.Code)
		}
		if want := "events/" + lexicon.Root(p.Code) + ".dict"; !strings.HasSuffix(p.Pos.File, want) {
			t.Errorf("%s: code %s belongs in %s", p.Pos, p.Code, want)
		}
	}
	for code := range l.Codes {
		if n[code] == 0 {
			t.Errorf("code %s has no event pattern", code)
		}
	}
	if len(l.Patterns) < 3000 {
		t.Errorf("%d event patterns, want at least 3000", len(l.Patterns))
	}
}

// TestEveryLineIsAPattern checks that each non-comment line of events/*.dict
// became a pattern: none is silently dropped or merged.
func TestEveryLineIsAPattern(t *testing.T) {
	l, files := loadEvents(t)
	lines := 0
	for name, f := range files {
		if !strings.HasPrefix(name, "events/") {
			continue
		}
		for _, line := range strings.Split(string(f.Data), "\n") {
			if s, _, _ := strings.Cut(line, "#"); strings.TrimSpace(s) != "" {
				lines++
			}
		}
	}
	if lines != len(l.Patterns) {
		t.Errorf("%d pattern lines but %d patterns loaded", lines, len(l.Patterns))
	}
	t.Logf("%d event patterns, %d anchor words", len(l.Patterns), l.Anchors())
}

// TestCommonEventWords checks that the words news uses most for each kind of
// event anchor a pattern of the expected code.
func TestCommonEventWords(t *testing.T) {
	l, _ := loadEvents(t)
	tests := []struct {
		word string
		noun bool
		code string
	}{
		{"meet", false, "040"}, {"discuss", false, "040"}, {"talks", true, "040"},
		{"speak", false, "041"}, {"phone", false, "041"}, {"phone_call", true, "041"},
		{"visit", false, "042"}, {"arrive", false, "042"}, {"visit", true, "042"},
		{"host", false, "043"}, {"receive", false, "043"},
		{"mediate", false, "045"}, {"negotiate", false, "046"},
		{"praise", false, "051"}, {"congratulate", false, "051"}, {"express", false, "051"},
		{"sign", false, "057"}, {"apologize", false, "055"},
		{"provide", false, "073"}, {"provide", false, "072"}, {"dispatch", false, "073"},
		{"grant", false, "075"}, {"release", false, "0841"}, {"lift", false, "085"},
		{"withdraw", false, "0874"}, {"investigate", false, "090"},
		{"demand", false, "100"}, {"call", false, "100"}, {"urge", false, "020"}, {"appeal", false, "020"},
		{"agree", false, "030"}, {"pledge", false, "033"},
		{"criticize", false, "111"}, {"condemn", false, "111"}, {"accuse", false, "112"}, {"blame", false, "112"},
		{"reject", false, "120"}, {"deny", false, "016"}, {"veto", false, "129"},
		{"threaten", false, "130"}, {"warn", false, "130"}, {"ultimatum", true, "139"},
		{"protest", false, "141"}, {"demonstrate", false, "141"}, {"riot", false, "145"}, {"storm", false, "145"},
		{"deploy", false, "154"}, {"impose", false, "163"}, {"sanction", true, "163"}, {"expel", false, "161"},
		{"arrest", false, "173"}, {"detain", false, "173"}, {"deport", false, "174"}, {"fire", false, "175"},
		{"ban", false, "172"}, {"kidnap", false, "181"}, {"assassinate", false, "186"},
		{"attack", false, "190"}, {"attack", true, "190"}, {"shell", false, "194"}, {"bomb", false, "195"},
		{"drone_strike", true, "195"}, {"shoot", false, "193"}, {"occupy", false, "192"}, {"invasion", true, "192"},
		{"massacre", false, "202"},
	}
	for _, tt := range tests {
		if !anchors(l, tt.word, tt.noun, tt.code) {
			kind := "verb"
			if tt.noun {
				kind = "noun"
			}
			t.Errorf("no %s pattern for %s anchored on %q", tt.code, kind, tt.word)
		}
	}
}

// anchors reports whether a pattern of code is anchored on word (a lemma;
// a multi-word anchor is written with "_").
func anchors(l *lexicon.Lexicon, word string, noun bool, code string) bool {
	parts := strings.Split(word, "_")
	head := parts[0]
	if noun {
		head = parts[len(parts)-1]
	}
	for _, p := range l.PatternsFor(head) {
		if p.Code != code || p.Anchor.Noun != noun {
			continue
		}
		for _, a := range p.Anchor.Alts {
			if strings.Join(a.Words, "_") == word {
				return true
			}
		}
	}
	return false
}

// TestPatternWordsAreLemmas checks the spelling rules of pattern words:
// lower case, no inflected forms news writes often in place of a lemma.
func TestPatternWordsAreLemmas(t *testing.T) {
	l, _ := loadEvents(t)
	inflected := []string{"said", "met", "held", "visited", "attacked", "killed", "arrested", "sanctions", "weapons", "protesters"}
	for _, p := range l.Patterns {
		for _, item := range strings.Fields(strings.NewReplacer("[", " ", "]", " ").Replace(p.Text)) {
			if strings.HasPrefix(item, "SRC") || strings.HasPrefix(item, "TGT") {
				continue // a slot, with its roles ("SRC:MIL|COP")
			}
			for _, w := range strings.FieldsFunc(item, func(r rune) bool { return r == '|' || r == '_' }) {
				checkLemma(t, p, strings.TrimSuffix(strings.TrimSuffix(w, ".n"), ".a"), inflected)
			}
		}
		if path.Ext(p.Pos.File) != ".dict" {
			t.Errorf("%s: pattern outside a .dict file", p.Pos)
		}
	}
}

// checkLemma checks one word of a pattern.
func checkLemma(t *testing.T, p *lexicon.Pattern, w string, inflected []string) {
	t.Helper()
	if w != strings.ToLower(w) {
		t.Errorf("%s: %q is not lower case", p.Pos, w)
	}
	if slices.Contains(inflected, w) {
		t.Errorf("%s: %q is an inflected form; write the lemma", p.Pos, w)
	}
}

// TestPatternSyntaxInUse checks that the shipped patterns use the pattern
// syntax where news needs it: adjective anchors ("is ready to talk"),
// slots restricted by role ("protesters clashed with police" is a riot),
// reverse codes (a visit is hosted).
func TestPatternSyntaxInUse(t *testing.T) {
	l, _ := loadEvents(t)
	var adj, roles, reverse int
	for _, p := range l.Patterns {
		if p.Anchor.Adj {
			adj++
		}
		if p.Reverse != "" {
			reverse++
			if _, ok := l.Codes[p.Reverse]; !ok {
				t.Errorf("%s: reverse code %s is not in cameo.dict", p.Pos, p.Reverse)
			}
		}
		if strings.Contains(p.Text, "SRC:") || strings.Contains(p.Text, "TGT:") {
			roles++
		}
	}
	if adj == 0 || roles == 0 || reverse == 0 {
		t.Errorf("adjective anchors %d, slots with roles %d, reverse codes %d: want some of each", adj, roles, reverse)
	}
	for _, tt := range []struct{ word, code string }{{"ready", "036"}, {"opposed", "120"}, {"critical", "111"}} {
		found := false
		for _, p := range l.PatternsFor(tt.word) {
			found = found || p.Anchor.Adj && p.Code == tt.code
		}
		if !found {
			t.Errorf("no %s pattern anchored on the adjective %q", tt.code, tt.word)
		}
	}
}
