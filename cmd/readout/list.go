package main

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/readout/readout/lexicon"
)

// listKinds are the entry kinds `readout list --kind` prints.
var listKinds = []string{"countries", "institutions", "people", "orgs", "groups", "agents", "codes", "patterns", "discards", "topics", "issues"}

// runList prints what the dictionaries hold: counts per kind, per CAMEO
// root and per country, or with --kind the entries of one kind.
func runList(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("list", "[--dicts DIR] [PETRARCH FLAGS] [--kind KIND] [--country CODE]", stderr)
	var df lexicon.Flags
	df.AddTo(fs)
	kind := fs.String("kind", "", "list the entries of one `KIND`: "+strings.Join(listKinds, ", "))
	country := fs.String("country", "", "with --kind, only entries of this CAMEO country `CODE`")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *kind != "" && !slices.Contains(listKinds, *kind) {
		fmt.Fprintf(stderr, "readout list: unknown kind %q (want %s)\n", *kind, strings.Join(listKinds, ", "))
		return errUsage
	}
	l, err := df.Load()
	var loadErrs lexicon.ErrorList
	if err != nil && !errors.As(err, &loadErrs) {
		return err
	}
	if len(loadErrs) > 0 {
		fmt.Fprintf(stderr, "readout list: %d errors in the dictionaries (run readout lint); those lines are left out\n", len(loadErrs))
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	if *kind == "" {
		listSummary(tw, l.Stats())
	} else {
		listEntries(tw, l, *kind, *country)
	}
	return tw.Flush()
}

// listSummary prints the counts.
func listSummary(w io.Writer, s lexicon.Stats) {
	rows := []struct {
		name string
		n    int
	}{
		{"countries", s.Countries}, {"institutions", s.Institutions}, {"people", s.Persons},
		{"roles", s.Roles}, {"organisations", s.Organizations}, {"groups", s.Groups},
		{"actor names", s.Names}, {"agents", s.Agents}, {"event codes", s.Codes},
		{"patterns", s.Patterns}, {"  verb patterns", s.VerbPatterns}, {"  noun patterns", s.NounPatterns},
		{"anchor words", s.Anchors}, {"discards", s.Discards}, {"topics", s.Topics},
		{"issues", s.Issues}, {"transformations", s.Transforms},
	}
	fmt.Fprintln(w, "KIND\tCOUNT")
	for _, r := range rows {
		fmt.Fprintf(w, "%s\t%d\n", r.name, r.n)
	}
	fmt.Fprintln(w, "\nROOT\tCODES\tPATTERNS")
	for _, root := range listSortedKeys(s.PerRoot) {
		fmt.Fprintf(w, "%s\t%d\t%d\n", root, s.PerRoot[root].Codes, s.PerRoot[root].Patterns)
	}
	fmt.Fprintln(w, "\nCOUNTRY\tNAME\tNAMES\tINSTITUTIONS\tPEOPLE\tROLES")
	for _, code := range listSortedKeys(s.PerCountry) {
		c := s.PerCountry[code]
		fmt.Fprintf(w, "%s\t%s\t%d\t%d\t%d\t%d\n", code, c.Name, c.Names, c.Institutions, c.Persons, c.Roles)
	}
}

func listSortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// listEntries prints the entries of one kind, one a line, tab-separated,
// each ending with the file:line it comes from.
func listEntries(w io.Writer, l *lexicon.Lexicon, kind, country string) {
	switch kind {
	case "countries", "institutions", "people", "orgs", "groups":
		listActors(w, l, kind, country)
	case "agents":
		fmt.Fprintln(w, "CODE\tPHRASE\tRULE")
		for _, a := range l.Agents {
			code := "~" + a.Code
			if a.Before {
				code = a.Code + "~"
			}
			fmt.Fprintf(w, "%s\t%s\t%s\n", code, a.Phrase, a.Pos.Rule())
		}
	case "codes":
		fmt.Fprintln(w, "CODE\tGOLDSTEIN\tQUAD\tPLOVER\tNAME")
		for _, code := range listSortedKeys(l.Codes) {
			c := l.Codes[code]
			fmt.Fprintf(w, "%s\t%.1f\t%d\t%s\t%s\n", c.Code, c.Goldstein, c.Quad, strings.TrimSpace(c.Plover+" "+c.PloverMode), c.Name)
		}
	case "patterns":
		fmt.Fprintln(w, "RULE\tPATTERN")
		for _, p := range l.Patterns {
			fmt.Fprintf(w, "%s\t%s\n", p.Pos.Rule(), p.Describe())
		}
	case "discards":
		fmt.Fprintln(w, "CATEGORY\tPHRASE\tRULE")
		for _, d := range l.Discards {
			fmt.Fprintf(w, "%s\t%s\t%s\n", d.Category, strings.Join(d.Words, " "), d.Pos.Rule())
		}
	case "topics":
		fmt.Fprintln(w, "KEY\tLABEL\tWORDS\tRULE")
		for _, t := range l.Topics {
			fmt.Fprintf(w, "%s\t%s\t%d\t%s\n", t.Key, t.Label, len(t.Words), t.Pos.Rule())
		}
	case "issues":
		fmt.Fprintln(w, "CODE\tCATEGORY\tFORMS\tRULE")
		for _, is := range l.Issues {
			code := is.Code
			if is.Exclude > 0 {
				code = strings.Repeat("~", is.Exclude)
			}
			fmt.Fprintf(w, "%s\t%s\t%d\t%s\n", code, is.Category, len(is.Forms), is.Pos.Rule())
		}
	}
}

// listActors prints the actors of one type.
func listActors(w io.Writer, l *lexicon.Lexicon, kind, country string) {
	want := map[string]lexicon.ActorType{
		"countries": lexicon.Country, "institutions": lexicon.Institution, "people": lexicon.Person,
		"orgs": lexicon.Organization, "groups": lexicon.Group,
	}[kind]
	fmt.Fprintln(w, "CODE\tNAME\tOTHER NAMES\tROLES\tRULE")
	for _, a := range l.Actors {
		if a.Type != want || (country != "" && a.Country != country) {
			continue
		}
		var roles []string
		for _, r := range a.Roles {
			roles = append(roles, fmt.Sprintf("%s %s %s", r.Code, r.Range, r.Offices))
		}
		fmt.Fprintf(w, "%s\t%s\t%d\t%s\t%s\n", a.Code, a.Name, len(a.Names), strings.Join(roles, "; "), a.Pos.Rule())
	}
}
