package eval

import (
	"strings"
	"testing"

	"github.com/readout/readout/document"
)

func TestScoreArticle(t *testing.T) {
	a, err := ReadAnnotation("testdata/call.expected.json")
	if err != nil {
		t.Fatal(err)
	}
	d := &document.Document{
		Publisher: "Xinhua",
		Sentences: []document.Sentence{
			{Index: 0, Text: "(Xinhua) – Xi and  Putin spoke on Thursday."},
			{Index: 1, Text: "Putin said smearing is unacceptable."},
			{Index: 2, Text: "Trade grew 3.4 percent."},
		},
		Entities: []document.Entity{
			{ID: "e1", Name: "Xi Jinping", Actor: "CHNGOV", Mentions: []document.Mention{{Text: "Xi"}}},
			{ID: "e2", Name: "Vladimir Putin", Actor: "RUSGOV", Mentions: []document.Mention{{Text: "Putin"}}},
		},
		Events: []document.Event{
			{Sentence: 0, Source: "CHNGOV", Target: "RUSGOV", Code: "041", Date: "2020-04-16"},
			{Sentence: 0, Source: "RUSGOV", Target: "CHNGOV", Code: "041", Date: "2020-04-18"},
			{Sentence: 1, Source: "RUSGOV", Code: "111"},
		},
		Statements: []document.Statement{{Sentence: 1, SpeakerEntity: "e2", Speaker: "Putin", Cue: "said"}},
		Amounts:    []document.Amount{{Sentence: 2, Value: 3.4, Unit: "percent"}},
		Topics:     []string{"Diplomacy"},
	}
	s := ScoreArticle(a, d)
	var got []string
	for _, c := range s.Checks {
		mark := "-"
		if c.Found {
			mark = "+"
		}
		got = append(got, mark+c.Kind+"/"+c.Level)
	}
	want := "+event/must -event/must +quote/must +event/should +entity/must +amount/must +publisher/must +topic/should -topic/should"
	if strings.Join(got, " ") != want {
		t.Errorf("checks\n got %s\nwant %s", strings.Join(got, " "), want)
	}
	if f, n := s.Count("event", "must"); f != 1 || n != 2 {
		t.Errorf("must events %d/%d", f, n)
	}
	if d := s.Checks[1].Detail; !strings.Contains(d, "RUSGOV→CHNGOV 041 2020-04-18") {
		t.Errorf("detail of the wrong date: %q", d)
	}
}
