package format

import (
	"bufio"
	"encoding/json"
	"fmt"

	"github.com/readout/readout/document"
)

// PloverRecord is one event in the PLOVER JSON record form.
type PloverRecord struct {
	ID        string        `json:"id"`
	Date      string        `json:"date"`
	Source    []PloverActor `json:"source"`
	Target    []PloverActor `json:"target"`
	Event     string        `json:"event"`
	EventText string        `json:"eventText"`
	Mode      string        `json:"mode"`
	Context   []string      `json:"context"`
	Text      string        `json:"text"`
	CAMEO     string        `json:"cameo"`
	Negated   bool          `json:"negated,omitempty"`
	Modality  string        `json:"modality,omitempty"`
	Article   string        `json:"article"`
	Rule      string        `json:"rule,omitempty"`
}

// PloverActor is a PLOVER actor: its text, country code and sector.
type PloverActor struct {
	ActorText string `json:"actorText"`
	Code      string `json:"code"`
	Sector    string `json:"sector"`
}

type ploverWriter struct {
	w   *bufio.Writer
	enc *json.Encoder
}

func (p *ploverWriter) Write(d *document.Document) error {
	for i, e := range d.Events {
		if err := p.enc.Encode(Plover(d, i, e)); err != nil {
			return err
		}
	}
	return nil
}

func (p *ploverWriter) Flush() error { return p.w.Flush() }

// Plover turns the i-th event of a document into a PLOVER record.
func Plover(d *document.Document, i int, e document.Event) PloverRecord {
	r := PloverRecord{
		ID: fmt.Sprintf("%s-%d", d.ID, i+1), Date: e.Date, Event: e.Plover, Mode: e.PloverMode,
		EventText: e.Evidence.VerbSpan.Text, CAMEO: e.Code, Article: d.ID, Rule: e.Evidence.Rule,
		Context: d.Topics, Source: []PloverActor{}, Target: []PloverActor{},
	}
	if r.Context == nil {
		r.Context = []string{}
	}
	if e.Modality != document.Asserted {
		r.Modality = e.Modality
	}
	r.Negated = e.Negated
	if e.Sentence >= 0 && e.Sentence < len(d.Sentences) {
		r.Text = d.Sentences[e.Sentence].Text
	}
	if e.Source != "" {
		r.Source = append(r.Source, ploverActor(e.Source, e.Evidence.SourceSpan.Text))
	}
	if e.Target != "" {
		r.Target = append(r.Target, ploverActor(e.Target, e.Evidence.TargetSpan.Text))
	}
	return r
}

// ploverActor splits a CAMEO actor code into PLOVER's country and sector.
func ploverActor(code, text string) PloverActor {
	a := PloverActor{ActorText: text, Code: code}
	if len(code) > 3 {
		a.Code, a.Sector = code[:3], code[3:]
	}
	return a
}
