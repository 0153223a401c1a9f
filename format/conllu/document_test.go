package conllu

import (
	"strings"
	"testing"
)

func TestToDocument(t *testing.T) {
	sents := readFile(t, "testdata/sample.conllu")
	d := ToDocument("d1", sents)
	if want := "I don't know.\n\nGo there"; d.Text != want {
		t.Fatalf("Text = %q, want %q", d.Text, want)
	}
	if len(d.Sentences) != 2 || len(d.Paragraphs) != 2 {
		t.Fatalf("%d sentences, %d paragraphs", len(d.Sentences), len(d.Paragraphs))
	}
	if d.Sentences[0].Text != "I don't know." || d.Sentences[1].Text != "Go there" {
		t.Errorf("sentence texts %q %q", d.Sentences[0].Text, d.Sentences[1].Text)
	}
	var got []string
	for _, tok := range d.Sentences[0].Tokens {
		got = append(got, d.Text[tok.Start:tok.End]+"/"+tok.Text)
	}
	if want := "I/I do/do n't/n't know/know ./."; strings.Join(got, " ") != want {
		t.Errorf("tokens %q, want %q", strings.Join(got, " "), want)
	}
	tok := d.Sentences[0].Tokens[3]
	if tok.Head != 0 || tok.Rel != "root" || tok.SpaceAfter || tok.UPOS != "VERB" {
		t.Errorf("token 4 = %+v", tok)
	}
	if len(d.Tokens) != 7 || &d.Sentences[1].Tokens[0] != &d.Tokens[5] {
		t.Errorf("sentence tokens do not share Document.Tokens")
	}
}

func TestFromDocument(t *testing.T) {
	d := ToDocument("d1", readFile(t, "testdata/sample.conllu"))
	d.Tokens[0].Lemma = ""
	out := FromDocument(d)
	if len(out) != 2 {
		t.Fatalf("%d sentences", len(out))
	}
	w := out[0].Words
	if w[0].Lemma != "_" || w[3].Misc != "Offset=8:12|SpaceAfter=No" || w[2].Misc != "Offset=4:7" {
		t.Errorf("words: %+v", w)
	}
	if txt, _ := out[0].Meta("text"); txt != "I don't know." {
		t.Errorf("text comment %q", txt)
	}
	if id, _ := out[1].Meta("sent_id"); id != "d1-2" {
		t.Errorf("sent_id %q", id)
	}
}
