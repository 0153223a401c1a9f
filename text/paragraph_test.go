package text

import (
	"reflect"
	"strings"
	"testing"
)

func TestParagraphs(t *testing.T) {
	wire := "    The bank raised its rate on\nTuesday, traders said.\n" +
		"    It was the second rise this\nyear.\n    Markets fell.\n"
	long := strings.Repeat("word ", 30)
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"empty", "", nil},
		{"spaces only", " \n\t\u00a0\n ", nil},
		{"blank lines", "Title line\n\nFirst one.\n  \nSecond.", []string{"Title line", "First one.", "Second."}},
		{"wrapped text", "A line that wraps\nonto the next one.", []string{"A line that wraps\nonto the next one."}},
		{"wire indentation", wire, []string{
			"The bank raised its rate on\nTuesday, traders said.",
			"It was the second rise this\nyear.",
			"Markets fell.",
		}},
		{"long lines", long + "end.\n" + long + "end.", []string{long + "end.", long + "end."}},
		{"crlf", "One.\r\n\r\nTwo.\r\n", []string{"One.", "Two."}},
		{"lone cr", "One.\r\rTwo.", []string{"One.", "Two."}},
		{"short line ending a paragraph", "This is a line that is quite long, as wrapped\ntext is.\nNext paragraph is here.", []string{
			"This is a line that is quite long, as wrapped\ntext is.", "Next paragraph is here.",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, p := range Paragraphs(tt.in) {
				if p.Text != tt.in[p.Start:p.End] {
					t.Fatalf("span [%d:%d] text %q", p.Start, p.End, p.Text)
				}
				got = append(got, p.Text)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}
