package eval

import (
	"fmt"
	"math"
	"strings"

	"github.com/readout/readout/document"
)

// Check is one gold item and whether readout found it.
type Check struct {
	Kind   string // event, quote, entity, amount, publisher, topic
	Level  string // must or should
	Want   string // the gold item, for people
	Found  bool
	Detail string // what readout gave instead, when not found
	// Sentences are the indexes of the document's sentences that hold the
	// gold sentence (events, quotes and amounts only).
	Sentences []int
}

// ArticleScore is the outcome of scoring one coded article against its
// annotation.
type ArticleScore struct {
	Article string
	Checks  []Check
}

// Count returns how many checks of a kind and level were found, of how many.
func (s *ArticleScore) Count(kind, level string) (found, total int) {
	for _, c := range s.Checks {
		if c.Kind == kind && c.Level == level {
			total++
			if c.Found {
				found++
			}
		}
	}
	return found, total
}

// ScoreArticle compares a coded document with its annotation.
func ScoreArticle(a *Annotation, d *document.Document) *ArticleScore {
	s := &ArticleScore{Article: a.Article}
	for _, level := range []struct {
		name string
		evs  []GoldEvent
		qs   []GoldQuote
	}{{"must", a.Events.Must, a.Quotes.Must}, {"should", a.Events.Should, a.Quotes.Should}} {
		for _, g := range level.evs {
			s.Checks = append(s.Checks, checkEvent(d, g, level.name))
		}
		for _, g := range level.qs {
			s.Checks = append(s.Checks, checkQuote(d, g, level.name))
		}
	}
	for _, g := range a.Entities.Must {
		s.Checks = append(s.Checks, checkEntity(d, g))
	}
	for _, g := range a.Amounts.Must {
		s.Checks = append(s.Checks, checkAmount(d, g))
	}
	for _, g := range a.Attribution.Must {
		s.Checks = append(s.Checks, Check{Kind: "publisher", Level: "must", Want: g.Publisher,
			Found: norm(d.Publisher) == norm(g.Publisher), Detail: "got " + quoteOrNone(d.Publisher)})
	}
	for _, g := range a.Topics.Should {
		s.Checks = append(s.Checks, checkTopic(d, g))
	}
	return s
}

func country(code string) string {
	if len(code) > 3 {
		return code[:3]
	}
	return code
}

func checkEvent(d *document.Document, g GoldEvent, level string) Check {
	c := Check{Kind: "event", Level: level, Want: fmt.Sprintf("%s→%s %s (%s) in %q", g.Source, orNone(g.Target), g.Best, strings.Join(g.Codes, "|"), g.Sentence)}
	sents := sentencesOpening(d, g.Sentence)
	c.Sentences = sents
	if len(sents) == 0 {
		c.Detail = "sentence not found"
		return c
	}
	var got []string
	for _, e := range d.Events {
		if !contains(sents, e.Sentence) {
			continue
		}
		got = append(got, fmt.Sprintf("%s→%s %s %s", e.Source, orNone(e.Target), e.Code, e.Date))
		if country(e.Source) != country(g.Source) || country(e.Target) != country(g.Target) || !hasPrefixAny(e.Code, g.Codes) {
			continue
		}
		if g.Date != "" && e.Date != g.Date {
			continue
		}
		c.Found = true
		return c
	}
	c.Detail = "got " + listOrNone(got)
	return c
}

func checkQuote(d *document.Document, g GoldQuote, level string) Check {
	c := Check{Kind: "quote", Level: level, Want: fmt.Sprintf("%s (%s) in %q", g.Speaker, g.Cue, g.Sentence)}
	sents := sentencesOpening(d, g.Sentence)
	c.Sentences = sents
	if len(sents) == 0 {
		c.Detail = "sentence not found"
		return c
	}
	var got []string
	for _, st := range d.Statements {
		if !contains(sents, st.Sentence) {
			continue
		}
		got = append(got, fmt.Sprintf("%s (%s)", quoteOrNone(st.Speaker), st.Cue))
		if sameSpeaker(d, st, g.Speaker) {
			c.Found = true
			return c
		}
	}
	c.Detail = "got " + listOrNone(got)
	return c
}

// sameSpeaker says whether a statement's speaker is the gold person: the
// resolved name, or a name mention of the speaker's entity, equals it.
func sameSpeaker(d *document.Document, st document.Statement, want string) bool {
	w := norm(want)
	if norm(st.Speaker) == w {
		return true
	}
	if e := d.EntityByID(st.SpeakerEntity); e != nil {
		if norm(e.Name) == w {
			return true
		}
		for _, m := range e.Mentions {
			if norm(m.Text) == w {
				return true
			}
		}
	}
	return false
}

func checkEntity(d *document.Document, g GoldEntity) Check {
	c := Check{Kind: "entity", Level: "must", Want: fmt.Sprintf("%s %s", g.Name, g.Actor)}
	var got []string
	for _, e := range d.Entities {
		if !entityNamed(e, g.Name) {
			continue
		}
		got = append(got, e.Name+" "+quoteOrNone(e.Actor))
		if !sameActor(e.Actor, g.Actor) {
			continue
		}
		if missing := missingMentions(e, g.Mentions); len(missing) > 0 {
			got[len(got)-1] += " missing mentions " + strings.Join(missing, ", ")
			continue
		}
		c.Found = true
		return c
	}
	c.Detail = "got " + listOrNone(got)
	return c
}

// sameActor says whether a coded actor is the gold one: the same code, or a
// refinement of a gold code that names a role (YEMREBHTI, the Houthis, is a
// YEMREB). A country's code is not refined this way: RUSGOV is not RUS.
func sameActor(got, want string) bool {
	return got == want || len(want) >= 6 && strings.HasPrefix(got, want)
}

func entityNamed(e document.Entity, name string) bool {
	n := norm(name)
	if norm(e.Name) == n {
		return true
	}
	for _, m := range e.Mentions {
		if norm(m.Text) == n {
			return true
		}
	}
	return false
}

func missingMentions(e document.Entity, want []string) []string {
	var missing []string
	for _, w := range want {
		found := false
		for _, m := range e.Mentions {
			if norm(m.Text) == norm(w) {
				found = true
				break
			}
		}
		if !found {
			missing = append(missing, w)
		}
	}
	return missing
}

func checkAmount(d *document.Document, g GoldAmount) Check {
	c := Check{Kind: "amount", Level: "must", Want: fmt.Sprintf("%g %s in %q", g.Value, g.Unit, g.Sentence)}
	sents := sentencesOpening(d, g.Sentence)
	c.Sentences = sents
	var got []string
	for _, a := range d.Amounts {
		if !contains(sents, a.Sentence) {
			continue
		}
		got = append(got, fmt.Sprintf("%g %s", a.Value, a.Unit))
		if math.Abs(a.Value-g.Value) < 1e-9*math.Max(1, math.Abs(g.Value)) && norm(a.Unit) == norm(g.Unit) {
			c.Found = true
			return c
		}
	}
	c.Detail = "got " + listOrNone(got)
	return c
}

func checkTopic(d *document.Document, want string) Check {
	c := Check{Kind: "topic", Level: "should", Want: want}
	for _, t := range d.Topics {
		if norm(t) == norm(want) {
			c.Found = true
			return c
		}
	}
	c.Detail = "got " + listOrNone(d.Topics)
	return c
}

func contains(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

func hasPrefixAny(code string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(code, p) {
			return true
		}
	}
	return false
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

func quoteOrNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return fmt.Sprintf("%q", s)
}

func listOrNone(xs []string) string {
	if len(xs) == 0 {
		return "nothing"
	}
	return strings.Join(xs, "; ")
}
