package syntax

import (
	"strings"
	"sync"
	"testing"

	"github.com/readout/readout/document"
)

func loadT(t testing.TB) *Analyzer {
	t.Helper()
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// sentenceDoc makes a one-sentence document from space-separated tokens.
func sentenceDoc(words ...string) *document.Document {
	d := &document.Document{Text: strings.Join(words, " ")}
	at := 0
	for _, w := range words {
		d.Tokens = append(d.Tokens, document.Token{Start: at, End: at + len(w), Text: w, SpaceAfter: true, Head: -1})
		at += len(w) + 1
	}
	d.Sentences = []document.Sentence{{Start: 0, End: len(d.Text), Text: d.Text, Tokens: d.Tokens}}
	return d
}

// checkTree verifies that heads form one tree with one root and that
// every field is filled.
func checkTree(t *testing.T, toks []document.Token) {
	t.Helper()
	roots := 0
	for i, tok := range toks {
		if tok.UPOS == "" || tok.XPOS == "" || tok.Rel == "" {
			t.Fatalf("token %d %q not annotated: %+v", i+1, tok.Text, tok)
		}
		if tok.Head < 0 || tok.Head > len(toks) || tok.Head == i+1 {
			t.Fatalf("token %d has head %d", i+1, tok.Head)
		}
		if tok.Head == 0 {
			roots++
			if tok.Rel != "root" {
				t.Errorf("root word %d has relation %q", i+1, tok.Rel)
			}
		}
		// Walking up from any word must reach the root without a cycle.
		h, steps := i+1, 0
		for h != 0 {
			h = toks[h-1].Head
			if steps++; steps > len(toks) {
				t.Fatalf("cycle through word %d", i+1)
			}
		}
	}
	if roots != 1 {
		t.Errorf("%d roots", roots)
	}
}

func TestAnnotateSentence(t *testing.T) {
	a := loadT(t)
	d := sentenceDoc("Chinese", "President", "Xi", "Jinping", "spoke", "with", "Putin", "on", "Thursday", ".")
	if err := a.Annotate(d); err != nil {
		t.Fatal(err)
	}
	checkTree(t, d.Tokens)
	tok := d.Tokens[4]
	if tok.UPOS != "VERB" || tok.XPOS != "VBD" || tok.Lemma != "speak" || tok.Head != 0 {
		t.Errorf("spoke: %+v", tok)
	}
	// UD heads a name by its first word: Xi is the subject, Jinping flat.
	if d.Tokens[2].Rel != "nsubj" || d.Tokens[2].Head != 5 {
		t.Errorf("Xi: %+v", d.Tokens[2])
	}
	if d.Tokens[3].Rel != "flat" || d.Tokens[3].Head != 3 {
		t.Errorf("Jinping: %+v", d.Tokens[3])
	}
	if d.Tokens[9].UPOS != "PUNCT" || d.Tokens[9].Rel != "punct" {
		t.Errorf("full stop: %+v", d.Tokens[9])
	}
}

func TestAnnotateOddInput(t *testing.T) {
	a := loadT(t)
	long := make([]string, 5000)
	for i := range long {
		long[i] = []string{"the", "cat", ",", "and", "dogs", "ran", "(", ")", "42"}[i%9]
	}
	cases := [][]string{
		{"x"},
		{"."},
		{"", ""},
		{"\u00e9t\u00e9", "\U0001F600", "\u200b", "\u0000", "中文", "\ufffd"},
		{strings.Repeat("a", 10000)},
		long,
	}
	for _, words := range cases {
		d := sentenceDoc(words...)
		if err := a.Annotate(d); err != nil {
			t.Fatal(err)
		}
		checkTree(t, d.Tokens)
	}
	empty := &document.Document{Sentences: []document.Sentence{{}}}
	if err := a.Annotate(empty); err != nil {
		t.Fatal(err)
	}
	if err := a.Annotate(&document.Document{}); err != nil {
		t.Fatal(err)
	}
}

func TestAnnotateConcurrent(t *testing.T) {
	a := loadT(t)
	words := strings.Fields("The minister said on Monday that talks with the rebels would resume next week .")
	want := sentenceDoc(words...)
	a.Annotate(want)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				d := sentenceDoc(words...)
				a.Annotate(d)
				for i := range d.Tokens {
					if d.Tokens[i] != want.Tokens[i] {
						t.Errorf("token %d differs under concurrency: %+v vs %+v", i, d.Tokens[i], want.Tokens[i])
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}

func TestLoadShared(t *testing.T) {
	a, b := loadT(t), loadT(t)
	if a.m != b.m {
		t.Error("embedded models decoded twice")
	}
}
