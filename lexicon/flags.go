package lexicon

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Flags is the dictionary part of a command line, shared by the code, eval,
// lint and list commands:
//
//	--dicts DIR          add readout dictionaries (repeatable)
//	--dict-config FILE   read dictionary settings from a file
//	--no-default-dicts   leave out the embedded defaults
//	--verbs, --actors, --agents, --discards, --issues, --pico, --prepositions FILE
//	                     PETRARCH dictionaries (repeatable or comma-separated)
//
// Register the flags with AddTo, parse, then call Load.
type Flags struct {
	Dicts      []string
	Config     string
	NoDefaults bool
	Petrarch   PetrarchFiles
}

// AddTo registers the flags on fs.
func (f *Flags) AddTo(fs *flag.FlagSet) {
	fs.Var((*listFlag)(&f.Dicts), "dicts", "add the readout dictionaries in `DIR` (or one .dict file) to the defaults; repeatable")
	fs.StringVar(&f.Config, "dict-config", "", "read dictionary settings from `FILE` (see docs/dictionaries.md)")
	fs.BoolVar(&f.NoDefaults, "no-default-dicts", false, "leave out the embedded default dictionaries")
	p := &f.Petrarch
	fs.Var((*listFlag)(&p.Verbs), "verbs", "PETRARCH verb dictionary `FILE` (CAMEO.2.0.txt); replaces the default patterns")
	fs.Var((*listFlag)(&p.Actors), "actors", "PETRARCH actor dictionary `FILE`s, comma-separated or repeated; replace the default actors")
	fs.Var((*listFlag)(&p.Agents), "agents", "PETRARCH agent dictionary `FILE`; replaces the default agents")
	fs.Var((*listFlag)(&p.Discards), "discards", "PETRARCH discard list `FILE`; replaces the default discards")
	fs.Var((*listFlag)(&p.Issues), "issues", "PETRARCH issues `FILE` (Phoenix.IssueCoding.txt)")
	fs.Var((*listFlag)(&p.PICO), "pico", "PETRARCH internal coding ontology `FILE` (PETR.Internal.Coding.Ontology.txt)")
	fs.Var((*listFlag)(&p.Prepositions), "prepositions", "PETRARCH prepositions `FILE`")
}

// Options returns the Load options the flags (and the config file they
// name) ask for.
func (f *Flags) Options() ([]Option, error) {
	all := *f
	if f.Config != "" {
		c, err := ReadConfig(f.Config)
		if err != nil {
			return nil, err
		}
		all.Dicts = append(c.Dicts, f.Dicts...)
		all.NoDefaults = all.NoDefaults || c.NoDefaults
		all.Petrarch = mergePetrarch(c.Petrarch, f.Petrarch)
	}
	var opts []Option
	if all.NoDefaults {
		opts = append(opts, WithoutDefaults())
	}
	for _, d := range all.Dicts {
		opts = append(opts, Dir(d))
	}
	if !all.Petrarch.empty() {
		opts = append(opts, WithPetrarch(all.Petrarch))
	}
	return opts, nil
}

// Load loads the dictionaries the flags ask for (see Load for the result).
func (f *Flags) Load() (*Lexicon, error) {
	opts, err := f.Options()
	if err != nil {
		return nil, err
	}
	return Load(opts...)
}

func mergePetrarch(a, b PetrarchFiles) PetrarchFiles {
	a.Verbs = append(a.Verbs, b.Verbs...)
	a.Actors = append(a.Actors, b.Actors...)
	a.Agents = append(a.Agents, b.Agents...)
	a.Discards = append(a.Discards, b.Discards...)
	a.Issues = append(a.Issues, b.Issues...)
	a.PICO = append(a.PICO, b.PICO...)
	a.Prepositions = append(a.Prepositions, b.Prepositions...)
	return a
}

// listFlag collects repeated or comma-separated values.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(s string) error {
	for _, v := range strings.Split(s, ",") {
		if v = strings.TrimSpace(v); v != "" {
			*l = append(*l, v)
		}
	}
	return nil
}

// ReadConfig reads a dictionary settings file. Each line is "KEY VALUE" or
// "KEY = VALUE"; "#" starts a comment; relative paths are relative to the
// file, or to the directory a "dir" line names (itself relative to the
// file). Keys: dir, dicts, no-default-dicts (true|false), verbs, actors,
// agents, discards, issues, pico, prepositions, and PETRARCH's
// PETR_config.ini names verbfile_name, actorfile_list, agentfile_name,
// discardfile_name, issuefile_name. "[Section]" lines are allowed; in a
// PETR_config.ini only the [Dictionaries] section is read.
func ReadConfig(file string) (Flags, error) {
	fh, err := os.Open(file)
	if err != nil {
		return Flags{}, fmt.Errorf("reading dictionary settings: %w", err)
	}
	defer fh.Close()
	var f Flags
	var errs ErrorList
	dir, section := filepath.Dir(file), ""
	sc := bufio.NewScanner(fh)
	for num := 1; sc.Scan(); num++ {
		line := strings.TrimSpace(cutComment(sc.Text(), false))
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			section = strings.TrimSpace(line[1 : len(line)-1])
			continue
		}
		if section != "" && !strings.EqualFold(section, "Dictionaries") {
			continue // other PETR_config.ini sections are not about dictionaries
		}
		key, value := splitSetting(line)
		if key == "dir" {
			if !filepath.IsAbs(value) {
				value = filepath.Join(filepath.Dir(file), value)
			}
			dir = value
			continue
		}
		if msg := f.set(key, value, dir); msg != "" {
			errs.Add(Pos{File: file, Line: num, Col: 1}, Error, line, "%s", msg)
		}
	}
	if err := sc.Err(); err != nil {
		return Flags{}, fmt.Errorf("reading dictionary settings: %w", err)
	}
	return f, errs.Err()
}

func splitSetting(line string) (key, value string) {
	if k, v, ok := strings.Cut(line, "="); ok {
		return strings.TrimSpace(k), strings.TrimSpace(v)
	}
	k, v, _ := strings.Cut(line, " ")
	return k, strings.TrimSpace(v)
}

// set applies one setting; it returns a message when it cannot.
func (f *Flags) set(key, value, dir string) string {
	lists := map[string]*[]string{
		"dicts": &f.Dicts, "verbs": &f.Petrarch.Verbs, "verbfile_name": &f.Petrarch.Verbs,
		"actors": &f.Petrarch.Actors, "actorfile_list": &f.Petrarch.Actors,
		"agents": &f.Petrarch.Agents, "agentfile_name": &f.Petrarch.Agents,
		"discards": &f.Petrarch.Discards, "discardfile_name": &f.Petrarch.Discards,
		"issues": &f.Petrarch.Issues, "issuefile_name": &f.Petrarch.Issues,
		"pico": &f.Petrarch.PICO, "picofile_name": &f.Petrarch.PICO,
		"prepositions": &f.Petrarch.Prepositions,
	}
	if key == "no-default-dicts" {
		switch value {
		case "true", "yes", "1":
			f.NoDefaults = true
		case "false", "no", "0":
			f.NoDefaults = false
		default:
			return "no-default-dicts wants true or false"
		}
		return ""
	}
	list, ok := lists[key]
	if !ok {
		return fmt.Sprintf("unknown setting %q", key)
	}
	if value == "" {
		return fmt.Sprintf("%s wants a file name", key)
	}
	var files listFlag
	_ = files.Set(value)
	for _, v := range files {
		if !filepath.IsAbs(v) {
			v = filepath.Join(dir, v)
		}
		*list = append(*list, v)
	}
	return ""
}
