package statement_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/readout/readout/document"
	"github.com/readout/readout/eval"
	"github.com/readout/readout/format"
)

// A case file (testdata/cases/*.case) is an article and what the coder
// must find in it, written so that someone who knows the news but not Go
// can add one:
//
//	# what the case is about (comment lines start with #)
//	date 2020-04-16            publication date (optional)
//	source Wikinews            the feed the article came from (optional)
//	                           a blank line, then the article: title line,
//	Title of the article       blank line, paragraphs
//
//	First paragraph ...
//	===                        then the expectations, one a line:
//	entity NAME = CODE[: MENTION | MENTION ...]
//	no-entity NAME             no entity has this name or mention text
//	quote OPENING WORDS => SPEAKER
//	no-quote OPENING WORDS     no statement in that sentence
//	mention TEXT => NAME       the mention TEXT belongs to entity NAME
//	group TEXT => NAME | NAME  the mention TEXT stands for these entities
//	amount OPENING WORDS => VALUE UNIT
//	publisher NAME
//	topic KEY
//
// A sentence is named by its opening words, as in the expert annotations.
type caseFile struct {
	path      string
	date      string
	source    string
	text      string
	gold      eval.Annotation
	noEntity  []string
	noQuote   []string
	mentions  [][2]string // mention text, entity name
	groups    []groupCheck
	firstLine int // line of the first expectation, for messages
}

type groupCheck struct {
	mention string
	members []string
}

// readCase parses a case file; errors name the file and line.
func readCase(path string) (*caseFile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	c := &caseFile{path: path}
	sc := bufio.NewScanner(f)
	var text strings.Builder
	part, line := 0, 0 // 0 header, 1 article, 2 expectations
	for sc.Scan() {
		line++
		l := sc.Text()
		switch {
		case part == 0 && strings.HasPrefix(l, "#"):
		case part == 0 && strings.TrimSpace(l) == "":
			part = 1
		case part == 0:
			key, val, _ := strings.Cut(l, " ")
			switch key {
			case "date":
				c.date = strings.TrimSpace(val)
			case "source":
				c.source = strings.TrimSpace(val)
			default:
				return nil, fmt.Errorf("%s:%d: unknown header %q (date, source)", path, line, key)
			}
		case part == 1 && strings.TrimSpace(l) == "===":
			part, c.firstLine = 2, line+1
		case part == 1:
			text.WriteString(l)
			text.WriteByte('\n')
		default:
			if err := c.expect(l); err != nil {
				return nil, fmt.Errorf("%s:%d: %v", path, line, err)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if part != 2 {
		return nil, fmt.Errorf("%s: no \"===\" line before the expectations", path)
	}
	c.text = text.String()
	return c, nil
}

// expect reads one expectation line.
func (c *caseFile) expect(l string) error {
	l = strings.TrimSpace(l)
	if l == "" || strings.HasPrefix(l, "#") {
		return nil
	}
	key, rest, _ := strings.Cut(l, " ")
	rest = strings.TrimSpace(rest)
	g := &c.gold
	switch key {
	case "entity":
		name, more, ok := strings.Cut(rest, "=")
		if !ok {
			return fmt.Errorf("entity: want NAME = CODE[: MENTIONS]")
		}
		code, mentions, _ := strings.Cut(more, ":")
		e := eval.GoldEntity{Name: strings.TrimSpace(name), Actor: strings.TrimSpace(code)}
		for _, m := range strings.Split(mentions, "|") {
			if m = strings.TrimSpace(m); m != "" {
				e.Mentions = append(e.Mentions, m)
			}
		}
		g.Entities.Must = append(g.Entities.Must, e)
	case "quote", "amount":
		open, what, ok := strings.Cut(rest, "=>")
		if !ok {
			return fmt.Errorf("%s: want OPENING WORDS => ...", key)
		}
		open, what = strings.TrimSpace(open), strings.TrimSpace(what)
		if key == "quote" {
			g.Quotes.Must = append(g.Quotes.Must, eval.GoldQuote{Sentence: open, Speaker: what})
			return nil
		}
		val, unit, _ := strings.Cut(what, " ")
		v, err := strconv.ParseFloat(val, 64)
		if err != nil {
			return fmt.Errorf("amount: bad value %q", val)
		}
		g.Amounts.Must = append(g.Amounts.Must, eval.GoldAmount{Sentence: open, Value: v, Unit: strings.TrimSpace(unit)})
	case "publisher":
		g.Attribution.Must = append(g.Attribution.Must, struct {
			Publisher string `json:"publisher"`
		}{rest})
	case "topic":
		g.Topics.Should = append(g.Topics.Should, rest)
	case "mention", "group":
		text, names, ok := strings.Cut(rest, "=>")
		if !ok {
			return fmt.Errorf("%s: want TEXT => NAME", key)
		}
		text = strings.TrimSpace(text)
		if key == "mention" {
			c.mentions = append(c.mentions, [2]string{text, strings.TrimSpace(names)})
			return nil
		}
		g := groupCheck{mention: text}
		for _, n := range strings.Split(names, "|") {
			g.members = append(g.members, strings.TrimSpace(n))
		}
		c.groups = append(c.groups, g)
	case "no-entity":
		c.noEntity = append(c.noEntity, rest)
	case "no-quote":
		c.noQuote = append(c.noQuote, rest)
	default:
		return fmt.Errorf("unknown expectation %q (entity, no-entity, quote, no-quote, mention, group, amount, publisher, topic)", key)
	}
	return nil
}

// TestCases runs every case file through the whole pipeline.
func TestCases(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "cases", "*.case"))
	if err != nil || len(files) == 0 {
		t.Fatal("no case files under testdata/cases")
	}
	p := loadPipeline(t)
	for _, f := range files {
		c, err := readCase(f)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(strings.TrimSuffix(filepath.Base(f), ".case"), func(t *testing.T) {
			d := c.document(t)
			if err := p.run(d); err != nil {
				t.Fatal(err)
			}
			c.check(t, d)
		})
	}
}

// document reads the case's article the way `readout code` reads a text
// file.
func (c *caseFile) document(t *testing.T) *document.Document {
	path := filepath.Join(t.TempDir(), strings.TrimSuffix(filepath.Base(c.path), ".case")+".txt")
	if err := os.WriteFile(path, []byte(c.text), 0o644); err != nil {
		t.Fatal(err)
	}
	st := format.Open([]string{path}, format.Options{Format: format.Text, Date: c.date, Source: c.source})
	defer st.Close()
	d, err := st.Next()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// check compares the coded document with the case's expectations.
func (c *caseFile) check(t *testing.T, d *document.Document) {
	for _, ch := range eval.ScoreArticle(&c.gold, d).Checks {
		if !ch.Found {
			t.Errorf("%s: %s %s not found; %s", c.path, ch.Kind, ch.Want, ch.Detail)
		}
	}
	for _, name := range c.noEntity {
		for _, e := range d.Entities {
			if strings.EqualFold(e.Name, name) || hasMention(e, name) {
				t.Errorf("%s: unexpected entity %q (%s)", c.path, name, e.Actor)
			}
		}
	}
	for _, m := range c.mentions {
		if e := entityWithMention(d, m[0]); e == nil || !strings.EqualFold(e.Name, m[1]) {
			t.Errorf("%s: mention %q should be %s, is %v", c.path, m[0], m[1], nameOf(e))
		}
	}
	for _, g := range c.groups {
		e := entityWithMention(d, g.mention)
		if e == nil || len(e.Members) != len(g.members) {
			t.Errorf("%s: %q should be a group of %v, is %v", c.path, g.mention, g.members, nameOf(e))
			continue
		}
		for _, want := range g.members {
			found := false
			for _, id := range e.Members {
				if m := d.EntityByID(id); m != nil && strings.EqualFold(m.Name, want) {
					found = true
				}
			}
			if !found {
				t.Errorf("%s: group %q has no member %s", c.path, g.mention, want)
			}
		}
	}
	for _, open := range c.noQuote {
		for _, st := range d.Statements {
			if strings.HasPrefix(strings.ToLower(d.Sentences[st.Sentence].Text), strings.ToLower(open)) {
				t.Errorf("%s: unexpected statement in %q: %s (%s)", c.path, open, st.Speaker, st.Cue)
			}
		}
	}
}

func hasMention(e document.Entity, text string) bool {
	for _, m := range e.Mentions {
		if strings.EqualFold(m.Text, text) {
			return true
		}
	}
	return false
}

// entityWithMention returns the entity with a mention of that text.
func entityWithMention(d *document.Document, text string) *document.Entity {
	for i := range d.Entities {
		if hasMention(d.Entities[i], text) {
			return &d.Entities[i]
		}
	}
	return nil
}

func nameOf(e *document.Entity) string {
	if e == nil {
		return "no entity"
	}
	return e.Name
}
