package web

import (
	"strings"
	"testing"

	"github.com/readout/readout/document"
	"github.com/readout/readout/store"
)

func TestHighlight(t *testing.T) {
	text := "Xi phoned Putin. He said «peace»."
	d := &document.Document{Text: text}
	d.Entities = []document.Entity{{ID: "e1", Actor: "CHNGOV", Mentions: []document.Mention{{Start: 0, End: 2}}},
		{ID: "e2", Actor: "RUSGOV", Mentions: []document.Mention{{Start: 10, End: 15}, {Start: 17, End: 19}}}}
	d.Events = []document.Event{{Evidence: document.Evidence{VerbSpan: document.Span{Start: 3, End: 9}}},
		{Evidence: document.Evidence{VerbSpan: document.Span{Start: 3, End: 15}}},
		{Evidence: document.Evidence{VerbSpan: document.Span{Start: 5, End: 99}}},  // outside the text: dropped
		{Evidence: document.Evidence{VerbSpan: document.Span{Start: 26, End: 27}}}, // inside «: dropped
	}
	d.Statements = []document.Statement{{SpeakerSpan: document.Span{Start: 17, End: 19}, Content: document.Span{Start: 25, End: len(text) - 1}}}
	ps := Highlight(d)
	var rebuilt strings.Builder
	var got []string
	for _, p := range ps {
		rebuilt.WriteString(p.Text)
		got = append(got, p.Text+"|"+p.Class()+"|"+p.EventIDs()+"|"+p.StatementIDs())
	}
	if rebuilt.String() != text {
		t.Fatalf("pieces rebuild %q", rebuilt.String())
	}
	want := []string{"Xi|ent||", " |||", "phoned|ev|0 1|", " |ev|1|", "Putin|ent ev|1|", ". |||",
		"He|ent spk||0", " said |||", "«peace»|st||0", ".|||"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("pieces:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestTimelineSVG(t *testing.T) {
	bs := []store.Bucket{{Start: "2020-04-06", Count: 2, Quad: [4]int{1, 1, 0, 0}, Goldstein: 3},
		{Start: "2020-04-20", Count: 1, Quad: [4]int{0, 0, 0, 1}, Goldstein: -9}}
	svg := string(TimelineSVG(bs, store.Week))
	for _, w := range []string{`data-buckets="3"`, `data-events="3"`, "2020-04-13", `<polyline class="goldstein"`} {
		if !strings.Contains(svg, w) {
			t.Errorf("timeline SVG lacks %q", w)
		}
	}
	if !strings.Contains(string(TimelineSVG(nil, store.Day)), "no events") {
		t.Error("empty timeline does not say so")
	}
}

func TestNetworkSVG(t *testing.T) {
	n := store.Network{
		Nodes: []store.Node{{ID: "CHN", Events: 5}, {ID: "RUS", Events: 4}, {ID: "<X>", Events: 1}},
		Edges: []store.Edge{{Source: "CHN", Target: "RUS", Count: 3, Goldstein: 2}, {Source: "RUS", Target: "CHN", Count: 1, Goldstein: -4},
			{Source: "CHN", Target: "CHN", Count: 2}, {Source: "<X>", Target: "RUS", Count: 1, Goldstein: -10}},
	}
	svg := string(NetworkSVG(n, 30))
	for _, w := range []string{`data-nodes="3"`, `data-edges="2"`, "CHN–RUS: 4 events", "&lt;X&gt;"} {
		if !strings.Contains(svg, w) {
			t.Errorf("network SVG lacks %q", w)
		}
	}
	if strings.Contains(svg, "<X>") {
		t.Error("network SVG has an unescaped label")
	}
}

func TestLoad(t *testing.T) {
	p, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"article", "code", "search", "dyad", "network", "error"} {
		if p.pages[name] == nil {
			t.Errorf("no template %s", name)
		}
	}
}

// BenchmarkHighlight splits a 300 KB article with 6,000 mentions and
// 3,000 event verbs.
func BenchmarkHighlight(b *testing.B) {
	text := strings.Repeat("Xi phoned Putin about trade. ", 10_000)
	d := &document.Document{Text: text}
	e := document.Entity{ID: "e1"}
	for i := 0; i < len(text); i += 29 * 5 {
		e.Mentions = append(e.Mentions, document.Mention{Start: i, End: i + 2}, document.Mention{Start: i + 10, End: i + 15})
		d.Events = append(d.Events, document.Event{Evidence: document.Evidence{VerbSpan: document.Span{Start: i + 3, End: i + 9}}})
	}
	d.Entities = []document.Entity{e}
	for b.Loop() {
		if len(Highlight(d)) == 0 {
			b.Fatal("no pieces")
		}
	}
}
