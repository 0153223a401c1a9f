package text

import (
	"errors"
	"testing"
	"unicode/utf8"

	"github.com/readout/readout/document"
)

var fuzzSeeds = []string{
	"",
	"BEIJING, Aug. 25 (Xinhua) -- Chinese President Xi said \"no.\" Then...",
	"    Wire copy wraps\nhere.\n    Next paragraph.\n",
	"I don't know, Mr. Smith's U.S.-led 3.4% of 1,000 on 2020-04-16 at 5pm :) http://x.y/z.",
	"“Quoted” – dash — em … ellipsis ’90s can’t",
	"caf\xe9 \xff\xfe bad bytes",
	"a\u00a0b\u2028c\u200bd\ufeffe\u00adf",
	"((((((((((",
	"..........!!!!!!??????",
	"No. 5. etc. U.S. The",
	"x-y-z-1-2-3 713-853-3989 e-mail non-non-non",
	"\"'`''``",
	"Image: a. b) c",
}

// FuzzSegment checks the segmentation invariants on any input: no panic,
// tokens in order and inside the text, every character that is not a
// space in exactly one token, sentences made of consecutive tokens inside
// their paragraphs, and at most MaxSentenceTokens tokens a sentence.
func FuzzSegment(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		d := &document.Document{Text: in}
		sg := Segmenter{MaxSentenceTokens: 8}
		if err := sg.Annotate(d); err != nil {
			if !errors.Is(err, ErrBinary) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		if !utf8.ValidString(d.Text) {
			t.Fatal("text not valid UTF-8 after Annotate")
		}
		checkInvariants(t, d)
		for _, s := range d.Sentences {
			if len(s.Tokens) > sg.MaxSentenceTokens+1 { // +1: a split abbreviation period
				t.Fatalf("sentence of %d tokens", len(s.Tokens))
			}
		}
		if d.Dateline != nil && d.Dateline.Text != d.Text[d.Dateline.Start:d.Dateline.End] {
			t.Fatal("dateline span and text disagree")
		}
	})
}

// FuzzRepair checks that Repair always returns valid UTF-8, leaves valid
// input alone, reports a problem exactly when it changed something, and
// that every problem offset falls on a U+FFFD it wrote.
func FuzzRepair(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		out, probs := Repair(in)
		if !utf8.ValidString(out) {
			t.Fatal("output not valid UTF-8")
		}
		if utf8.Valid(in) != (out == string(in)) || utf8.Valid(in) != (len(probs) == 0) {
			t.Fatalf("valid %v, changed %v, %d problems", utf8.Valid(in), out != string(in), len(probs))
		}
		for _, p := range probs {
			if p.Offset == -1 {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(out[p.Offset:]); r != utf8.RuneError {
				t.Fatalf("problem at %d is not at a replacement character", p.Offset)
			}
		}
		_ = Check(in) // must not panic
	})
}
