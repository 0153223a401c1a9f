package syntax

import "testing"

func TestRuleFor(t *testing.T) {
	tests := []struct {
		form, lemma string
		want        lemmaRule
	}{
		{"walked", "walk", lemmaRule{lower: true, cut: 2}},
		{"The", "the", lemmaRule{lower: true}},
		{"studies", "study", lemmaRule{lower: true, cut: 3, add: "y"}},
		{"Bush", "Bush", lemmaRule{}},
		{"n't", "not", lemmaRule{lower: true, cut: 2, add: "ot"}},
		{"was", "be", lemmaRule{lower: true, cut: 3, add: "be"}},
	}
	for _, tc := range tests {
		got := ruleFor(tc.form, tc.lemma)
		if got != tc.want {
			t.Errorf("ruleFor(%q, %q) = %+v, want %+v", tc.form, tc.lemma, got, tc.want)
		}
		if l, ok := got.apply(tc.form); !ok || l != tc.lemma {
			t.Errorf("rule for %q gives %q", tc.form, l)
		}
	}
}

func TestLemmatizer(t *testing.T) {
	g := &goldSent{
		forms:  []string{"The", "dogs", "walked", "cats", "were", "jumped", "mice", "Paris", "played", "hopped"},
		xpos:   []string{"DT", "NNS", "VBD", "NNS", "VBD", "VBD", "NNS", "NNP", "VBD", "VBD"},
		lemmas: []string{"the", "dog", "walk", "cat", "be", "jump", "mouse", "Paris", "play", "hop"},
	}
	lm := trainLemmatizer([]*goldSent{g}, 1)
	tests := []struct{ form, xpos, want string }{
		{"THE", "DT", "the"},        // seen, other case
		{"mice", "NNS", "mouse"},    // seen irregular
		{"birds", "NNS", "bird"},    // unseen, ending rule
		{"talked", "VBD", "talk"},   // unseen, ending rule
		{"London", "NNP", "London"}, // proper noun kept
		{"", "NN", ""},              // empty form
		{"\xff", "NN", "\uFFFD"},    // invalid UTF-8 (the text layer never passes it)
	}
	for _, tc := range tests {
		if got := lm.lemma(tc.form, tc.xpos); got != tc.want {
			t.Errorf("lemma(%q, %s) = %q, want %q", tc.form, tc.xpos, got, tc.want)
		}
	}
}
