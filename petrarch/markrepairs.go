package petrarch

// subordinators open a clause; as prepositions they take a noun only.
var subordinators = setOf("as", "while", "when", "after", "before", "because", "since", "until", "once")

// clauseTakenForSubject turns a time phrase that the parser made the
// subject of a verb coordinated with the sentence's verb without "and"
// ("comes a day | before Sarkozy heads to Beijing", read as a day before
// Sarkozy that heads) into a measure of the sentence's verb, and the
// noun after the conjunction into the subject of the clause the
// conjunction opens: a clause joined with no conjunction and a subject
// with a clause's conjunction inside it are both signs of that misreading.
func (s *sent) clauseTakenForSubject() bool {
	changed := false
	for v := range s.toks {
		g := s.head[v]
		if g < 0 || g > v || base(s.rel[v]) != "conj" || !s.verbal(v) || !s.verbal(g) || s.hasConjunction(v) || s.subjects(v) != 1 {
			continue
		}
		x := -1
		for _, k := range s.kids[v] {
			if base(s.rel[k]) == "nsubj" {
				x = k
			}
		}
		if x < g || s.lastOf(x)+1 != v || !s.nominal(x) {
			continue
		}
		y := -1
		for _, k := range s.kids[x] {
			if k > x && base(s.rel[k]) == "nmod" && s.lastOf(k) == v-1 {
				y = k
			}
		}
		if y < 0 {
			continue
		}
		a := s.firstOf(y)
		if s.head[a] != y || s.rel[a] != "case" || !subordinators[s.words[a]] {
			continue
		}
		s.attach(x, g, "obl:tmod")
		s.attach(y, v, "nsubj")
		s.attach(a, v, "mark")
		s.rel[v] = "advcl"
		changed = true
	}
	return changed
}
