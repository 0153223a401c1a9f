package petrarch

import (
	"strings"

	"github.com/readout/readout/lexicon"
)

// nullActor is PETRARCH's code for "no actor".
const nullActor = "---"

// codePhrases gives every noun phrase its codes.
func (s *sent) codePhrases() {
	for _, p := range s.nes {
		s.codePhrase(p)
	}
}

// codePhrase codes each reading of p as PETRARCH codes a noun phrase: the
// first actor in it, with every agent in it added ("Arnor's foreign
// minister" -> ARNGOVFRM; "police" alone -> ---COP). A reading that
// names no actor is left out when another does, unless new_actor_length
// lets it name itself ("Eriador's death and injury toll").
func (s *sent) codePhrase(p *nphrase) {
	readings, nominal := s.readings(p)
	p.compound = nominal
	var buf []string
	for _, r := range readings {
		buf = s.phraseWords(r, buf[:0])
		words := strings.ToUpper(strings.Join(buf, " "))
		codes, actor := s.codeWords(buf)
		p.actor = p.actor || actor
		for _, code := range codes {
			p.add(code, words)
		}
	}
	if p.coded {
		codes, words := p.codes[:0], p.words[:0]
		for i, c := range p.codes {
			if c != nullActor || s.newActor(p.words[i]) {
				codes, words = append(codes, c), append(words, p.words[i])
			}
		}
		p.codes, p.words = codes, words
	}
}

// newActor reports whether uncoded words may name an actor of their own
// (new_actor_length).
func (s *sent) newActor(words string) bool {
	n := s.c.cfg.NewActorLength
	return n > 0 && words != "" && strings.Count(words, " ") < n
}

// add records a code of a reading once.
func (p *nphrase) add(code, words string) {
	for _, c := range p.codes {
		if c == code {
			return
		}
	}
	p.codes = append(p.codes, code)
	p.words = append(p.words, words)
	if code != nullActor {
		p.coded = true
	}
}

// phraseWords appends the words of a reading that actor and agent names
// are matched against: no possessive markers, no punctuation; a word the
// tokeniser split at a hyphen is whole again ("Barad-dur"), and one
// written with "_" splits into its parts ("Dol_Amroth"), as dictionary
// phrases write them.
func (s *sent) phraseWords(toks []int, dst []string) []string {
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		if s.del[t] || s.possessive(t) {
			continue
		}
		if s.hyphenJoin(toks, k) && len(dst) > 0 {
			dst[len(dst)-1] += "-" + s.texts[toks[k+1]]
			k++
			continue
		}
		if s.punct(t) {
			continue
		}
		for _, w := range strings.Split(s.texts[t], "_") {
			if w != "" {
				dst = append(dst, w)
			}
		}
	}
	return dst
}

// hyphenJoin reports whether toks[k] is a hyphen joining the words on
// either side of it with no space.
func (s *sent) hyphenJoin(toks []int, k int) bool {
	t := toks[k]
	if s.texts[t] != "-" || k == 0 || k+1 >= len(toks) {
		return false
	}
	prev, next := toks[k-1], toks[k+1]
	return prev == t-1 && next == t+1 && s.toks[prev].End == s.toks[t].Start && s.toks[t].End == s.toks[next].Start
}

// codeWords returns the codes of one reading (usually one; an actor
// coded "FRO/BIL/SAM" gives three) and whether it names an actor, not
// only agents.
func (s *sent) codeWords(words []string) ([]string, bool) {
	lex := s.c.lex
	actor, found := "", false
	var agents []*lexicon.Agent
	for i := 0; i < len(words); {
		if !found {
			if m, ok := lex.MatchActor(words, i); ok {
				actor, found = s.actorOf(m), true
				i = m.End
				continue
			}
		}
		if m, ok := lex.MatchAgent(words, i); ok {
			agents = append(agents, m.Items[0])
			i = m.End
			continue
		}
		i++
	}
	if !found && len(agents) == 0 {
		return []string{nullActor}, false
	}
	agents = dropGeneric(agents)
	var out []string
	for _, a := range strings.Split(actor, "/") {
		out = append(out, withAgents(a, agents))
	}
	return out, found && actor != nullActor
}

// actorOf returns the code of a matched actor on the sentence's day, or
// the null code.
func (s *sent) actorOf(m lexicon.ActorMatch) string {
	if len(m.Refs) == 0 {
		return nullActor
	}
	code := s.c.lex.Resolve(m.Refs[0], s.day).Code
	if code == "" {
		return nullActor
	}
	return code
}

// dropGeneric leaves out the generic agent PPL (people) when the phrase
// has a more telling one, as PETRARCH2 does.
func dropGeneric(agents []*lexicon.Agent) []*lexicon.Agent {
	if len(agents) < 2 {
		return agents
	}
	out := agents[:0:0]
	for _, a := range agents {
		if a.Code != "PPL" {
			out = append(out, a)
		}
	}
	if len(out) == 0 {
		return agents[:1]
	}
	return out
}

// withAgents adds agent codes to an actor code the way PETRARCH does: an
// agent code already in the code (at a three-letter boundary) is not added
// again; "~GOV" agents follow the actor, "NGO~" ones precede it.
func withAgents(actor string, agents []*lexicon.Agent) string {
	code := actor
	if code == "" {
		code = nullActor
	}
	for _, a := range agents {
		if a.Code == "" || hasBlock(code, a.Code) {
			continue
		}
		if a.Before {
			code = a.Code + code
		} else {
			code += a.Code
		}
	}
	return code
}

// hasBlock reports whether sub occurs in code at a multiple of three.
func hasBlock(code, sub string) bool {
	for k := 0; k+len(sub) <= len(code); k += 3 {
		if code[k:k+len(sub)] == sub {
			return true
		}
	}
	return false
}
