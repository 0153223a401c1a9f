package event

import (
	"strings"
	"testing"

	"github.com/readout/readout/lexicon"
)

func TestParseDate(t *testing.T) {
	// Saturday 18 April 2020
	pub, _ := lexicon.ParseDay("2020-04-18")
	tests := []struct {
		text   string
		future bool
		want   string
		n      int
	}{
		{"on Thursday night", false, "2020-04-16", 2},
		{"on Saturday", false, "2020-04-18", 1},
		{"on Sunday", false, "2020-04-12", 1},
		{"on Monday", true, "2020-04-20", 1},
		{"today", false, "2020-04-18", 1},
		{"yesterday", false, "2020-04-17", 1},
		{"tomorrow", true, "2020-04-19", 1},
		{"last week", false, "2020-04-11", 2},
		{"last Saturday", false, "2020-04-11", 2},
		{"next Friday", true, "2020-04-24", 2},
		{"earlier this month", false, "2020-04", 3},
		{"last month", false, "2020-03", 2},
		{"last year", false, "2019", 2},
		{"on June 21", false, "2019-06-21", 2},
		{"on June 21", true, "2020-06-21", 2},
		{"on April 20", false, "2020-04-20", 2},
		{"21 June 2020", false, "2020-06-21", 3},
		{"Jan. 3", false, "2020-01-03", 2},
		{"January 3 , 2019", false, "2019-01-03", 4},
		{"in March 2019", false, "2019-03", 2},
		{"in March", false, "2020-03", 1},
		{"since Tuesday", false, "2020-04-14", 1},
		{"in 2015", false, "2015", 1},
		{"two days ago", false, "2020-04-16", 3},
		{"on 2020-04-02", false, "2020-04-02", 1},
		{"Friday morning", false, "2020-04-17", 2},
	}
	for _, tt := range tests {
		words := strings.Fields(tt.text)
		found := false
		for i := range words {
			prev := ""
			if i > 0 {
				prev = words[i-1]
			}
			e, n := parseDate(words[i:], lowered(words[i:]), prev)
			if n == 0 {
				continue
			}
			found = true
			if got := e.resolve(pub, tt.future); got != tt.want || n != tt.n {
				t.Errorf("%q (future %v): got %s (%d words), want %s (%d)", tt.text, tt.future, got, n, tt.want, tt.n)
			}
			break
		}
		if !found {
			t.Errorf("%q: no date found", tt.text)
		}
	}
}

func TestParseDateRejects(t *testing.T) {
	for _, text := range []string{"China may attack", "the friday", "31 talks", "the 2015 talks", "last minute", "in 12 cases"} {
		words := strings.Fields(text)
		for i := range words {
			prev := ""
			if i > 0 {
				prev = words[i-1]
			}
			if e, n := parseDate(words[i:], lowered(words[i:]), prev); n > 0 {
				t.Errorf("%q: found a date at %q: %+v", text, words[i], e)
			}
		}
	}
}

func lowered(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = strings.ToLower(w)
	}
	return out
}

// TestOpeningDate: a date that opens the sentence dates its main clause
// wherever the parser hung it.
func TestOpeningDate(t *testing.T) {
	coder := New(testLexicon(t, testDicts))
	d := parsed(t, "2020-04-18", "On/ADP/case/3 Thursday/PROPN/compound/3 night/NOUN/nmod/5 ,/PUNCT/punct/3 China/PROPN/nsubj/6=CHN attacked/VERB/root/0/attack Russia/PROPN/obj/6=RUS ./PUNCT/punct/6")
	if err := coder.Annotate(d); err != nil {
		t.Fatal(err)
	}
	if len(d.Events) != 1 || d.Events[0].Date != "2020-04-16" {
		t.Errorf("events %v, want one dated 2020-04-16", d.Events)
	}
}
