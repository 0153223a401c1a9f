package eval

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/readout/readout/lexicon"
)

// Options configure Run.
type Options struct {
	// CoderFor gives the coder for each setup a gold file asks for.
	CoderFor CoderFor
	// DictDirs are more folders where the dictionaries a PETRARCH file
	// names are looked for (--dicts).
	DictDirs []string
	// Petrarch holds the PETRARCH dictionary flags: for a validation file
	// they replace, kind by kind, the dictionaries it names; for other
	// gold sets they are used as given.
	Petrarch lexicon.PetrarchFiles
}

// goldSet is one gold file (or folder of annotations), read and ready to
// score.
type goldSet struct {
	name     string
	kind     Kind
	petr     *PetrFile
	dicts    lexicon.PetrarchFiles
	plover   []PloverGoldRecord
	articles []articleCase
	rounds   []RoundLine
}

// Run reads every gold file first (an unreadable or unknown file is an
// error naming it, with the line where there is one), then codes and
// scores each. A record that crashes the coder is reported and the run
// goes on.
func Run(paths []string, opt Options) (*Report, error) {
	sets, err := load(paths, opt)
	if err != nil {
		return nil, err
	}
	rep := &Report{}
	cs := &coders{newCoder: opt.CoderFor}
	for _, g := range sets {
		s, err := g.score(cs, opt)
		if err != nil {
			return rep, err
		}
		rep.Sets = append(rep.Sets, s)
	}
	return rep, nil
}

// load reads gold files; a folder stands for the annotations in it.
func load(paths []string, opt Options) ([]*goldSet, error) {
	if len(paths) == 0 {
		return nil, errors.New("no gold files given")
	}
	var sets []*goldSet
	var errs []error
	for _, p := range paths {
		g, err := loadSet(p, opt)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		sets = append(sets, g)
	}
	return sets, errors.Join(errs...)
}

func loadSet(path string, opt Options) (*goldSet, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if st.IsDir() {
		files, err := AnnotationFiles(path)
		if err != nil {
			return nil, err
		}
		return loadArticles(path, files)
	}
	b, err := readGold(path)
	if err != nil {
		return nil, err
	}
	kind, err := Detect(path, b)
	if err != nil {
		return nil, err
	}
	g := &goldSet{name: path, kind: kind}
	switch kind {
	case PetrarchXML:
		g.petr, err = ReadPetrarchXML(bytes.NewReader(b), path)
	case PetrarchJSONL:
		g.petr, err = readPetrarchJSONL(path, b)
	case PloverGold:
		if bytes.HasPrefix(bytes.TrimSpace(b), []byte("[")) {
			g.plover, err = ReadPloverJSON(bytes.NewReader(b), path)
		} else {
			g.plover, err = ReadPloverJSONL(bytes.NewReader(b), path)
		}
	case Annotations:
		return loadArticles(path, []string{path})
	case ConfliBERT:
		g.rounds, err = ReadRounds(bytes.NewReader(b), path)
	}
	if err != nil {
		return nil, err
	}
	if g.petr != nil {
		g.dicts, err = resolveDicts(g.petr.Env, path, opt.DictDirs, opt.Petrarch)
	}
	return g, err
}

func loadArticles(name string, files []string) (*goldSet, error) {
	g := &goldSet{name: name, kind: Annotations}
	var errs []error
	for _, f := range files {
		c, err := loadArticle(f)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		g.articles = append(g.articles, c)
	}
	return g, errors.Join(errs...)
}

// readPetrarchJSONL reads JSONL validation records. The form has no
// <Environment>: when the XML file of the same name sits beside it, its
// environment and the <Config> options in effect at each record are used.
func readPetrarchJSONL(path string, b []byte) (*PetrFile, error) {
	f, err := ReadPetrarchJSONL(bytes.NewReader(b), path)
	if err != nil {
		return nil, err
	}
	xmlPath := strings.TrimSuffix(path, filepath.Ext(path)) + ".xml"
	xb, err := os.ReadFile(xmlPath)
	if err != nil {
		return f, nil // no XML twin: readout's dictionaries, every record flagged true
	}
	x, err := ReadPetrarchXML(bytes.NewReader(xb), xmlPath)
	if err != nil {
		return nil, fmt.Errorf("%s: reading its XML twin: %w", path, err)
	}
	f.Env, f.HasEnv = x.Env, x.HasEnv
	byID := map[string]map[string]string{}
	for _, r := range x.Records {
		if _, ok := byID[r.ID]; !ok {
			byID[r.ID] = r.Config
		}
	}
	for i := range f.Records {
		if i < len(x.Records) && x.Records[i].ID == f.Records[i].ID {
			f.Records[i].Config = x.Records[i].Config
		} else {
			f.Records[i].Config = byID[f.Records[i].ID]
		}
	}
	return f, nil
}

// score codes and scores one gold set.
func (g *goldSet) score(cs *coders, opt Options) (*SetReport, error) {
	if g.petr != nil {
		s, err := scorePetrarch(g.petr, g.kind, g.dicts, cs)
		if err == nil && g.kind == PetrarchJSONL && g.petr.HasEnv {
			s.Notes = append(s.Notes, "environment and <Config> options from the XML file beside it")
		}
		return s, err
	}
	code, err := cs.get(Setup{Petrarch: opt.Petrarch})
	if err != nil {
		return nil, err
	}
	switch {
	case g.plover != nil:
		return scorePlover(g.name, g.plover, code), nil
	case g.rounds != nil:
		return scoreRounds(g.name, g.rounds, code), nil
	}
	return scoreArticles(g.name, g.articles, code), nil
}
