package lexicon

import (
	"slices"
	"strconv"
	"strings"
	"sync"
)

// build merges the sources in order and builds every index.
func build(srcs []source, r *Report) *Lexicon {
	l := &Lexicon{Codes: map[string]*EventCode{}, PICO: map[string]int{}}
	mergeAll(l, srcs, r)
	l.indexCountries()
	l.finishPersons()
	// The name index is the largest; it gets its own vocabulary and
	// goroutine while the others are built.
	var names Report
	var wg sync.WaitGroup
	wg.Go(func() { l.indexNames(&names) })
	l.indexTitles()
	l.indexAgents()
	l.indexPatterns()
	l.indexDiscards()
	l.indexTopics()
	l.indexIssues()
	wg.Wait()
	r.merge(&names)
	l.setRules()
	return l
}

// setRules makes the Rule of every entry the coding stages cite (actors,
// their roles, agents, patterns) once, all in one string.
func (l *Lexicon) setRules() {
	size := 0
	l.eachCited(func(p *Pos) { size += len(p.File) + 1 + decimalLen(p.Line) })
	var b strings.Builder // its String does not copy
	b.Grow(size)
	var num [20]byte
	l.eachCited(func(p *Pos) {
		b.WriteString(p.File)
		b.WriteByte(':')
		b.Write(strconv.AppendInt(num[:0], int64(p.Line), 10))
	})
	all := b.String()
	l.eachCited(func(p *Pos) {
		n := len(p.File) + 1 + decimalLen(p.Line)
		p.rule, all = all[:n], all[n:]
	})
}

// eachCited calls f with the Pos of every entry setRules covers.
func (l *Lexicon) eachCited(f func(*Pos)) {
	for _, a := range l.Actors {
		f(&a.Pos)
		for i := range a.Roles {
			f(&a.Roles[i].Pos)
		}
	}
	for _, a := range l.Agents {
		f(&a.Pos)
	}
	for _, p := range l.Patterns {
		f(&p.Pos)
	}
}

// decimalLen is the length of strconv.Itoa(n).
func decimalLen(n int) int {
	k := 1
	if n < 0 {
		k, n = 2, -n
	}
	for ; n >= 10; n /= 10 {
		k++
	}
	return k
}

// mergeAll merges every kind of entry.
func mergeAll(l *Lexicon, srcs []source, r *Report) {
	actors := newMerger("actor", r, actorKey, func(a *Actor) Pos { return a.Pos })
	agents := newMerger("agent", r, agentKey, func(a *Agent) Pos { return a.Pos })
	codes := newMerger("code", r, codeKey, func(c *EventCode) Pos { return c.Pos })
	patterns := newMerger("pattern", r, patternKey, func(p *Pattern) Pos { return p.Pos })
	discards := newMerger("discard", r, discardKey, func(d *Discard) Pos { return d.Pos })
	topics := newMerger("topic", r, topicKey, func(t *Topic) Pos { return t.Pos })
	for i, s := range srcs {
		e := s.entries
		actors.add(i, s.format, e.actors)
		agents.add(i, s.format, e.agents)
		codes.add(i, s.format, e.codes)
		patterns.add(i, s.format, e.patterns)
		discards.add(i, s.format, e.discards)
		topics.add(i, s.format, e.topics)
		l.Issues = append(l.Issues, e.issues...)
		l.Transforms = append(l.Transforms, e.transforms...)
		for code, v := range e.pico {
			l.PICO[code] = v.value
		}
		for _, p := range e.preps {
			if l.Prepositions == nil {
				l.Prepositions = map[string]bool{}
			}
			l.Prepositions[p] = true
		}
	}
	l.Actors = actors.result()
	l.Agents = agents.result()
	l.Patterns = patterns.result()
	l.Discards = discards.result()
	l.Topics = topics.result()
	for _, c := range codes.result() {
		l.Codes[c.Code] = c
	}
}

// indexCountries maps country codes and adjectives to countries.
func (l *Lexicon) indexCountries() {
	l.countries = map[string]*Actor{}
	l.adjectives = map[string]string{}
	l.orgCodes = map[string]bool{}
	for _, a := range l.Actors {
		if a.Type == Organization || a.Type == Group {
			l.orgCodes[a.Code] = true
		}
		if a.Type != Country || a.Format != Readout {
			continue
		}
		l.countries[a.Code] = a
		for _, adj := range a.Nation.Adjectives {
			l.adjectives[normKey(adj)] = a.Code
		}
		for _, d := range a.Nation.Demonyms {
			l.adjectives[normKey(d)] = a.Code
		}
	}
	// PETRARCH files name countries by three-letter codes only.
	for _, a := range l.Actors {
		if a.Type == Country && a.Format == Petrarch && l.countries[a.Code] == nil {
			l.countries[a.Code] = a
		}
	}
}

// finishPersons fills in each person's code outside roles and country.
func (l *Lexicon) finishPersons() {
	for _, a := range l.Actors {
		if a.Type != Person || a.Format != Readout {
			continue
		}
		if a.Code == "" {
			if r := latestRole(a.Roles); r != nil {
				a.Code = l.roleCountry(r.Code)
			}
		}
		if a.Country == "" {
			a.Country = l.countryOf(a.Code)
		}
	}
}

// latestRole returns the role that ends last (an open end is latest; ties
// go to the later start).
func latestRole(roles []Role) *Role {
	var best *Role
	for i := range roles {
		r := &roles[i]
		if best == nil || laterRole(r, best) {
			best = r
		}
	}
	return best
}

func laterRole(a, b *Role) bool {
	ae, be := a.Range.To.Last(), b.Range.To.Last()
	if a.Range.To.IsZero() {
		ae = 1<<31 - 1
	}
	if b.Range.To.IsZero() {
		be = 1<<31 - 1
	}
	if ae != be {
		return ae > be
	}
	return a.Range.From.First() > b.Range.From.First()
}

// layout reorders a reference table into the index's node order, so that
// the references of one phrase are a contiguous run of the table.
func layout[T any](x *phraseIndex, table []T) []T {
	x.finish()
	return reorder(x, table)
}

// reorder returns the entries of table in the order of x.refs, which it
// then numbers 0, 1, ...
func reorder[T any](x *phraseIndex, table []T) []T {
	out := make([]T, len(x.refs))
	for j, ref := range x.refs {
		out[j] = table[ref]
		x.refs[j] = int32(j)
	}
	return out
}

// layoutOwned is layout for a table the caller gives up: when the index
// holds each of its entries once, the table is reordered in place instead
// of copied.
func layoutOwned[T any](x *phraseIndex, table []T) []T {
	x.finish()
	if len(table) == 0 || !isPermutation(x.refs, len(table)) {
		return reorder(x, table) // an empty table comes back non-nil
	}
	// Follow each cycle of the permutation: position j takes the entry
	// at x.refs[j]; a done position has x.refs[j] == j.
	for s := range x.refs {
		if int(x.refs[s]) == s {
			continue
		}
		first := table[s]
		j := s
		for {
			k := int(x.refs[j])
			x.refs[j] = int32(j)
			if k == s {
				table[j] = first
				break
			}
			table[j] = table[k]
			j = k
		}
	}
	return table
}

// isPermutation reports whether refs holds each of 0..n-1 once.
func isPermutation(refs []int32, n int) bool {
	if len(refs) != n {
		return false
	}
	seen := make([]uint64, (n+63)/64)
	for _, r := range refs {
		if r < 0 || int(r) >= n || seen[r/64]&(1<<(r%64)) != 0 {
			return false
		}
		seen[r/64] |= 1 << (r % 64)
	}
	return true
}

// sortedKeys returns a map's keys in order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
