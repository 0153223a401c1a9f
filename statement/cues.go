package statement

import (
	"github.com/readout/readout/actor"
)

// cue is a word or phrase that reports speech, and what was found about it.
type cue struct {
	start, end int    // cue tokens: "said", "pointed out", "according to"
	lemma      string // base form: "say", "point", "according"
	form       cueForm
	speaker    actor.Ref
	hasSpeaker bool
	spStart    int // speaker tokens, when no entity mention covers them
	spEnd      int
}

// cueForm says how the cue sits in its sentence.
type cueForm uint8

const (
	finite     cueForm = iota // "Xi said", "stressed the Russian president"
	participle                // "saying", "adding that", "Noting that"
	according                 // "according to X"
	quotedAs                  // "X quoted Y as saying"
)

// findCues lists the cues of the current sentence in order.
func (r *run) findCues() {
	r.cues = r.cues[:0]
	n := len(r.toks)
	for t := 0; t < n; t++ {
		w := r.lower[t]
		if w == "according" && r.word(t+1) == "to" {
			r.cues = append(r.cues, cue{start: t, end: t + 2, lemma: "according", form: according})
			t++
			continue
		}
		if (w == "made" || w == "make" || w == "makes" || w == "making") && r.word(t+1) == "clear" && !r.inQuote(t) {
			form := finite
			if w == "making" {
				form = participle
			}
			r.cues = append(r.cues, cue{start: t, end: t + 2, lemma: "make clear", form: form})
			t++
			continue
		}
		lemma, ok := actor.SpeechLemma(w)
		if !ok || !r.verbUse(t, lemma) {
			continue
		}
		c := cue{start: t, end: t + 1, lemma: lemma, form: finite}
		if lemma == "point" {
			c.end = t + 2
		}
		if isParticiple(w) {
			c.form = participle
			if r.word(t-1) == "as" && r.quotedBefore(t-1) >= 0 {
				c.form = quotedAs
			}
		}
		r.cues = append(r.cues, c)
	}
}

// verbUse says whether a speech word at t is used as a verb that reports
// speech: the tagger's VERB when there is a parse; otherwise not after a
// determiner, not capitalised mid-sentence, not passive, and for words that
// are also nouns or need a particle, with their usual company ("pointed
// out", "called for", "continued" before a quotation).
func (r *run) verbUse(t int, lemma string) bool {
	w := r.lower[t]
	prev := r.word(t - 1)
	if determiners[prev] || r.inQuote(t) || r.filler(t) {
		return false // "the accused"; a verb inside a quotation is part of it
	}
	if u := r.toks[t].Rel; u == "acl" || u == "amod" {
		return false // "the black hole described in the study"
	}
	if r.parsed() {
		if u := r.toks[t].UPOS; u != "VERB" && !(u == "AUX" && lemma == "say") && !unambiguous[w] {
			return false
		}
	} else {
		if t > 0 && r.toks[t].Text != w && !startsClause(r.word(t-1)) {
			return false
		}
		if !isPast(w) && !isParticiple(w) && !r.subjectBefore(t) {
			return false
		}
	}
	if be[prev] || be[r.word(t-2)] && adverbs[prev] {
		return false // passive: "was told", "were reported"
	}
	if (prev == "to" && w != "say" || clauseVerbs[lemma]) && !r.clauseAfter(t) {
		return false // "helped to predict the weather", "observing a test"
	}
	next := r.word(t + 1)
	switch lemma {
	case "point":
		return next == "out"
	case "call":
		return next == "for" || next == "on" || next == "upon" || r.quoteAfter(t)
	case "continue":
		return r.quoteAfter(t)
	case "state":
		return w != "states" || r.subjectBefore(t)
	case "report":
		return !isParticiple(w) || prev == ","
	}
	return true
}

// subjectBefore says whether a noun phrase, pronoun, auxiliary or adverb
// stands right before t, as before a finite verb.
func (r *run) subjectBefore(t int) bool {
	if t == 0 {
		return false
	}
	p := r.lower[t-1]
	if auxiliaries[p] || adverbs[p] || personal[p] {
		return true
	}
	_, ok := r.mentionEndingAt(t)
	return ok
}

// quoteAfter says whether a quotation opens soon after t ("continued,
// \"And I hope", "called the agreement \"null and void\"").
func (r *run) quoteAfter(t int) bool {
	for k := t + 1; k < len(r.toks) && k <= t+8; k++ {
		if isQuote(r.toks[k].Text) {
			return true
		}
	}
	return false
}

// filler says whether a speech verb is a turn of phrase, not a report:
// "as I said", "let's say", "I would say", a question to the reader
// ("Could you explain"), an imperative that opens a sentence ("Tell us").
func (r *run) filler(t int) bool {
	p1, p2 := r.word(t-1), r.word(t-2)
	switch {
	case p1 == "as" && r.lower[t] != "saying" || p2 == "as" && personal[p1],
		p1 == "'s" && p2 == "let", p1 == "let's",
		(p1 == "would" || p1 == "could" || p1 == "might") && (p2 == "i" || p2 == "we" || p2 == "you"),
		p1 == "you" || p2 == "you" && adverbs[p1] || r.word(t-2) == "you",
		(t == 0 || p1 == ")") && !isPast(r.lower[t]) && !isParticiple(r.lower[t]) && len(r.lower[t]) > 0,
		(p1 == "can" || p1 == "could") && r.lower[t] == "tell",
		p1 == "to" && r.lower[t] == "say" && (p2 == "hard" || p2 == "fair" || p2 == "safe" || p2 == "needless"):
		return true
	}
	n := len(r.toks)
	return n > 0 && r.toks[n-1].Text == "?" && r.hasWord("you")
}

// hasWord says whether the sentence holds a word.
func (r *run) hasWord(w string) bool {
	for _, x := range r.lower {
		if x == w {
			return true
		}
	}
	return false
}

// clauseAfter says whether what follows t is reported speech: "that", a
// quotation or a colon soon after it, or, with a parse, a clause that
// depends on the verb.
func (r *run) clauseAfter(t int) bool {
	if r.word(t-1) != "to" && (t+1 >= len(r.toks) || isFinalPunct(r.toks[t+1].Text) || r.toks[t+1].Text == ",") && r.setOff(t) {
		return true // ", he added." closes the statement before it
	}
	for k := t + 1; k < len(r.toks) && k <= t+8; k++ {
		w := r.lower[k]
		if w == "that" || w == ":" || isQuote(w) {
			return true
		}
		if w == "." || w == ";" {
			break
		}
	}
	if r.parsed() {
		for i := range r.toks {
			if r.toks[i].Head-1 == t && (r.toks[i].Rel == "ccomp" || r.toks[i].Rel == "parataxis") {
				return true
			}
		}
	}
	return false
}

// setOff says whether a comma or quotation mark stands shortly before
// the cue's subject: the cue then follows the statement it reports.
func (r *run) setOff(t int) bool {
	for k := t - 1; k >= 0 && k >= t-6; k-- {
		if w := r.toks[k].Text; w == "," || isQuote(w) {
			return true
		}
	}
	return false
}

// clauseVerbs report speech only with a clause or a quotation after them:
// otherwise they mean something else ("observing a test", "predict the
// weather", "recalled to Scripps").
var clauseVerbs = setOf("observe", "predict", "maintain", "recall", "reveal", "mention", "indicate",
	"report", "suggest", "write", "ask", "add", "confirm", "respond", "continue", "post")

// quotedBefore returns the token of "quoted" in "X quoted Y as saying"
// before t, or -1.
func (r *run) quotedBefore(t int) int {
	for k := t - 1; k >= 0 && k >= t-15; k-- {
		if r.lower[k] == "quoted" {
			return k
		}
	}
	return -1
}

// unambiguous are forms that report speech whatever the tagger says.
var unambiguous = setOf("said", "says", "saying", "told", "tells")

func isParticiple(w string) bool {
	return len(w) > 4 && w[len(w)-3:] == "ing"
}

func isPast(w string) bool {
	switch w {
	case "said", "told", "wrote", "written":
		return true
	}
	return len(w) > 3 && w[len(w)-2:] == "ed"
}

func isQuote(s string) bool { return s == "\"" || s == "''" || s == "``" }

func startsClause(w string) bool { return w == "" || w == "\"" || w == "(" }

var determiners = setOf("the", "a", "an", "his", "her", "its", "their", "our", "my", "your",
	"this", "these", "those", "no", "any", "every", "each", "such", "whose")

var be = setOf("is", "are", "was", "were", "be", "been", "being", "am")

var auxiliaries = setOf("has", "had", "have", "will", "would", "can", "could", "should", "may",
	"might", "must", "did", "does", "do", "also", "then")

var adverbs = setOf("also", "further", "once", "again", "repeatedly", "strongly", "later",
	"reportedly", "previously", "earlier", "separately", "publicly", "recently", "personally",
	"immediately", "firmly", "clearly", "explicitly", "specifically", "directly", "still",
	"subsequently", "not", "never", "always", "finally", "openly", "officially", "formally",
	"quickly", "already", "yesterday", "today", "however", "had", "has", "have")

var personal = setOf("he", "she", "they", "we", "i", "you", "it", "who")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
