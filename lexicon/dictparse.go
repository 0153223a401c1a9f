package lexicon

import (
	"strconv"
	"strings"
)

// dictParser turns the lines of one .dict file into entries. Each record
// keyword has an opener that checks the record line and a field handler
// for the indented lines below it. Problems are collected, never fatal: a
// bad line is reported and skipped, and the rest of the file is read.
type dictParser struct {
	file   string
	r      *Report
	out    *entrySet
	line   *dictLine
	field  func(p *dictParser, l *dictLine) // current record's field handler; nil outside records
	kind   string                           // current record's keyword
	failed bool                             // the current record line was rejected
	toks   []patToken                       // pattern tokens, reused from line to line
	arenas *patArenas                       // backing arrays of the file's patterns
	seen   map[string]int                   // single-valued fields seen in the current record
	// current record under construction
	actor *Actor
	code  *EventCode
	topic *Topic
}

type recordOpener func(p *dictParser, l *dictLine)

var recordOpeners map[string]recordOpener

func init() {
	recordOpeners = map[string]recordOpener{
		kindCountry:     openCountry,
		kindInstitution: openNamedActor(Institution),
		kindPerson:      openPerson,
		kindOrg:         openNamedActor(Organization),
		kindGroup:       openNamedActor(Group),
		kindAgent:       openAgent,
		kindCode:        openCode,
		kindDiscard:     openDiscard,
		kindTopic:       openTopic,
	}
}

// parseDict reads one .dict file into out.
func parseDict(file, src string, out *entrySet, r *Report) {
	parseDictIn(file, src, out, r, &parseSpace{})
}

// parseSpace is what the files one goroutine parses share: the arrays
// their patterns are carved from and the parser's reused buffers.
type parseSpace struct {
	arenas patArenas
	words  []dictWord     // the scanner's words of a line
	seen   map[string]int // dictParser.seen
}

// parseDictIn reads one .dict file into out, with the arenas and buffers
// of sp, which may have served files parsed before by the same goroutine.
func parseDictIn(file, src string, out *entrySet, r *Report, sp *parseSpace) {
	if sp.seen == nil {
		sp.seen = map[string]int{}
	}
	clear(sp.seen)
	p := &dictParser{file: file, r: r, out: out, seen: sp.seen, arenas: &sp.arenas}
	s := newScanner(file, src, r, sp.words)
	for s.next() {
		p.line = &s.cur
		p.parseLine(&s.cur)
	}
	sp.words = s.cur.words[:0]
}

func (p *dictParser) parseLine(l *dictLine) {
	if l.indent > 0 {
		if p.failed {
			return // the record line was reported; its fields go with it
		}
		if p.field == nil {
			if p.kind == "" {
				p.errorf(l, l.words[0].col, "indented line outside any record; records start in column 1")
			} else {
				p.errorf(l, l.words[0].col, "%s records take no fields", p.kind)
			}
			return
		}
		p.field(p, l)
		return
	}
	p.endRecord()
	kw := l.words[0].text
	if allDigits(strings.Replace(kw, ":", "", 1)) {
		openPattern(p, l)
		return
	}
	open, ok := recordOpeners[kw]
	p.kind = kw
	if !ok {
		p.errorf(l, 1, "unknown record %q (want country, institution, person, org, group, agent, code, discard, topic, or an event code opening a pattern)", kw)
		p.failed = true
		return
	}
	n := len(p.r.Errors)
	open(p, l)
	p.failed = len(p.r.Errors) > n && p.field == nil
}

// endRecord forgets the current record.
func (p *dictParser) endRecord() {
	p.field, p.kind, p.actor, p.code, p.topic, p.failed = nil, "", nil, nil, nil, false
	clear(p.seen)
}

func (p *dictParser) pos(l *dictLine, col int) Pos {
	return Pos{File: p.file, Line: l.num, Col: col}
}

func (p *dictParser) errorf(l *dictLine, col int, format string, args ...any) {
	p.r.errorf(p.pos(l, col), l.text, format, args...)
}

func (p *dictParser) warnf(l *dictLine, col int, format string, args ...any) {
	p.r.warnf(p.pos(l, col), l.text, format, args...)
}

// need checks that a line has at least n words; it reports what is
// missing when it has not.
func (p *dictParser) need(l *dictLine, n int, what string) bool {
	if len(l.words) >= n {
		return true
	}
	last := l.words[len(l.words)-1]
	p.errorf(l, last.end+1, "missing %s", what)
	return false
}

// once checks that a single-valued field appears only once per record.
func (p *dictParser) once(l *dictLine) bool {
	name := l.words[0].text
	if first, dup := p.seen[name]; dup {
		p.errorf(l, l.words[0].col, "%s given twice in one record (first on line %d)", name, first)
		return false
	}
	p.seen[name] = l.num
	return true
}

// unknownField reports a field the current record does not take.
func (p *dictParser) unknownField(l *dictLine, allowed string) {
	p.errorf(l, l.words[0].col, "unknown %s field %q (want %s)", p.kind, l.words[0].text, allowed)
}

// actorCode checks an actor code written in a record.
func (p *dictParser) actorCode(l *dictLine, w dictWord) bool {
	if !ValidActorCode(w.text) {
		p.errorf(l, w.col, "bad actor code %q: want three-letter upper-case segments such as CHN or CHNGOV", w.text)
		return false
	}
	return true
}

// date reads a date word.
func (p *dictParser) date(l *dictLine, w dictWord) (Date, bool) {
	d, err := ParseDate(w.text)
	if err != nil {
		p.errorf(l, w.col, "%v", err)
		return Date{}, false
	}
	return d, true
}

// number reads a float field value.
func (p *dictParser) number(l *dictLine, w dictWord) (float64, bool) {
	f, err := strconv.ParseFloat(w.text, 64)
	if err != nil {
		p.errorf(l, w.col, "bad number %q", w.text)
		return 0, false
	}
	return f, true
}
