package lexicon

import (
	"errors"
	"strconv"
	"strings"
	"time"
)

// Day is a calendar day written as the number YYYYMMDD (20200416). Days
// compare with < and >; the zero Day means "no date".
type Day int32

// MakeDay returns the Day of a year, month and day.
func MakeDay(year, month, day int) Day { return Day(year*10000 + month*100 + day) }

// DayOf returns the Day of t in t's location.
func DayOf(t time.Time) Day { return MakeDay(t.Year(), int(t.Month()), t.Day()) }

// ParseDay reads "YYYY-MM-DD" or "YYYYMMDD".
func ParseDay(s string) (Day, error) {
	if len(s) == 8 && !strings.Contains(s, "-") {
		s = s[:4] + "-" + s[4:6] + "-" + s[6:]
	}
	d, err := ParseDate(s)
	if err != nil {
		return 0, err
	}
	if d.Day == 0 {
		return 0, errors.New("date " + strconv.Quote(s) + " is not a full YYYY-MM-DD date")
	}
	return d.First(), nil
}

// Year, Month and DayOfMonth split a Day.
func (d Day) Year() int       { return int(d) / 10000 }
func (d Day) Month() int      { return int(d) / 100 % 100 }
func (d Day) DayOfMonth() int { return int(d) % 100 }

// String returns "YYYY-MM-DD", or "" for the zero Day.
func (d Day) String() string {
	if d == 0 {
		return ""
	}
	return Date{Year: int16(d.Year()), Month: uint8(d.Month()), Day: uint8(d.DayOfMonth())}.String()
}

// Date is a date as dictionaries write it, possibly partial: Month 0 means
// only the year is known, Day 0 only the year and month. The zero Date means
// "no date" (an open end of a range).
type Date struct {
	Year  int16
	Month uint8
	Day   uint8
}

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d == Date{} }

// ParseDate reads "YYYY-MM-DD", "YYYY-MM" or "YYYY".
func ParseDate(s string) (Date, error) {
	bad := func(why string) (Date, error) {
		return Date{}, errors.New("bad date " + strconv.Quote(s) + ": " + why)
	}
	n, parts := [3]int{}, 0
	for rest := s; ; parts++ {
		part, more, found := strings.Cut(rest, "-")
		want := 2
		if parts == 0 {
			want = 4
		}
		if parts == 3 || len(part) != want || !allDigits(part) {
			return bad("want YYYY-MM-DD, YYYY-MM or YYYY")
		}
		n[parts] = atoi(part)
		if !found {
			parts++
			break
		}
		rest = more
	}
	if parts > 1 && (n[1] < 1 || n[1] > 12) {
		return bad("month out of range")
	}
	if parts > 2 && (n[2] < 1 || n[2] > daysIn(n[0], n[1])) {
		return bad("day out of range")
	}
	if n[0] == 0 {
		return bad("year 0000")
	}
	return Date{Year: int16(n[0]), Month: uint8(n[1]), Day: uint8(n[2])}, nil
}

// String writes the date as it was read.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	s := pad(int(d.Year), 4)
	if d.Month > 0 {
		s += "-" + pad(int(d.Month), 2)
		if d.Day > 0 {
			s += "-" + pad(int(d.Day), 2)
		}
	}
	return s
}

// First returns the earliest day d can mean (2013 -> 2013-01-01).
func (d Date) First() Day {
	m, day := int(d.Month), int(d.Day)
	if m == 0 {
		m = 1
	}
	if day == 0 {
		day = 1
	}
	return MakeDay(int(d.Year), m, day)
}

// Last returns the latest day d can mean (2013 -> 2013-12-31).
func (d Date) Last() Day {
	m, day := int(d.Month), int(d.Day)
	if m == 0 {
		m = 12
	}
	if day == 0 {
		day = daysIn(int(d.Year), m)
	}
	return MakeDay(int(d.Year), m, day)
}

// Range is a span of dates, both ends included; a zero end is open
// ("2013-03-14.." is "since", "..1999-12-31" is "until").
type Range struct {
	From, To Date
}

// ParseRange reads "FROM..TO" where either end may be empty.
func ParseRange(s string) (Range, error) {
	from, to, ok := strings.Cut(s, "..")
	if !ok {
		return Range{}, errors.New("bad range " + strconv.Quote(s) + ": want FROM..TO (either end may be empty)")
	}
	var r Range
	var err error
	if from != "" {
		if r.From, err = ParseDate(from); err != nil {
			return Range{}, err
		}
	}
	if to != "" {
		if r.To, err = ParseDate(to); err != nil {
			return Range{}, err
		}
	}
	return r, nil
}

// String writes the range as "FROM..TO".
func (r Range) String() string { return r.From.String() + ".." + r.To.String() }

// Contains reports whether day may fall in the range. Partial ends are read
// broadly: "2013.." contains every day of 2013.
func (r Range) Contains(day Day) bool {
	if !r.From.IsZero() && day < r.From.First() {
		return false
	}
	if !r.To.IsZero() && day > r.To.Last() {
		return false
	}
	return true
}

// Backwards reports whether the range certainly ends before it starts.
func (r Range) Backwards() bool {
	return !r.From.IsZero() && !r.To.IsZero() && r.To.Last() < r.From.First()
}

// certain returns the days the range surely covers, reading partial ends
// narrowly; open ends are the smallest and largest Day.
func (r Range) certain() (from, to Day) {
	from, to = Day(-1<<31), Day(1<<31-1)
	if !r.From.IsZero() {
		from = r.From.Last()
	}
	if !r.To.IsZero() {
		to = r.To.First()
	}
	return from, to
}

// Overlaps reports whether two ranges surely share more than one boundary
// day. A handover on one day ("..2013-03-14" and "2013-03-14..") is not an
// overlap.
func (r Range) Overlaps(o Range) bool {
	a0, a1 := r.certain()
	b0, b1 := o.certain()
	return max(a0, b0) < min(a1, b1)
}

func daysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func pad(n, width int) string {
	s := strconv.Itoa(n)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
