package actor

// markRoles flags the chunks that are subjects and speakers, which makes
// them more salient. With a parse, a subject is a nominal subject and a
// speaker the subject of a speech verb; without one, word order decides:
// the first actor of the main clause is its subject, and an actor next to a
// speech verb ("Xi said", "stressed the Russian president", "according to
// al-Eryani") its speaker.
func (r *run) markRoles() {
	if r.v.parsed {
		r.markParsed()
		return
	}
	v := &r.v
	start := 0
	if len(v.forms) > 0 && fronting[v.lower[0]] {
		for t, f := range v.forms {
			if f == "," {
				start = t + 1
				break
			}
		}
	}
	subject := false
	for k := range r.chunks {
		c := &r.chunks[k]
		if !subject && c.start >= start && (c.start == 0 || !prepositions[v.lower[c.start-1]]) {
			c.subject, subject = true, true
		}
		if r.speechAfter(c.end) || r.speechBefore(c.start) {
			c.speaker, c.subject = true, true
		}
	}
}

// markParsed reads subjects and speakers from the dependency parse.
func (r *run) markParsed() {
	v := &r.v
	for k := range r.chunks {
		c := &r.chunks[k]
		// a token of the chunk is the subject of a verb outside it
		// ("Greek prime minister Kyriakos Mitsotakis": the parse may
		// make "minister" the subject and the name its apposition)
		for i := c.start; i < c.end; i++ {
			t := &v.toks[i]
			g := t.Head - 1
			if len(t.Rel) < 5 || t.Rel[:5] != "nsubj" || g >= c.start && g < c.end {
				continue
			}
			c.subject = true
			if g >= 0 && g < len(v.toks) && SpeechVerb(v.lemmas[g]) {
				c.speaker = true
			}
			break
		}
		if r.speechBefore(c.start) || r.speechAfter(c.end) || r.subjectlessSpeechAfter(c.end) {
			c.speaker = true
		}
	}
}

// subjectlessSpeechAfter says whether token e is a comma closing the
// chunk before it and the next token a speech verb the parse gave no
// subject ("Following the vote, a State Department spokesperson, Morgan
// Ortagus, indicated": the parse may hang the name on the fronted phrase).
func (r *run) subjectlessSpeechAfter(e int) bool {
	v := &r.v
	g := e + 1
	if g >= len(v.forms) || v.forms[e] != "," || !SpeechVerb(v.lemmas[g]) || v.caps[g] {
		return false
	}
	for i := range v.toks {
		if v.toks[i].Head == g+1 && len(v.toks[i].Rel) >= 5 && v.toks[i].Rel[:5] == "nsubj" {
			return false
		}
	}
	return true
}

// headToken returns the token that heads a chunk: the last token of its
// head atom or description noun.
func (r *run) headToken(c *chunk) int {
	switch {
	case c.isPron:
		return c.start
	case c.noun >= 0 && (c.head < 0 || c.noun > r.atoms[c.head].start):
		return c.noun
	case c.head >= 0:
		return r.atoms[c.head].end - 1
	}
	return c.end - 1
}

// speechAfter says whether a speech verb follows token e, past adverbs,
// auxiliaries and an appositive set off by commas.
func (r *run) speechAfter(e int) bool {
	v := &r.v
	for t := e; t < len(v.forms) && t < e+4; t++ {
		l := v.lower[t]
		if _, ok := speechForms[l]; ok && !v.caps[t] {
			return l != "states" && l != "calls" && l != "reports" && l != "remarks" && l != "comments"
		}
		if !adverbs[l] && !auxiliaries[l] {
			return false
		}
	}
	return false
}

// speechBefore says whether a speech verb stands before token s in the
// inverted order (", said Xi", ", stressed the Russian president") or
// "according to" does.
func (r *run) speechBefore(s int) bool {
	v := &r.v
	if s >= 2 && v.lower[s-2] == "according" && v.lower[s-1] == "to" {
		return true
	}
	if s < 2 {
		return false
	}
	_, ok := speechForms[v.lower[s-1]]
	p := v.forms[s-2]
	return ok && (p == "," || p == "\"" || p == "'")
}

// prepositions end a subject search: an actor after one is not a subject.
var prepositions = setOf("of", "in", "on", "at", "to", "from", "with", "by", "for", "about",
	"against", "between", "among", "into", "over", "under", "through", "during", "after",
	"before", "since", "toward", "towards", "within", "without", "amid", "despite", "including")

// adverbs and auxiliaries may stand between a subject and its verb.
var adverbs = setOf("also", "further", "once", "again", "repeatedly", "strongly", "then", "later",
	"reportedly", "previously", "earlier", "separately", "publicly", "recently", "personally",
	"immediately", "firmly", "clearly", "explicitly", "specifically", "directly", "still",
	"subsequently", "however", "had", "has", "have", "not", "never", "always", "finally",
	"openly", "officially", "formally", "quickly", "first", "last", "yesterday", "today")

var auxiliaries = setOf("has", "had", "have", "was", "were", "is", "are", "will", "would", "can",
	"could", "should", "may", "might", "must", "did", "does", "do")
