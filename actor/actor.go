package actor

import (
	"errors"
	"strings"
	"sync"
	"time"

	"github.com/readout/readout/document"
	"github.com/readout/readout/lexicon"
)

// Coder is the actor stage, a document.Annotator. Build it once per
// lexicon with New; it is safe for concurrent use.
type Coder struct {
	lex        *lexicon.Lexicon
	actorIndex map[*lexicon.Actor]int32
	countries  map[string]int32   // country code -> its record
	surnames   map[string][]int32 // last word of a person's names -> persons
	bodies     map[string]string  // actor code -> the one institution with that code
	pool       sync.Pool
	// Today gives the date used for articles without a publication date.
	Today func() time.Time
}

// New builds the actor stage over a lexicon, indexing what it looks up per
// document (people by surname, institutions by code).
func New(lex *lexicon.Lexicon) (*Coder, error) {
	if lex == nil {
		return nil, errors.New("actor: nil lexicon")
	}
	c := &Coder{
		lex:        lex,
		actorIndex: make(map[*lexicon.Actor]int32, len(lex.Actors)),
		countries:  map[string]int32{},
		surnames:   map[string][]int32{},
		bodies:     map[string]string{},
		Today:      time.Now,
	}
	seen := map[string]int{}
	for i, a := range lex.Actors {
		c.actorIndex[a] = int32(i)
		switch a.Type {
		case lexicon.Country:
			c.countries[a.Code] = int32(i)
		case lexicon.Person:
			for _, n := range append([]string{a.Name}, a.Names...) {
				w := lastWord(n)
				if w != "" && !containsInt32(c.surnames[w], int32(i)) {
					c.surnames[w] = append(c.surnames[w], int32(i))
				}
			}
		case lexicon.Institution:
			seen[a.Code]++
			c.bodies[a.Code] = a.Name
		}
	}
	for code, n := range seen {
		if n > 1 {
			delete(c.bodies, code)
		}
	}
	c.pool.New = func() any { return &run{c: c} }
	return c, nil
}

// Annotate finds the entities of d and sets d.Entities.
func (c *Coder) Annotate(d *document.Document) error {
	r := c.pool.Get().(*run)
	r.reset(d)
	for s := range d.Sentences {
		r.sentence(s)
	}
	r.finish()
	r.d = nil
	c.pool.Put(r)
	return nil
}

// institutionName returns the name of the one institution with a code,
// or "".
func (c *Coder) institutionName(code string) string { return c.bodies[code] }

// firstNameOf says whether one of a person's names starts with the
// lower-case word w.
func (c *Coder) firstNameOf(a *lexicon.Actor, w string) bool {
	for _, n := range append([]string{a.Name}, a.Names...) {
		f, _, _ := strings.Cut(n, " ")
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

// run is the state of one document.
type run struct {
	c      *Coder
	d      *document.Document
	day    lexicon.Day
	v      view
	atoms  []atom
	memo   []atomSlot
	chunks []chunk
	ints   []int
	words  []string
	ents   []ent
	// mentions are the mentions of the document in the order found, of
	// entity mentionOf[k]; finish hands them out to the entities.
	mentions  []document.Mention
	mentionOf []int32
	mentionAt []int32
	byLex     map[int32]int
	byKey     map[string]int
	local     map[string]int // lower-case name mentions of bodies met so far
	// speaker is the entity that spoke last, in sentence speakerSent.
	speaker, speakerSent int
	// subject is the last person that was a subject, in sentence subjectSent.
	subject, subjectSent int
	para                 int
	counts               []countryCount
	midCaps              midCapsCache
}

func (r *run) reset(d *document.Document) {
	r.d = d
	r.day = r.c.day(d)
	r.ents = r.ents[:0]
	r.mentions, r.mentionOf = r.mentions[:0], r.mentionOf[:0]
	if r.byLex == nil {
		r.byLex, r.byKey, r.local = map[int32]int{}, map[string]int{}, map[string]int{}
	}
	clear(r.byLex)
	clear(r.byKey)
	clear(r.local)
	r.speaker, r.speakerSent = -1, -1
	r.subject, r.subjectSent = -1, -1
	r.para = -1
	r.counts = r.counts[:0]
	r.midCaps.reset(d)
	r.v.doc.load(d)
}

// day returns the article's date, or today's when it has none.
func (c *Coder) day(d *document.Document) lexicon.Day {
	if day, err := lexicon.ParseDay(d.Published); err == nil {
		return day
	}
	if len(d.Published) >= 10 {
		if day, err := lexicon.ParseDay(d.Published[:10]); err == nil {
			return day
		}
	}
	return lexicon.DayOf(c.Today())
}

// sentence reads one sentence: chunks, their roles, appositives, names,
// then descriptions and pronouns in text order, then coordinations.
func (r *run) sentence(s int) {
	r.v.load(r.d, s)
	r.decay()
	r.findChunks()
	r.markRoles()
	r.appositives()
	for k := range r.chunks {
		switch c := &r.chunks[k]; {
		case c.skip:
		case c.appos >= 0:
			r.resolveAppos(k)
		default:
			r.resolveNamed(k)
		}
	}
	for k := range r.chunks {
		c := &r.chunks[k]
		if c.skip || c.appos >= 0 {
			continue
		}
		r.detPronoun(k)
		switch c.kind {
		case kindPronoun:
			r.resolvePronoun(k)
		case kindPersonDesc:
			r.resolvePersonDesc(k)
		case kindCountryDesc:
			r.resolveCountryDesc(k)
		case kindGroupDesc:
			r.resolveGroupDesc(k)
		}
	}
	r.coordinate()
	r.commit()
	r.noteSentence()
}

// detPronoun resolves a possessive pronoun that opens a chunk ("his
// Russian counterpart") as a mention of its own.
func (r *run) detPronoun(k int) {
	c := &r.chunks[k]
	p, ok := pronouns[c.det]
	if !ok || c.isPron {
		return
	}
	accept := func(i int) bool { return r.fits(i, p) && r.chunks[k].ent != i }
	i := r.cataphor(k, accept)
	if i < 0 {
		i = r.best(k, accept)
	}
	if i >= 0 {
		r.mention(i, c.start, c.start+1, "pronoun")
	}
}

// noteSentence records the sentence's speaker and the countries it
// mentions.
func (r *run) noteSentence() {
	// Early sentences and the title say most about what the article is
	// about; subjects more than other mentions.
	w := 1 / (1 + 0.1*float64(r.v.idx))
	if r.v.idx == 0 && r.d.Title != "" {
		w = 2
	}
	for k := range r.chunks {
		c := &r.chunks[k]
		if c.ent < 0 {
			continue
		}
		if r.ents[c.ent].e.Type == document.Person {
			if c.speaker {
				r.speaker, r.speakerSent = c.ent, r.v.idx
			}
			if c.subject && r.subjectSent < r.v.idx {
				r.subject, r.subjectSent = c.ent, r.v.idx
			}
		}
		if country := r.ents[c.ent].e.Country; country != "" {
			if c.subject {
				r.count(country, 2*w)
			} else {
				r.count(country, w)
			}
		}
	}
}

func containsInt32(s []int32, x int32) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}
