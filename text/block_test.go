package text

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/readout/readout/document"
)

// TestBlocksKeepDocumentsApart segments many documents with one Segmenter,
// some in parallel, and checks that none overwrote another's tokens and
// that appending to one document's tokens cannot reach the next one's.
func TestBlocksKeepDocumentsApart(t *testing.T) {
	var sg Segmenter
	docs := make([]*document.Document, 400)
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(docs); i += 4 {
				text := fmt.Sprintf("Doc %d: Xi's talks, in the U.S. on day %d. %s", i, i, strings.Repeat("More words here. ", i%50))
				d := &document.Document{Text: text}
				if err := sg.Annotate(d); err != nil {
					t.Error(err)
					return
				}
				docs[i] = d
			}
		}()
	}
	wg.Wait()
	for i, d := range docs {
		checkInvariants(t, d)
		if want := fmt.Sprint(i); d.Tokens[1].Text != want {
			t.Fatalf("document %d: second token %q", i, d.Tokens[1].Text)
		}
	}
	first := docs[0].Tokens[0]
	_ = append(docs[0].Tokens, document.Token{Text: "appended"})
	for i, d := range docs {
		if d.Tokens[0].Text != "Doc" {
			t.Fatalf("document %d: first token %q after an append elsewhere", i, d.Tokens[0].Text)
		}
	}
	if docs[0].Tokens[0] != first {
		t.Fatal("document 0 changed")
	}
}

// TestBlockRelease checks that the unused end of a reservation goes back
// to the block only when it was the last one.
func TestBlockRelease(t *testing.T) {
	var tb tokenBlock
	a := tb.reserve(10)
	a = append(a, document.Token{}, document.Token{})
	tb.release(a, 10)
	if tb.used != 2 {
		t.Fatalf("used %d after releasing the last reservation, want 2", tb.used)
	}
	b := tb.reserve(10)
	c := tb.reserve(10)
	tb.release(b[:0], 10)
	if tb.used != 22 {
		t.Fatalf("used %d after releasing an earlier reservation, want 22", tb.used)
	}
	tb.release(c[:0], 10)
	if tb.used != 12 {
		t.Fatalf("used %d, want 12", tb.used)
	}
	if big := tb.reserve(BlockTokens); cap(big) != BlockTokens || tb.used != 12 {
		t.Fatalf("a large reservation came from the block")
	}
}
