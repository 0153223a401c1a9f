package conllu

import (
	"bytes"
	"os"
	"reflect"
	"strings"
	"testing"
)

// FuzzReader checks that the reader never panics, and that whatever it
// accepts, the writer writes back to something it reads as the same.
func FuzzReader(f *testing.F) {
	raw, err := os.ReadFile("testdata/sample.conllu")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(raw))
	f.Add("1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n")
	f.Add("1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n2\tb\tb\tX\tX\t_\t1\tdep\t_\t_\n")
	f.Add("0.1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n1\tA\ta\tX\tX\t_\t0\troot\t_\tSpaceAfter=No\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := ReadAll(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		var buf bytes.Buffer
		w := NewWriter(&buf)
		for _, s := range sents {
			if err := w.Write(s); err != nil {
				t.Fatalf("cannot write what was read: %v", err)
			}
			_ = s.Text()
			for i := range s.Words {
				_ = s.SpaceAfter(i + 1)
			}
			_ = ToDocument("f", []*Sentence{s})
		}
		w.Flush()
		again, err := ReadAll(&buf, "again")
		if err != nil {
			t.Fatalf("cannot read what was written: %v\n%s", err, buf.String())
		}
		if len(again) != len(sents) {
			t.Fatalf("%d sentences, then %d", len(sents), len(again))
		}
		for i := range sents {
			a, b := *sents[i], *again[i]
			clearLines(&a)
			clearLines(&b)
			if !reflect.DeepEqual(a, b) {
				t.Fatalf("sentence %d differs:\n%+v\n%+v", i, a, b)
			}
		}
	})
}

func clearLines(s *Sentence) {
	s.Line = 0
	s.Words = append([]Word(nil), s.Words...)
	for i := range s.Words {
		s.Words[i].Line = 0
	}
	s.Multi = append([]MultiToken(nil), s.Multi...)
	for i := range s.Multi {
		s.Multi[i].Line = 0
	}
	s.Empty = append([]EmptyNode(nil), s.Empty...)
	for i := range s.Empty {
		s.Empty[i].Line = 0
	}
}
