package statement_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/readout/readout/actor"
	"github.com/readout/readout/document"
	"github.com/readout/readout/lexicon"
	"github.com/readout/readout/statement"
	"github.com/readout/readout/text"
)

var (
	surfaceOnce   sync.Once
	surfaceStages []document.Annotator
	surfaceErr    error
)

// surface codes a text with the text, actor and statement stages only:
// no parse, so the stages read word order. These tests hold the rules
// that do not need the tagger.
func surface(t *testing.T, body, date, source string) *document.Document {
	t.Helper()
	d := &document.Document{Text: body, Published: date, Source: source}
	if i := strings.Index(body, "\n\n"); i > 0 {
		d.Title = body[:i]
	}
	if err := surfaceStages0(t, d); err != nil {
		t.Fatal(err)
	}
	return d
}

// surfaceStages0 runs the surface stages on d; an error is the text
// layer's refusal of the input.
func surfaceStages0(t testing.TB, d *document.Document) error {
	t.Helper()
	surfaceOnce.Do(func() {
		lex, err := lexicon.LoadDefault()
		if err != nil {
			surfaceErr = err
			return
		}
		ac, err := actor.New(lex)
		if err != nil {
			surfaceErr = err
			return
		}
		sc, err := statement.New(lex)
		if err != nil {
			surfaceErr = err
			return
		}
		surfaceStages = []document.Annotator{&text.Segmenter{}, ac, sc}
	})
	if surfaceErr != nil {
		t.Fatal(surfaceErr)
	}
	for _, s := range surfaceStages {
		if err := s.Annotate(d); err != nil {
			return err
		}
	}
	return nil
}

// stmt is an expected statement.
type stmt struct {
	speaker, cue, content string
	direct                bool
}

func TestStatements(t *testing.T) {
	tests := []struct {
		name, text string
		want       []stmt
	}{
		{"speaker before", "Xi noted that trade had grown.",
			[]stmt{{"Xi Jinping", "noted", "trade had grown", false}}},
		{"speaker after", "Trade had grown, Xi said.",
			[]stmt{{"Xi Jinping", "said", "Trade had grown", false}}},
		{"inverted", "Smearing China is unacceptable, stressed the Russian president.",
			[]stmt{{"Vladimir Putin", "stressed", "Smearing China is unacceptable", false}}},
		{"parenthetical", "Putin met Xi. Russia, he said, stands ready to help.",
			[]stmt{{"Vladimir Putin", "said", "Russia, he said, stands ready to help", false}}},
		{"participle after", "China will help, Xi said, adding that Russia is a friend.",
			[]stmt{{"Xi Jinping", "said", "China will help", false}, {"Xi Jinping", "adding", "Russia is a friend", false}}},
		{"participle before", "Noting that trade grew, Xi pointed out that ties are strong.",
			[]stmt{{"Xi Jinping", "noting", "trade grew", false}, {"Xi Jinping", "pointed out", "ties are strong", false}}},
		{"according to", "According to Putin, the talks went well.",
			[]stmt{{"Vladimir Putin", "according to", "the talks went well", false}}},
		{"direct", "Putin said, \"We are ready.\"",
			[]stmt{{"Vladimir Putin", "said", "We are ready.", true}}},
		{"made clear", "Putin made clear that Russia would respond.",
			[]stmt{{"Vladimir Putin", "made clear", "Russia would respond", false}}},
		{"no statement in a noun", "The statement and the call were short.", nil},
		{"no verb inside a quotation", "Putin said, \"Saying sorry is not enough.\"",
			[]stmt{{"Vladimir Putin", "said", "Saying sorry is not enough.", true}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := surface(t, tt.text, "2020-04-16", "")
			if len(d.Statements) != len(tt.want) {
				t.Fatalf("got %d statements %+v, want %d", len(d.Statements), brief(d), len(tt.want))
			}
			for i, w := range tt.want {
				s := d.Statements[i]
				if s.Speaker != w.speaker || s.Cue != w.cue || s.Direct != w.direct || s.Content.Text != w.content {
					t.Errorf("got %q (%s) %q direct=%v, want %q (%s) %q direct=%v",
						s.Speaker, s.Cue, s.Content.Text, s.Direct, w.speaker, w.cue, w.content, w.direct)
				}
				if s.SpeakerEntity == "" || d.EntityByID(s.SpeakerEntity) == nil {
					t.Errorf("%s: no speaker entity", s.Speaker)
				}
			}
		})
	}
}

func TestPublisher(t *testing.T) {
	tests := []struct {
		name, text, date, source, want string
	}{
		{"dateline wire", "Talks end\n\nMOSCOW, April 17 (Reuters) - Putin said talks ended.", "2020-04-17", "Feed", "Reuters"},
		{"readout of a president's call", "Readout of President Biden's Call with Chancellor Scholz\n\nPresident Joseph R. Biden, Jr. spoke today with Chancellor Olaf Scholz.",
			"2022-02-20", "Some Reprint", "The White House"},
		{"secretary's meeting", "Secretary Blinken's Meeting with Foreign Minister Kuleba\n\nSecretary of State Antony J. Blinken met Foreign Minister Dmytro Kuleba today.",
			"2022-03-05", "", "U.S. Department of State"},
		{"adviser's call", "Readout of National Security Advisor Jake Sullivan's Call with Foreign Minister Kuleba\n\nNational Security Advisor Jake Sullivan spoke today with Foreign Minister Dmytro Kuleba.",
			"2022-05-02", "", "The White House"},
		{"statement by the press secretary", "Statement by Press Secretary Jen Psaki on the Call\n\nPresident Biden spoke with Chancellor Olaf Scholz today.",
			"2021-12-21", "", "The White House"},
		{"credited in the lead", "Xi, Putin talk\n\nXi and Putin spoke, according to a readout reported by Xinhua.", "2020-04-16", "Aggregator", "Xinhua"},
		{"the feed otherwise", "Storm hits coast\n\nA storm hit the coast. Reuters reported damage.", "2020-04-16", "Wikinews", "Wikinews"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := surface(t, tt.text, tt.date, tt.source)
			if d.Publisher != tt.want {
				t.Errorf("publisher %q, want %q", d.Publisher, tt.want)
			}
			for _, s := range d.Statements {
				if s.AccordingTo == "" {
					t.Errorf("statement %q has no AccordingTo", s.Cue)
				}
			}
		})
	}
}

func TestAccordingToOutlet(t *testing.T) {
	d := surface(t, "Talks\n\nAccording to Xinhua, Xi said the talks went well.", "2020-04-16", "Wikinews")
	for _, s := range d.Statements {
		if s.Cue == "said" && s.AccordingTo != "Xinhua" {
			t.Errorf("Xi's statement is reported by %q, want Xinhua", s.AccordingTo)
		}
	}
}

func brief(d *document.Document) []string {
	var out []string
	for _, s := range d.Statements {
		out = append(out, s.Speaker+" ("+s.Cue+"): "+s.Content.Text)
	}
	return out
}
