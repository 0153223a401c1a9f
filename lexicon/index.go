package lexicon

import "strings"

// indexNames builds the actor name index. PETRARCH phrases follow
// PETRARCH: a phrase defined again belongs to the later entry only.
func (l *Lexicon) indexNames(r *Report) {
	n := countNames(l.Actors)
	x := newPhraseIndex(2 * n)
	x.expectRefs(n)
	refs := make([]NameRef, 0, n)
	type petrName struct {
		words []string
		ref   NameRef
		pos   Pos
	}
	var petr []petrName
	petrSeen := map[string]int{}
	add := func(i int, a *Actor, name string, kind NameKind, code string) {
		ref := NameRef{Actor: int32(i), Kind: kind, Code: code}
		if a.Format == Petrarch {
			words := splitName(name)
			if len(words) == 0 {
				return
			}
			key := strings.ToLower(strings.Join(words, " "))
			if j, dup := petrSeen[key]; dup {
				if prev := l.Actors[petr[j].ref.Actor]; prev != a && !sameCodes(prev, a) {
					r.warnf(a.Pos, "", "PETRARCH phrase %q also names the entry at %s with other codes; PETRARCH uses this later one", name, prev.Pos.Rule())
				}
				petr[j] = petrName{words, ref, a.Pos}
				return
			}
			petrSeen[key] = len(petr)
			petr = append(petr, petrName{words, ref, a.Pos})
			return
		}
		if caps, ok := x.insertName(name, int32(len(refs))); ok {
			ref.caps = caps
			refs = append(refs, ref)
		}
	}
	for i, a := range l.Actors {
		add(i, a, a.Name, ByName, "")
		for _, n := range a.Names {
			add(i, a, n, ByName, "")
		}
		if n := a.Nation; n != nil {
			l.addNationNames(i, a, n, add)
		}
	}
	for _, p := range petr {
		refs = append(refs, p.ref)
		x.insert(p.words, int32(len(refs)-1))
	}
	l.nameRefs = layoutOwned(x, refs)
	l.names = x
}

// addNationNames indexes a country's adjectives, demonyms (with derived
// plurals), capitals, seats and places.
func (l *Lexicon) addNationNames(i int, a *Actor, n *Nation, add func(int, *Actor, string, NameKind, string)) {
	for _, adj := range n.Adjectives {
		add(i, a, adj, ByAdjective, "")
	}
	for _, d := range n.Demonyms {
		add(i, a, d, ByDemonym, "")
		if pl := demonymPlural(d); pl != "" && !containsFold(n.Demonyms, pl) {
			add(i, a, pl, ByDemonym, "")
		}
	}
	for _, c := range n.Capitals {
		add(i, a, c, ByCapital, "")
	}
	for _, s := range n.Seats {
		add(i, a, s.Name, BySeat, s.Code)
	}
	for _, p := range n.Places {
		add(i, a, p.Name, ByPlace, p.Name)
		for _, adj := range p.Adjectives {
			add(i, a, adj, ByPlace, p.Name)
		}
	}
}

// sameCodes reports whether two PETRARCH entries give the same codes on
// every day.
func sameCodes(a, b *Actor) bool {
	if a.Code != b.Code || len(a.Roles) != len(b.Roles) {
		return false
	}
	for i := range a.Roles {
		if a.Roles[i].Code != b.Roles[i].Code || a.Roles[i].Range != b.Roles[i].Range {
			return false
		}
	}
	return true
}

// countNames counts the names of actors, to size the index.
func countNames(actors []*Actor) int {
	n := 0
	for _, a := range actors {
		n += 1 + len(a.Names)
		if a.Nation != nil {
			n += 2*len(a.Nation.Demonyms) + len(a.Nation.Adjectives) + len(a.Nation.Capitals) + len(a.Nation.Seats)
			for _, p := range a.Nation.Places {
				n += 1 + len(p.Adjectives)
			}
		}
	}
	return n
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// indexTitles indexes every person role by its title and by country and
// office.
func (l *Lexicon) indexTitles() {
	roles := 0
	for _, a := range l.Actors {
		if a.Type == Person {
			roles += len(a.Roles)
		}
	}
	x := newPhraseIndex(roles / 2)
	x.expectRefs(roles)
	l.holders = map[holderKey][]roleRef{}
	refs := make([]roleRef, 0, roles)
	for i, a := range l.Actors {
		if a.Type != Person {
			continue
		}
		for j := range a.Roles {
			role := &a.Roles[j]
			ref := roleRef{actor: int32(i), role: int32(j), country: l.roleCountry(role.Code)}
			for _, o := range role.Offices.List() {
				k := holderKey{ref.country, o}
				l.holders[k] = append(l.holders[k], ref)
			}
			if _, ok := x.insertName(role.Title, int32(len(refs))); ok {
				refs = append(refs, ref)
			}
		}
	}
	l.titleRefs = layoutOwned(x, refs)
	l.titles = x
}

// indexAgents indexes agent phrases.
func (l *Lexicon) indexAgents() {
	x := newPhraseIndex(len(l.Agents) + len(l.Issues))
	x.expectRefs(len(l.Agents))
	for i, a := range l.Agents {
		x.insertName(a.Phrase, int32(i))
	}
	l.agentRefs = layout(x, l.Agents)
	l.agents = x
}

// indexPatterns maps anchor lemmas and forms to patterns.
func (l *Lexicon) indexPatterns() {
	l.anchors = make(map[string][]*Pattern, len(l.Patterns))
	for _, p := range l.Patterns {
		for _, alt := range p.Anchor.Alts {
			l.addAnchor(alt.Lemma(), p)
			for _, f := range alt.Forms {
				l.addAnchor(f, p)
			}
		}
	}
}

// addAnchor files p under word once.
func (l *Lexicon) addAnchor(word string, p *Pattern) {
	word = strings.ToLower(word)
	list := l.anchors[word]
	if n := len(list); n > 0 && list[n-1] == p {
		return
	}
	l.anchors[word] = append(list, p)
}

// indexTopics indexes topic keywords.
func (l *Lexicon) indexTopics() {
	x := newPhraseIndex(1 << 10)
	var refs []*Topic
	for _, t := range l.Topics {
		for _, w := range t.Words {
			refs = append(refs, t)
			x.insert(w, int32(len(refs)-1))
		}
	}
	l.topicRefs = layoutOwned(x, refs)
	l.topics = x
}

// indexIssues indexes PETRARCH issue phrases.
func (l *Lexicon) indexIssues() {
	x := newPhraseIndex(len(l.Agents) + len(l.Issues))
	var refs []*Issue
	for _, is := range l.Issues {
		for _, f := range is.Forms {
			refs = append(refs, is)
			x.insert(f, int32(len(refs)-1))
		}
	}
	l.issueRefs = layoutOwned(x, refs)
	l.issues = x
}
