package event

import (
	"fmt"
	"sync"

	"github.com/readout/readout/document"
	"github.com/readout/readout/lexicon"
)

// Coder is the event stage: a document.Annotator that codes events from
// the dependency parse, the entities and the statements of a document. It
// is safe for concurrent use; each call works in scratch memory taken from
// a pool.
type Coder struct {
	lex   *lexicon.Lexicon
	opt   Options
	comps map[string]*lexicon.Pattern // see evaluate.go
	multi map[*lexicon.Pattern]bool   // patterns with a multi-word anchor
	pool  sync.Pool
}

// Options change what the coder reports.
type Options struct {
	// RequireDyad drops events without a target, as PETRARCH's
	// require_dyad option (on by default in PETRARCH) does.
	RequireDyad bool
}

// New returns a Coder that codes with the patterns and code table of lex.
func New(lex *lexicon.Lexicon) *Coder { return NewWithOptions(lex, Options{}) }

// NewWithOptions returns a Coder with options.
func NewWithOptions(lex *lexicon.Lexicon, opt Options) *Coder {
	c := &Coder{lex: lex, opt: opt}
	if lex != nil {
		c.comps = complements(lex)
		c.multi = multiWordAnchors(lex)
	}
	c.pool.New = func() any { return &coder{lex: lex, opt: opt, comps: c.comps, multi: c.multi} }
	return c
}

// Annotate codes the events of d and appends them to d.Events. Sentences
// without a parse are skipped; a sentence holding a discard phrase gives
// no events, and a story discard ("+" in a PETRARCH discards file) none in
// the whole document.
func (c *Coder) Annotate(d *document.Document) error {
	if d == nil {
		return fmt.Errorf("event: nil document")
	}
	if c.lex == nil {
		return fmt.Errorf("event: no lexicon")
	}
	w := c.pool.Get().(*coder)
	defer c.pool.Put(w)
	w.annotate(d)
	return nil
}

// coder holds the scratch memory of one Annotate call.
type coder struct {
	lex    *lexicon.Lexicon
	opt    Options
	comps  map[string]*lexicon.Pattern
	multi  map[*lexicon.Pattern]bool
	format lexicon.Format // of the pattern being coded
	d      *document.Document
	pub    lexicon.Day
	s      sent
	ents   entityIndex
	noun   bool // the anchor being matched is a noun
	// ownPlace makes namesOther treat the bare country of an excluded
	// actor as excluded too (see impliedTarget).
	ownPlace bool
	cur      int // the anchor being matched or coded
	// inDiaspora guards diaspora against looking at itself
	inDiaspora bool
	found      []found
	taken      []bool // tokens used by a match of the current sentence
	as         actorSet
	bs         actorSet
	scratch    actorSet
	notBuf     actorSet
	dates      dateScan
	lexc       []string // per token: the country it names with no entity (lexactors.go)
	lexPlace   []bool   // per token: lexc names the country as a place
	texts      []string // per token: its text
	acts       []act    // the document's acts so far (context.go)
	// main is the document's main country (agentless.go), once mainDone.
	main     string
	mainDone bool
}

// found is the best match of one anchor.
type found struct {
	pat    *lexicon.Pattern
	anchor int
	noun   bool
	st     mstate
	tr     *lexicon.Transform // a PETRARCH transformation that recodes it
	gov    int                // the transformation's outer verb
}

func (c *coder) annotate(d *document.Document) {
	c.d = d
	c.pub, _ = lexicon.ParseDay(d.Published)
	c.ents.load(d)
	c.acts, c.main, c.mainDone = c.acts[:0], "", false
	start := len(d.Events)
	for si := range d.Sentences {
		if !c.s.reset(d, si) {
			continue
		}
		if disc, _ := c.lex.Discarded(c.s.lemma); disc != nil {
			if disc.Story {
				d.Events = d.Events[:start]
				return
			}
			continue
		}
		c.ents.sentence(&c.s)
		c.lexCountries()
		n := len(d.Events)
		c.sentence()
		c.evaluations()
		c.statementEvents(n)
	}
}

// sentence finds the best match of every anchor, drops the matches whose
// anchor another match used as one of its words, and codes the rest.
func (c *coder) sentence() {
	s := &c.s
	c.found = c.found[:0]
	for i := range s.toks {
		c.anchorAt(i)
	}
	n := len(s.toks)
	if cap(c.taken) < n {
		c.taken = make([]bool, n)
	}
	c.taken = c.taken[:n]
	clear(c.taken)
	for i := range c.found {
		st := &c.found[i].st
		if reports[c.found[i].pat.Code] {
			continue // "admitted it shot down the jet": the act is coded too
		}
		for u := 1; u < st.nu; u++ {
			c.taken[st.used[u]] = true
		}
	}
	c.inheritTargets()
	for i := range c.found {
		f := &c.found[i]
		if !c.taken[f.anchor] {
			if f.tr, f.gov = c.findTransform(f); f.tr != nil {
				c.taken[f.gov] = true
			}
		}
	}
	for i := range c.found {
		f := &c.found[i]
		if !c.taken[f.anchor] {
			c.emit(f)
		}
	}
}

// reports are the codes of acts that report another act as done, which
// is then coded as well: acknowledging or claiming it (015).
var reports = map[string]bool{"015": true}

// inheritTargets gives a match without a target the target of a match
// whose anchor it used as a word: "stands ready to strengthen cooperation
// with China" is an intent whose target is that of the strengthening. An
// act on an event noun takes its victim only when it is aimed at victims
// (apologising for the attack on X); otherwise its target is the noun's
// author, found as any target is.
func (c *coder) inheritTargets() {
	for i := range c.found {
		f := &c.found[i]
		if f.st.tgt >= 0 {
			continue
		}
		for j := range c.found {
			g := &c.found[j]
			if g.noun && !victimCodes[f.pat.Code] {
				// "condemned Russia's attacks on Ukrainian cities" aims at
				// the attacker, not at the cities
				continue
			}
			if i != j && g.st.tgt >= 0 && f.st.isUsed(g.anchor) && c.namesActor(g.st.tgt) {
				f.st.tgt = g.st.tgt
				break
			}
		}
	}
}

// anchorAt tries every pattern anchored on token i's lemma (and, for
// PETRARCH dictionaries, its form) and keeps the best match.
func (c *coder) anchorAt(i int) {
	s := &c.s
	var best found
	best.anchor = -1
	try := func(pats []*lexicon.Pattern) {
		for _, p := range pats {
			c.tryPattern(p, i, &best)
		}
	}
	pats := c.lex.PatternsFor(s.lemma[i])
	if len(pats) == 0 && s.toks[i].UPOS == "VERB" {
		if v := c.regularStem(i); v != "" {
			s.lemma[i] = v // "rioted" lemmatised as "riote"
			pats = c.lex.PatternsFor(v)
		}
	}
	try(pats)
	if s.form[i] != s.lemma[i] {
		try(c.lex.PatternsFor(s.form[i]))
	}
	if best.pat != nil {
		c.found = append(c.found, best)
	}
}

// tryPattern matches p at token i and keeps it in best when it beats it.
func (c *coder) tryPattern(p *lexicon.Pattern, i int, best *found) {
	s := &c.s
	noun, adj := p.Anchor.Noun, p.Anchor.Adj
	switch {
	case noun && !s.isNoun(i), adj && !s.isAdj(i), !noun && !adj && !s.isVerb(i):
		return
	}
	nw := c.anchorWords(p, i)
	if nw == 0 {
		return
	}
	c.noun, c.cur = noun, i
	var st mstate
	st.init(i)
	st.words = nw
	if noun {
		if g := c.lightGovernor(i); g >= 0 {
			st.hosts[1] = int16(g)
			st.nh = 2
		}
	}
	var ok bool
	if p.Format == lexicon.Petrarch {
		ok = c.matchPetrarch(p, i, &st)
	} else {
		ok = c.matchPost(p.Post, &st)
	}
	if !ok || !c.subjectRoles(p, i, noun) {
		return
	}
	if len(p.Pre) > 0 && p.Format == lexicon.Readout && len(p.Pre[0].Roles) > 0 {
		st.score++ // a subject of the roles asked for is one more item matched
	}
	if !c.better(p, &st, best) {
		return
	}
	*best = found{pat: p, anchor: i, noun: noun, st: st}
}

// multiWordAnchors lists the patterns with a multi-word anchor
// alternative; the others are found by their anchor's lemma or form alone.
func multiWordAnchors(l *lexicon.Lexicon) map[*lexicon.Pattern]bool {
	m := map[*lexicon.Pattern]bool{}
	for _, p := range l.Patterns {
		for _, alt := range p.Anchor.Alts {
			if len(alt.Words) > 1 {
				m[p] = true
				break
			}
		}
	}
	return m
}

// anchorWords checks the other words of a multi-word anchor ("phone_call",
// "ask for") and returns the number of words of the longest alternative
// found at token i, 0 when none is; a pattern with one-word anchors only
// was found by its word.
func (c *coder) anchorWords(p *lexicon.Pattern, i int) int {
	if !c.multi[p] {
		return 1
	}
	n := 0
	for _, alt := range p.Anchor.Alts {
		if len(alt.Words) <= n {
			continue
		}
		if len(alt.Words) == 1 {
			if c.s.is(i, alt.Words[0]) || formOf(alt, c.s.form[i]) {
				n = 1
			}
			continue
		}
		if c.wordsAt(alt.Words, alt.Head, i) {
			n = len(alt.Words)
		}
	}
	return n
}

// subjectRoles checks the roles a readout pattern's leading slot asks of
// the anchor's agent ("SRC:MIL|COP fire on TGT").
func (c *coder) subjectRoles(p *lexicon.Pattern, i int, noun bool) bool {
	if len(p.Pre) == 0 || p.Format != lexicon.Readout || len(p.Pre[0].Roles) == 0 {
		return true
	}
	ag := c.agent(i, noun)
	return ag >= 0 && c.hasRole(ag, p.Pre[0].Roles)
}

func formOf(a lexicon.AnchorWord, form string) bool {
	for _, f := range a.Forms {
		if f == form {
			return true
		}
	}
	return false
}

// better says whether a match of p beats the best so far: the adjective
// reading of a participle with no agent, then more matched items, then the more specific code, then fewer slots holding no actor,
// then a target that names an actor.
func (c *coder) better(p *lexicon.Pattern, st *mstate, best *found) bool {
	if best.pat == nil {
		return true
	}
	if p.Anchor.Adj != best.pat.Anchor.Adj && !p.Anchor.Noun && !best.pat.Anchor.Noun && c.s.isPassive(c.cur) && c.s.isAdj(c.cur) {
		// "Israel is opposed to mediation": a participle with no agent
		// read as an adjective, whose subject is its agent, rather than
		// as a passive verb done by no one named
		return p.Anchor.Adj
	}
	if st.score != best.st.score {
		return st.score > best.st.score
	}
	if st.words != best.st.words {
		return st.words > best.st.words
	}
	if len(p.Code) != len(best.pat.Code) {
		return len(p.Code) > len(best.pat.Code)
	}
	if st.empty != best.st.empty {
		return st.empty < best.st.empty
	}
	return st.tgt >= 0 && best.st.tgt < 0 && c.namesActor(st.tgt)
}
