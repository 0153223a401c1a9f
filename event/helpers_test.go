package event

import (
	"errors"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/readout/readout/document"
	"github.com/readout/readout/lexicon"
)

// testLexicon builds an isolated lexicon from in-memory .dict files.
func testLexicon(t testing.TB, files map[string]string) *lexicon.Lexicon {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, src := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(src)}
	}
	l, err := lexicon.Load(lexicon.WithoutDefaults(), lexicon.FS(fsys, "t"))
	var list lexicon.ErrorList
	if err != nil && (!errors.As(err, &list) || len(list) > 0) {
		t.Fatalf("test lexicon: %v", err)
	}
	return l
}

// parsed builds a parsed document from sentences written one token after
// another as FORM/UPOS[:XPOS]/REL/HEAD[/LEMMA][=ACTOR+ACTOR...]. A token
// with actors is a mention of one entity per actor code (an entity per
// code in the document); "=[A+B]" makes it a mention of a group entity
// whose members are A and B. Neighbouring tokens with the same actors form
// one mention.
func parsed(t testing.TB, published string, sents ...string) *document.Document {
	t.Helper()
	d := &document.Document{ID: "t", Published: published}
	var b strings.Builder
	var bounds [][2]int
	var marks []struct {
		codes      string
		start, end int
		sent       int
	}
	for si, line := range sents {
		if si > 0 {
			b.WriteByte(' ')
		}
		start, first := b.Len(), len(d.Tokens)
		for ti, f := range strings.Fields(line) {
			if ti > 0 {
				b.WriteByte(' ')
			}
			tok, codes := parseTok(t, f)
			tok.Start = b.Len()
			b.WriteString(tok.Text)
			tok.End = b.Len()
			d.Tokens = append(d.Tokens, tok)
			if codes != "" {
				n := len(marks)
				if n > 0 && marks[n-1].codes == codes && marks[n-1].sent == si && marks[n-1].end == tok.Start-1 {
					marks[n-1].end = tok.End
				} else {
					marks = append(marks, struct {
						codes      string
						start, end int
						sent       int
					}{codes, tok.Start, tok.End, si})
				}
			}
		}
		for i := first; i < len(d.Tokens); i++ {
			if h := d.Tokens[i].Head; h < 0 || h > len(d.Tokens)-first || h == i-first+1 {
				t.Fatalf("sentence %d: token %d (%s) has head %d", si, i-first+1, d.Tokens[i].Text, h)
			}
		}
		d.Sentences = append(d.Sentences, document.Sentence{Index: si, Start: start, End: b.Len()})
		bounds = append(bounds, [2]int{first, len(d.Tokens)})
	}
	d.Text = b.String()
	for i := range d.Sentences {
		s := &d.Sentences[i]
		s.Text = d.Text[s.Start:s.End]
		s.Tokens = d.Tokens[bounds[i][0]:bounds[i][1]]
	}
	byCode := map[string]int{}
	entity := func(code string) int {
		ei, ok := byCode[code]
		if !ok {
			ei = len(d.Entities)
			byCode[code] = ei
			d.Entities = append(d.Entities, document.Entity{ID: "e" + strconv.Itoa(ei+1), Name: code, Actor: code})
		}
		return ei
	}
	for _, m := range marks {
		mention := document.Mention{Sentence: m.sent, Start: m.start, End: m.end, Text: d.Text[m.start:m.end]}
		if group, ok := strings.CutPrefix(m.codes, "["); ok {
			// a group entity standing for its members
			var ids []string
			for _, code := range strings.Split(strings.TrimSuffix(group, "]"), "+") {
				ids = append(ids, d.Entities[entity(code)].ID)
			}
			gi := entity(m.codes)
			d.Entities[gi].Actor, d.Entities[gi].Members = "", ids
			d.Entities[gi].Mentions = append(d.Entities[gi].Mentions, mention)
			continue
		}
		for _, code := range strings.Split(m.codes, "+") {
			ei := entity(code)
			d.Entities[ei].Mentions = append(d.Entities[ei].Mentions, mention)
		}
	}
	return d
}

func parseTok(t testing.TB, f string) (document.Token, string) {
	t.Helper()
	codes := ""
	if i := strings.IndexByte(f, '='); i > 0 {
		f, codes = f[:i], f[i+1:]
	}
	p := strings.Split(f, "/")
	if len(p) < 4 {
		t.Fatalf("bad test token %q", f)
	}
	head, err := strconv.Atoi(p[3])
	if err != nil {
		t.Fatalf("bad head in %q", f)
	}
	tok := document.Token{Text: p[0], Rel: p[2], Head: head, Lemma: strings.ToLower(p[0])}
	tok.UPOS, tok.XPOS, _ = strings.Cut(p[1], ":")
	if len(p) > 4 && p[4] != "" {
		tok.Lemma = p[4]
	}
	return tok, codes
}

// codeLines codes d and returns its events as eventLine writes them,
// joined by "; ".
func codeLines(t testing.TB, coder *Coder, d *document.Document) string {
	t.Helper()
	if err := coder.Annotate(d); err != nil {
		t.Fatal(err)
	}
	got := make([]string, 0, len(d.Events))
	for _, e := range d.Events {
		got = append(got, eventLine(d, e))
	}
	return strings.Join(got, "; ")
}

// eventLine writes an event as "SRC>TGT CODE" with flags for what is not
// plain: "!" negated, "~modality", "@date", "#speaker".
func eventLine(d *document.Document, e document.Event) string {
	var b strings.Builder
	b.WriteString(e.Source + ">" + e.Target + " " + e.Code)
	if e.Negated {
		b.WriteString(" !")
	}
	if e.Modality != document.Asserted {
		b.WriteString(" ~" + e.Modality)
	}
	if e.Date != d.Published {
		b.WriteString(" @" + e.Date)
	}
	if e.SpeakerEntity != "" {
		if sp := d.EntityByID(e.SpeakerEntity); sp != nil {
			b.WriteString(" #" + sp.Actor)
		}
	}
	return b.String()
}
