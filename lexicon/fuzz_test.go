package lexicon

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// checkReport checks the invariants every problem report must keep: each
// problem names the file, a line of it, and a sensible column.
func checkReport(t *testing.T, file, src string, r *Report) {
	t.Helper()
	lines := strings.Count(src, "\n") + 1
	for _, p := range append(append(ErrorList{}, r.Errors...), r.Warnings...) {
		if p.Pos.File != file || p.Pos.Line < 0 || p.Pos.Line > lines || p.Pos.Col < 0 {
			t.Fatalf("bad position %v (file has %d lines): %s", p.Pos, lines, p.Msg)
		}
		if !utf8.ValidString(p.Msg) || !utf8.ValidString(p.Excerpt) {
			t.Fatalf("invalid UTF-8 in problem %q / %q", p.Msg, p.Excerpt)
		}
	}
}

// buildAndUse builds a lexicon from entries and runs the lookups over the
// source's words, which must not panic.
func buildAndUse(e *entrySet, format Format, src string) {
	var r Report
	l := build([]source{{label: "f", format: format, entries: e}}, &r)
	words := strings.Fields(src)
	for i := range words {
		if m, ok := l.MatchActor(words, i); ok {
			l.ResolveMatch(m, MakeDay(2020, 1, 1))
		}
		l.MatchAgent(words, i)
		l.MatchTitle(words, i)
		l.PatternsFor(words[i])
	}
	l.Discarded(words)
	l.Check()
}

func FuzzParseDict(f *testing.F) {
	for _, src := range parseCases {
		f.Add(src)
	}
	for _, src := range testActors {
		f.Add(src)
	}
	f.Add(patternErrors)
	f.Add("041 speak [with TGT] by|over|on phone|telephone\n042 visit.n [to TGT]\n")
	f.Add("person A\n  role XXAGOV 2001-02..2003 acting-head-of-state,joint-monarch T\n  died 2002\n")
	f.Fuzz(func(t *testing.T, src string) {
		var r Report
		e := &entrySet{}
		parseDict("f.dict", src, e, &r)
		checkReport(t, "f.dict", src, &r)
		for _, a := range e.actors {
			if !utf8.ValidString(a.Name) {
				t.Fatalf("invalid UTF-8 name %q", a.Name)
			}
		}
		for _, p := range e.patterns {
			if len(p.Anchor.Alts) == 0 {
				t.Fatalf("pattern without anchor kept: %q", p.Text)
			}
		}
		buildAndUse(e, Readout, src)
	})
}

func FuzzPetrarchVerbs(f *testing.F) {
	f.Add(petrVerbs)
	f.Add("--- A [010] ---\nA\n- * (B {C &D}) [011:012]\n&D\n+E_\n~ a (a b Q) A = a b Q\n")
	f.Add("- SO IN_AND_*_OUT_AGAIN NOW [074]\n* ((( [")
	f.Fuzz(func(t *testing.T, src string) {
		var r Report
		e := &entrySet{}
		readPetrarchVerbs("v.txt", src, e, &r)
		checkReport(t, "v.txt", src, &r)
		buildAndUse(e, Petrarch, src)
	})
}

func FuzzPetrarchActors(f *testing.F) {
	f.Add(petrActors)
	f.Add("A_B [X]\n+C\n\t[Y 010101-020202] [Z >99]\n[W <1]\n")
	f.Fuzz(func(t *testing.T, src string) {
		var r Report
		e := &entrySet{}
		readPetrarchActors("a.txt", src, e, &r)
		checkReport(t, "a.txt", src, &r)
		buildAndUse(e, Petrarch, src)
	})
}

func FuzzPetrarchAgents(f *testing.F) {
	f.Add(petrAgents)
	f.Add("!A! = B, C\nX!A!Y {} [~GOV]\n!Z! [~X]\n")
	f.Fuzz(func(t *testing.T, src string) {
		var r Report
		e := &entrySet{}
		readPetrarchAgents("g.txt", src, e, &r)
		checkReport(t, "g.txt", src, &r)
		buildAndUse(e, Petrarch, src)
	})
}

func FuzzPetrarchLists(f *testing.F) {
	f.Add("+WORLD CUP\nBASEBALL\nCUP_\n<ISSUE CATEGORY=\"A\">\nn:x+y v:z [C]\n~a\n~~b\n</ISSUE>\n010:0x10-0x2+3\n")
	f.Fuzz(func(t *testing.T, src string) {
		e := &entrySet{pico: map[string]picoEntry{}}
		for _, read := range []func(string, string, *entrySet, *Report){
			readPetrarchDiscards, readPetrarchIssues, readPetrarchPICO, readPetrarchPrepositions,
		} {
			var r Report
			read("l.txt", src, e, &r)
			checkReport(t, "l.txt", src, &r)
		}
		buildAndUse(e, Petrarch, src)
	})
}
