package actor

import (
	"sort"
	"strconv"
	"strings"

	"github.com/readout/readout/document"
)

// appositives pairs a personal name with a description set off by a
// comma ("Angela Merkel, the Chancellor of Germany", "the prosecutor
// general of Tehran, Ali Alghasi Mehr"): both name one person, and
// capitalised words next to a person description are taken as a name.
func (r *run) appositives() {
	for k := 0; k+1 < len(r.chunks); k++ {
		a, b := &r.chunks[k], &r.chunks[k+1]
		if a.skip || !r.apposGap(a.end, b.start) || !r.apposEnd(b.end) {
			continue
		}
		if r.nameLike(a) && isDesc(b) || isDesc(a) && r.nameLike(b) {
			a.appos, b.skip = k+1, true
			k++
		}
	}
}

// apposGap says whether tokens [e, s) separate an appositive: a comma,
// maybe with "formerly" or "now".
func (r *run) apposGap(e, s int) bool {
	v := &r.v
	if s <= e || v.forms[e] != "," {
		return false
	}
	for t := e + 1; t < s; t++ {
		switch v.lower[t] {
		case "formerly", "now", "currently", "also", "then", "previously":
		default:
			return false
		}
	}
	return true
}

// apposEnd says whether an appositive may end at token e: at a comma,
// a closing punctuation mark, the end, or a verb-like word.
func (r *run) apposEnd(e int) bool {
	v := &r.v
	if e >= len(v.forms) {
		return true
	}
	switch v.forms[e] {
	case ",", ".", ";", ":", ")", "\"", "--":
		return true
	}
	_, speech := speechForms[v.lower[e]]
	return speech
}

// nameLike says whether a chunk is a personal name or capitalised words
// that may be one.
func (r *run) nameLike(c *chunk) bool {
	if c.kind == kindPerson {
		return true
	}
	if c.kind != kindNone || c.head < 0 {
		return false
	}
	h := &r.atoms[c.head]
	return h.kind == atomCaps && h.end == c.end && h.end-h.start <= 5
}

func isDesc(c *chunk) bool {
	return c.kind == kindPersonDesc && !c.plural
}

// resolveAppos resolves an appositive pair to one person.
func (r *run) resolveAppos(k int) {
	a := &r.chunks[k]
	b := &r.chunks[a.appos]
	name, desc := a, b
	if isDesc(a) {
		name, desc = b, a
	}
	if name.kind != kindPerson {
		h := &r.atoms[name.head]
		name.kind, name.nameS, name.nameE = kindPerson, h.start, r.nameSuffix(h.end)
	}
	i := r.personEntityWith(name, r.chunkContext(desc))
	a.ent, b.ent = i, i
	r.mention(i, a.poss, b.end, "name")
	r.personMentions(name, i)
	r.mention(i, desc.start, desc.end, "description")
	r.addChunkTitles(i, desc)
	name.subject = name.subject || desc.subject
	name.speaker = name.speaker || desc.speaker
	r.innerMentions(desc)
}

// coordinate makes a group entity of actors joined by "and" ("China and
// Russia", "Egypt, Greece, Cyprus and France", "he and Putin").
func (r *run) coordinate() {
	for k := 0; k < len(r.chunks); k++ {
		last, ok := r.listEnd(k)
		if !ok {
			continue
		}
		members := r.ints[:0]
		for j := k; j <= last; j++ {
			if c := &r.chunks[j]; !c.skip {
				members = appendUnique(members, c.ent)
			}
		}
		if len(members) >= 2 {
			i := r.groupEntity(members)
			end := r.chunks[last].end
			if a := r.chunks[last].appos; a >= 0 {
				end = r.chunks[a].end
			}
			r.mention(i, r.chunks[k].start, end, "name")
		}
		k = last
	}
}

// listEnd returns the last chunk of a coordination starting at chunk k.
func (r *run) listEnd(k int) (int, bool) {
	v := &r.v
	person, place := r.isPersonChunk(k), r.isPlaceChunk(k)
	for j := k; j+1 < len(r.chunks); j++ {
		a, b := &r.chunks[j], &r.chunks[j+1]
		if b.skip {
			if j+2 >= len(r.chunks) {
				return 0, false
			}
			a, b = b, &r.chunks[j+2]
			j++
		}
		if a.ent < 0 || b.ent < 0 || r.isPersonChunk(j+1) != person || r.isPlaceChunk(j+1) != place || b.isPron && b.pron.possessive {
			return 0, false
		}
		gap := b.start - a.end
		switch {
		case gap == 1 && v.lower[a.end] == "and":
			return j + 1, true
		case gap == 2 && v.forms[a.end] == "," && v.lower[a.end+1] == "and":
			return j + 1, true
		case gap == 1 && v.forms[a.end] == ",":
			continue
		}
		return 0, false
	}
	return 0, false
}

func (r *run) isPersonChunk(k int) bool {
	c := &r.chunks[k]
	return c.ent >= 0 && r.ents[c.ent].e.Type == document.Person
}

// groupEntity returns the group entity whose members are the given
// entities, making it when new.
func (r *run) groupEntity(members []int) int {
	sorted := append([]int(nil), members...)
	sort.Ints(sorted)
	var key strings.Builder
	key.WriteString("group:")
	for _, m := range sorted {
		key.WriteString(strconv.Itoa(m))
		key.WriteByte(',')
	}
	return r.entityForKey(key.String(), func() ent {
		e := ent{plural: true, members: sorted}
		e.e.Type = document.Group
		return e
	})
}

// resolveGroupDesc links "the two leaders", "both sides", "the two heads
// of state" to the latest group of that many actors of the right kind, or
// makes one of the most salient such actors.
func (r *run) resolveGroupDesc(k int) {
	c := &r.chunks[k]
	n := c.count
	if n == 0 {
		n = 2
	}
	kind := groupHeads[r.v.lemmas[c.end-1]]
	if c.noun < 0 && c.head >= 0 && r.atoms[c.head].kind == atomAgent {
		kind = groupPersons
	}
	i := r.recentGroup(n, kind)
	if i < 0 && kind == groupCountries {
		i = r.countriesOf(r.recentGroup(n, groupPersons))
	}
	if i < 0 {
		i = r.salientGroup(k, n, kind)
	}
	if i < 0 {
		return
	}
	c.ent = i
	r.mention(i, c.start, c.end, "description")
}

// recentGroup finds the group of n members of the kind mentioned last,
// within the last five sentences.
func (r *run) recentGroup(n int, kind groupKind) int {
	best := -1
	for i := range r.ents {
		e := &r.ents[i]
		if len(e.members) != n || e.last < r.v.idx-5 || !r.membersAre(e.members, kind) {
			continue
		}
		if best < 0 || e.last > r.ents[best].last {
			best = i
		}
	}
	return best
}

func (r *run) membersAre(members []int, kind groupKind) bool {
	for _, m := range members {
		t := r.ents[m].e.Type
		switch {
		case kind == groupPersons && t != document.Person,
			kind == groupCountries && t != document.Country:
			return false
		}
	}
	return true
}

// countriesOf makes the group of the countries of a group of persons ("the
// two leaders" -> "our two countries"), or returns -1.
func (r *run) countriesOf(group int) int {
	if group < 0 {
		return -1
	}
	var members []int
	for _, m := range r.ents[group].members {
		i := r.countryEntity(r.ents[m].e.Country)
		if i < 0 {
			return -1
		}
		members = appendUnique(members, i)
	}
	if len(members) != len(r.ents[group].members) {
		return -1
	}
	return r.groupEntity(members)
}

// salientGroup makes a group of the n most salient actors of a kind, of
// different countries.
func (r *run) salientGroup(k, n int, kind groupKind) int {
	members := r.ints[:0]
	for len(members) < n {
		i := r.bestAny(k, func(i int) bool {
			e := &r.ents[i]
			if len(e.members) > 0 || !r.membersAre([]int{i}, kind) || kind == groupAny && e.e.Type != document.Country && e.e.Type != document.Person {
				return false
			}
			for _, m := range members {
				if m == i || r.ents[m].e.Country == e.e.Country || r.ents[m].e.Type != e.e.Type {
					return false
				}
			}
			return true
		})
		if i < 0 {
			return -1
		}
		members = append(members, i)
	}
	return r.groupEntity(members)
}

func appendUnique(s []int, x int) []int {
	for _, y := range s {
		if y == x {
			return s
		}
	}
	return append(s, x)
}
