package text

import "testing"

// Each case is its input with the expected segmentation marked in it: "·"
// between touching tokens, "¶" before each sentence after the first.
func TestTokens(t *testing.T) {
	tests := []struct{ name, want string }{
		{"hyphen split", "China·-·Russia relations"},
		{"hyphen after prefix", "anti-epidemic and non-Muslim e-mail pre-war"},
		{"clitic n't", "I do·n't know·, ca·n't say·, wo·n't go"},
		{"clitic 's", "China·'s fight and Russia·’s battle"},
		{"clitics", "I·'m sure they·'re here and we·'ve seen it·'ll rain"},
		{"no clitic", "O'Brien and rock'n'roll"},
		{"cannot", "I can·not go and I·'m gon·na stay"},
		{"possessive plural", "Chinese nationals·' normal work"},
		{"numbers", "3.4 percent of 1,000 people on 2020-04-16 at 9:30"},
		{"score", "won 3·–·1 and 1969·-·1970"},
		{"phone", "call 713-853-3989 now"},
		{"currency and percent", "$·5 billion or 5·% or €·3 or US$·4"},
		{"elision", "he said [...] it was (...) over"},
		{"comma not thousands", "on May 11·,·2000 and 1·,·2·,·3"},
		{"codes", "call 77388-5746 on 01-Feb-02 or 5-May-2020"},
		{"unit letters", "300·USD·, 5·MMBTU·, 10·km but 4chan and 3D"},
		{"units", "at 5·pm·, 10·km and 3·bn but the 5th and 1990s"},
		{"decade", "the '90s and 80's"},
		{"abbreviations", "Lt. Gen. Smith met Dr. Li of Acme Corp. and Apple Inc. in the U.S. on Jan. 5"},
		{"initials", "President Joseph R. Biden Jr. spoke"},
		{"number title", "No. 1 seed"},
		{"no without number", "No·. ¶I wo·n't·."},
		{"ellipsis", "pandemic·.. ¶Then more·... and more·…"},
		{"parentheses", "(·Xinhua·)·, [·note·] {·x·}"},
		{"quotes", "said·: “·smearing China·” and \"·no·\" or '·yes·'"},
		{"url", "see http://example.com/a-b?c=1·. ¶Then"},
		{"email", "write to jane.doe@example.com·."},
		{"emoticon", "great :) and :-("},
		{"dashes", "this -- that — other"},
		{"slash", "and·/·or but 9/11"},
		{"hashtag", "#MeToo and @user"},
		{"repeated marks", "what·?!? ¶Wow·!!!"},
		{"apostrophe curly", "do·n’t"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSegmentation(t, tt.want) })
	}
}

func TestSentences(t *testing.T) {
	tests := []struct{ name, want string }{
		{"simple", "He came·. ¶She left·."},
		{"quote ends sentence", "\"·We will win·,·\" he said·. ¶\"·Yes·.·\" ¶Then·."},
		{"quote inside", "He said·: \"·It is over·.·\" ¶The end·."},
		{"question", "Why·? ¶Because·!"},
		{"abbreviation before name", "Dr. Li met Mr. Wang·."},
		{"abbreviation ends sentence", "He lives in the U.S·. ¶The end·."},
		{"abbreviation before capital", "The U.S. Congress voted·."},
		{"etc", "apples·, pears·, etc·. ¶They said so·."},
		{"abbreviation before closing marks", "(·apples·, pears·, etc·.·) ¶They said \"·it is in the U.S·.·\" ¶The end·."},
		{"initial", "Joseph R. Biden spoke·."},
		{"month", "On Aug. 25 he spoke·."},
		{"lower case after period", "it ended·. ¶then it began·."},
		{"lower case after quote", "\"·Stop·!·\" he said·."},
		{"lower case after ellipsis", "and then·... it was over·."},
		{"digit starts sentence", "He left·. ¶2020 was hard·."},
		{"title line", "Putin tells Xi on phone\n\n¶He said so·."},
		{"credit line", "A cat sleeps ¶Image·: Nick Moreau·."},
		{"list marker", "first·. b·) second·."},
		{"other scripts", "भारत में शांत था·। ¶लेकिन यह है·। ¶他来了·。¶她走了·。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSegmentation(t, tt.want) })
	}
}

func TestTokenText(t *testing.T) {
	d := segment(t, "“Russia’s” – don’t … ``x'' —")
	var got []string
	for _, tk := range d.Tokens {
		got = append(got, tk.Text)
	}
	want := []string{`"`, "Russia", "'s", `"`, "-", "do", "n't", "...", `"`, "x", `"`, "--"}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("token %d: got %q, want %q", i, got[i], want[i])
		}
	}
	// Text that needs no change is a substring of the document text.
	d = segment(t, "plain words")
	if tk := d.Tokens[0]; tk.Text != "plain" || !sameString(tk.Text, d.Text[:5]) {
		t.Errorf("token text %q is not the document's own bytes", tk.Text)
	}
}

func TestSpaceAfter(t *testing.T) {
	d := segment(t, "Hi, you.\nBye")
	want := []bool{false, true, false, true, false}
	for i, tk := range d.Tokens {
		if tk.SpaceAfter != want[i] {
			t.Errorf("token %d %q: SpaceAfter %v", i, tk.Text, tk.SpaceAfter)
		}
	}
}

// TestTokenOffsets states one stream with its offsets written out, as a
// check on the marks the other tests use.
func TestTokenOffsets(t *testing.T) {
	d := segment(t, "Xi’s “no” don't.")
	type tok struct {
		start, end int
		text       string
	}
	want := []tok{{0, 2, "Xi"}, {2, 6, "'s"}, {7, 10, `"`}, {10, 12, "no"}, {12, 15, `"`},
		{16, 18, "do"}, {18, 21, "n't"}, {21, 22, "."}}
	if len(d.Tokens) != len(want) {
		t.Fatalf("%d tokens, want %d", len(d.Tokens), len(want))
	}
	for i, w := range want {
		if tk := d.Tokens[i]; tk.Start != w.start || tk.End != w.end || tk.Text != w.text {
			t.Errorf("token %d: [%d:%d] %q, want [%d:%d] %q", i, tk.Start, tk.End, tk.Text, w.start, w.end, w.text)
		}
	}
}
