package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/readout/readout/format"
	"github.com/readout/readout/lexicon"
)

// selection is how a validation file picks the records it evaluates, as
// PETRARCH's validation does:
//
//   - <Include> lists categories; a record whose category is not listed
//     is left out (the list is matched word for word: "COMPOUNDx" is not
//     "COMPOUND"). Without <Include>, every category is in.
//   - <Exclude> lists categories to leave out.
//   - The word "valid" in <Include> keeps only records flagged true: the
//     flag is the <Sentence> attribute valid, evaluate or sentence (the
//     files use one or another). Without "valid", a record flagged "false"
//     is still left out.
//
// A record with no <EventCoding> at all expects no events, as in
// PETRARCH's unit tests.
type selection struct {
	include   []string // nil: every category
	exclude   []string
	validOnly bool
}

func newSelection(env map[string]string) selection {
	var s selection
	if inc, ok := env["Include"]; ok {
		for _, w := range strings.Fields(inc) {
			if w == "valid" {
				s.validOnly = true
				continue
			}
			s.include = append(s.include, w)
		}
		if s.include == nil {
			s.include = []string{}
		}
	}
	s.exclude = strings.Fields(env["Exclude"])
	return s
}

// skip returns why a record is left out, or "" when it is evaluated.
func (s selection) skip(r *PetrRecord) string {
	flagName, flag := validFlag(r.Attrs)
	switch {
	case s.validOnly && flag != "true":
		if flagName == "" {
			return "not flagged valid, evaluate or sentence=\"true\""
		}
		return fmt.Sprintf("flagged %s=%q", flagName, r.Attrs[flagName])
	case flag == "false":
		return fmt.Sprintf("flagged %s=%q", flagName, r.Attrs[flagName])
	case s.include != nil && !slices.Contains(s.include, r.Category):
		return fmt.Sprintf("category %q is not in <Include>", r.Category)
	case slices.Contains(s.exclude, r.Category):
		return fmt.Sprintf("category %q is in <Exclude>", r.Category)
	}
	return ""
}

// validFlag returns the record's validity flag and its value, lower case.
func validFlag(attrs map[string]string) (name, value string) {
	for _, k := range []string{"valid", "evaluate", "sentence"} {
		if v, ok := attrs[k]; ok {
			return k, strings.ToLower(strings.TrimSpace(v))
		}
	}
	return "", ""
}

// notApplicable returns why an active record cannot be scored against
// readout, or "".
func notApplicable(r *PetrRecord) string {
	if r.Error == "bad_input_parse" {
		return "the expected error is about the given <Parse>, which readout does not read"
	}
	return ""
}

// envDicts maps <Environment> elements to the dictionary kinds they name.
var envDicts = []struct {
	elem string
	list func(*lexicon.PetrarchFiles) *[]string
}{
	{"Verbfile", func(p *lexicon.PetrarchFiles) *[]string { return &p.Verbs }},
	{"Actorfile", func(p *lexicon.PetrarchFiles) *[]string { return &p.Actors }},
	{"Agentfile", func(p *lexicon.PetrarchFiles) *[]string { return &p.Agents }},
	{"Discardfile", func(p *lexicon.PetrarchFiles) *[]string { return &p.Discards }},
	{"Issuefile", func(p *lexicon.PetrarchFiles) *[]string { return &p.Issues }},
	{"PICOfile", func(p *lexicon.PetrarchFiles) *[]string { return &p.PICO }},
}

// DictSearch lists the folders where the dictionaries a validation file
// names are looked for, in order: dictionaries/ beside the file's folder
// (the layout PETRARCH's data uses: text/ and dictionaries/ side by side),
// the file's own folder, the --dicts folders, then the dictionaries/
// folders of sibling data sets (../../*/dictionaries).
func DictSearch(file string, dirs []string) []string {
	here := filepath.Dir(file)
	out := []string{filepath.Join(here, "..", "dictionaries"), here}
	out = append(out, dirs...)
	sibs, _ := filepath.Glob(filepath.Join(here, "..", "..", "*", "dictionaries"))
	for _, s := range sibs {
		if !slices.Contains(out, s) && filepath.Clean(s) != filepath.Clean(out[0]) {
			out = append(out, s)
		}
	}
	return out
}

// resolveDicts finds the dictionaries an environment names; flags replace
// them kind by kind.
func resolveDicts(env map[string]string, file string, dirs []string, flags lexicon.PetrarchFiles) (lexicon.PetrarchFiles, error) {
	var out lexicon.PetrarchFiles
	search := DictSearch(file, dirs)
	for _, d := range envDicts {
		for _, name := range strings.Split(env[d.elem], ",") {
			if name = strings.TrimSpace(name); name == "" {
				continue
			}
			path, err := findDict(name, search)
			if err != nil {
				return out, fmt.Errorf("%s: <%s> names %w", file, d.elem, err)
			}
			list := d.list(&out)
			*list = append(*list, path)
		}
	}
	for _, d := range envDicts {
		if given := *d.list(&flags); len(given) > 0 {
			*d.list(&out) = given
		}
	}
	out.Prepositions = append(out.Prepositions, flags.Prepositions...)
	return out, nil
}

// petrDate reads a record's date: YYYYMMDD (or any form
// format.NormalizeDate knows), or PETRARCH's short YYMMDD, where a YY up
// to 30 is 20YY and a later one 19YY. "" when it is neither.
func petrDate(s string) string {
	if d, err := format.NormalizeDate(s); err == nil {
		return d
	}
	s = strings.TrimSpace(s)
	if len(s) != 6 || strings.Trim(s, "0123456789") != "" {
		return ""
	}
	century := "19"
	if s[:2] <= "30" {
		century = "20"
	}
	d, err := format.NormalizeDate(century + s)
	if err != nil {
		return ""
	}
	return d
}

func findDict(name string, search []string) (string, error) {
	if filepath.IsAbs(name) {
		if _, err := os.Stat(name); err == nil {
			return name, nil
		}
		return "", fmt.Errorf("%s, which does not exist", name)
	}
	for _, dir := range search {
		p := filepath.Join(dir, name)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p, nil
		}
	}
	return "", fmt.Errorf("%s, not found in %s (name its folder with --dicts)", name, strings.Join(search, ", "))
}
