package amount

// num is a number found in a sentence: tokens [start, end) and its value,
// with the currency its sign gave ("$", "US$").
type num struct {
	start, end int
	value      float64
	currency   string
}

// number reads the number that starts at token t: a currency sign and
// digits, digits, or number words, then any scale words.
func (s *sent) number(t int) (num, bool) {
	n := num{start: t, end: t}
	tok := s.toks[t].Text
	cur, rest := splitCurrency(tok)
	switch {
	case cur != "" && rest == "" && t+1 < len(s.toks):
		v, ok := parseDigits(s.toks[t+1].Text)
		if !ok {
			return n, false
		}
		n.value, n.currency, n.end = v, cur, t+2
	case cur != "":
		head, scale := suffixScale(rest)
		v, ok := parseDigits(head)
		if !ok {
			return n, false
		}
		n.value, n.currency, n.end = v*scale, cur, t+1
	default:
		if v, ok := parseDigits(tok); ok {
			n.value, n.end = v, t+1
		} else if v, end, ok := s.words(t); ok {
			n.value, n.end = v, end
		} else {
			return n, false
		}
	}
	for n.end < len(s.toks) {
		k, ok := scales[s.lower(n.end)]
		if !ok || k < 100 && s.lower(n.end) != "hundred" {
			break
		}
		n.value *= k
		n.end++
	}
	return n, true
}

// words reads a number written in words: "fourteen", "twenty-five",
// "a dozen", "eighteen".
func (s *sent) words(t int) (float64, int, bool) {
	if !mayBeNumberWord(s.toks[t].Text) {
		return 0, t, false
	}
	w := s.lower(t)
	if w == "a" && s.lower(t+1) == "dozen" {
		return 12, t + 2, true
	}
	v, ok := numberWords[w]
	if !ok || w == "one" && !s.unitFollows(t+1) {
		return 0, t, false // "one" is too often a pronoun
	}
	end := t + 1
	if v >= 20 && v < 100 && s.lower(end) == "-" {
		if u, ok := numberWords[s.lower(end+1)]; ok && u < 10 {
			return v + u, end + 2, true
		}
	}
	return v, end, true
}

// unitFollows says whether a unit word stands at t.
func (s *sent) unitFollows(t int) bool {
	l := s.lemma(t)
	return people[l] || durations[l] || measures[l] != ""
}

// unit is the unit of an amount and where it ends.
type unit struct {
	name       string
	start, end int // the unit phrase ("police officers"), end exclusive
}

// unit finds the unit after (or, for money, around) a number.
func (s *sent) unit(n *num) (unit, bool) {
	t := n.end
	w := s.lower(t)
	switch {
	case n.currency != "":
		if cur, ok := currencyWords[w]; ok {
			return unit{cur, t, t + 1}, true
		}
		return unit{n.currency, n.end, n.end}, true
	case w == "percent" || w == "%" || w == "pct" || w == "per" && s.lower(t+1) == "cent":
		end := t + 1
		if w == "per" {
			end++
		}
		return unit{"percent", t, end}, true
	}
	if cur, ok := currencyWords[w]; ok {
		return unit{cur, t, t + 1}, true
	}
	// a hyphenated duration or measure: "18-month", "a 5-km"
	if w == "-" && t+1 < len(s.toks) {
		l := s.lemma(t + 1)
		if durations[l] {
			return unit{plural(l), t + 1, t + 2}, true
		}
	}
	// up to two modifiers before the noun: "five other civilians",
	// "fourteen police officers"
	for k := t; k < len(s.toks) && k <= t+2; k++ {
		l := s.lemma(k)
		switch {
		case people[l]:
			return unit{"people", t, k + 1}, true
		case durations[l]:
			return unit{plural(l), t, k + 1}, true
		case measures[l] != "":
			return unit{measures[l], t, k + 1}, true
		}
		if !modifierLike(s.lower(k)) {
			break
		}
	}
	return unit{}, false
}

// modifierLike says whether a word may stand between a number and its
// unit noun: a lower-case word that is not a function word.
func modifierLike(w string) bool {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	switch w {
	case "of", "in", "on", "at", "to", "for", "by", "and", "or", "the", "a", "were", "was", "are",
		"is", "have", "has", "had", "will", "would", "from", "with", "than", "per":
		return false
	}
	return true
}

// plural writes a duration in the plural ("month" -> "months").
func plural(w string) string {
	if w == "century" {
		return "centuries"
	}
	return w + "s"
}

// people are nouns whose count is a number of people.
var people = setOf("people", "person", "civilian", "soldier", "officer", "policeman", "protester",
	"demonstrator", "journalist", "child", "woman", "man", "worker", "student", "migrant",
	"refugee", "passenger", "victim", "resident", "member", "death", "casualty", "fatality",
	"militant", "fighter", "rebel", "troop", "prisoner", "detainee", "hostage", "patient",
	"doctor", "nurse", "voter", "citizen", "national", "lawmaker", "official", "diplomat",
	"crew", "pilgrim", "tourist", "employee", "staff", "teacher", "miner", "firefighter",
	"peacekeeper", "suspect", "injured", "dead", "wounded", "killed")

// durations are units of time.
var durations = setOf("second", "minute", "hour", "day", "week", "month", "year", "decade", "century")

// measures map a unit noun to the unit's name.
var measures = map[string]string{
	"barrel": "barrels", "tonne": "tonnes", "ton": "tonnes", "km": "km", "kilometre": "km",
	"kilometer": "km", "mile": "miles", "metre": "m", "meter": "m", "hectare": "hectares",
	"acre": "acres", "kg": "kg", "kilogram": "kg", "litre": "litres", "liter": "litres",
	"gallon": "gallons", "mw": "MW", "megawatt": "MW", "gw": "GW", "gigawatt": "GW",
	"dose": "doses", "vote": "votes", "seat": "seats", "vaccine": "doses", "drone": "drones",
	"missile": "missiles", "rocket": "rockets", "tank": "tanks", "aircraft": "aircraft",
	"jet": "aircraft", "ship": "ships", "vessel": "ships", "house": "houses", "home": "houses",
	"building": "buildings", "village": "villages", "bcm": "bcm", "mg": "mg", "milligram": "mg",
	"gram": "g", "ml": "ml", "millilitre": "ml", "milliliter": "ml", "cm": "cm", "centimetre": "cm",
	"centimeter": "cm", "mm": "mm", "millimetre": "mm", "millimeter": "mm", "kwh": "kWh",
	"foot": "feet", "feet": "feet", "inch": "inches", "pound-weight": "lb", "lb": "lb", "lbs": "lb",
}

// currencyWords name currencies after a number.
var currencyWords = map[string]string{
	"dollar": "USD", "dollars": "USD", "usd": "USD", "euro": "EUR", "euros": "EUR", "eur": "EUR",
	"pound": "GBP", "pounds": "GBP", "sterling": "GBP", "gbp": "GBP", "yuan": "CNY",
	"renminbi": "CNY", "cny": "CNY", "ruble": "RUB", "rubles": "RUB", "rouble": "RUB",
	"roubles": "RUB", "rub": "RUB", "yen": "JPY", "jpy": "JPY", "rupee": "INR", "rupees": "INR",
	"inr": "INR", "riyal": "SAR", "riyals": "SAR", "lira": "TRY", "hryvnia": "UAH",
	"hryvnias": "UAH", "won": "KRW", "francs": "CHF", "franc": "CHF",
}

// mayBeNumberWord says whether a token may start a number in words: its
// lower case is "a" or a number word. It lowers ASCII on the stack, so
// that the many capitalised words that are not numbers cost no string;
// other text is left to words.
func mayBeNumberWord(tok string) bool {
	for i := 0; i < len(tok); i++ {
		if tok[i] >= 0x80 {
			return true
		}
	}
	var buf [16]byte
	if len(tok) > len(buf) {
		return false // longer than any number word
	}
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	w := buf[:len(tok)]
	if string(w) == "a" {
		return true
	}
	_, ok := numberWords[string(w)]
	return ok
}
