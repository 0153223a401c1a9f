package conllu

import (
	"bytes"
	"errors"
	"io"
	"os"
	"reflect"
	"strings"
	"testing"
)

func readFile(t *testing.T, name string) []*Sentence {
	t.Helper()
	sents, err := ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

// TestReadFileErrors checks that ReadFile reports a missing file, and a
// malformed one by its path and line.
func TestReadFileErrors(t *testing.T) {
	if _, err := ReadFile("testdata/no-such-file.conllu"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
	path := t.TempDir() + "/bad.conllu"
	if err := os.WriteFile(path, []byte("1\tword\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var e *Error
	if _, err := ReadFile(path); !errors.As(err, &e) || e.File != path || e.Line != 1 {
		t.Errorf("malformed file: %v", err)
	}
}

func TestReadSample(t *testing.T) {
	sents := readFile(t, "testdata/sample.conllu")
	if len(sents) != 2 {
		t.Fatalf("got %d sentences, want 2", len(sents))
	}
	s := sents[0]
	if got, _ := s.Meta("text"); got != "I don't know." {
		t.Errorf("text = %q", got)
	}
	if len(s.Words) != 5 || len(s.Multi) != 1 || s.Multi[0].Form != "don't" {
		t.Fatalf("words/multi wrong: %+v %+v", s.Words, s.Multi)
	}
	if s.Words[3].Head != 0 || s.Words[0].Head != 4 || s.Words[2].Lemma != "not" {
		t.Errorf("fields wrong: %+v", s.Words)
	}
	if s.Words[3].Line != 8 || s.Line != 1 {
		t.Errorf("line numbers: word %d sentence %d", s.Words[3].Line, s.Line)
	}
	wantSpace := []bool{true, false, true, false, true}
	for i, want := range wantSpace {
		if got := s.SpaceAfter(i + 1); got != want {
			t.Errorf("SpaceAfter(%d) = %v, want %v", i+1, got, want)
		}
	}
	e := sents[1].Empty
	if len(e) != 2 || e[0].Major != 0 || e[1].Major != 1 || e[1].Minor != 1 {
		t.Errorf("empty nodes wrong: %+v", e)
	}
	if sents[1].Words[1].Head != 1 {
		t.Errorf("head of 'there' = %d", sents[1].Words[1].Head)
	}
}

func TestRoundTrip(t *testing.T) {
	raw, err := os.ReadFile("testdata/sample.conllu")
	if err != nil {
		t.Fatal(err)
	}
	sents := readFile(t, "testdata/sample.conllu")
	var buf bytes.Buffer
	w := NewWriter(&buf)
	for _, s := range sents {
		if err := w.Write(s); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if buf.String() != string(raw) {
		t.Errorf("round trip differs:\n%s\nwant:\n%s", buf.String(), raw)
	}
}

func TestErrors(t *testing.T) {
	const w1 = "1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n"
	tests := []struct {
		name, in, want string
	}{
		{"fields", w1 + "2\tB\tb\tX\n", "in.conllu:2: want 10 tab-separated fields, got 4"},
		{"sequence", w1 + "3\tB\tb\tX\tX\t_\t1\tdep\t_\t_\n", "in.conllu:2: ID 3 out of sequence (want 2)"},
		{"bad id", "x\tA\ta\tX\tX\t_\t0\troot\t_\t_\n", "in.conllu:1: bad ID \"x\""},
		{"bad head", "1\tA\ta\tX\tX\t_\tz\troot\t_\t_\n", "in.conllu:1: bad HEAD \"z\""},
		{"self head", "1\tA\ta\tX\tX\t_\t1\troot\t_\t_\n", "in.conllu:1: word 1 is its own head"},
		{"head range", "\n\n" + w1 + "2\tB\tb\tX\tX\t_\t7\tdep\t_\t_\n", "in.conllu:4: HEAD 7 beyond the last word 2"},
		{"empty field", "1\t\ta\tX\tX\t_\t0\troot\t_\t_\n", "in.conllu:1: empty FORM field (use _)"},
		{"comment inside", w1 + "# c\n", "in.conllu:2: comment line inside a sentence"},
		{"range", "2-1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n", "in.conllu:1: bad multiword token range"},
		{"range past end", w1 + "2-3\tx\t_\t_\t_\t_\t_\t_\t_\t_\n2\tB\tb\tX\tX\t_\t1\tdep\t_\t_\n", "in.conllu:2: multiword token 2-3 beyond the last word 2"},
		{"range fields", "1-2\tx\tx\t_\t_\t_\t_\t_\t_\t_\n", "LEMMA must be _"},
		{"empty node place", w1 + "0.1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n", "out of place: it follows word 1"},
		{"empty node seq", w1 + "1.2\tx\t_\t_\t_\t_\t_\t_\t_\t_\n", "out of sequence (want 1.1)"},
		{"no words", "# only a comment\n\n", "in.conllu:1: sentence has no words"},
		{"utf8", "1\tA\xff\ta\tX\tX\t_\t0\troot\t_\t_\n", "in.conllu:1: invalid UTF-8"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadAll(strings.NewReader(tc.in), "in.conllu")
			var ce *Error
			if !errors.As(err, &ce) {
				t.Fatalf("got %v, want an *Error", err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %q, want it to contain %q", err, tc.want)
			}
		})
	}
}

func TestLongLine(t *testing.T) {
	in := "1\t" + strings.Repeat("a", MaxLineBytes+10) + "\ta\tX\tX\t_\t0\troot\t_\t_\n"
	_, err := ReadAll(strings.NewReader(in), "big")
	if err == nil || !strings.Contains(err.Error(), "big:1: line longer than") {
		t.Fatalf("got %v", err)
	}
}

func TestNoFinalBlankLineAndCRLF(t *testing.T) {
	in := "# text = A\r\n1\tA\ta\tX\tX\t_\t0\troot\t_\t_"
	r := NewReader(strings.NewReader(in), "x")
	s, err := r.Next()
	if err != nil || len(s.Words) != 1 || s.Comments[0] != "text = A" {
		t.Fatalf("got %+v, %v", s, err)
	}
	if _, err := r.Next(); err != io.EOF {
		t.Fatalf("want EOF, got %v", err)
	}
}

func TestMisc(t *testing.T) {
	m := "SpaceAfter=No|Gloss=x=y|Flag"
	want := []MiscField{{"SpaceAfter", "No", false}, {"Gloss", "x=y", false}, {"Flag", "", true}}
	if got := ParseMisc(m); !reflect.DeepEqual(got, want) {
		t.Errorf("ParseMisc = %+v", got)
	}
	if FormatMisc(ParseMisc(m)) != m {
		t.Errorf("FormatMisc does not invert ParseMisc")
	}
	if v, ok := MiscValue(m, "Gloss"); !ok || v != "x=y" {
		t.Errorf("MiscValue = %q %v", v, ok)
	}
	if !HasSpaceAfterNo(m) || HasSpaceAfterNo("_") || HasSpaceAfterNo("SpaceAfter=Yes") {
		t.Errorf("HasSpaceAfterNo wrong")
	}
	if got := SetMisc("_", "Offset", "1:2"); got != "Offset=1:2" {
		t.Errorf("SetMisc on _ = %q", got)
	}
	if got := SetMisc(m, "Flag", "1"); got != "SpaceAfter=No|Gloss=x=y|Flag=1" {
		t.Errorf("SetMisc = %q", got)
	}
	if got := DeleteMisc(m, "SpaceAfter"); got != "Gloss=x=y|Flag" {
		t.Errorf("DeleteMisc = %q", got)
	}
	if got := DeleteMisc("SpaceAfter=No", "SpaceAfter"); got != "_" {
		t.Errorf("DeleteMisc to nothing = %q", got)
	}
}
