package actor

import (
	"strings"
	"sync"
	"testing"

	"github.com/readout/readout/document"
	"github.com/readout/readout/format/conllu"
	"github.com/readout/readout/lexicon"
	"github.com/readout/readout/text"
)

var (
	lexOnce sync.Once
	lexDef  *lexicon.Lexicon
	lexErr  error
)

// testCoder returns an actor stage over the default dictionaries.
func testCoder(t testing.TB) *Coder {
	t.Helper()
	lexOnce.Do(func() { lexDef, lexErr = lexicon.LoadDefault() })
	if lexDef == nil {
		t.Fatal(lexErr)
	}
	c, err := New(lexDef)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// codeText segments a text (no parse: the stage reads word order) and
// codes its actors.
func codeText(t testing.TB, c *Coder, body, date string) *document.Document {
	t.Helper()
	d := &document.Document{ID: "t", Text: body, Published: date}
	if err := (&text.Segmenter{}).Annotate(d); err != nil {
		t.Fatal(err)
	}
	if err := c.Annotate(d); err != nil {
		t.Fatal(err)
	}
	return d
}

// want is an expected entity: its actor code and mention texts that must
// be among its mentions.
type want struct {
	name     string
	actor    string
	mentions []string
}

func findEntity(d *document.Document, name string) *document.Entity {
	for i := range d.Entities {
		if strings.EqualFold(d.Entities[i].Name, name) {
			return &d.Entities[i]
		}
	}
	return nil
}

func TestEntities(t *testing.T) {
	c := testCoder(t)
	tests := []struct {
		name, text, date string
		want             []want
	}{
		{"dated role", "Putin met Chinese President Xi Jinping in Moscow.", "2020-04-16",
			[]want{{"Vladimir Putin", "RUSGOV", []string{"Putin"}},
				{"Xi Jinping", "CHNGOV", []string{"Chinese President Xi Jinping", "Xi Jinping"}},
				{"Russia", "RUS", []string{"Moscow"}}}},
		{"prime minister is government too", "Putin met Medvedev.", "2009-06-01",
			[]want{{"Vladimir Putin", "RUSGOV", nil}, {"Dmitry Medvedev", "RUSGOV", nil}}},
		{"seat of government", "The Kremlin denied the report.", "2021-01-10",
			[]want{{"Kremlin", "RUSGOV", []string{"Kremlin"}}}},
		{"agent with adjective", "Serbian police arrested the men.", "2020-07-10",
			[]want{{"Serbian police", "SRBCOP", nil}}},
		{"agent with place", "Police in Belgrade arrested the men.", "2020-07-10",
			[]want{{"Police in Belgrade", "SRBCOP", nil}}},
		{"organisation", "The United Nations called for calm.", "2020-07-10",
			[]want{{"United Nations", "IGOUNO", nil}}},
		{"title and unknown name", "Police director Vladimir Rebic said 71 people were held in Serbia. Director Rebic said more were hurt.", "2020-07-10",
			[]want{{"Vladimir Rebic", "SRBCOP", []string{"Police director Vladimir Rebic", "Director Rebic"}}}},
		{"description by title and country", "Xi called Putin. The Russian president thanked him.", "2020-04-16",
			[]want{{"Vladimir Putin", "RUSGOV", []string{"The Russian president"}}}},
		{"apposition", "Angela Merkel, the Chancellor of Germany, demanded answers.", "2020-09-05",
			[]want{{"Angela Merkel", "DEUGOV", []string{"Angela Merkel, the Chancellor of Germany"}}}},
		{"possessive country", "Russia's army moved.", "2022-03-01",
			[]want{{"Russia", "RUS", []string{"Russia"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := codeText(t, c, tt.text, tt.date)
			for _, w := range tt.want {
				e := findEntity(d, w.name)
				if e == nil {
					t.Fatalf("no entity %q in %v", w.name, names(d))
				}
				if e.Actor != w.actor {
					t.Errorf("%s: actor %s, want %s", w.name, e.Actor, w.actor)
				}
				for _, m := range w.mentions {
					if !hasMention(e, m) {
						t.Errorf("%s: no mention %q in %v", w.name, m, e.Mentions)
					}
				}
			}
		})
	}
}

func TestPronounsAndGroups(t *testing.T) {
	c := testCoder(t)
	d := codeText(t, c, "Chinese President Xi Jinping and Russian President Vladimir Putin spoke on Thursday. "+
		"Xi said trade had grown. He added that China and Russia would cooperate. "+
		"The two heads of state agreed to meet.", "2020-04-16")
	xi := findEntity(d, "Xi Jinping")
	if xi == nil || !hasMention(xi, "He") {
		t.Errorf("He should be Xi: %v", xi)
	}
	pair := entityWith(d, "The two heads of state")
	if pair == nil || len(pair.Members) != 2 {
		t.Fatalf("the two heads of state should be a group of two: %v", pair)
	}
	cr := entityWith(d, "China and Russia")
	if cr == nil || len(cr.Members) != 2 || cr.Type != document.Group {
		t.Errorf("China and Russia should be a group: %v", cr)
	}
}

func TestNoActor(t *testing.T) {
	c := testCoder(t)
	d := codeText(t, c, "Ukrainian cities were shelled and civilian deaths rose.", "2022-03-08")
	for _, e := range d.Entities {
		t.Errorf("unexpected entity %q (%s)", e.Name, e.Actor)
	}
}

func TestMentionsInsideSentences(t *testing.T) {
	c := testCoder(t)
	d := codeText(t, c, "Xi met Putin. He said: \"We are friends.\" They agreed.", "2020-04-16")
	seen := map[string]bool{}
	for _, e := range d.Entities {
		if seen[e.ID] {
			t.Errorf("duplicate id %s", e.ID)
		}
		seen[e.ID] = true
		for _, m := range e.Mentions {
			s := d.Sentences[m.Sentence]
			if m.Start < s.Start || m.End > s.End || d.Text[m.Start:m.End] != m.Text {
				t.Errorf("%s: mention %q [%d,%d) outside sentence %d", e.Name, m.Text, m.Start, m.End, m.Sentence)
			}
		}
	}
}

func TestHelpers(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{{"sarea", "saree", true}, {"rebic", "rebic", true}, {"putin", "put", false}, {"navalny", "navalni", true}, {"xi", "li", true}} {
		if got := oneEdit(tt.a, tt.b); got != tt.want {
			t.Errorf("oneEdit(%q, %q) = %v", tt.a, tt.b, got)
		}
	}
	for in, out := range map[string]string{"protesters": "protester", "said": "say", "stressed": "stress",
		"parties": "party", "police": "police", "crisis": "crisis", "men": "man", "boxes": "box"} {
		if got := guessLemma(in); got != out {
			t.Errorf("guessLemma(%q) = %q, want %q", in, got, out)
		}
	}
	if stripParticle("al-eryani") != "eryani" || stripParticle("abdul-mahdi") != "abdul-mahdi" {
		t.Error("stripParticle")
	}
	if !isAcronym("PRC") || !isAcronym("U.S.") || isAcronym("Putin") {
		t.Error("isAcronym")
	}
	if !SpeechVerb("say") || SpeechVerb("said") || !SpeechVerb("point") {
		t.Error("SpeechVerb")
	}
	if l, ok := SpeechLemma("underscored"); !ok || l != "underscore" {
		t.Error("SpeechLemma")
	}
}

func TestNilLexicon(t *testing.T) {
	if _, err := New(nil); err == nil {
		t.Error("New(nil) should fail")
	}
}

func names(d *document.Document) []string {
	var out []string
	for _, e := range d.Entities {
		out = append(out, e.Name+"/"+e.Actor)
	}
	return out
}

func hasMention(e *document.Entity, text string) bool {
	for _, m := range e.Mentions {
		if strings.EqualFold(m.Text, text) {
			return true
		}
	}
	return false
}

func entityWith(d *document.Document, mention string) *document.Entity {
	for i := range d.Entities {
		if hasMention(&d.Entities[i], mention) {
			return &d.Entities[i]
		}
	}
	return nil
}

// parsedDoc reads a hand-parsed CoNLL-U file as a coded-by-syntax document.
func parsedDoc(t testing.TB, path, date string) *document.Document {
	t.Helper()
	sents, err := conllu.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d := conllu.ToDocument("t", sents)
	d.Published = date
	return d
}

// With a parse, the subject may be a title whose name is its apposition
// ("Prime Minister Kyriakos Mitsotakis ... called"): the whole phrase is
// the subject and speaker, so "he added" is Mitsotakis, not the speaker
// of the sentence before.
func TestParsedSubject(t *testing.T) {
	c := testCoder(t)
	d := parsedDoc(t, "testdata/subject_appos.conllu", "2020-01-11")
	if err := c.Annotate(d); err != nil {
		t.Fatal(err)
	}
	m := findEntity(d, "Kyriakos Mitsotakis")
	if m == nil || !hasMention(m, "he") {
		t.Errorf("he should be Mitsotakis: %v", names(d))
	}
}

func TestIndex(t *testing.T) {
	c := testCoder(t)
	d := codeText(t, c, "Chinese President Xi Jinping and Vladimir Putin spoke.", "2020-04-16")
	ix := NewIndex(d)
	toks := d.Sentences[0].Tokens
	at := func(word string) (Ref, bool) {
		for i, tk := range toks {
			if tk.Text == word {
				return ix.At(0, i)
			}
		}
		t.Fatalf("no token %q", word)
		return Ref{}, false
	}
	xi, ok := at("Xi")
	if !ok || xi.Entity.Name != "Xi Jinping" {
		t.Fatalf("Xi: %+v", xi)
	}
	if got := ix.Covering(0, xi.Start, nil); len(got) < 2 || got[len(got)-1].Entity.Type != document.Group {
		t.Errorf("Xi should be inside the pair's mention: %v", got)
	}
	pair := ix.Covering(0, xi.Start, nil)
	group := pair[len(pair)-1].Entity
	if ms := ix.Members(group); len(ms) != 2 {
		t.Errorf("members of %s: %v", group.Name, ms)
	}
	if ms := ix.Members(xi.Entity); len(ms) != 1 || ms[0] != xi.Entity {
		t.Errorf("a person is its own member")
	}
	if _, ok := at("spoke"); ok {
		t.Error("a verb is in no mention")
	}
	if ix.Entity(xi.Entity.ID) != xi.Entity {
		t.Error("Entity by id")
	}
}

func TestGender(t *testing.T) {
	c := testCoder(t)
	d := codeText(t, c, "Mr John Roe met Ms Jane Doe in Paris. She said the talks went well.", "2020-04-16")
	if e := findEntity(d, "Jane Doe"); e == nil || !hasMention(e, "She") {
		t.Errorf("She should be Jane Doe: %v", names(d))
	}
}

// A speaker set off by commas before a speech verb the parse gave no
// subject ("Following the vote, a spokesperson, Mr John Roe, indicated")
// is the sentence's speaker, so the "he said" after it is Roe, not the
// person who spoke in the sentence before.
func TestSubjectlessSpeechVerb(t *testing.T) {
	c := testCoder(t)
	d := parsedDoc(t, "testdata/speaker_after_comma.conllu", "2020-01-06")
	if err := c.Annotate(d); err != nil {
		t.Fatal(err)
	}
	m := findEntity(d, "John Roe")
	if m == nil || !hasMention(m, "he") {
		t.Errorf("he should be John Roe: %v", names(d))
	}
}
