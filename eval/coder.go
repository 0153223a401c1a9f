package eval

import (
	"fmt"
	"maps"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/readout/readout/document"
	"github.com/readout/readout/lexicon"
)

// Coder codes one document in place, as readout's pipeline does. The
// caller gives it; eval never builds one.
type Coder func(d *document.Document) error

// Setup is what a gold file asks of the coder: the dictionaries it names
// and the PETRARCH options in effect. The zero Setup means readout's own
// dictionaries with no options.
type Setup struct {
	// Petrarch holds the PETRARCH dictionaries a validation file names in
	// its <Environment> (resolved to paths), after the PETRARCH dictionary
	// flags replaced them kind by kind. Empty: readout's dictionaries.
	Petrarch lexicon.PetrarchFiles
	// Config holds the <Config> options in effect for a record
	// (require_dyad, new_actor_length, comma_*): a coder applies those it
	// knows.
	Config map[string]string
}

// Key identifies a setup, for caching coders.
func (s Setup) Key() string {
	var b strings.Builder
	p := s.Petrarch
	for _, list := range [][]string{p.Verbs, p.Actors, p.Agents, p.Discards, p.Issues, p.PICO, p.Prepositions} {
		b.WriteString(strings.Join(list, ","))
		b.WriteByte('|')
	}
	for _, k := range slices.Sorted(maps.Keys(s.Config)) {
		fmt.Fprintf(&b, "%s=%s;", k, s.Config[k])
	}
	return b.String()
}

// CoderFor returns the coder for a setup. Run asks once for each distinct
// setup (a validation file whose <Config> changes half-way asks again);
// an implementation should keep loaded dictionaries between calls.
type CoderFor func(s Setup) (Coder, error)

// coders hands out coders, one per setup.
type coders struct {
	newCoder CoderFor
	cache    map[string]Coder
}

func (c *coders) get(s Setup) (Coder, error) {
	key := s.Key()
	if code, ok := c.cache[key]; ok {
		return code, nil
	}
	if c.newCoder == nil {
		return nil, fmt.Errorf("no coder given")
	}
	code, err := c.newCoder(s)
	if err != nil {
		return nil, err
	}
	if c.cache == nil {
		c.cache = map[string]Coder{}
	}
	c.cache[key] = code
	return code, nil
}

// CrashError is a panic or error while coding one record.
type CrashError struct {
	Panic any    // the panic value, nil when the coder returned an error
	Err   error  // the error the coder returned
	Stack string // where the panic happened
}

func (e *CrashError) Error() string {
	if e.Panic != nil {
		return fmt.Sprintf("panic: %v", e.Panic)
	}
	return e.Err.Error()
}

// safeCode codes d, turning a panic or an error into a *CrashError so that
// one bad record never stops a run.
func safeCode(code Coder, d *document.Document) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = &CrashError{Panic: p, Stack: string(debug.Stack())}
		}
	}()
	if cerr := code(d); cerr != nil {
		return &CrashError{Err: cerr}
	}
	return nil
}
