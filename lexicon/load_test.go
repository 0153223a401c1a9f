package lexicon

import (
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
)

func TestOverride(t *testing.T) {
	base := fstest.MapFS{
		"actors/XXA.dict": {Data: []byte("country XXA Xanadu\n  capital Xan\n")},
		"people/XXA.dict": {Data: []byte("person Ann Lee\n  role XXAGOV 2001.. head-of-state President\n")},
		"agents.dict":     {Data: []byte("agent GOV minister\nagent MIL soldier\n")},
		"cameo.dict":      {Data: []byte("code 041 Discuss by telephone\n  quad 1\n")},
		"events/04.dict":  {Data: []byte("041 call TGT\n042 visit TGT\n")},
	}
	user := fstest.MapFS{
		"mine.dict": {Data: []byte(`country XXA Xanadu Republic
  capital New Xan
person Ann Lee
  role XXALEG 2001.. speaker Speaker
agent OPP minister
041 visit TGT
043 host TGT
`)},
	}
	l, err := Load(WithoutDefaults(), FS(base, "base"), FS(user, "user"))
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Actors) != 2 || l.Actors[0].Name != "Xanadu Republic" || l.Actors[1].Roles[0].Code != "XXALEG" {
		t.Errorf("actors not overridden: %+v %+v", l.Actors[0], l.Actors[1])
	}
	if m, ok := l.MatchActor([]string{"Xan"}, 0); ok {
		t.Errorf("the overridden capital still matches: %+v", m)
	}
	if m, ok := l.MatchAgent([]string{"minister"}, 0); !ok || len(m.Items) != 1 || m.Items[0].Code != "OPP" {
		t.Errorf("agent minister = %+v", m)
	}
	codes := map[string]string{}
	for _, p := range l.Patterns {
		codes[p.Text] = p.Code + " " + p.Pos.File
	}
	want := map[string]string{"call TGT": "041 base/events/04.dict", "visit TGT": "041 user/mine.dict", "host TGT": "043 user/mine.dict"}
	for k, v := range want {
		if codes[k] != v {
			t.Errorf("pattern %q = %q, want %q", k, codes[k], v)
		}
	}
}

func TestDuplicatesInOneSource(t *testing.T) {
	src := `country XXA Xanadu
person Ann Lee
person ann lee # ERROR duplicate actor "person\x00ann lee"
agent GOV minister
agent GOV minister # ERROR duplicate agent
041 call TGT
042 call  TGT # ERROR duplicate pattern
`
	src = strings.ReplaceAll(src, `"person\x00ann lee"`, `"ann lee"`)
	_, errs := loadFiles(t, map[string]string{"d.dict": src})
	checkExpected(t, "t/d.dict", src, errs, nil)
}

func TestPetrarchReplacesDefaults(t *testing.T) {
	dir := t.TempDir()
	verbs := filepath.Join(dir, "v.txt")
	os.WriteFile(verbs, []byte("--- MEET [040] ---\nMEET {MET MEETS MEETING}\n- * (WITH +) [041]\n"), 0o644)
	base := fstest.MapFS{"events/04.dict": {Data: []byte("042 visit TGT\n")}, "agents.dict": {Data: []byte("agent GOV minister\n")}}
	l, err := Load(WithoutDefaults(), FS(base, "base"), WithPetrarch(PetrarchFiles{Verbs: []string{verbs}}))
	if err != nil {
		t.Fatal(err)
	}
	// An FS source is kept; only the embedded defaults are replaced.
	if len(l.Patterns) != 3 || len(l.PatternsFor("visit")) != 1 || len(l.PatternsFor("met")) != 2 {
		t.Errorf("patterns = %d, visit %d, met %d", len(l.Patterns), len(l.PatternsFor("visit")), len(l.PatternsFor("met")))
	}
}

func TestFlagsAndConfig(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "v.txt"), []byte("--- MEET [040] ---\nMEET\n"), 0o644)
	os.MkdirAll(filepath.Join(dir, "mine"), 0o755)
	os.WriteFile(filepath.Join(dir, "mine", "a.dict"), []byte("agent GOV envoy\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "PETR_config.ini"), []byte(`# settings
[Dictionaries]
verbfile_name = v.txt
dicts = mine
no-default-dicts = true
[Options]
textfile_list = ignored.xml
`), 0o644)
	var f Flags
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	f.AddTo(fs)
	if err := fs.Parse([]string{"--dict-config", filepath.Join(dir, "PETR_config.ini"), "--actors", "a.txt,b.txt", "--actors", "c.txt"}); err != nil {
		t.Fatal(err)
	}
	if strings.Join(f.Petrarch.Actors, " ") != "a.txt b.txt c.txt" {
		t.Errorf("actors = %q", f.Petrarch.Actors)
	}
	f.Petrarch.Actors = nil
	l, err := f.Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(l.PatternsFor("meet")) != 1 || len(l.Agents) != 1 || len(l.Codes) != 0 {
		t.Errorf("config not applied: %d meet patterns, %d agents, %d codes", len(l.PatternsFor("meet")), len(l.Agents), len(l.Codes))
	}
	bad := filepath.Join(dir, "bad.conf")
	os.WriteFile(bad, []byte("verbs\ncolour blue\n"), 0o644)
	if _, err := ReadConfig(bad); err == nil || !strings.Contains(err.Error(), "bad.conf:1:1: verbs wants a file name") || !strings.Contains(err.Error(), `bad.conf:2:1: unknown setting "colour"`) {
		t.Errorf("ReadConfig(bad) = %v", err)
	}
}

func TestDirOption(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "one.dict")
	os.WriteFile(file, []byte("agent GOV envoy\nagent GOV # bad\n"), 0o644)
	l, err := Load(WithoutDefaults(), Dir(file))
	if err == nil || !strings.Contains(err.Error(), filepath.ToSlash(file)+":2:10: missing role code and phrase") {
		t.Errorf("err = %v", err)
	}
	if len(l.Agents) != 1 {
		t.Errorf("agents = %d", len(l.Agents))
	}
	if _, err := Load(WithoutDefaults(), Dir(filepath.Join(dir, "missing"))); err == nil {
		t.Error("a missing directory loaded without error")
	}
	other := t.TempDir()
	os.WriteFile(filepath.Join(other, "CAMEO.2.0.txt"), []byte("--- A [010] ---\n"), 0o644)
	os.WriteFile(filepath.Join(other, ".hidden"), []byte("x"), 0o644)
	l, err = Load(WithoutDefaults(), Dir(other))
	if err != nil || len(l.Warnings) != 2 || !strings.Contains(l.Warnings.Error(), "CAMEO.2.0.txt: not a .dict file") {
		t.Errorf("warnings = %v, err %v", l.Warnings, err)
	}
}

// TestRulesSetOnce checks that the rules the coding stages cite are made
// at load time, match what Pos.Rule formats, and cost nothing to cite; a
// Pos changed after loading cites its new place.
func TestRulesSetOnce(t *testing.T) {
	l, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	l.eachCited(func(p *Pos) {
		want := p.File + ":" + strconv.Itoa(p.Line)
		if p.rule != want || p.Rule() != want {
			t.Errorf("rule %q (Rule() %q), want %q", p.rule, p.Rule(), want)
		}
		n++
	})
	if n == 0 {
		t.Fatal("no entries cited")
	}
	p := l.Patterns[0].Pos
	if allocs := testing.AllocsPerRun(10, func() { _ = p.Rule() }); allocs != 0 {
		t.Errorf("Rule allocates %v times", allocs)
	}
	moved := p
	moved.Line++
	if want := p.File + ":" + strconv.Itoa(p.Line+1); moved.Rule() != want {
		t.Errorf("moved Pos cites %q, want %q", moved.Rule(), want)
	}
	moved = p
	moved.File = "other.dict"
	if want := "other.dict:" + strconv.Itoa(p.Line); moved.Rule() != want {
		t.Errorf("moved Pos cites %q, want %q", moved.Rule(), want)
	}
}
