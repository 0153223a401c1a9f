package lexicon

import "strings"

// source is one loaded source: its entries, where they came from and the
// format they were written in.
type source struct {
	label   string
	format  Format
	entries *entrySet
}

// keyed is the first entry seen for a key during a merge.
type keyed struct {
	src int32 // int32s keep the merge maps' slots small
	idx int32
}

// merger merges entries of one kind from every source in order: an entry
// of a later source replaces an earlier one with the same key (that is how
// --dicts DIR overrides the defaults); two entries with one key in the same
// source are a mistake, reported as an error in readout dictionaries and as
// a warning in PETRARCH ones (where, as in PETRARCH, the later one wins).
type merger[T any] struct {
	kind  string
	key   func(T) string
	pos   func(T) Pos
	r     *Report
	seen  map[string]keyed
	lists [][]T
	dead  [][]bool
}

func newMerger[T any](kind string, r *Report, key func(T) string, pos func(T) Pos) *merger[T] {
	return &merger[T]{kind: kind, key: key, pos: pos, r: r}
}

// add merges the entries of source number src.
func (m *merger[T]) add(src int, format Format, items []T) {
	if m.seen == nil {
		m.seen = make(map[string]keyed, len(items))
	}
	m.lists = append(m.lists, items)
	m.dead = append(m.dead, make([]bool, len(items)))
	for i, it := range items {
		k := m.key(it)
		prev, dup := m.seen[k]
		switch {
		case !dup:
		case int(prev.src) != src:
			m.dead[prev.src][prev.idx] = true // overridden by a later source
		case format == Readout:
			first := m.pos(m.lists[prev.src][prev.idx])
			p := m.pos(it)
			m.r.errorf(p, "", "duplicate %s %q (first at %s)", m.kind, displayKey(k), first.Rule())
			m.dead[src][i] = true
			continue
		default:
			first := m.pos(m.lists[prev.src][prev.idx])
			m.r.warnf(m.pos(it), "", "%s %q defined again (first at %s); the later entry is used", m.kind, displayKey(k), first.Rule())
			m.dead[prev.src][prev.idx] = true
		}
		m.seen[k] = keyed{int32(src), int32(i)}
	}
}

// result returns the live entries in source order.
func (m *merger[T]) result() []T {
	n := 0
	for _, l := range m.lists {
		n += len(l)
	}
	out := make([]T, 0, n)
	for s, l := range m.lists {
		for i, it := range l {
			if !m.dead[s][i] {
				out = append(out, it)
			}
		}
	}
	return out
}

func displayKey(k string) string {
	if _, rest, ok := strings.Cut(k, "\x00"); ok {
		return rest
	}
	return k
}

// keys of each kind of entry.

func actorKey(a *Actor) string {
	if a.Type == Country && a.Format == Readout {
		return kindCountry + "\x00" + a.Code
	}
	if a.Format == Petrarch {
		// PETRARCH overrides by phrase, which the name index handles.
		return "petrarch\x00" + a.Pos.String()
	}
	return actorKind(a.Type) + "\x00" + strings.ToLower(a.Name) // names are single-spaced
}

func agentKey(a *Agent) string {
	k := strings.ToLower(a.Phrase) // single-spaced when read
	if a.Before {
		k += "~"
	}
	return k
}

func codeKey(c *EventCode) string { return c.Code }

// Each kind has its own merger, so keys need no kind prefix, except actors,
// whose types share one.

func patternKey(p *Pattern) string {
	if p.Format == Petrarch {
		return "petrarch\x00" + p.Pos.String() // lint reports duplicates
	}
	return p.Text // single-spaced when read; words are lower case, slots upper case
}

func discardKey(d *Discard) string {
	k := strings.Join(d.Words, " ")
	if d.Story {
		k += " +"
	}
	return k
}

func topicKey(t *Topic) string { return t.Key }

// normKey lower-cases a phrase and collapses its spaces.
func normKey(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }
