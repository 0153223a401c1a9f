package lexicon

import (
	"strings"
	"unicode/utf8"
)

// petrLine is one line of a PETRARCH dictionary with its comments removed.
type petrLine struct {
	num  int
	text string // content without comments and trailing spaces
	raw  string // the line as written, for excerpts
}

// petrReader reads the lines of a PETRARCH dictionary the way PETRARCH
// does: "#" starts a comment (except inside [...], where TABARI wrote codes
// such as [###]); a line starting with "<!" is a comment, and "<!--" opens a
// comment that runs to the next "-->"; an inline "<!-- ... -->" is cut out;
// optionally ";" starts a comment too (the KEDS/TABARI legacy rule). Blank
// lines are skipped. Invalid UTF-8 is replaced by U+FFFD and reported.
type petrReader struct {
	file      string
	src       string
	pos       int
	num       int
	semicolon bool
	r         *Report
}

func newPetrReader(file, src string, semicolon bool, r *Report) *petrReader {
	return &petrReader{file: file, src: src, semicolon: semicolon, r: r}
}

func (p *petrReader) at(num, col int) Pos { return Pos{File: p.file, Line: num, Col: col} }

// rawLine returns the next physical line.
func (p *petrReader) rawLine() (string, bool) {
	if p.pos >= len(p.src) {
		return "", false
	}
	end := strings.IndexByte(p.src[p.pos:], '\n')
	var line string
	if end < 0 {
		line, p.pos = p.src[p.pos:], len(p.src)
	} else {
		line, p.pos = p.src[p.pos:p.pos+end], p.pos+end+1
	}
	p.num++
	line = strings.TrimSuffix(line, "\r")
	if !utf8.ValidString(line) {
		p.r.warnf(p.at(p.num, 0), strings.ToValidUTF8(line, "\uFFFD"), "invalid UTF-8 replaced by U+FFFD")
		line = strings.ToValidUTF8(line, "\uFFFD")
	}
	return line, true
}

// next returns the next line with content.
func (p *petrReader) next() (petrLine, bool) {
	for {
		raw, ok := p.rawLine()
		if !ok {
			return petrLine{}, false
		}
		num := p.num
		text := raw
		if strings.HasPrefix(strings.TrimLeft(text, " \t"), "<!") {
			p.skipXMLComment(text)
			continue
		}
		text = p.cutInlineXML(text, num)
		text = cutComment(text, p.semicolon)
		text = strings.TrimRight(text, " \t")
		if strings.TrimSpace(text) == "" {
			continue
		}
		return petrLine{num: num, text: text, raw: raw}, true
	}
}

// skipXMLComment skips a comment line, and the lines up to "-->" when it
// opens a multi-line comment.
func (p *petrReader) skipXMLComment(first string) {
	i := strings.Index(first, "<!--")
	if i < 0 || strings.Contains(first[i:], "-->") {
		return // a one-line comment, or "<!" without "--": PETRARCH skips the line
	}
	start := p.num
	for {
		line, ok := p.rawLine()
		if !ok {
			p.r.warnf(p.at(start, 0), first, "<!-- comment not closed before the end of the file")
			return
		}
		if j := strings.Index(line, "-->"); j >= 0 {
			if rest := strings.TrimSpace(line[j+3:]); rest != "" {
				p.r.warnf(p.at(p.num, j+4), line, "text after --> is ignored (PETRARCH skips the rest of the line)")
			}
			return
		}
	}
}

// cutInlineXML removes "<!-- ... -->" inside a line.
func (p *petrReader) cutInlineXML(text string, num int) string {
	i := strings.Index(text, "<!--")
	if i < 0 {
		return text
	}
	j := strings.Index(text[i:], "-->")
	if j < 0 {
		p.r.warnf(p.at(num, i+1), text, "<!-- inside a line must close on the same line; the rest of the line is ignored")
		return text[:i]
	}
	return text[:i] + text[i+j+3:]
}

// cutComment removes a "#" comment (and a ";" one when semicolon is set),
// leaving "#" inside [...] alone.
func cutComment(s string, semicolon bool) string {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[':
			depth++
		case ']':
			if depth > 0 {
				depth--
			}
		case '#':
			if depth == 0 {
				return s[:i]
			}
		case ';':
			if semicolon && depth == 0 {
				return s[:i]
			}
		}
	}
	return s
}

// readPetrarchFiles reads every PETRARCH file named.
func readPetrarchFiles(files PetrarchFiles, r *Report) (*entrySet, error) {
	e := &entrySet{pico: map[string]picoEntry{}}
	kinds := []struct {
		names []string
		read  func(file, src string, e *entrySet, r *Report)
	}{
		{files.PICO, readPetrarchPICO},
		{files.Verbs, readPetrarchVerbs},
		{files.Actors, readPetrarchActors},
		{files.Agents, readPetrarchAgents},
		{files.Discards, readPetrarchDiscards},
		{files.Issues, readPetrarchIssues},
		{files.Prepositions, readPetrarchPrepositions},
	}
	for _, k := range kinds {
		for _, name := range k.names {
			b, err := readFile(name)
			if err != nil {
				return nil, err
			}
			k.read(name, string(b), e, r)
		}
	}
	return e, nil
}
