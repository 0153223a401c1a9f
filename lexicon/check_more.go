package lexicon

import (
	"path"
	"slices"
	"strings"
)

// uniqueOffices are the offices a country has one holder of at a time;
// Check reports overlapping holders of these (acting and joint holders
// excepted). Others (minister, legislator, speaker of two chambers, ...)
// have many holders at once.
var uniqueOffices = []Office{
	HeadOfState, HeadOfGovernment, ForeignMinister, DefenceMinister, FinanceMinister,
	InteriorMinister, CentralBankGovernor, Monarch, SecretaryGeneral,
}

// checkOffices reports two holders of one unique office at once.
func (l *Lexicon) checkOffices(r *Report) {
	for _, office := range uniqueOffices {
		for _, country := range sortedKeys(l.countriesWithHolders(office)) {
			refs := l.plainHolders(country, office)
			for i, a := range refs {
				ra := &l.Actors[a.actor].Roles[a.role]
				_, aTo := ra.Range.certain()
				for _, b := range refs[i+1:] {
					rb := &l.Actors[b.actor].Roles[b.role]
					if bFrom, _ := rb.Range.certain(); bFrom >= aTo {
						break
					}
					if ra.Range.Overlaps(rb.Range) {
						r.errorf(rb.Pos, "", "two holders of %s of %s at once: %s (%s, %s) and %s (%s); write acting- or joint- if that is right",
							office, country, l.Actors[a.actor].Name, ra.Range, ra.Pos.Rule(), l.Actors[b.actor].Name, rb.Range)
					}
				}
			}
		}
	}
}

// countriesWithHolders returns the countries that have holders of office.
func (l *Lexicon) countriesWithHolders(office Office) map[string]bool {
	out := map[string]bool{}
	for k := range l.holders {
		if k.office == office {
			out[k.country] = true
		}
	}
	return out
}

// plainHolders returns the readout holders of an office of a country that
// are neither acting nor joint, sorted by the day they surely started.
func (l *Lexicon) plainHolders(country string, office Office) []roleRef {
	var out []roleRef
	for _, ref := range l.holders[holderKey{country, office}] {
		a := l.Actors[ref.actor]
		role := &a.Roles[ref.role]
		if a.Format == Readout && !role.Acting.Has(office) && !role.Joint.Has(office) {
			out = append(out, ref)
		}
	}
	slices.SortStableFunc(out, func(x, y roleRef) int {
		fx, _ := l.Actors[x.actor].Roles[x.role].Range.certain()
		fy, _ := l.Actors[y.actor].Roles[y.role].Range.certain()
		return int(fx) - int(fy)
	})
	return out
}

// checkNames reports a readout name that stays ambiguous on some day:
// two non-person actors with different codes, or two people whose roles in
// force on one day give different codes. (A person in a role and a country
// sharing a name are told apart by the day; see ResolveMatch.)
func (l *Lexicon) checkNames(r *Report) {
	type use struct {
		actor int
		code  string
	}
	byName := map[string][]use{}
	var order []string
	for i, a := range l.Actors {
		if a.Format != Readout {
			continue
		}
		seen := map[string]bool{}
		for _, n := range l.namesWithCodes(a) {
			k := normKey(n[0])
			if k == "" || seen[k] {
				continue
			}
			seen[k] = true
			if _, ok := byName[k]; !ok {
				order = append(order, k)
			}
			byName[k] = append(byName[k], use{i, n[1]})
		}
	}
	for _, k := range order {
		uses := byName[k]
		for i := 1; i < len(uses); i++ {
			for _, prev := range uses[:i] {
				a, b := l.Actors[prev.actor], l.Actors[uses[i].actor]
				if ca, cb, day, ok := ambiguous(a, prev.code, b, uses[i].code); ok {
					r.errorf(b.Pos, "", "name %q means both %s (%s, %s) and %s (%s)%s", k, a.Name, ca, a.Pos.Rule(), b.Name, cb, onDay(day))
				}
			}
		}
	}
}

// namesWithCodes lists an actor's names with the code each gives ("" for
// the actor's own code).
func (l *Lexicon) namesWithCodes(a *Actor) [][2]string {
	out := [][2]string{{a.Name, ""}}
	for _, n := range a.Names {
		out = append(out, [2]string{n, ""})
	}
	if n := a.Nation; n != nil {
		for _, s := range append(append(append([]string(nil), n.Adjectives...), n.Demonyms...), n.Capitals...) {
			out = append(out, [2]string{s, ""})
		}
		for _, s := range n.Seats {
			out = append(out, [2]string{s.Name, s.Code})
		}
	}
	return out
}

// ambiguous reports whether a name shared by two actors gives different
// codes on some day: the two codes and when (a zero Date for always).
func ambiguous(a *Actor, aCode string, b *Actor, bCode string) (string, string, Date, bool) {
	if aCode == "" {
		aCode = a.Code
	}
	if bCode == "" {
		bCode = b.Code
	}
	switch {
	case a.Type != Person && b.Type != Person:
		return aCode, bCode, Date{}, aCode != bCode
	case a.Type == Person && b.Type == Person:
		for i := range a.Roles {
			for j := range b.Roles {
				ra, rb := &a.Roles[i], &b.Roles[j]
				if ra.Code != rb.Code && ra.Range.Overlaps(rb.Range) {
					from := ra.Range.From
					if from.IsZero() || (!rb.Range.From.IsZero() && rb.Range.From.First() > from.First()) {
						from = rb.Range.From
					}
					return ra.Code, rb.Code, from, true
				}
			}
		}
	}
	return "", "", Date{}, false
}

func onDay(d Date) string {
	if d.IsZero() {
		return ""
	}
	return " from " + d.String()
}

// checkAgents checks agent role codes.
func (l *Lexicon) checkAgents(r *Report) {
	for _, a := range l.Agents {
		if a.Format != Readout {
			continue
		}
		for i := 0; i+3 <= len(a.Code); i += 3 {
			if seg := a.Code[i : i+3]; !RoleCodes[seg] && !InternationalCodes[seg] {
				r.warnf(a.Pos, "", "agent %q: %s is not a CAMEO role code readout knows", a.Phrase, seg)
			}
		}
	}
}

// ploverTypes are the PLOVER event types.
var ploverTypes = setOf("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
	"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "DEMAND", "OTHER")

// checkCodes checks the codes table.
func (l *Lexicon) checkCodes(r *Report) {
	for _, code := range sortedKeys(l.Codes) {
		c := l.Codes[code]
		if c.Quad == 0 {
			r.warnf(c.Pos, "", "code %s has no quad (QuadClass)", code)
		}
		if c.Plover != "" && !ploverTypes[c.Plover] {
			r.warnf(c.Pos, "", "code %s: %s is not a PLOVER event type", code, c.Plover)
		}
	}
}

// checkPatterns checks codes, files and repeats of event patterns.
func (l *Lexicon) checkPatterns(r *Report) {
	if len(l.Codes) == 0 && len(l.Patterns) > 0 {
		r.warnf(Pos{File: l.Patterns[0].Pos.File}, "", "no codes table (cameo.dict) loaded; event codes are not checked")
	}
	first := map[string]*Pattern{}
	for _, p := range l.Patterns {
		s := sev(p.Format)
		if len(p.Anchor.Alts) == 0 {
			if p.Format == Readout {
				r.errorf(p.Pos, "", "pattern has no anchor and can never match")
			}
			continue
		}
		for _, code := range []string{p.Code, p.Passive, p.Reverse} {
			if _, ok := l.Codes[code]; len(l.Codes) > 0 && code != "" && !ok && (p.Format == Readout || ValidEventCode(code)) {
				r.add(p.Pos, s, "", "event code %s is not in the codes table", code)
			}
		}
		if p.Format == Readout {
			checkPatternFile(r, p)
		}
		desc := p.Describe()
		key := p.Block + "\x00" + desc[:strings.LastIndex(desc, " => ")]
		if f, dup := first[key]; dup {
			if f.Code == p.Code && f.Passive == p.Passive && f.Reverse == p.Reverse {
				r.add(p.Pos, s, "", "duplicate pattern (same as %s)", f.Pos.Rule())
			} else {
				r.add(p.Pos, s, "", "same pattern as %s with another code (%s there)", f.Pos.Rule(), f.Code)
			}
			continue
		}
		first[key] = p
	}
}

// checkPatternFile checks that events/NN.dict holds codes of root NN.
func checkPatternFile(r *Report, p *Pattern) {
	if path.Base(path.Dir(p.Pos.File)) != "events" {
		return
	}
	root := strings.TrimSuffix(path.Base(p.Pos.File), ".dict")
	if len(root) == 2 && allDigits(root) && Root(p.Code) != root {
		r.errorf(p.Pos, "", "code %s belongs in events/%s.dict, not events/%s.dict", p.Code, Root(p.Code), root)
	}
}

// checkTopics warns about topics without keywords.
func (l *Lexicon) checkTopics(r *Report) {
	for _, t := range l.Topics {
		if len(t.Words) == 0 {
			r.warnf(t.Pos, "", "topic %s has no word", t.Key)
		}
	}
}
