package actor

import (
	"strconv"
	"strings"

	"github.com/readout/readout/document"
	"github.com/readout/readout/lexicon"
)

// ent is an entity while the document is read: the output entity and what
// resolution needs to know about it.
type ent struct {
	e        document.Entity
	lex      int32  // lexicon actor index; -1 when none
	key      string // identity of entities without a lexicon actor
	surname  string // persons: lower-case last word of the name
	role     string // agent role (COP), kept for a country named later
	head     string // bodies: the lemma of the head word
	deferred bool   // the country comes from the article's context
	titles   []string
	offices  lexicon.Offices
	gender   gender
	members  []int
	plural   bool
	sal      float64 // salience, decaying from sentence to sentence
	last     int     // last sentence it was mentioned in
}

// entity returns the index of the entity with a lexicon actor, creating it
// from the resolution when it is new.
func (r *run) entityForRef(ref lexicon.NameRef) int {
	if ref.Kind == lexicon.ByPlace {
		return r.placeEntityForRef(ref)
	}
	key := int32(ref.Actor)
	seat := ref.Kind == lexicon.BySeat
	if !seat {
		if i, ok := r.byLex[key]; ok {
			return i
		}
	}
	res := r.c.lex.Resolve(ref, r.day)
	a := res.Actor
	if res.Role == nil && a.Type == lexicon.Person && !a.Died.IsZero() && r.day > a.Died.Last() {
		// the dead are known by their last office ("the late general")
		if role := lastRole(a); role != nil {
			res.Role, res.Code = role, role.Code
		}
	}
	e := ent{lex: key, last: -1}
	e.e.Name, e.e.Actor, e.e.Country = a.Name, res.Code, res.Country
	e.e.Rule = a.Pos.Rule()
	if res.Role != nil {
		e.e.Rule = res.Role.Pos.Rule()
		e.offices = res.Role.Offices
		if res.Role.Title != "" {
			e.titles = appendWords(e.titles, res.Role.Title)
		}
	}
	e.e.Type = entityType(a.Type)
	if a.Type == lexicon.Person {
		e.surname = lastWord(a.Name)
	}
	if seat {
		e.lex = -1
		e.key = "seat:" + res.Code
		e.e.Type = document.Organization
		if i, ok := r.byKey[e.key]; ok {
			return i
		}
		e.e.Name = ""
	}
	return r.addEntity(e)
}

// entityForKey returns the entity with an identity key, creating it with
// make when it is new.
func (r *run) entityForKey(key string, make func() ent) int {
	if i, ok := r.byKey[key]; ok {
		return i
	}
	e := make()
	e.key, e.lex, e.last = key, -1, -1
	return r.addEntity(e)
}

func (r *run) addEntity(e ent) int {
	i := len(r.ents)
	e.e.ID = "e" + strconv.Itoa(i+1)
	r.ents = append(r.ents, e)
	if e.lex >= 0 {
		r.byLex[e.lex] = i
	} else {
		r.byKey[e.key] = i
	}
	return i
}

// mention adds a mention of tokens [s, e) of the current sentence to
// entity i, unless it has that span already.
func (r *run) mention(i, s, e int, kind string) {
	if i < 0 || s >= e {
		return
	}
	v := &r.v
	start, end := v.toks[s].Start, v.toks[e-1].End
	en := &r.ents[i]
	for k := len(r.mentions) - 1; k >= 0; k-- {
		m := &r.mentions[k]
		if m.Sentence != v.idx {
			break
		}
		if r.mentionOf[k] == int32(i) && m.Start == start && m.End == end {
			return
		}
	}
	r.mentions = append(r.mentions, document.Mention{
		Sentence: v.idx, Start: start, End: end, Text: r.d.Text[start:end], Kind: kind})
	r.mentionOf = append(r.mentionOf, int32(i))
	if kind == "name" && en.e.Type != document.Person && e-s <= 4 {
		r.local[r.d.Text[start:end]] = i
	}
	if en.e.Name == "" {
		en.e.Name = r.nameText(s, e)
	}
}

// nameText is the text of tokens [s, e) without a leading determiner.
func (r *run) nameText(s, e int) string {
	v := &r.v
	for s < e-1 && determiners[v.lower[s]] {
		s++
	}
	return r.d.Text[v.toks[s].Start:v.toks[e-1].End]
}

// personBySurname finds the person entity whose surname is w (lower
// case); a surname one letter off counts when it is long enough
// (transliterations: "Sarea", "Saree").
func (r *run) personBySurname(w string) (int, bool) {
	best := -1
	for i := range r.ents {
		e := &r.ents[i]
		if e.e.Type != document.Person || e.surname == "" {
			continue
		}
		if e.surname == w || len(w) >= 5 && oneEdit(e.surname, w) || stripParticle(e.surname) == stripParticle(w) {
			if best < 0 || e.sal > r.ents[best].sal {
				best = i
			}
		}
	}
	return best, best >= 0
}

// anySurname says whether personBySurname may find anyone: whether a
// person with a surname has been met (so that a word need not be lowered
// to look for none).
func (r *run) anySurname() bool {
	for i := range r.ents {
		if e := &r.ents[i]; e.e.Type == document.Person && e.surname != "" {
			return true
		}
	}
	return false
}

// oneEdit says whether a and b differ by one substituted, inserted or
// deleted byte.
func oneEdit(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a)-len(b) > 1 {
		return false
	}
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	if i == len(b) {
		return true // equal, or one byte added at the end
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i+1:] == b[i:]
}

func entityType(t lexicon.ActorType) string {
	switch t {
	case lexicon.Person:
		return document.Person
	case lexicon.Country:
		return document.Country
	case lexicon.Group:
		return document.Group
	}
	return document.Organization
}

func lastWord(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	w := f[len(f)-1]
	if suffixes[strings.ToLower(w)] && len(f) > 1 {
		w = f[len(f)-2]
	}
	return strings.ToLower(strings.TrimSuffix(w, ","))
}

// appendWords adds the lower-case words of a title to a list.
func appendWords(list []string, title string) []string {
	if !strings.ContainsRune(title, ' ') && strings.ToLower(title) == title {
		return appendWord(list, title) // one lower-case word: no allocation
	}
	for _, w := range strings.Fields(strings.ToLower(title)) {
		list = appendWord(list, w)
	}
	return list
}

func appendWord(list []string, w string) []string {
	if w == "of" || w == "the" || w == "for" || w == "and" {
		return list
	}
	for _, x := range list {
		if x == w {
			return list
		}
	}
	return append(list, w)
}

// hasTitle says whether the entity is known by a title word.
func (e *ent) hasTitle(w string) bool {
	for _, x := range e.titles {
		if x == w {
			return true
		}
	}
	return false
}

// stripParticle drops a joined particle from a surname ("al-eryani" ->
// "eryani").
func stripParticle(w string) string {
	if i := strings.IndexByte(w, '-'); i > 0 && particles[w[:i]] {
		return w[i+1:]
	}
	return w
}

// lastRole returns the role of a person that ended last, or nil.
func lastRole(a *lexicon.Actor) *lexicon.Role {
	var best *lexicon.Role
	for i := range a.Roles {
		r := &a.Roles[i]
		if best == nil || r.Range.To.IsZero() || !best.Range.To.IsZero() && r.Range.To.Last() > best.Range.To.Last() {
			best = r
		}
	}
	return best
}
