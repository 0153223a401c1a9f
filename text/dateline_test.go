package text

import (
	"testing"

	"github.com/readout/readout/document"
)

func TestDateline(t *testing.T) {
	tests := []struct {
		name, in, dateline, wire, first string
	}{
		{"place date wire", "BEIJING, Aug. 25 (Xinhua) -- Chinese President Xi Jinping said.",
			"BEIJING, Aug. 25 (Xinhua) --", "Xinhua", "Chinese President Xi Jinping said."},
		{"wire only", "Title\n\n(Xinhua) – Xi and Putin spoke on Thursday.",
			"(Xinhua) –", "Xinhua", "Xi and Putin spoke on Thursday."},
		{"no period after month", "MOSCOW, Apr 17 (AFP) - Russia said.", "MOSCOW, Apr 17 (AFP) -", "AFP", "Russia said."},
		{"place wire", "WASHINGTON (Reuters) - U.S. officials said.", "WASHINGTON (Reuters) -", "Reuters", "U.S. officials said."},
		{"place only", "LONDON — Britain said.", "LONDON —", "", "Britain said."},
		{"not capitals", "Xi Jinping - the president - said.", "", "", "Xi Jinping - the president - said."},
		{"short capitals", "UK - EU talks resumed.", "", "", "UK - EU talks resumed."},
		{"no dash", "BEIJING, Aug. 25 (Xinhua) Chinese leaders met.", "", "", "BEIJING, Aug. 25 (Xinhua) Chinese leaders met."},
		{"date line", "Thursday, May 7, 2015 On Tuesday the vote began.", "", "", "Thursday, May 7, 2015"},
		{"not a wire", "TOKYO RUBBER (YEN PER KILO) - Prices fell.", "", "", "TOKYO RUBBER (YEN PER KILO) - Prices fell."},
		{"slug", "CORRECTION - The rate is 5 pct.", "", "", "CORRECTION - The rate is 5 pct."},
		{"company", "ABM Gold Corp - Shr loss.", "", "", "ABM Gold Corp - Shr loss."},
		{"too late", "One.\n\nTwo.\n\nThree.\n\nLONDON - Four.", "", "", "One."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := segment(t, tt.in)
			got := ""
			if d.Dateline != nil {
				got = d.Dateline.Text
				if got != d.Text[d.Dateline.Start:d.Dateline.End] {
					t.Fatalf("dateline span does not match its text")
				}
			}
			if got != tt.dateline || d.Publisher != tt.wire {
				t.Errorf("dateline %q publisher %q, want %q %q", got, d.Publisher, tt.dateline, tt.wire)
			}
			first := d.Sentences[0].Text
			if d.Dateline != nil {
				k := 0
				for k < len(d.Sentences) && d.Sentences[k].Start != d.Dateline.Start {
					k++
				}
				if k+1 >= len(d.Sentences) || d.Sentences[k].Text != tt.dateline {
					t.Fatalf("dateline is not a sentence of its own")
				}
				if d.Sentences[k].Paragraph != d.Sentences[k+1].Paragraph {
					t.Errorf("dateline and first sentence in different paragraphs")
				}
				first = d.Sentences[k+1].Text
			}
			if first != tt.first {
				t.Errorf("first sentence %q, want %q", first, tt.first)
			}
		})
	}
}

func TestDatelineKeepsPublisher(t *testing.T) {
	d := segmentDoc(t, "BEIJING (Xinhua) - Talks began.", "China Daily")
	if d.Publisher != "China Daily" || d.Dateline == nil {
		t.Errorf("publisher %q dateline %v", d.Publisher, d.Dateline)
	}
}

// segmentDoc segments text in a document whose Publisher is already set.
func segmentDoc(t *testing.T, text, publisher string) *document.Document {
	t.Helper()
	d := &document.Document{Text: text, Publisher: publisher}
	if err := (&Segmenter{}).Annotate(d); err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, d)
	return d
}
