package lexicon

import "testing"

// BenchmarkLoadDefault measures loading the embedded default dictionaries.
func BenchmarkLoadDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := LoadDefault(); err != nil && len(err.(ErrorList)) == 0 {
			b.Fatal(err)
		}
	}
}
