package event

// A sentence that opens with a subordinate clause ("As they tried to
// storm parliament, police in response fired tear gas at them") is
// sometimes parsed with the subordinate verb as the root and the main
// clause in pieces after the comma: its subject hung somewhere in the
// subordinate clause and its verb a modifier of the noun after it. The
// repair reads that verb as the root, the first noun after the comma as
// its subject, the noun it modified as its object and the subordinate
// clause as its adverbial. The verb may also be a past form hung as a
// clause on a noun before it ("police in response fired tear gas at them"
// read as a response that fired), with its object and no subject.

// subordinators open a clause that cannot be a sentence's main clause.
var subordinators = map[string]bool{
	"as": true, "when": true, "after": true, "while": true, "before": true,
	"because": true, "once": true, "since": true, "although": true, "though": true,
	"if": true, "until": true, "whereas": true,
}

// rerootSubordinate repairs such a parse on a copy of the tokens.
func (s *sent) rerootSubordinate() {
	r := s.root()
	if r < 0 || s.toks[r].UPOS != "VERB" {
		return
	}
	m := s.child(r, "mark")
	if m != 0 || !subordinators[s.lemma[m]] {
		return
	}
	c := -1
	for i := r + 1; i < len(s.toks); i++ {
		if s.form[i] == "," {
			c = i
			break
		}
	}
	if c < 0 || c+1 >= len(s.toks) {
		return
	}
	subj, v := -1, -1
	for i := c + 1; i < len(s.toks) && v < 0; i++ {
		switch u := s.toks[i].UPOS; {
		case u == "VERB" || u == "AUX":
			if !s.modifierVerbCompound(i) && !s.pastAsClause(i) {
				return
			}
			v = i
		case subj < 0 && (u == "NOUN" || u == "PROPN" || u == "PRON"):
			subj = i
		}
	}
	if subj < 0 || v < 0 || s.toks[subj].Rel == "nsubj" {
		return
	}
	h := s.head(v)
	s.setArc(v, -1, "root")
	s.setArc(subj, v, "nsubj")
	if h > v {
		s.setArc(h, v, "obj")
	}
	s.setArc(r, v, "advcl")
	s.setArc(c, r, "punct")
	s.link()
}

// modifierVerbCompound is modifierVerb that also lets a compound noun
// stand between the verb and its noun ("fired tear gas").
func (s *sent) modifierVerbCompound(v int) bool {
	if s.modifierVerb(v) {
		return true
	}
	t := &s.toks[v]
	if t.UPOS != "VERB" || t.XPOS != "VBD" && t.XPOS != "VBN" || t.Rel != "amod" || s.first[v] >= 0 {
		return false
	}
	h := s.head(v)
	if h <= v || h > v+3 || s.toks[h].UPOS != "NOUN" {
		return false
	}
	for k := v + 1; k < h; k++ {
		if u := s.toks[k].UPOS; u != "DET" && u != "NUM" && u != "ADJ" && s.rb[k] != "compound" {
			return false
		}
	}
	return true
}

// pastAsClause reports whether verb v is a past form the parser hung as a
// clause on the noun before it with no subject or auxiliary of its own
// but an object: a main verb read as a relative clause.
func (s *sent) pastAsClause(v int) bool {
	t := &s.toks[v]
	if t.UPOS != "VERB" || t.XPOS != "VBD" && t.XPOS != "VBN" || s.rb[v] != "acl" || s.head(v) > v || !s.bare(v) {
		return false
	}
	return s.child(v, "aux") < 0 && s.child(v, "obj") >= 0
}
