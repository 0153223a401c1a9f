package text

import (
	"strings"
	"testing"
	"unsafe"

	"github.com/readout/readout/document"
)

// Marks used to write a segmentation inside its own text, so that a test
// states every token and sentence with its offsets: the text is kept as
// it is, "·" goes between two tokens that touch, and "¶" before the first
// token of every sentence but the first. Removing the marks gives the text.
const (
	tokMark  = "·"
	sentMark = "¶"
)

// render writes d's tokens and sentences into its text with the marks.
func render(d *document.Document) string {
	starts := make(map[int]bool, len(d.Sentences))
	for _, s := range d.Sentences[min(1, len(d.Sentences)):] {
		starts[s.Start] = true
	}
	var b strings.Builder
	prevEnd := -1
	pos := 0
	for _, t := range d.Tokens {
		b.WriteString(d.Text[pos:t.Start])
		switch {
		case starts[t.Start]:
			b.WriteString(sentMark)
		case t.Start == prevEnd:
			b.WriteString(tokMark)
		}
		b.WriteString(d.Text[t.Start:t.End])
		pos, prevEnd = t.End, t.End
	}
	b.WriteString(d.Text[pos:])
	return b.String()
}

// unmark removes the marks from an expected rendering, giving the input.
func unmark(s string) string {
	return strings.NewReplacer(tokMark, "", sentMark, "").Replace(s)
}

// segment runs a default Segmenter on text, failing the test on error.
func segment(t testing.TB, text string) *document.Document {
	t.Helper()
	d := &document.Document{Text: text}
	if err := (&Segmenter{}).Annotate(d); err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, d)
	return d
}

// checkSegmentation segments the input written in want and compares the
// rendering.
func checkSegmentation(t *testing.T, want string) {
	t.Helper()
	d := segment(t, unmark(want))
	if got := render(d); got != want {
		t.Errorf("segmentation of %q\n got %s\nwant %s", d.Text, got, want)
	}
}

// checkInvariants checks what every segmentation must satisfy: tokens in
// order inside the text, never empty, never across a space; every
// character that is not a space inside some token; sentences made of
// consecutive tokens, each sentence's Tokens a sub-slice of d.Tokens.
func checkInvariants(t testing.TB, d *document.Document) {
	t.Helper()
	checkTokens(t, d)
	checkSentences(t, d)
}

func checkTokens(t testing.TB, d *document.Document) {
	t.Helper()
	pos := 0
	for i, tk := range d.Tokens {
		if tk.Start < pos || tk.End <= tk.Start || tk.End > len(d.Text) {
			t.Fatalf("token %d [%d:%d] out of order or bounds (previous end %d, text %d bytes)", i, tk.Start, tk.End, pos, len(d.Text))
		}
		checkSpaces(t, d.Text, pos, tk.Start, true)
		checkSpaces(t, d.Text, tk.Start, tk.End, false)
		if tk.Text == "" || tk.Head != -1 {
			t.Fatalf("token %d: text %q head %d", i, tk.Text, tk.Head)
		}
		pos = tk.End
	}
	checkSpaces(t, d.Text, pos, len(d.Text), true)
}

// checkSpaces checks that s[a:b] is all space (want true) or has none.
func checkSpaces(t testing.TB, s string, a, b int, want bool) {
	t.Helper()
	for j := a; j < b; {
		sp, n := spaceAt(s, j)
		if sp != want {
			t.Fatalf("byte %d (%q) in [%d:%d]: space %v", j, s[j:j+n], a, b, sp)
		}
		j += n
	}
}

func checkSentences(t testing.TB, d *document.Document) {
	t.Helper()
	next := 0
	for i, s := range d.Sentences {
		if s.Index != i || len(s.Tokens) == 0 {
			t.Fatalf("sentence %d: index %d, %d tokens", i, s.Index, len(s.Tokens))
		}
		if &s.Tokens[0] != &d.Tokens[next] {
			t.Fatalf("sentence %d does not start at token %d", i, next)
		}
		next += len(s.Tokens)
		if s.Start != s.Tokens[0].Start || s.End != s.Tokens[len(s.Tokens)-1].End || s.Text != d.Text[s.Start:s.End] {
			t.Fatalf("sentence %d: span [%d:%d] %q does not match its tokens", i, s.Start, s.End, s.Text)
		}
		p := d.Paragraphs[s.Paragraph]
		if s.Start < p.Start || s.End > p.End {
			t.Fatalf("sentence %d [%d:%d] outside paragraph %d [%d:%d]", i, s.Start, s.End, s.Paragraph, p.Start, p.End)
		}
	}
	if next != len(d.Tokens) {
		t.Fatalf("sentences hold %d of %d tokens", next, len(d.Tokens))
	}
}

// sameString reports whether a and b are the same bytes in memory.
func sameString(a, b string) bool {
	return len(a) == len(b) && unsafe.StringData(a) == unsafe.StringData(b)
}
