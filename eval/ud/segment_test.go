package ud

import (
	"path/filepath"
	"testing"

	"github.com/readout/readout/document"
	"github.com/readout/readout/internal/shared"
	"github.com/readout/readout/text"
)

func TestCompareSegmentation(t *testing.T) {
	txt := "I don't know. Yes."
	tok := func(a, b int) document.Token { return document.Token{Start: a, End: b, Text: txt[a:b]} }
	gold := &document.Document{Text: txt,
		Tokens:    []document.Token{tok(0, 1), tok(2, 4), tok(4, 7), tok(8, 12), tok(12, 13), tok(14, 17), tok(17, 18)},
		Sentences: []document.Sentence{{Start: 0, End: 13}, {Start: 14, End: 18}},
	}
	pred := &document.Document{Text: txt,
		Tokens:    []document.Token{tok(0, 1), tok(2, 7), tok(8, 12), tok(12, 13), tok(14, 17), tok(17, 18)},
		Sentences: []document.Sentence{{Start: 0, End: 18}},
	}
	sc := CompareSegmentation(gold, pred)
	if want := (SegmentCount{Gold: 7, Predicted: 6, Correct: 5}); sc.Tokens != want {
		t.Errorf("tokens %+v, want %+v", sc.Tokens, want)
	}
	if want := (SegmentCount{Gold: 2, Predicted: 1, Correct: 0}); sc.Sentences != want {
		t.Errorf("sentences %+v, want %+v", sc.Sentences, want)
	}
	if f := sc.Tokens.F1(); f < 0.769 || f > 0.770 {
		t.Errorf("token F1 %.4f, want 10/13", f)
	}
	if errs := SegmentErrors(gold, pred, 5); len(errs) != 1 || errs[0] != "gold [do n't] predicted [don't]" {
		t.Errorf("errors %q", errs)
	}
}

// TestSegmentationFloors scores readout's text layer on the UD English
// treebanks and fails below the floors the text layer promises.
func TestSegmentationFloors(t *testing.T) {
	data := shared.Path(t)
	cases := []struct {
		file              string
		tokens, sentences float64
	}{
		{"ud-english-gum-news/gum-news.conllu", 0.98, 0.95},
		{"ud-english-ewt/en_ewt-ud-test.conllu", 0.98, 0},
	}
	for _, c := range cases {
		t.Run(filepath.Base(c.file), func(t *testing.T) {
			gold, err := ReadSegmentGold(filepath.Join(data, c.file))
			if err != nil {
				t.Fatal(err)
			}
			sc, pred, err := ScoreSegmentation(gold, &text.Segmenter{})
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("tokens    %v", sc.Tokens)
			t.Logf("sentences %v", sc.Sentences)
			if testing.Verbose() {
				for i := range gold {
					for _, e := range SegmentErrors(gold[i], pred[i], 10) {
						t.Log(e)
					}
					for _, e := range SentenceErrors(gold[i], pred[i], 10) {
						t.Log(e)
					}
				}
			}
			if f := sc.Tokens.F1(); f < c.tokens {
				t.Errorf("token F1 %.4f below %.2f", f, c.tokens)
			}
			if f := sc.Sentences.F1(); f < c.sentences {
				t.Errorf("sentence F1 %.4f below %.2f", f, c.sentences)
			}
		})
	}
}

// TestScoreSegmentationFile reads a small treebank of two documents and
// scores readout's segmenter on it: the text rebuilt from it segments
// exactly as annotated, multiword token included.
func TestScoreSegmentationFile(t *testing.T) {
	gold, err := ReadSegmentGold(filepath.Join("testdata", "segment.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) != 2 {
		t.Fatalf("%d documents, want 2", len(gold))
	}
	if want := "Talks end\n\nI don't know. Xi said so."; gold[0].Text != want {
		t.Errorf("text %q, want %q", gold[0].Text, want)
	}
	sc, pred, err := ScoreSegmentation(gold, &text.Segmenter{})
	if err != nil {
		t.Fatal(err)
	}
	want := SegmentScore{
		Tokens:    SegmentCount{Gold: 17, Predicted: 17, Correct: 17},
		Sentences: SegmentCount{Gold: 4, Predicted: 4, Correct: 4},
	}
	if sc != want || len(pred) != 2 {
		t.Errorf("score %+v, want %+v", sc, want)
	}
	if _, err := ReadSegmentGold(filepath.Join("testdata", "missing.conllu")); err == nil {
		t.Error("no error for a missing file")
	}
}
