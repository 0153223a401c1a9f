package amount

import (
	"strconv"
	"strings"
)

// numberWords are the numbers written in words, up to ninety.
var numberWords = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "a dozen": 12,
}

// scales multiply the number before them.
var scales = map[string]float64{
	"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"mn": 1e6, "bn": 1e9, "m": 1e6, "k": 1e3,
}

// currencySigns open a money figure: "$5", "US$50", "€3".
var currencySigns = []struct{ sign, unit string }{
	{"US$", "USD"}, {"U.S.$", "USD"}, {"A$", "AUD"}, {"C$", "CAD"}, {"HK$", "HKD"},
	{"NZ$", "NZD"}, {"S$", "SGD"}, {"$", "USD"}, {"€", "EUR"}, {"£", "GBP"}, {"¥", "JPY"},
	{"₹", "INR"}, {"₽", "RUB"},
}

// parseDigits reads a number written in digits, with thousands commas and a
// decimal point ("1,000", "3.4", "2.5"). ok is false for anything else,
// including times ("4:00") and ranges.
func parseDigits(s string) (float64, bool) {
	if s == "" || s[0] < '0' || s[0] > '9' {
		return 0, false
	}
	var b [32]byte
	n, group, commas, points := 0, 0, 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			group++
		case c == ',' && points == 0:
			if commas == 0 && group > 3 || commas > 0 && group != 3 {
				return 0, false
			}
			commas, group = commas+1, 0
			continue
		case c == '.' && points == 0:
			if commas > 0 && group != 3 {
				return 0, false
			}
			points = 1
		default:
			return 0, false
		}
		if n == len(b) {
			return 0, false
		}
		b[n] = c
		n++
	}
	if commas > 0 && points == 0 && group != 3 {
		return 0, false
	}
	v, err := strconv.ParseFloat(string(b[:n]), 64)
	return v, err == nil
}

// splitCurrency cuts a currency sign from the front of a token ("US$50" ->
// "USD", "50").
func splitCurrency(tok string) (unit, rest string) {
	for _, c := range currencySigns {
		if strings.HasPrefix(tok, c.sign) {
			return c.unit, tok[len(c.sign):]
		}
	}
	return "", tok
}

// suffixScale reads a scale written onto the number ("50bn", "3m").
func suffixScale(s string) (string, float64) {
	for _, suf := range []string{"bn", "mn", "m", "k"} {
		if strings.HasSuffix(s, suf) && len(s) > len(suf) {
			head := s[:len(s)-len(suf)]
			if c := head[len(head)-1]; c >= '0' && c <= '9' {
				return head, scales[suf]
			}
		}
	}
	return s, 1
}
