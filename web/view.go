package web

import "github.com/readout/readout/document"

// ArticleView is what the article and "code this" pages show.
type ArticleView struct {
	Doc        *document.Document
	Pieces     []Piece
	Events     []EventView
	Statements []StatementView
}

// EventView is an event with the names of its actors.
type EventView struct {
	document.Event
	Index                  int
	SourceName, TargetName string
	Verb, Rule, Pattern    string
	Speaker                string
}

// StatementView is a statement with the text of its speaker mention.
type StatementView struct {
	document.Statement
	Index       int
	SpeakerText string
	Content     string
}

// NewArticleView prepares a document for display.
func NewArticleView(d *document.Document) ArticleView {
	v := ArticleView{Doc: d, Pieces: Highlight(d)}
	name := func(id string) string {
		if e := d.EntityByID(id); e != nil {
			return e.Name
		}
		return ""
	}
	for i, e := range d.Events {
		verb := e.Evidence.VerbSpan.Text
		if verb == "" {
			verb = d.Snippet(e.Evidence.VerbSpan.Start, e.Evidence.VerbSpan.End)
		}
		v.Events = append(v.Events, EventView{Event: e, Index: i, SourceName: name(e.SourceEntity),
			TargetName: name(e.TargetEntity), Verb: verb, Rule: e.Evidence.Rule, Pattern: e.Evidence.Pattern,
			Speaker: name(e.SpeakerEntity)})
	}
	for i, s := range d.Statements {
		content := s.Content.Text
		if content == "" {
			content = d.Snippet(s.Content.Start, s.Content.End)
		}
		spk := s.SpeakerSpan.Text
		if spk == "" {
			spk = d.Snippet(s.SpeakerSpan.Start, s.SpeakerSpan.End)
		}
		if spk == s.Speaker {
			spk = ""
		}
		v.Statements = append(v.Statements, StatementView{Statement: s, Index: i, SpeakerText: spk, Content: content})
	}
	return v
}
