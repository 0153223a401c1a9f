package amount

import (
	"math"
	"testing"

	"github.com/readout/readout/document"
	"github.com/readout/readout/text"
)

func code(t testing.TB, s string) *document.Document {
	t.Helper()
	d := &document.Document{Text: s}
	if err := (&text.Segmenter{}).Annotate(d); err != nil {
		t.Fatal(err)
	}
	if err := New().Annotate(d); err != nil {
		t.Fatal(err)
	}
	return d
}

func TestAmounts(t *testing.T) {
	type amt struct {
		value  float64
		unit   string
		text   string
		change string
		about  string
	}
	tests := []struct {
		in   string
		want []amt
	}{
		{"Bilateral trade in the first quarter increased 3.4 percent year on year.",
			[]amt{{3.4, "percent", "3.4 percent", "increase", "Bilateral trade"}}},
		{"Exports fell 2% in May.", []amt{{2, "percent", "2%", "decrease", "Exports"}}},
		{"The bank lent $1.5 billion to the firm.", []amt{{1.5e9, "USD", "$1.5 billion", "", ""}}},
		{"It gives access to around US$50 billion in extra funding.",
			[]amt{{5e10, "USD", "around US$50 billion", "", "extra funding"}}},
		{"Police said at least 71 people were arrested.", []amt{{71, "people", "at least 71 people", "", "people"}}},
		{"The incidents injured fourteen police officers.", []amt{{14, "people", "fourteen police officers", "", "police officers"}}},
		{"The war has lasted eighteen months.", []amt{{18, "months", "eighteen months", "", "months"}}},
		{"Output was 5.7 million barrels a day.", []amt{{5.7e6, "barrels", "5.7 million barrels", "", "barrels"}}},
		{"They paid 300 euros each.", []amt{{300, "EUR", "300 euros", "", ""}}},
		{"Some twenty-five soldiers died.", []amt{{25, "people", "Some twenty-five soldiers", "", "soldiers"}}},
		{"This is around five percent on a global basis.", []amt{{5, "percent", "around five percent", "", ""}}},
		{"The vote was held on June 21 in 2019 under resolution 2259.", nil},
		{"One of them left at 4:00.", nil},
		{"It cost 1,250,000 dollars.", []amt{{1250000, "USD", "1,250,000 dollars", "", ""}}},
		{"The water held 6.4 mg per liter.", []amt{{6.4, "mg", "6.4 mg", "", "mg"}}},
	}
	for _, tt := range tests {
		d := code(t, tt.in)
		if len(d.Amounts) != len(tt.want) {
			t.Errorf("%q: got %d amounts %+v, want %d", tt.in, len(d.Amounts), d.Amounts, len(tt.want))
			continue
		}
		for i, w := range tt.want {
			a := d.Amounts[i]
			if math.Abs(a.Value-w.value) > 1e-9*math.Max(1, w.value) || a.Unit != w.unit || a.Text != w.text ||
				a.Change != w.change || w.about != "" && a.About != w.about {
				t.Errorf("%q: got %g %s %q %s about %q, want %g %s %q %s about %q", tt.in,
					a.Value, a.Unit, a.Text, a.Change, a.About, w.value, w.unit, w.text, w.change, w.about)
			}
			if d.Text[a.Start:a.End] != a.Text {
				t.Errorf("%q: span %d..%d is %q, text %q", tt.in, a.Start, a.End, d.Text[a.Start:a.End], a.Text)
			}
		}
	}
}

func TestParseDigits(t *testing.T) {
	for in, want := range map[string]float64{"3.4": 3.4, "1,000": 1000, "12,345,678": 12345678, "0.5": 0.5, "2019": 2019} {
		if got, ok := parseDigits(in); !ok || got != want {
			t.Errorf("parseDigits(%q) = %g, %v", in, got, ok)
		}
	}
	for _, in := range []string{"4:00", "1,00", "12,3456", "1.2.3", "", "abc", "3-4", "1,000,00"} {
		if _, ok := parseDigits(in); ok {
			t.Errorf("parseDigits(%q) should fail", in)
		}
	}
}

// FuzzAmounts runs the stage on arbitrary text: it must not fail, and
// every amount's span must hold its text.
func FuzzAmounts(f *testing.F) {
	for _, s := range []string{"$1.5 billion", "US$50bn in aid", "twenty - five", "1,000,000 people", "5 %", "a dozen per cent"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := &document.Document{Text: s}
		if err := (&text.Segmenter{}).Annotate(d); err != nil {
			return
		}
		if err := New().Annotate(d); err != nil {
			t.Fatal(err)
		}
		for _, a := range d.Amounts {
			if a.Start < 0 || a.End > len(d.Text) || a.Start >= a.End || d.Text[a.Start:a.End] != a.Text {
				t.Fatalf("bad amount %+v", a)
			}
		}
	})
}
