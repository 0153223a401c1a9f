package lexicon

import "testing"

// TestShippedDictionaries loads and checks the embedded default
// dictionaries: they must have no errors (warnings are allowed).
func TestShippedDictionaries(t *testing.T) {
	l, err := LoadDefault()
	if err != nil {
		t.Fatalf("the default dictionaries do not load cleanly:\n%v", err)
	}
	if r := l.Check(); len(r.Errors) > 0 {
		t.Fatalf("readout lint finds %d errors in dict/:\n%v", len(r.Errors), r.Errors)
	}
	s := l.Stats()
	if s.Countries < 200 || s.Codes < 200 || s.Persons < 1000 {
		t.Errorf("the defaults look incomplete: %d countries, %d codes, %d persons", s.Countries, s.Codes, s.Persons)
	}
}
