package conllu

import (
	"fmt"
	"strings"
)

// NoHead is Word.Head when the HEAD field is "_".
const NoHead = -1

// Sentence is one CoNLL-U sentence.
type Sentence struct {
	// Comments holds the comment lines in order, without the leading '#'
	// and the single space after it.
	Comments []string
	// Words holds the ordinary word lines; Words[i].ID == i+1.
	Words []Word
	// Multi holds the multiword-token lines ("3-4") in order.
	Multi []MultiToken
	// Empty holds the empty nodes ("3.1") in order.
	Empty []EmptyNode
	// Line is the line number where the sentence starts (1-based); 0 for
	// a sentence built in memory.
	Line int
}

// Word is one syntactic word: a line whose ID is an integer.
type Word struct {
	ID     int
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   int // NoHead when the field is "_"
	Deprel string
	Deps   string
	Misc   string
	Line   int // line number in the input; 0 when built in memory
}

// MultiToken is a multiword token ("don't" = "do" + "n't"): a line whose ID
// is a range First-Last. Its MISC carries SpaceAfter for the whole token.
type MultiToken struct {
	First, Last int
	Form        string
	Misc        string
	Line        int
}

// EmptyNode is an enhanced-dependency empty node: ID Major.Minor, inserted
// after word Major (0 = before the first word).
type EmptyNode struct {
	Major, Minor int
	Form         string
	Lemma        string
	UPOS         string
	XPOS         string
	Feats        string
	Deps         string
	Misc         string
	Line         int
}

// Meta returns the value of a "key = value" comment, e.g. Meta("text") or
// Meta("sent_id"), and whether it is present.
func (s *Sentence) Meta(key string) (string, bool) {
	for _, c := range s.Comments {
		k, v, ok := strings.Cut(c, "=")
		if ok && strings.TrimSpace(k) == key {
			return strings.TrimSpace(v), true
		}
	}
	return "", false
}

// MultiAt returns the multiword token that covers word id, or nil.
func (s *Sentence) MultiAt(id int) *MultiToken {
	for i := range s.Multi {
		if s.Multi[i].First <= id && id <= s.Multi[i].Last {
			return &s.Multi[i]
		}
	}
	return nil
}

// SpaceAfter reports whether whitespace follows word id (1-based) in the
// original text. Inside a multiword token there is no space; at its last
// word the token's own MISC decides.
func (s *Sentence) SpaceAfter(id int) bool {
	if m := s.MultiAt(id); m != nil {
		if id < m.Last {
			return false
		}
		return !HasSpaceAfterNo(m.Misc)
	}
	if id < 1 || id > len(s.Words) {
		return true
	}
	return !HasSpaceAfterNo(s.Words[id-1].Misc)
}

// Text returns the sentence text: the "text" comment when present, or else
// the surface forms joined as SpaceAfter says.
func (s *Sentence) Text() string {
	if t, ok := s.Meta("text"); ok {
		return t
	}
	var b strings.Builder
	for _, t := range s.Surface() {
		b.WriteString(t.Form)
		if t.SpaceAfter {
			b.WriteByte(' ')
		}
	}
	return strings.TrimRight(b.String(), " ")
}

// SurfaceToken is one token of the text as written: an ordinary word or a
// whole multiword token, covering words First..Last.
type SurfaceToken struct {
	Form        string
	First, Last int
	SpaceAfter  bool
}

// Surface returns the tokens of the text as written, multiword tokens
// counted once.
func (s *Sentence) Surface() []SurfaceToken {
	var out []SurfaceToken
	for id := 1; id <= len(s.Words); id++ {
		if m := s.MultiAt(id); m != nil && m.First == id {
			out = append(out, SurfaceToken{m.Form, m.First, m.Last, !HasSpaceAfterNo(m.Misc)})
			id = m.Last
			continue
		}
		w := s.Words[id-1]
		out = append(out, SurfaceToken{w.Form, id, id, !HasSpaceAfterNo(w.Misc)})
	}
	return out
}

// Error is a malformed line.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	name := e.File
	if name == "" {
		name = "conllu"
	}
	return fmt.Sprintf("%s:%d: %s", name, e.Line, e.Msg)
}
