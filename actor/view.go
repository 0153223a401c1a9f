package actor

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/readout/readout/document"
)

// view is one sentence as the stage reads it: token texts, their lower-case
// forms and lemmas, and word shape. Its slices are reused from sentence to
// sentence; the strings of one sentence share one allocation.
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
	buf      []byte
	at       []int32
	// words is the sentence with hyphenated compounds joined ("France-
	// Presse", "Abdul-Mahdi"): word w spans tokens wordTok[w]:wordTok[w+1];
	// tokWord[i] is the word token i starts, -1 inside a compound.
	words   []string
	wordTok []int
	tokWord []int
	wbuf    []byte
}

// load fills v from sentence s of d.
func (v *view) load(d *document.Document, s int) {
	sent := &d.Sentences[s]
	v.idx = s
	v.toks = sent.Tokens
	n := len(v.toks)
	v.forms = grow(v.forms, n)
	v.lower = grow(v.lower, n)
	v.lemmas = grow(v.lemmas, n)
	v.caps = growBool(v.caps, n)
	v.parsed = n > 0
	v.buf = v.buf[:0]
	// offsets into buf: lower form then lemma, for tokens that need them
	if cap(v.at) < 2*n {
		v.at = make([]int32, 2*n)
	}
	at := v.at[:2*n]
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
		at[2*i] = v.appendLower(t.Text)
		lem := t.Lemma
		if lem == "" || lem == "_" {
			at[2*i+1] = -1
			continue
		}
		at[2*i+1] = v.appendLower(lem)
	}
	// A title-case line: the title, or a line with no closing punctuation
	// whose words are mostly capitalised.
	v.joinWords()
	v.headline = s == 0 && d.Title != "" && strings.HasPrefix(d.Title, sent.Text) ||
		words >= 4 && capsWords*10 >= words*6 && !endsSentence(sent.Text)
	v.split(at, n)
}

// appendLower writes the lower case of s to buf and returns where it
// starts, or -1 when s is already lower case (the form is used as is).
func (v *view) appendLower(s string) int32 {
	lower := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
			lower = false
			break
		}
	}
	if lower {
		return -1
	}
	start := int32(len(v.buf))
	for _, r := range s {
		v.buf = utf8.AppendRune(v.buf, unicode.ToLower(r))
	}
	v.buf = append(v.buf, 0) // separator, so each form ends where the next begins
	return start
}

// split turns the buffer into one string and points the forms into it.
func (v *view) split(at []int32, n int) {
	all := string(v.buf)
	cut := func(start int32) string {
		end := start
		for int(end) < len(all) && all[end] != 0 {
			end++
		}
		return all[start:end]
	}
	for i := 0; i < n; i++ {
		if at[2*i] < 0 {
			v.lower[i] = v.forms[i]
		} else {
			v.lower[i] = cut(at[2*i])
		}
		switch {
		case at[2*i+1] >= 0:
			v.lemmas[i] = cut(at[2*i+1])
		case v.toks[i].Lemma != "" && v.toks[i].Lemma != "_":
			v.lemmas[i] = v.toks[i].Lemma
		default:
			v.lemmas[i] = guessLemma(v.lower[i])
		}
	}
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
