package statement_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/readout/readout/actor"
	"github.com/readout/readout/amount"
	"github.com/readout/readout/document"
	"github.com/readout/readout/eval"
	"github.com/readout/readout/format"
	"github.com/readout/readout/internal/shared"
	"github.com/readout/readout/lexicon"
	"github.com/readout/readout/statement"
	"github.com/readout/readout/syntax"
	"github.com/readout/readout/text"
	"github.com/readout/readout/topic"
)

// pipeline is the coding chain up to statements, amounts and topics.
type pipeline struct {
	stages []document.Annotator
}

var (
	pipeOnce sync.Once
	pipe     *pipeline
	pipeErr  error
)

func loadPipeline(t testing.TB) *pipeline {
	t.Helper()
	pipeOnce.Do(func() {
		lex, err := lexicon.LoadDefault()
		if err != nil {
			pipeErr = err
			return
		}
		syn, err := syntax.Load()
		if err != nil {
			pipeErr = err
			return
		}
		ac, err := actor.New(lex)
		if err != nil {
			pipeErr = err
			return
		}
		sc, err := statement.New(lex)
		if err != nil {
			pipeErr = err
			return
		}
		tc, err := topic.New(lex)
		if err != nil {
			pipeErr = err
			return
		}
		pipe = &pipeline{stages: []document.Annotator{&text.Segmenter{}, syn, ac, sc, amount.New(), tc}}
	})
	if pipeErr != nil {
		t.Fatal(pipeErr)
	}
	return pipe
}

func (p *pipeline) run(d *document.Document) error {
	for _, s := range p.stages {
		if err := s.Annotate(d); err != nil {
			return err
		}
	}
	return nil
}

// goldSet is one set of annotated articles and the feed its texts came
// from (see SOURCES.md in each set): the Wikinews articles were taken
// from the Wikinews feed, the readouts and the seed from reprints that
// name no source.
type goldSet struct {
	dir    string
	source string
}

var goldSets = []goldSet{{"seed", ""}, {"readouts", ""}, {"articles", "Wikinews"}}

// readGold reads an annotated article the way `readout code` reads a text
// file, with the annotation's publication date and the set's source.
func readGold(t testing.TB, a *eval.Annotation, source string) *document.Document {
	t.Helper()
	st := format.Open([]string{a.TextPath()}, format.Options{Format: format.Text, Date: a.Published, Source: source})
	defer st.Close()
	d, err := st.Next()
	if err != nil {
		t.Fatalf("%s: %v", a.TextPath(), err)
	}
	return d
}

// scoreSet codes every annotated article of a set and scores it.
func scoreSet(t *testing.T, p *pipeline, data string, set goldSet) []*eval.ArticleScore {
	files, _ := filepath.Glob(filepath.Join(data, set.dir, "*.json"))
	sort.Strings(files)
	var out []*eval.ArticleScore
	for _, f := range files {
		a, err := eval.ReadAnnotation(f)
		if err != nil {
			continue // not an annotation
		}
		d := readGold(t, a, set.source)
		if err := p.run(d); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out = append(out, eval.ScoreArticle(a, d))
	}
	return out
}

func total(scores []*eval.ArticleScore, kind, level string) (found, all int) {
	for _, s := range scores {
		f, n := s.Count(kind, level)
		found += f
		all += n
	}
	return found, all
}

// TestGoldFloors runs text, syntax, actor and statement on the annotated
// seed article, readouts and Wikinews articles and holds the floors:
// every must statement, entity, amount and the publisher of the seed;
// 95 % of the readouts' must speakers; 90 % of the articles'.
func TestGoldFloors(t *testing.T) {
	data := shared.Path(t)
	p := loadPipeline(t)
	floors := map[string]map[string]float64{
		"seed":     {"quote": 1, "entity": 1, "amount": 1, "publisher": 1},
		"readouts": {"quote": 0.95},
		"articles": {"quote": 0.90},
	}
	for _, set := range goldSets {
		scores := scoreSet(t, p, data, set)
		if len(scores) == 0 {
			t.Errorf("%s: no annotations", set.dir)
			continue
		}
		for _, kind := range []string{"quote", "entity", "amount", "publisher", "topic"} {
			level := "must"
			if kind == "topic" {
				level = "should"
			}
			found, all := total(scores, kind, level)
			if all == 0 {
				continue
			}
			share := float64(found) / float64(all)
			t.Logf("%-9s %-9s %3d/%-3d %5.1f%%", set.dir, kind, found, all, 100*share)
			if floor, ok := floors[set.dir][kind]; ok && share < floor {
				t.Errorf("%s %s: %d/%d = %.1f%%, floor %.0f%%", set.dir, kind, found, all, 100*share, 100*floor)
				logMisses(t, scores, kind)
			}
		}
	}
}

func logMisses(t *testing.T, scores []*eval.ArticleScore, kind string) {
	for _, s := range scores {
		for _, c := range s.Checks {
			if c.Kind == kind && c.Level == "must" && !c.Found {
				t.Logf("  missed %s: %s; %s", s.Article, c.Want, c.Detail)
			}
		}
	}
}

// TestGoldReport prints every check of every annotated article; run it
// with -run GoldReport -v to see what is missed and why.
func TestGoldReport(t *testing.T) {
	if os.Getenv("READOUT_GOLD_REPORT") == "" {
		t.Skip("set READOUT_GOLD_REPORT=1 to print the full report")
	}
	data := shared.Path(t)
	p := loadPipeline(t)
	for _, set := range goldSets {
		for _, s := range scoreSet(t, p, data, set) {
			var b strings.Builder
			for _, c := range s.Checks {
				if c.Kind == "event" {
					continue
				}
				mark := "ok  "
				if !c.Found {
					mark = "MISS"
				}
				fmt.Fprintf(&b, "  %s %-6s %-9s %s", mark, c.Level, c.Kind, c.Want)
				if !c.Found {
					fmt.Fprintf(&b, " -- %s", c.Detail)
				}
				b.WriteByte('\n')
			}
			t.Logf("%s\n%s", s.Article, b.String())
		}
	}
}
