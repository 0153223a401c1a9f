package lexicon

import (
	"strings"
	"testing"
)

// BenchmarkLoadDefault measures loading the embedded default dictionaries:
// parsing every file and building every index.
func BenchmarkLoadDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if l, _ := LoadDefault(); l == nil {
			b.Fatal("no lexicon")
		}
	}
}

// BenchmarkLoadPhoenix measures loading PETRARCH's Phoenix dictionaries.
func BenchmarkLoadPhoenix(b *testing.B) {
	files := phoenix(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(WithoutDefaults(), WithPetrarch(files)); err != nil {
			b.Fatal(err)
		}
	}
}

// benchSentence is the opening of a Xinhua readout of a Xi-Putin call.
const benchSentence = `Chinese President Xi Jinping and his Russian counterpart , Vladimir Putin , spoke over phone on Thursday night , with the two sides agreeing that China and Russia 's cooperation in the fight against COVID-19 has been fruitful , the Kremlin said , according to Xinhua and the U.S. State Department .`

// BenchmarkMatchActor measures actor lookup at every token of a sentence
// with the default dictionaries, resolving each match for a day; it reports
// the time per token.
func BenchmarkMatchActor(b *testing.B) {
	l, _ := LoadDefault()
	toks := strings.Fields(benchSentence)
	day := MakeDay(2020, 4, 16)
	b.ReportAllocs()
	for b.Loop() {
		for i := range toks {
			if m, ok := l.MatchActor(toks, i); ok {
				l.ResolveMatch(m, day)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(toks)), "ns/token")
}

// BenchmarkLookups measures the other per-token lookups: agents, titles
// and pattern anchors.
func BenchmarkLookups(b *testing.B) {
	l, _ := LoadDefault()
	toks := strings.Fields(strings.ToLower(benchSentence))
	b.ReportAllocs()
	for b.Loop() {
		for i := range toks {
			l.MatchAgent(toks, i)
			l.MatchTitle(toks, i)
			l.PatternsFor(toks[i])
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(toks)), "ns/token")
}
