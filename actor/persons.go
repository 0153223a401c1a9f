package actor

import (
	"strings"

	"github.com/readout/readout/document"
	"github.com/readout/readout/lexicon"
)

// personMentions adds a person chunk's mentions: the whole phrase, the
// phrase without its post-modifier, and the bare name.
func (r *run) personMentions(c *chunk, i int) {
	s := c.poss
	r.mention(i, s, c.end, "name")
	if c.post < c.end {
		r.mention(i, s, c.post, "name")
	}
	if c.nameE > c.nameS {
		r.mention(i, c.nameS, c.nameE, "name")
	}
	r.addChunkTitles(i, c)
}

// personEntityWith finds or makes the entity of a person chunk; extra
// (an appositive description's context) fills what the chunk does not say.
func (r *run) personEntityWith(c *chunk, extra context) int {
	h := &r.atoms[c.head]
	cx := r.chunkContext(c)
	if cx.country == "" && cx.org == "" {
		cx.country, cx.org = extra.country, extra.org
	}
	if cx.role == "" {
		cx.role, cx.rule, cx.ruleOf = extra.role, extra.rule, extra.ruleOf
	}
	if h.kind == atomName {
		ref, _ := r.pickRef(h.name, cx.country)
		if _, known := r.byLex[ref.Actor]; (!known || ref.Kind == lexicon.ByPlace) && h.end-h.start == 1 {
			// "According to Haddad" after "Karim Haddad": the person of
			// the article, not the dictionary's namesake
			if i, ok := r.personBySurname(r.v.lower[h.start]); ok && (r.ents[i].lex < 0 || ref.Kind == lexicon.ByPlace) {
				return i
			}
		}
		return r.entityForRef(ref)
	}
	v := &r.v
	words := r.wordStarts(c.nameS, c.nameE)
	last := r.surname(words, c.nameE)
	if len(words) == 1 {
		if i, ok := r.personBySurname(last); ok {
			return i
		}
		if i, ok := r.personByFirstWord(last, c); ok {
			return i
		}
	}
	if i, ok := r.dictPerson(c.nameS, c.nameE, last, cx.country); ok {
		return i
	}
	name := r.d.Text[v.toks[c.nameS].Start:v.toks[c.nameE-1].End]
	return r.entityForKey("person:"+strings.ToLower(name), func() ent {
		e := ent{surname: last}
		e.e.Name, e.e.Type = name, document.Person
		e.setCode(cx)
		return e
	})
}

// surname returns the lower-case last word of a personal name whose words
// start at words and which ends at end, past suffixes ("Jr.") and commas.
func (r *run) surname(words []int, end int) string {
	v := &r.v
	for k := len(words) - 1; k >= 0; k-- {
		e := end
		if k+1 < len(words) {
			e = words[k+1]
		}
		w := strings.ToLower(r.d.Text[v.toks[words[k]].Start:v.toks[e-1].End])
		if !suffixes[w] && w != "," {
			return w
		}
	}
	return ""
}

// personByFirstWord finds a person whose name starts with w when a title
// stands before it ("General Wei" for Wei Fenghe, "Director Wang"): East
// Asian names put the family name first.
func (r *run) personByFirstWord(w string, c *chunk) (int, bool) {
	if c.nameS == c.start || c.nameS == c.poss {
		return 0, false
	}
	for i := range r.ents {
		e := &r.ents[i]
		if e.e.Type == document.Person && e.lex >= 0 {
			f := strings.Fields(e.e.Name)
			if len(f) > 1 && strings.ToLower(f[0]) == w {
				return i, true
			}
		}
	}
	return 0, false
}

// dictPerson links a personal name the dictionaries do not write in full
// to a person they know: same first and last word ("Bruno Parrilla" for
// Bruno Rodríguez Parrilla), preferring one in office in the country the
// context names.
func (r *run) dictPerson(s, e int, last, country string) (int, bool) {
	cands := r.c.surnames[last]
	if len(cands) == 0 || e-s < 2 {
		return 0, false
	}
	first := strings.ToLower(r.v.forms[s])
	best := int32(-1)
	for _, ai := range cands {
		a := r.c.lex.Actors[ai]
		if !r.c.firstNameOf(a, first) {
			continue
		}
		if best < 0 || country != "" && r.c.lex.Resolve(lexicon.NameRef{Actor: ai}, r.day).Country == country {
			best = ai
		}
	}
	if best < 0 {
		return 0, false
	}
	return r.entityForRef(lexicon.NameRef{Actor: best, Kind: lexicon.ByName}), true
}

// addChunkTitles records the title words a chunk gives its person
// ("Secretary", "Director"), so that "the Secretary" can find them later.
func (r *run) addChunkTitles(i int, c *chunk) {
	if i < 0 {
		return
	}
	v := &r.v
	e := &r.ents[i]
	end := c.nameS
	if end <= c.start {
		end = c.end
	}
	for k := c.start; k < end; k++ {
		if titleWords[v.lemmas[k]] || titleWords[v.lower[k]] {
			e.titles = appendWords(e.titles, v.lower[k])
		}
		if g := genderWords[v.lower[k]]; g != anyGender && e.gender == anyGender && k >= c.possAt {
			e.gender = g // "Ms Ardern", "Dunn's mother"
		}
	}
	for k := c.a0; k < c.a1; k++ {
		if a := r.atoms[k]; a.kind == atomAgent && a.start < end {
			for t := a.start; t < a.end; t++ {
				e.titles = appendWords(e.titles, v.lemmas[t])
			}
		}
	}
}
