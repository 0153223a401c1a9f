package text

import (
	"errors"
	"runtime"
	"strings"
	"testing"
	"unsafe"

	"github.com/readout/readout/document"
)

func TestEmptyAndBlank(t *testing.T) {
	for _, in := range []string{"", " ", "\n\n\t \u00a0\u3000\r\n", "\x01\x02 words"} {
		d := &document.Document{Text: in}
		if err := (&Segmenter{}).Annotate(d); err != nil {
			if in == "\x01\x02 words" && errors.Is(err, ErrBinary) {
				continue
			}
			t.Fatalf("%q: %v", in, err)
		}
		checkInvariants(t, d)
		if strings.TrimSpace(in) == "" && (len(d.Tokens) != 0 || len(d.Sentences) != 0 || len(d.Paragraphs) != 0) {
			t.Errorf("%q: %d tokens %d sentences %d paragraphs", in, len(d.Tokens), len(d.Sentences), len(d.Paragraphs))
		}
	}
}

func TestAnnotateRejectsBinary(t *testing.T) {
	d := &document.Document{ID: "x", Text: "PK\x03\x04\x00\x00binary"}
	err := (&Segmenter{}).Annotate(d)
	if !errors.Is(err, ErrBinary) || !strings.Contains(err.Error(), `document "x"`) {
		t.Errorf("error %v", err)
	}
}

func TestAnnotateRepairs(t *testing.T) {
	d := segment(t, "Caf\xe9 opens. It is new.")
	if d.Text != "Caf\ufffd opens. It is new." || len(d.Problems) != 1 || d.Problems[0].Offset != 3 {
		t.Errorf("text %q problems %v", d.Text, d.Problems)
	}
	if d.Tokens[0].Text != "Caf\ufffd" || len(d.Sentences) != 2 {
		t.Errorf("tokens %v", d.Tokens[:2])
	}
}

func TestAnnotateReplaces(t *testing.T) {
	d := segment(t, "One. Two.")
	if err := (&Segmenter{}).Annotate(d); err != nil {
		t.Fatal(err)
	}
	if len(d.Tokens) != 4 || len(d.Sentences) != 2 || len(d.Paragraphs) != 1 {
		t.Errorf("second run gave %d tokens %d sentences %d paragraphs", len(d.Tokens), len(d.Sentences), len(d.Paragraphs))
	}
}

func TestLongSentenceIsCut(t *testing.T) {
	words := make([]string, 5000)
	for i := range words {
		words[i] = "word"
		if i%37 == 36 {
			words[i] = "word,"
		}
	}
	in := "Short one. " + strings.Join(words, " ") + ". Last one."
	d := segment(t, in)
	max := 0
	for _, s := range d.Sentences {
		max = len(s.Tokens)
		if max > DefaultMaxSentenceTokens {
			t.Fatalf("sentence of %d tokens", max)
		}
		if s.Index > 0 && s.Index < len(d.Sentences)-2 && s.Tokens[len(s.Tokens)-1].Text != "," {
			t.Errorf("sentence %d not cut at a comma: ends %q", s.Index, s.Tokens[len(s.Tokens)-1].Text)
		}
	}
	if len(d.Problems) != 1 || d.Problems[0].Offset != 11 ||
		!strings.HasPrefix(d.Problems[0].Message, "sentence of 5136 tokens is longer than the maximum of 300; cut into") {
		t.Errorf("problems %v", d.Problems)
	}
	if last := d.Sentences[len(d.Sentences)-1].Text; last != "Last one." {
		t.Errorf("last sentence %q", last)
	}
}

func TestMaxSentenceTokens(t *testing.T) {
	d := &document.Document{Text: "a b c d e f g h i j"}
	if err := (&Segmenter{MaxSentenceTokens: 4}).Annotate(d); err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, d)
	if len(d.Sentences) != 3 || len(d.Problems) != 1 {
		t.Errorf("%d sentences, problems %v", len(d.Sentences), d.Problems)
	}
}

// TestLargeParagraph segments 50 MB of text with no paragraph break and no
// sentence punctuation, the worst case for sentence cutting.
func TestLargeParagraph(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	const size = 50 << 20
	unit := "the talks on trade, which began in May, went on and on "
	in := strings.Repeat(unit, size/len(unit))
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	d := &document.Document{Text: in}
	if err := (&Segmenter{}).Annotate(d); err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	tokenBytes := uint64(len(d.Tokens)) * uint64(unsafe.Sizeof(document.Token{}))
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > tokenBytes*3/2+uint64(size) {
		t.Errorf("allocated %d MB for %d MB of tokens", alloc>>20, tokenBytes>>20)
	}
	if len(d.Paragraphs) != 1 || len(d.Tokens) < size/6 {
		t.Fatalf("%d paragraphs, %d tokens", len(d.Paragraphs), len(d.Tokens))
	}
	for _, s := range d.Sentences {
		if len(s.Tokens) > DefaultMaxSentenceTokens {
			t.Fatalf("sentence of %d tokens", len(s.Tokens))
		}
	}
	if len(d.Problems) != 1 {
		t.Errorf("%d problems", len(d.Problems))
	}
}
