package petrarch

import (
	"fmt"
	"strings"

	"github.com/readout/readout/document"
	"github.com/readout/readout/lexicon"
)

// emit appends the coded events to d, with an entity for each actor code
// an event names (one entity per code, a mention per noun phrase).
func (c *Coder) emit(d *document.Document, events []coded, sents []int) {
	ents := entityTable{d: d, byCode: map[string]int{}}
	for i, e := range events {
		si := sents[i]
		ev := document.Event{
			Sentence: si,
			Source:   eventActor(e.source),
			Target:   eventActor(e.target),
			Code:     e.code,
			Root:     lexicon.Root(e.code),
			Date:     d.Published,
			Modality: document.Asserted,
		}
		ev.SourceEntity = ents.mention(si, ev.Source, e.src)
		ev.TargetEntity = ents.mention(si, ev.Target, e.tgt)
		c.describe(&ev)
		ev.Evidence = c.evidence(d, si, e)
		d.Events = append(d.Events, ev)
	}
}

// eventActor turns PETRARCH's null actor into readout's empty code.
func eventActor(code string) string {
	if code == nullActor {
		return ""
	}
	return code
}

// describe fills the QuadClass, Goldstein score and PLOVER type of the
// event's code from the lexicon's codes table, when it has the code.
func (c *Coder) describe(ev *document.Event) {
	row, ok := c.lex.Code(ev.Code)
	if !ok && len(ev.Code) > 3 {
		row, ok = c.lex.Code(ev.Code[:3])
	}
	if ok {
		ev.Goldstein, ev.Plover, ev.PloverMode = row.Goldstein, row.Plover, row.PloverMode
		ev.QuadClass = row.Quad
	}
	if ev.QuadClass == 0 {
		ev.QuadClass = quadOf(ev.Root)
	}
}

// quadOf returns the CAMEO QuadClass of a root code: 01-05 verbal
// cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20
// material conflict; 0 for anything else.
func quadOf(root string) int {
	var n int
	if _, err := fmt.Sscanf(root, "%d", &n); err != nil || len(root) != 2 {
		return 0
	}
	switch {
	case n >= 1 && n <= 5:
		return 1
	case n >= 6 && n <= 8:
		return 2
	case n >= 9 && n <= 13:
		return 3
	case n >= 14 && n <= 20:
		return 4
	}
	return 0
}

// evidence says where the event is: the source and target phrases, the
// verb, and the pattern (or verb line) with its file:line.
func (c *Coder) evidence(d *document.Document, si int, e coded) document.Evidence {
	toks := d.Sentences[si].Tokens
	span := func(from, to int) document.Span {
		if from < 0 || to <= from || to > len(toks) {
			return document.Span{}
		}
		return d.SpanOf(toks[from].Start, toks[to-1].End)
	}
	ev := document.Evidence{Rule: e.rule.Pos.Rule(), Pattern: e.rule.Text}
	if e.verb != nil {
		ev.VerbSpan = span(e.verb.first, e.verb.last+1)
	}
	if e.src != nil {
		ev.SourceSpan = span(e.src.start, e.src.end)
	}
	if e.tgt != nil {
		ev.TargetSpan = span(e.tgt.start, e.tgt.end)
	}
	return ev
}

// entityTable collects the entities events name.
type entityTable struct {
	d      *document.Document
	byCode map[string]int // actor code -> index in d.Entities
}

// mention returns the id of the entity with code (made when first met)
// and records phrase p of sentence si as a mention of it. The null actor
// has no entity.
func (t *entityTable) mention(si int, code string, p *nphrase) string {
	if code == "" {
		return ""
	}
	k, ok := t.byCode[code]
	if !ok {
		k = len(t.d.Entities)
		t.d.Entities = append(t.d.Entities, document.Entity{
			ID: fmt.Sprintf("e%d", k+1), Actor: code, Type: entityType(code),
			Country: countryPart(code), Name: strings.Trim(code, `"`),
		})
		t.byCode[code] = k
	}
	ent := &t.d.Entities[k]
	if p != nil {
		toks := t.d.Sentences[si].Tokens
		m := document.Mention{Sentence: si, Start: toks[p.start].Start, End: toks[p.end-1].End, Kind: "name"}
		m.Text = t.d.Snippet(m.Start, m.End)
		if len(ent.Mentions) == 0 || ent.Mentions[len(ent.Mentions)-1] != m {
			ent.Mentions = append(ent.Mentions, m)
		}
		if ent.Name == code || strings.HasPrefix(code, `"`) {
			ent.Name = m.Text
		}
	}
	return ent.ID
}

// entityType guesses an entity type from a CAMEO code: a bare country
// code is a country, an international code an organisation, a quoted new
// actor or agent-only code a group, anything else an organisation.
func entityType(code string) string {
	switch {
	case strings.HasPrefix(code, `"`) || strings.HasPrefix(code, nullActor):
		return document.Group
	case len(code) == 3 && !lexicon.InternationalCodes[code]:
		return document.Country
	}
	return document.Organization
}

// countryPart returns the country a code starts with, "" for
// international, null and quoted codes.
func countryPart(code string) string {
	if len(code) < 3 || strings.HasPrefix(code, `"`) || strings.HasPrefix(code, nullActor) {
		return ""
	}
	if lexicon.InternationalCodes[code[:3]] || !lexicon.ValidActorCode(code[:3]) {
		return ""
	}
	return code[:3]
}
