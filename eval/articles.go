package eval

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/readout/readout/document"
	"github.com/readout/readout/format"
)

// articleCase is an annotation with the document of its text, ready to
// code.
type articleCase struct {
	ann *Annotation
	doc *document.Document
}

// AnnotationFiles lists the annotations in a folder: every
// *.expected.json, and expected.json.
func AnnotationFiles(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		n := e.Name()
		if !e.IsDir() && (n == "expected.json" || strings.HasSuffix(n, ".expected.json")) {
			out = append(out, filepath.Join(dir, n))
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no *.expected.json annotations in this folder", dir)
	}
	return out, nil
}

// loadArticle reads an annotation and the article text beside it; the
// publication date is the annotation's "published".
func loadArticle(path string) (articleCase, error) {
	a, err := ReadAnnotation(path)
	if err != nil {
		return articleCase{}, err
	}
	s := format.Open([]string{a.TextPath()}, format.Options{Format: format.Text, Date: a.Published})
	defer s.Close()
	d, err := s.Next()
	if errors.Is(err, io.EOF) {
		err = errors.New("empty article")
	}
	if err != nil {
		return articleCase{}, fmt.Errorf("%s: article %s: %w", path, a.Article, err)
	}
	if a.Published != "" {
		d.Published = a.Published
	}
	return articleCase{ann: a, doc: d}, nil
}

// scoreArticles codes each article and checks it against its annotation:
// recall of the must and should events, statements (by speaker), entities,
// amounts, publisher and topics.
func scoreArticles(name string, cases []articleCase, code Coder) *SetReport {
	s := &SetReport{File: name, Kind: Annotations,
		Notes: []string{fmt.Sprintf("%d annotated articles; each item is one record", len(cases))}}
	for _, c := range cases {
		id := strings.TrimSuffix(c.ann.Article, filepath.Ext(c.ann.Article))
		crash := safeCode(code, c.doc)
		if crash != nil {
			c.doc = &document.Document{} // every item counts as missed
		}
		for _, ch := range ScoreArticle(c.ann, c.doc).Checks {
			r := Result{ID: id, Category: ch.Kind + "/" + ch.Level, Expected: []string{ch.Want}, Status: Fail}
			r.Text, r.Evidence = sentenceEvidence(c.doc, ch)
			switch {
			case crash != nil:
				r.Status, r.Note = Crash, crash.Error()
			case ch.Found:
				r.Status = Pass
			default:
				r.Got = []string{strings.TrimPrefix(ch.Detail, "got ")}
			}
			s.Results = append(s.Results, r)
		}
	}
	s.Figures = articleFigures(s.Results)
	return s
}

// articleFigures gives the recall of each kind and level of item.
func articleFigures(results []Result) []Figure {
	var order []string
	found, total := map[string]int{}, map[string]int{}
	for _, r := range results {
		if total[r.Category] == 0 {
			order = append(order, r.Category)
		}
		total[r.Category]++
		if r.Status == Pass {
			found[r.Category]++
		}
	}
	slices.Sort(order)
	var out []Figure
	for _, k := range order {
		out = append(out, Figure{Key: k, Label: "recall of " + k, Num: found[k], Den: total[k]})
	}
	return out
}

// sentenceEvidence returns the text of the sentences a check looked in
// and, for an event, the rule behind each event coded there.
func sentenceEvidence(d *document.Document, ch Check) (text string, rules []string) {
	var texts []string
	for _, i := range ch.Sentences {
		if i >= 0 && i < len(d.Sentences) {
			texts = append(texts, d.Sentences[i].Text)
		}
	}
	if ch.Kind == "event" {
		var in document.Document
		for _, e := range d.Events {
			if slices.Contains(ch.Sentences, e.Sentence) {
				in.Events = append(in.Events, e)
			}
		}
		rules = evidence(&in)
	}
	return oneLine(strings.Join(texts, " / ")), rules
}
