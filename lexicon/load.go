package lexicon

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/readout/readout/dict"
)

// Option configures Load.
type Option func(*loadConfig)

type loadConfig struct {
	defaults bool
	dirs     []fsSource
	petr     PetrarchFiles
}

type fsSource struct {
	fsys  fs.FS
	label string // prefix of the file names in messages and rules
	file  string // when set, read only this file of fsys
}

// PetrarchFiles names PETRARCH2/TABARI dictionaries to load. Each kind given
// replaces the default entries of that kind: Verbs the event patterns,
// Actors the countries, institutions, people, organisations and groups,
// Agents the agents, Discards the discards. Issues, PICO and Prepositions
// add tables the defaults do not have. Entries from Dir and FS sources are
// kept whatever is replaced.
type PetrarchFiles struct {
	Verbs        []string // CAMEO.2.0.txt, PETR.Validate.verbs.txt
	Actors       []string // Phoenix.Countries.actors.txt, ...
	Agents       []string // Phoenix.agents.txt
	Discards     []string // Phoenix.discards.txt
	Issues       []string // Phoenix.IssueCoding.txt
	PICO         []string // PETR.Internal.Coding.Ontology.txt
	Prepositions []string // Phoenix.prepositions.txt
}

func (p PetrarchFiles) empty() bool {
	return len(p.Verbs)+len(p.Actors)+len(p.Agents)+len(p.Discards)+len(p.Issues)+len(p.PICO)+len(p.Prepositions) == 0
}

// WithoutDefaults leaves out the embedded default dictionaries.
func WithoutDefaults() Option { return func(c *loadConfig) { c.defaults = false } }

// Dir adds the .dict files under a directory (or one .dict file), as
// --dicts does: they add to the defaults, and an entry with the key of a
// default entry replaces it.
func Dir(dir string) Option {
	return func(c *loadConfig) {
		if st, err := os.Stat(dir); err == nil && !st.IsDir() {
			c.dirs = append(c.dirs, fsSource{fsys: os.DirFS(filepath.Dir(dir)), label: filepath.Dir(dir), file: filepath.Base(dir)})
			return
		}
		c.dirs = append(c.dirs, fsSource{fsys: os.DirFS(dir), label: dir})
	}
}

// FS adds the .dict files of a file system, named label/... in messages.
func FS(fsys fs.FS, label string) Option {
	return func(c *loadConfig) { c.dirs = append(c.dirs, fsSource{fsys: fsys, label: label}) }
}

// WithPetrarch adds PETRARCH dictionaries.
func WithPetrarch(files PetrarchFiles) Option {
	return func(c *loadConfig) {
		p := &c.petr
		p.Verbs = append(p.Verbs, files.Verbs...)
		p.Actors = append(p.Actors, files.Actors...)
		p.Agents = append(p.Agents, files.Agents...)
		p.Discards = append(p.Discards, files.Discards...)
		p.Issues = append(p.Issues, files.Issues...)
		p.PICO = append(p.PICO, files.PICO...)
		p.Prepositions = append(p.Prepositions, files.Prepositions...)
	}
}

// LoadDefault loads the embedded default dictionaries.
func LoadDefault() (*Lexicon, error) { return Load() }

// Load reads dictionaries: the embedded defaults (unless WithoutDefaults),
// then each Dir or FS in order, then PETRARCH files. It reads everything and
// returns every problem: the error is an ErrorList of all errors (nil when
// there are none), and the Lexicon, which holds every line that could be
// read, is returned either way (nil only when a file cannot be read at all).
// Warnings are in Lexicon.Warnings.
func Load(opts ...Option) (*Lexicon, error) {
	c := &loadConfig{defaults: true}
	for _, o := range opts {
		o(c)
	}
	var r Report
	var srcs []source
	if c.defaults {
		e, err := readDictFS(fsSource{fsys: dict.FS(), label: "dict"}, &r)
		if err != nil {
			return nil, err
		}
		dropReplaced(e, c.petr)
		srcs = append(srcs, source{label: "dict", format: Readout, entries: e})
	}
	for _, d := range c.dirs {
		e, err := readDictFS(d, &r)
		if err != nil {
			return nil, err
		}
		srcs = append(srcs, source{label: d.label, format: Readout, entries: e})
	}
	if !c.petr.empty() {
		e, err := readPetrarchFiles(c.petr, &r)
		if err != nil {
			return nil, err
		}
		srcs = append(srcs, source{label: "petrarch", format: Petrarch, entries: e})
	}
	l := build(srcs, &r)
	r.sort()
	l.Warnings = r.Warnings
	return l, r.Errors.Err()
}

// dropReplaced removes the default entries PETRARCH files replace.
func dropReplaced(e *entrySet, p PetrarchFiles) {
	if len(p.Verbs) > 0 {
		e.patterns = nil
	}
	if len(p.Actors) > 0 {
		e.actors = nil
	}
	if len(p.Agents) > 0 {
		e.agents = nil
	}
	if len(p.Discards) > 0 {
		e.discards = nil
	}
}

// readDictFS parses every .dict file of a source, in lexical order. Files
// are parsed in parallel; their entries and problems are joined in file
// order, so the result does not depend on scheduling.
func readDictFS(s fsSource, r *Report) (*entrySet, error) {
	var names []string
	if s.file != "" {
		names = []string{s.file}
	} else {
		err := fs.WalkDir(s.fsys, ".", func(p string, d fs.DirEntry, err error) error {
			switch {
			case err != nil:
				return err
			case p != "." && strings.HasPrefix(d.Name(), "."):
				if d.IsDir() {
					return fs.SkipDir
				}
			case strings.HasSuffix(p, ".dict") && !d.IsDir():
				names = append(names, p)
			case !d.IsDir() && s.label != "dict":
				r.warnf(Pos{File: path.Join(filepath.ToSlash(s.label), p)}, "", "not a .dict file; ignored (PETRARCH files are read with --verbs, --actors, ...)")
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("reading dictionaries in %s: %w", s.label, err)
		}
		if len(names) == 0 && s.label != "dict" {
			r.warnf(Pos{File: s.label}, "", "no .dict files here")
		}
	}
	sets := make([]entrySet, len(names))
	reps := make([]Report, len(names))
	errs := make([]error, len(names))
	// One parse space per goroutine, not per file: the last array of
	// each arena is mostly unused, and a file of a few patterns would
	// otherwise leave most of its arrays empty.
	workers := max(min(runtime.GOMAXPROCS(0), len(names)), 1)
	spaces := make([]parseSpace, workers)
	parallel(workers, len(names), func(w, i int) {
		b, err := fs.ReadFile(s.fsys, names[i])
		if err != nil {
			errs[i] = fmt.Errorf("reading dictionary: %w", err)
			return
		}
		// b is ours and never written again, so it can back the string
		// the parsed entries keep substrings of, without a copy.
		parseDictIn(path.Join(filepath.ToSlash(s.label), names[i]), unsafe.String(unsafe.SliceData(b), len(b)), &sets[i], &reps[i], &spaces[w])
	})
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	e := &entrySet{}
	e.appendAll(sets)
	for i := range reps {
		r.merge(&reps[i])
	}
	return e, nil
}

// parallel runs f(w, i) for i in 0..n-1 on up to workers goroutines; w,
// below workers, numbers the goroutine that runs the call.
func parallel(workers, n int, f func(w, i int)) {
	workers = min(workers, n)
	if workers <= 1 {
		for i := range n {
			f(0, i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				f(w, i)
			}
		})
	}
	wg.Wait()
}

// readFile reads a dictionary file named on the command line.
func readFile(name string) ([]byte, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("reading dictionary: %w", err)
	}
	return b, nil
}
