package petrarch

import (
	"os"
	"strings"
	"testing"

	"github.com/readout/readout/document"
	"github.com/readout/readout/format/conllu"
	"github.com/readout/readout/lexicon"
)

// TestLegacy codes the cases of testdata/legacy.conllu with verb patterns
// in PETRARCH's older notation: one case for each rule of sequence
// matching, actor coding and the options.
func TestLegacy(t *testing.T) {
	runFixtures(t, loadDicts(t, "legacy.verbs.txt", false), "testdata/legacy.conllu")
}

// TestTree codes the cases of testdata/tree.conllu with verb patterns in
// PETRARCH2's notation and its coding ontology: structural patterns,
// passives, combined codes, negation and transformations.
func TestTree(t *testing.T) {
	lex := loadDicts(t, "tree.verbs.txt", true)
	c, err := New(lex, DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	if !c.tree {
		t.Fatal("PETRARCH2 notation not recognised")
	}
	runFixtures(t, lex, "testdata/tree.conllu")
}

func TestNewAndAnnotateErrors(t *testing.T) {
	if _, err := New(nil, DefaultConfig()); err == nil {
		t.Error("New(nil) gave no error")
	}
	c := newCoder(t, loadDicts(t, "tree.verbs.txt", true), nil)
	if err := c.Annotate(nil); err == nil {
		t.Error("Annotate(nil) gave no error")
	}
	if err := c.Annotate(&document.Document{Text: "no sentences"}); err != nil {
		t.Errorf("a document without sentences: %v", err)
	}
}

func TestApplies(t *testing.T) {
	if Applies(nil) {
		t.Error("Applies(nil)")
	}
	if !Applies(loadDicts(t, "legacy.verbs.txt", false)) {
		t.Error("PETRARCH verbs not recognised")
	}
	lex, err := lexicon.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	if Applies(lex) {
		t.Error("readout's own dictionaries taken for PETRARCH's")
	}
}

// TestStoryDiscard: a "+" discard anywhere in a story drops the events of
// every sentence, in both notations.
func TestStoryDiscard(t *testing.T) {
	f, err := os.Open("testdata/story.conllu")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := conllu.ReadAll(f, "story.conllu")
	if err != nil {
		t.Fatal(err)
	}
	for _, verbs := range []string{"legacy.verbs.txt", "tree.verbs.txt"} {
		c := newCoder(t, loadDicts(t, verbs, verbs == "tree.verbs.txt"), nil)
		alone := conllu.ToDocument("alone", sents[:1])
		story := conllu.ToDocument("story", sents)
		for _, d := range []*document.Document{alone, story} {
			if err := c.Annotate(d); err != nil {
				t.Fatal(err)
			}
		}
		if len(alone.Events) != 1 || len(story.Events) != 0 {
			t.Errorf("%s: %d events alone, %d in the discarded story; want 1 and 0", verbs, len(alone.Events), len(story.Events))
		}
	}
}

// TestEventFields: an event carries its root, QuadClass and Goldstein
// score from the codes table, its evidence (spans and the file:line of
// the verb line) and entities for its actors.
func TestEventFields(t *testing.T) {
	lex := loadDicts(t, "tree.verbs.txt", true)
	fx := readFixtures(t, "testdata/tree.conllu")[0] // Freedonia attacked Sylvania.
	d := fx.doc
	if err := newCoder(t, lex, nil).Annotate(d); err != nil {
		t.Fatal(err)
	}
	if len(d.Events) != 1 {
		t.Fatalf("events %+v", d.Events)
	}
	e := d.Events[0]
	row, _ := lex.Code("190")
	if e.Code != "190" || e.Root != "19" || e.QuadClass != 4 || row == nil || e.Goldstein != row.Goldstein {
		t.Errorf("code %s root %s quad %d goldstein %v", e.Code, e.Root, e.QuadClass, e.Goldstein)
	}
	ev := e.Evidence
	if !strings.HasSuffix(ev.Rule, "tree.verbs.txt:9") || ev.VerbSpan.Text != "attacked" ||
		ev.SourceSpan.Text != "Freedonia" || ev.TargetSpan.Text != "Sylvania" {
		t.Errorf("evidence %+v", ev)
	}
	if len(d.Entities) != 2 {
		t.Fatalf("entities %+v", d.Entities)
	}
	for _, x := range []struct{ id, code, name, typ string }{
		{e.SourceEntity, "FRD", "Freedonia", document.Country},
		{e.TargetEntity, "SYL", "Sylvania", document.Country},
	} {
		ent := entityByID(d, x.id)
		if ent == nil || ent.Actor != x.code || ent.Name != x.name || ent.Type != x.typ || len(ent.Mentions) != 1 {
			t.Errorf("entity %s: %+v", x.id, ent)
		}
	}
}

func entityByID(d *document.Document, id string) *document.Entity {
	for i := range d.Entities {
		if d.Entities[i].ID == id {
			return &d.Entities[i]
		}
	}
	return nil
}
