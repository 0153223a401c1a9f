package statement

import (
	"strings"

	"github.com/readout/readout/document"
)

// emit writes cue k of the current sentence as a Statement.
func (r *run) emit(k int) {
	c := &r.cues[k]
	toks := r.toks
	st := document.Statement{
		Sentence: r.s,
		Cue:      r.cueText(c),
		CueSpan:  r.d.SpanOf(toks[c.start].Start, toks[c.end-1].End),
	}
	if c.form == quotedAs {
		q := r.quotedBefore(c.start - 1)
		st.Cue = "quoted as saying"
		st.CueSpan = r.d.SpanOf(toks[q].Start, toks[c.end-1].End)
	}
	if !c.hasSpeaker {
		if s, e := r.subjectPhrase(c); s < e {
			st.Speaker = r.d.Text[toks[s].Start:toks[e-1].End]
			st.SpeakerSpan = r.d.SpanOf(toks[s].Start, toks[e-1].End)
		}
	}
	if c.hasSpeaker {
		m := c.speaker
		st.SpeakerEntity = m.Entity.ID
		st.Speaker = m.Entity.Name
		st.SpeakerActor = m.Entity.Actor
		st.SpeakerSpan = r.d.SpanOf(m.Mention.Start, m.Mention.End)
		if st.Speaker == "" {
			st.Speaker = m.Mention.Text
		}
	}
	s, e := r.content(k)
	if s < e && e <= len(toks) {
		var direct bool
		if direct, s, e = r.quoted(s, e); s < e {
			st.Direct = direct
			st.Content = r.d.SpanOf(toks[s].Start, toks[e-1].End)
		}
	}
	st.AccordingTo = r.accordingTo(k)
	r.d.Statements = append(r.d.Statements, st)
}

// cueText is the cue as written, in lower case ("said", "pointed out",
// "according to").
func (r *run) cueText(c *cue) string {
	if c.end-c.start == 1 {
		return r.lower[c.start]
	}
	return strings.Join(r.lower[c.start:c.end], " ")
}

// content returns the tokens of what cue k reports. A cue with its
// speaker at the end of the sentence (", Xi said.", ", stressed the
// Russian president.") reports what comes before; one set off inside the
// sentence ("Russia, he said, stands ready") the whole sentence; any other
// what follows it, up to the next cue of a participle (", adding that").
func (r *run) content(k int) (int, int) {
	c := &r.cues[k]
	after, lead, end := r.bounds(c)
	if r.closes(after, end, k) {
		if lead > 0 && r.toks[lead-1].Text == "," {
			return 0, lead - 1
		}
		return 0, lead
	}
	if lead > 0 && r.toks[lead-1].Text == "," && k == 0 && r.parenthetical(after) {
		return 0, end
	}
	s := after
	for s < end && (r.lower[s] == "that" || r.lower[s] == "," || r.lower[s] == ":" || r.lower[s] == "out" && c.lemma == "point") {
		s++
	}
	if e, ok := r.frontedEnd(k, s); ok {
		return s, e
	}
	for j := k + 1; j < len(r.cues); j++ {
		if x := &r.cues[j]; x.form == participle && x.start > s {
			e := x.start
			for e > s && r.toks[e-1].Text == "," {
				e--
			}
			return s, e
		}
	}
	return s, end
}

// bounds returns where a cue's clause leaves off (after the cue, or after
// its speaker when the speaker follows it), where it starts (the speaker
// before the cue), and the end of the sentence before its final
// punctuation.
func (r *run) bounds(c *cue) (after, lead, end int) {
	end = len(r.toks)
	for end > 0 && isFinalPunct(r.toks[end-1].Text) {
		end--
	}
	after, lead = c.end, c.start
	if c.hasSpeaker {
		switch {
		case c.form == according, c.speaker.Start >= c.end && c.speaker.Start <= c.end+1:
			after = c.speaker.End // "according to X", inverted ", said X"
		case c.speaker.End <= c.start:
			lead = c.speaker.Start
		}
	}
	return after, lead, end
}

// frontedEnd ends the content of an opening participle ("Noting that X,
// Xi pointed out ...") at the comma before the next cue's speaker.
func (r *run) frontedEnd(k, s int) (int, bool) {
	if c := &r.cues[k]; c.form != participle || c.start != 0 || k+1 >= len(r.cues) {
		return 0, false
	}
	next := &r.cues[k+1]
	e := next.start
	if next.hasSpeaker && next.speaker.Start < e {
		e = next.speaker.Start
	}
	for e > s && r.toks[e-1].Text != "," {
		e--
	}
	return e - 1, e > s+1
}

// closes says whether nothing but punctuation or a following participle
// cue comes after token a: the cue then closes its statement.
func (r *run) closes(a, end, k int) bool {
	if a >= end {
		return true
	}
	if r.toks[a].Text == "," && k+1 < len(r.cues) && r.cues[k+1].start == a+1 && r.cues[k+1].form == participle {
		return true
	}
	return false
}

// parenthetical says whether the cue's clause is set off by commas
// (", he said,") with the statement going on after it.
func (r *run) parenthetical(a int) bool {
	return a < len(r.toks)-1 && r.toks[a].Text == ","
}

// quoted strips quotation marks around [s, e) and says whether there were
// any: a direct statement.
func (r *run) quoted(s, e int) (bool, int, int) {
	direct := false
	if s < e && isQuote(r.toks[s].Text) {
		direct = true
		s++
		for k := s; k < e; k++ {
			if isQuote(r.toks[k].Text) {
				e = k
				break
			}
		}
	}
	if s < e && isQuote(r.toks[e-1].Text) {
		direct = true
		e--
		for e > s && (r.toks[e-1].Text == "," || r.toks[e-1].Text == ".") {
			e--
		}
	}
	for e > s && (r.toks[e-1].Text == "," || r.toks[e-1].Text == ":") {
		e--
	}
	return direct, s, e
}

func isFinalPunct(s string) bool {
	switch s {
	case ".", "..", "...", "!", "?", ";", ":":
		return true
	}
	return false
}

// accordingTo names the outlet that reports cue k's statement: a news
// organisation the sentence credits ("according to ISNA", "NPR reported")
// other than the speaker itself, else the document's publisher.
func (r *run) accordingTo(k int) string {
	c := &r.cues[k]
	for j := range r.cues {
		x := &r.cues[j]
		if j == k || !x.hasSpeaker || !isMedia(x.speaker.Entity.Actor) {
			continue
		}
		if x.form == according || x.lemma == "report" || x.lemma == "quote" {
			if !c.hasSpeaker || c.speaker.Entity.ID != x.speaker.Entity.ID {
				return x.speaker.Entity.Name
			}
		}
	}
	return r.d.Publisher
}

// isMedia says whether an actor code is a news organisation's (MED).
func isMedia(code string) bool {
	for i := 3; i+3 <= len(code); i += 3 {
		if code[i:i+3] == "MED" {
			return true
		}
	}
	return false
}

// subjectPhrase returns the words right before a finite cue that no
// entity covers ("a fire officer said", "Fallows remarked"): the
// speaker as written, when the actor stage named no one.
func (r *run) subjectPhrase(c *cue) (int, int) {
	if c.form == according {
		return r.accordingPhrase(c)
	}
	if c.form != finite {
		return 0, 0
	}
	e := c.start
	for e > 0 && (adverbs[r.lower[e-1]] || auxiliaries[r.lower[e-1]] || r.lower[e-1] == "n't") {
		e--
	}
	if e > 0 && (r.lower[e-1] == "and" || r.lower[e-1] == "or" || r.lower[e-1] == "but") {
		return 0, 0 // "declined the request and said": the subject is further back
	}
	s := e
	for s > 0 && e-s < 5 {
		w := r.lower[s-1]
		if w == "," || w == "\"" || w == "that" || w == ":" || w == "and" || w == "or" || w == ")" || w == "(" || w == "as" || prepositions[w] ||
			personal[w] && s < e || r.toks[s-1].UPOS == "VERB" {
			break
		}
		s--
		if determiners[w] {
			break
		}
	}
	return s, e
}

// accordingPhrase returns the words after "according to" up to a comma
// or the end ("according to The Guardian", "according to eyewitness
// reports").
func (r *run) accordingPhrase(c *cue) (int, int) {
	s, e := c.end, c.end
	for e < len(r.toks) && e < c.end+8 && !closing(r.toks[e].Text) {
		e++
	}
	return s, e
}
