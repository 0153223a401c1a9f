package topic

import (
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/readout/readout/document"
	"github.com/readout/readout/lexicon"
	"github.com/readout/readout/text"
)

// testLexicon is a lexicon with two topics only.
func testLexicon(t *testing.T) *lexicon.Lexicon {
	t.Helper()
	fs := fstest.MapFS{"topics.dict": {Data: []byte(`topic trade Trade
  word trade
  word tariff
  word free trade

topic health Public health
  word vaccine
  word epidemic
`)}}
	lex, err := lexicon.Load(lexicon.WithoutDefaults(), lexicon.FS(fs, "test"))
	if err != nil {
		t.Fatal(err)
	}
	return lex
}

func topics(t *testing.T, c *Coder, title, body string) []string {
	t.Helper()
	d := &document.Document{Text: body}
	if title != "" {
		d.Text, d.Title = title+"\n\n"+body, title
	}
	if err := (&text.Segmenter{}).Annotate(d); err != nil {
		t.Fatal(err)
	}
	if err := c.Annotate(d); err != nil {
		t.Fatal(err)
	}
	return d.Topics
}

func TestTopics(t *testing.T) {
	c, err := New(testLexicon(t))
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("Nothing happened here. ", 30)
	tests := []struct {
		name, title, body string
		want              []string
	}{
		{"one hit in a short article", "", "Ministers discussed trade.", []string{"trade"}},
		{"one hit in a long article is not enough", "", long + "Ministers discussed trade.", []string{}},
		{"two hits in a long article", "", long + "Trade grew. A tariff fell.", []string{"trade"}},
		{"the title is enough", "New tariff announced", long, []string{"trade"}},
		{"most matched first", "", "A vaccine arrived. The epidemic slowed. Free trade resumed.", []string{"health", "trade"}},
		{"case and phrases", "", "FREE TRADE talks began.", []string{"trade"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := topics(t, c, tt.title, tt.body); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
	if _, err := New(nil); err == nil {
		t.Error("New(nil) should fail")
	}
}
