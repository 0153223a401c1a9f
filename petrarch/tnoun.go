package petrarch

import "strings"

// side is an actor of a PETRARCH2 event: the codes of a noun phrase and
// the phrase itself (nil for none).
type side struct {
	codes []string
	p     *nphrase
}

func (a side) none() bool { return len(a.codes) == 0 }

// coded reports whether the side names an actor or agent.
func (a side) coded() bool {
	for _, c := range a.codes {
		if c != nullActor {
			return true
		}
	}
	return false
}

// meaning returns what noun k stands for, as PETRARCH2 reads a noun
// phrase: the actor and agents named in its own words; when those name no
// actor, the first actor named lower down in it ("the mayor of the West
// Bank city of Nablus" -> PSEGOV) with its own agents added. A pronoun
// stands for its antecedent. Words in skip (named by the pattern that
// matched) do not count.
func (s *sent) meaning(k int, skip map[int]bool) side {
	if ante := s.antecedent(k); ante >= 0 {
		k = ante
	}
	p := s.phraseOf(k)
	if p == nil {
		return side{}
	}
	own, actor := s.codesWithout(p, skip)
	if actor {
		return side{codes: own, p: p}
	}
	if d := s.lowerActor(k, p, skip); d != nil {
		var out []string
		head := s.phraseWords(without(p.toks, skip), nil)
		readings, _ := s.readings(d)
		for _, r := range readings {
			words := append(append([]string(nil), head...), s.phraseWords(without(r, skip), nil)...)
			codes, _ := s.codeWords(words)
			out = appendCodes(out, codes)
		}
		return side{codes: dropNull(out), p: d}
	}
	return side{codes: own, p: p}
}

// codesWithout returns the codes of p, read again without the words in
// skip when it has any of them.
func (s *sent) codesWithout(p *nphrase, skip map[int]bool) ([]string, bool) {
	touched := false
	for _, t := range p.toks {
		touched = touched || skip[t]
	}
	if !touched {
		return p.codes, p.actor
	}
	q := &nphrase{head: p.head, start: p.start, end: p.end, toks: without(p.toks, skip)}
	s.codePhrase(q)
	return q.codes, q.actor
}

// lowerActor returns the first noun phrase below noun k (outside its own
// phrase p) that names an actor: in its prepositional modifiers first,
// then in a participle modifying it ("an attack targeting ... in Kenya").
func (s *sent) lowerActor(k int, p *nphrase, skip map[int]bool) *nphrase {
	if q := s.lowerActorIn(k, p, skip, false); q != nil {
		return q
	}
	return s.lowerActorIn(k, p, skip, true)
}

func (s *sent) lowerActorIn(k int, p *nphrase, skip map[int]bool, participles bool) *nphrase {
	var found *nphrase
	var walk func(t int)
	walk = func(t int) {
		for _, c := range s.kids[t] {
			if found != nil || s.del[c] {
				return
			}
			switch r := s.rel[c]; base(r) {
			case "acl":
				if !participles || r == "acl:relcl" {
					continue
				}
			case "advcl", "ccomp", "xcomp", "parataxis", "conj", "appos":
				continue
			}
			if q := s.phraseOf(c); q != nil && q != p && q.head == c {
				if _, actor := s.codesWithout(q, skip); actor {
					found = q
					return
				}
			}
			walk(c)
		}
	}
	walk(k)
	return found
}

// antecedent returns what pronoun k refers to, as PETRARCH2 finds it: the
// subject of the nearest clause above the pronoun's own that has one
// naming an actor ("Obama said he would ..."); -1 when k is no pronoun or
// none is found. Reflexives ("itself") are left alone.
func (s *sent) antecedent(k int) int {
	if s.xpos(k) != "PRP" || strings.HasSuffix(s.words[k], "self") || strings.HasSuffix(s.words[k], "selves") {
		return -1
	}
	t := s.head[k]
	for steps := 0; t >= 0 && steps <= len(s.head); steps++ {
		h := s.head[t]
		if h < 0 {
			return -1
		}
		if s.predicate(h) {
			for _, c := range s.kids[h] {
				if base(s.rel[c]) == "nsubj" && c != k && s.xpos(c) != "PRP" && s.namesActor(c) {
					return c
				}
			}
		}
		t = h
	}
	return -1
}

// namesActor reports whether noun k's phrase names an actor.
func (s *sent) namesActor(k int) bool {
	p := s.phraseOf(k)
	return p != nil && p.coded
}

func without(toks []int, skip map[int]bool) []int {
	if len(skip) == 0 {
		return toks
	}
	out := make([]int, 0, len(toks))
	for _, t := range toks {
		if !skip[t] {
			out = append(out, t)
		}
	}
	return out
}

func has(codes []string) bool {
	for _, c := range codes {
		if c != nullActor {
			return true
		}
	}
	return false
}

func appendCodes(out, codes []string) []string {
	for _, c := range codes {
		found := false
		for _, o := range out {
			found = found || o == c
		}
		if !found {
			out = append(out, c)
		}
	}
	return out
}

func dropNull(codes []string) []string {
	if !has(codes) {
		return codes
	}
	out := codes[:0:0]
	for _, c := range codes {
		if c != nullActor {
			out = append(out, c)
		}
	}
	return out
}
