package event

import (
	"strconv"
	"strings"
	"time"

	"github.com/readout/readout/lexicon"
)

// Event dates. A date expression ("on Thursday night", "yesterday", "on
// June 21", "21 June 2020", "last week", "since Tuesday") is resolved
// against the publication date: a weekday is the most recent such day on
// or before publication (the next one on or after it for a future or
// intended event), a month and day without a year the one in the
// publication's year, moved a year back when it would fall after
// publication in a past-tense report. Expressions that name a month or a
// year but no day give a partial date ("2020-03", "2015").

// dateExpr is a date expression found in a sentence.
type dateExpr struct {
	lo, hi int // tokens [lo, hi)
	kind   dateKind
	a, b   int // kind-dependent values (see resolveKind)
}

type dateKind uint8

const (
	dayOffset   dateKind = iota + 1 // a = days from publication
	weekday                         // a = time.Weekday, b = -1 last, +1 next, 0 plain
	fullDate                        // a = year*10000+month*100+day (year 0: unknown), b = has day
	monthOnly                       // a = year*100+month (year 0: unknown)
	yearOnly                        // a = year
	monthOffset                     // a = months from publication's month
	yearOffset                      // a = years from publication's year
)

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
	"sun.": time.Sunday, "mon.": time.Monday, "tue.": time.Tuesday, "tues.": time.Tuesday,
	"wed.": time.Wednesday, "thu.": time.Thursday, "thurs.": time.Thursday, "fri.": time.Friday, "sat.": time.Saturday,
}

var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan.": 1, "feb.": 2, "mar.": 3, "apr.": 4, "jun.": 6, "jul.": 7, "aug.": 8,
	"sep.": 9, "sept.": 9, "oct.": 10, "nov.": 11, "dec.": 12,
	"jan": 1, "feb": 2, "apr": 4, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var partsOfDay = setOf("morning", "afternoon", "evening", "night", "midnight", "noon", "overnight")

var numberWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "a": 1, "an": 1, "several": 3, "few": 3}

// parseDate reads a date expression at the start of words (token texts
// as written) and lows (the same in lower case); prev is the word before
// it ("" at the start). It returns the expression and how many words it
// takes (0: none).
func parseDate(words, lows []string, prev string) (dateExpr, int) {
	w := func(i int) string {
		if i < len(lows) {
			return lows[i]
		}
		return ""
	}
	w0 := w(0)
	switch w0 {
	case "today", "tonight":
		return dateExpr{kind: dayOffset}, 1
	case "yesterday":
		return dateExpr{kind: dayOffset, a: -1}, 1
	case "tomorrow":
		return dateExpr{kind: dayOffset, a: 1}, 1
	case "this":
		return parseThis(w(1), 2)
	case "earlier", "later":
		if w(1) == "this" && (w(2) == "month" || w(2) == "year") {
			return parseThis(w(2), 3)
		}
		if w(1) == "today" {
			return dateExpr{kind: dayOffset}, 2
		}
	case "last", "next", "past":
		return parseRelative(w0, w(1), w(2))
	}
	if wd, ok := weekdays[w0]; ok && capitalised(words[0]) {
		n := 1
		if partsOfDay[w(1)] {
			n = 2
		}
		return dateExpr{kind: weekday, a: int(wd)}, n
	}
	if e, n := parseMonthDay(words, lows, prev); n > 0 {
		return e, n
	}
	if e, n := parseAgo(w0, w(1), w(2)); n > 0 {
		return e, n
	}
	return parseNumeric(words[0], prev)
}

func capitalised(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

func parseThis(unit string, n int) (dateExpr, int) {
	switch unit {
	case "morning", "afternoon", "evening", "week":
		return dateExpr{kind: dayOffset}, n
	case "month":
		return dateExpr{kind: monthOffset}, n
	case "year":
		return dateExpr{kind: yearOffset}, n
	}
	return dateExpr{}, 0
}

func parseRelative(which, unit, after string) (dateExpr, int) {
	sign := -1
	if which == "next" {
		sign = 1
	}
	if wd, ok := weekdays[unit]; ok {
		n := 2
		if partsOfDay[after] {
			n = 3
		}
		return dateExpr{kind: weekday, a: int(wd), b: sign}, n
	}
	switch unit {
	case "night":
		if which == "last" {
			return dateExpr{kind: dayOffset, a: -1}, 2
		}
	case "week", "weekend":
		return dateExpr{kind: dayOffset, a: 7 * sign}, 2
	case "month":
		return dateExpr{kind: monthOffset, a: sign}, 2
	case "year":
		return dateExpr{kind: yearOffset, a: sign}, 2
	}
	return dateExpr{}, 0
}

// parseMonthDay reads "June 21", "June 21, 2020", "21 June 2020", "Jan. 3",
// "March 2019" and "March" (capitalised, after a preposition).
func parseMonthDay(words, lows []string, prev string) (dateExpr, int) {
	at := func(i int) string {
		if i < len(words) {
			return words[i]
		}
		return ""
	}
	low := func(i int) string {
		if i < len(lows) {
			return lows[i]
		}
		return ""
	}
	if d, ok := dayNumber(at(0)); ok {
		if m, ok := months[low(1)]; ok && capitalised(at(1)) {
			y, n := yearAt(at(2), at(3))
			return dateExpr{kind: fullDate, a: y*10000 + m*100 + d, b: 1}, 2 + n
		}
		return dateExpr{}, 0
	}
	m, ok := months[low(0)]
	if !ok || !capitalised(at(0)) || (m == 5 && at(0) == "May" && !isDateContext(prev, at(1))) {
		return dateExpr{}, 0
	}
	if d, ok := dayNumber(at(1)); ok {
		y, n := yearAt(at(2), at(3))
		return dateExpr{kind: fullDate, a: y*10000 + m*100 + d, b: 1}, 2 + n
	}
	if y, ok := yearNumber(at(1)); ok {
		return dateExpr{kind: monthOnly, a: y*100 + m}, 2
	}
	if isPrep(prev) {
		return dateExpr{kind: monthOnly, a: m}, 1
	}
	return dateExpr{}, 0
}

// isDateContext tells the month "May" from the modal.
func isDateContext(prev, next string) bool {
	_, day := dayNumber(next)
	_, year := yearNumber(next)
	return day || year || isPrep(prev)
}

func isPrep(w string) bool {
	switch lower(w) {
	case "in", "on", "since", "during", "until", "till", "by", "from", "of", "early", "late", "mid", "before", "after", "through":
		return true
	}
	return false
}

// yearAt reads ", 2020" or "2020" after a month and day.
func yearAt(a, b string) (year, n int) {
	if y, ok := yearNumber(a); ok {
		return y, 1
	}
	if a == "," {
		if y, ok := yearNumber(b); ok {
			return y, 2
		}
	}
	return 0, 0
}

func dayNumber(s string) (int, bool) {
	s = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(s, "st"), "nd"), "rd"), "th")
	if len(s) == 0 || len(s) > 2 {
		return 0, false
	}
	d, err := strconv.Atoi(s)
	return d, err == nil && d >= 1 && d <= 31
}

func yearNumber(s string) (int, bool) {
	if len(s) != 4 {
		return 0, false
	}
	y, err := strconv.Atoi(s)
	return y, err == nil && y >= 1900 && y <= 2100
}

// parseAgo reads "two days ago", "3 weeks ago".
func parseAgo(n, unit, ago string) (dateExpr, int) {
	if ago != "ago" {
		return dateExpr{}, 0
	}
	k, ok := numberWords[n]
	if !ok {
		v, err := strconv.Atoi(n)
		if err != nil || v < 0 || v > 1000 {
			return dateExpr{}, 0
		}
		k = v
	}
	switch strings.TrimSuffix(unit, "s") {
	case "day":
		return dateExpr{kind: dayOffset, a: -k}, 3
	case "week":
		return dateExpr{kind: dayOffset, a: -7 * k}, 3
	case "month":
		return dateExpr{kind: monthOffset, a: -k}, 3
	case "year":
		return dateExpr{kind: yearOffset, a: -k}, 3
	}
	return dateExpr{}, 0
}

// parseNumeric reads "2020-04-16" and a year after a preposition ("in
// 2015").
func parseNumeric(w, prev string) (dateExpr, int) {
	if len(w) == 10 && w[4] == '-' && w[7] == '-' {
		if d, err := lexicon.ParseDay(w); err == nil {
			return dateExpr{kind: fullDate, a: int(d), b: 1}, 1
		}
	}
	if y, ok := yearNumber(w); ok && isPrep(prev) {
		return dateExpr{kind: yearOnly, a: y}, 1
	}
	return dateExpr{}, 0
}

// resolve returns the date an expression names, given the publication
// day; future says whether the event lies ahead (for weekdays and dates
// without a year). It returns "" when pub is unknown and the expression is
// relative.
func (e dateExpr) resolve(pub lexicon.Day, future bool) string {
	if pub == 0 {
		if e.kind == fullDate && e.a/10000 > 0 {
			return lexicon.Day(e.a).String()
		}
		if e.kind == yearOnly && e.a > 0 {
			return strconv.Itoa(e.a)
		}
		return ""
	}
	t := time.Date(pub.Year(), time.Month(pub.Month()), pub.DayOfMonth(), 0, 0, 0, 0, time.UTC)
	switch e.kind {
	case dayOffset:
		return day(t.AddDate(0, 0, e.a))
	case weekday:
		return day(t.AddDate(0, 0, weekdayShift(t.Weekday(), time.Weekday(e.a), e.b, future)))
	case fullDate:
		return resolveFull(t, e.a, future)
	case monthOnly:
		y, m := e.a/100, e.a%100
		if y == 0 {
			y = t.Year()
			if !future && m > int(t.Month()) {
				y--
			}
		}
		return strconv.Itoa(y) + "-" + two(m)
	case monthOffset:
		u := time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, e.a, 0)
		return strconv.Itoa(u.Year()) + "-" + two(int(u.Month()))
	case yearOnly:
		return strconv.Itoa(e.a)
	case yearOffset:
		return strconv.Itoa(t.Year() + e.a)
	}
	return ""
}

// weekdayShift returns the days from publication to the named weekday.
func weekdayShift(pub, wd time.Weekday, rel int, future bool) int {
	back := (int(pub) - int(wd) + 7) % 7
	fwd := (int(wd) - int(pub) + 7) % 7
	switch {
	case rel < 0:
		if back == 0 {
			back = 7
		}
		return -back
	case rel > 0:
		if fwd == 0 {
			fwd = 7
		}
		return fwd
	case future:
		return fwd
	}
	return -back
}

func resolveFull(pub time.Time, v int, future bool) string {
	y, m, d := v/10000, v/100%100, v%100
	if y == 0 {
		y = pub.Year()
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		switch {
		case !future && t.After(pub.AddDate(0, 0, 2)):
			y--
		case future && t.Before(pub.AddDate(0, 0, -2)):
			y++
		}
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Month() != time.Month(m) {
		return "" // 31 June
	}
	return day(t)
}

func day(t time.Time) string { return t.Format("2006-01-02") }

func two(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
