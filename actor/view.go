package actor

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/readout/readout/document"
)

// view is one sentence as the stage reads it: token texts, their lower-case
// forms and lemmas, and word shape. Its slices are reused from sentence to
// sentence; the lower-case forms and lemmas come from the document's forms.
type view struct {
	idx    int
	toks   []document.Token
	forms  []string // Token.Text
	lower  []string // lower-case forms
	lemmas []string // lower-case lemmas: the syntax stage's, else a guess
	caps   []bool   // starts with an upper-case letter
	parsed bool     // heads and relations are set
	// headline is set for a sentence written in title case (most words
	// capitalised), where capitals say little about names.
	headline bool
	// words is the sentence with hyphenated compounds joined ("France-
	// Presse", "Abdul-Mahdi"): word w spans tokens wordTok[w]:wordTok[w+1];
	// tokWord[i] is the word token i starts, -1 inside a compound.
	words   []string
	wordTok []int
	tokWord []int
	wbuf    []byte
	doc     docForms
}

// docForms holds the lower-case forms and lemmas of every token of a
// document, sentence s at [at[s], at[s+1]); the strings that lowering
// makes share one allocation per document.
type docForms struct {
	lower  []string
	lemmas []string
	at     []int
	buf    []byte
	spans  []int32 // per token: start and end in buf of its lower form, then of its lemma; -1 when none
}

// load fills f from the tokens of d.
func (f *docForms) load(d *document.Document) {
	f.at = append(f.at[:0], 0)
	f.buf = f.buf[:0]
	f.spans = f.spans[:0]
	n := 0
	for s := range d.Sentences {
		for i := range d.Sentences[s].Tokens {
			t := &d.Sentences[s].Tokens[i]
			f.spans = f.appendLower(f.spans, t.Text)
			if t.Lemma == "" || t.Lemma == "_" {
				f.spans = append(f.spans, -1, -1)
			} else {
				f.spans = f.appendLower(f.spans, t.Lemma)
			}
		}
		n += len(d.Sentences[s].Tokens)
		f.at = append(f.at, n)
	}
	f.lower = grow(f.lower, n)
	f.lemmas = grow(f.lemmas, n)
	all := string(f.buf)
	k := 0
	for s := range d.Sentences {
		for i := range d.Sentences[s].Tokens {
			t := &d.Sentences[s].Tokens[i]
			sp := f.spans[4*k : 4*k+4]
			if sp[0] < 0 {
				f.lower[k] = t.Text
			} else {
				f.lower[k] = all[sp[0]:sp[1]]
			}
			switch {
			case sp[2] >= 0:
				f.lemmas[k] = all[sp[2]:sp[3]]
			case t.Lemma != "" && t.Lemma != "_":
				f.lemmas[k] = t.Lemma
			default:
				f.lemmas[k] = guessLemma(f.lower[k])
			}
			k++
		}
	}
}

// appendLower writes the lower case of s to buf and appends its start and
// end to spans, or -1, -1 when s is already lower case (the form is used
// as is).
func (f *docForms) appendLower(spans []int32, s string) []int32 {
	lower := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
			lower = false
			break
		}
	}
	if lower {
		return append(spans, -1, -1)
	}
	start := int32(len(f.buf))
	for _, r := range s {
		f.buf = utf8.AppendRune(f.buf, unicode.ToLower(r))
	}
	return append(spans, start, int32(len(f.buf)))
}

// load fills v from sentence s of d, whose forms are in v.doc.
func (v *view) load(d *document.Document, s int) {
	sent := &d.Sentences[s]
	v.idx = s
	v.toks = sent.Tokens
	n := len(v.toks)
	v.forms = grow(v.forms, n)
	v.lower = v.doc.lower[v.doc.at[s]:v.doc.at[s+1]]
	v.lemmas = v.doc.lemmas[v.doc.at[s]:v.doc.at[s+1]]
	v.caps = growBool(v.caps, n)
	v.parsed = n > 0
	capsWords, words := 0, 0
	for i := range v.toks {
		t := &v.toks[i]
		v.forms[i] = t.Text
		if t.Head < 0 {
			v.parsed = false
		}
		r, _ := utf8.DecodeRuneInString(t.Text)
		v.caps[i] = unicode.IsUpper(r)
		if unicode.IsLetter(r) {
			words++
			if v.caps[i] {
				capsWords++
			}
		}
	}
	// A title-case line: the title, or a line with no closing punctuation
	// whose words are mostly capitalised.
	v.joinWords()
	v.headline = s == 0 && d.Title != "" && strings.HasPrefix(d.Title, sent.Text) ||
		words >= 4 && capsWords*10 >= words*6 && !endsSentence(sent.Text)
}

// upos returns the token's universal tag, "" when the sentence is not tagged.
func (v *view) upos(i int) string {
	if i < 0 || i >= len(v.toks) {
		return ""
	}
	return v.toks[i].UPOS
}

// joined reports whether tokens i and i+1 touch (no space between them).
func (v *view) joined(i int) bool {
	return i+1 < len(v.toks) && v.toks[i].End == v.toks[i+1].Start
}

func grow(s []string, n int) []string {
	if cap(s) < n {
		return make([]string, n)
	}
	return s[:n]
}

func growBool(s []bool, n int) []bool {
	if cap(s) < n {
		return make([]bool, n)
	}
	return s[:n]
}

// endsSentence says whether a sentence ends with sentence punctuation
// (past closing quotes and brackets).
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”’)]")
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case '.', '!', '?', ':', ';':
		return true
	}
	return false
}

// joinWords builds the word view of the sentence.
func (v *view) joinWords() {
	n := len(v.forms)
	v.words, v.wordTok = v.words[:0], v.wordTok[:0]
	if cap(v.tokWord) < n {
		v.tokWord = make([]int, n)
	}
	v.tokWord = v.tokWord[:n]
	v.wbuf = v.wbuf[:0]
	type span struct{ s, e, b0, b1 int }
	var spans [8]span
	sp := spans[:0]
	for i := 0; i < n; {
		j := i + 1
		for j+1 < n && v.forms[j] == "-" && v.joined(j-1) && v.joined(j) {
			j += 2
		}
		v.tokWord[i] = len(v.wordTok)
		for k := i + 1; k < j; k++ {
			v.tokWord[k] = -1
		}
		v.wordTok = append(v.wordTok, i)
		if j > i+1 {
			b0 := len(v.wbuf)
			for k := i; k < j; k++ {
				v.wbuf = append(v.wbuf, v.forms[k]...)
			}
			sp = append(sp, span{len(v.words), j, b0, len(v.wbuf)})
		}
		v.words = append(v.words, v.forms[i])
		i = j
	}
	v.wordTok = append(v.wordTok, n)
	if len(sp) > 0 {
		joined := string(v.wbuf)
		for _, x := range sp {
			v.words[x.s] = joined[x.b0:x.b1]
		}
	}
}

// plural says whether noun i is plural: the tagger's NNS/NNPS, else a
// lemma that differs from a form ending in "s" ("protesters") or an
// irregular plural ("men").
func (v *view) plural(i int) bool {
	if x := v.toks[i].XPOS; x == "NN" || x == "NNP" {
		return false
	}
	// the tagger's NNS alone is not trusted: the form must look plural
	l, w := v.lemmas[i], v.lower[i]
	if w == "police" {
		return false
	}
	if l == w {
		_, irr := irregular[w]
		return irr && irregular[w] != w && w != "people"
	}
	return strings.HasSuffix(w, "s") || irregular[w] == l
}
