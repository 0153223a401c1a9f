package petrarch

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Config holds PETRARCH's coding options: the <Config option="..."
// value="..."> elements of a validation file and the [Options] of a
// PETR_config.ini. The zero Config is not PETRARCH's default; start from
// DefaultConfig.
type Config struct {
	// RequireDyad drops events whose source or target is the null actor
	// "---" (require_dyad; default true).
	RequireDyad bool
	// NewActorLength: when a noun phrase that names no actor or agent is
	// a source or target, an event may name it by its words in double
	// quotes ("INJURY TOLL") if it has at most this many words
	// (new_actor_length; default 0, never).
	NewActorLength int
	// Comma-delimited clauses whose length in words lies in [min, max]
	// are removed before coding: internal clauses (comma_min, comma_max;
	// default 2 and 8), the initial clause (comma_bmin, comma_bmax;
	// default 0 and 0, off) and the terminal clause (comma_emin,
	// comma_emax; default 2 and 8). A max of 0 turns the rule off.
	CommaMin, CommaMax   int
	CommaBMin, CommaBMax int
	CommaEMin, CommaEMax int
}

// DefaultConfig returns PETRARCH's defaults.
func DefaultConfig() Config {
	return Config{
		RequireDyad: true,
		CommaMin:    2, CommaMax: 8,
		CommaEMin: 2, CommaEMax: 8,
	}
}

// option is one known configuration option.
type option struct {
	name  string
	about string
	set   func(c *Config, v string) error
}

// options are the options ParseConfig understands. Options PETRARCH has
// that do not change coding (stop_on_error, write_actor_root,
// write_actor_text, write_event_text, code_by_sentence, pause_*) are
// accepted and ignored.
var options = []option{
	{"require_dyad", "events need a non-null source and target", func(c *Config, v string) error {
		b, err := parseBool(v)
		if err == nil {
			c.RequireDyad = b
		}
		return err
	}},
	{"new_actor_length", "longest uncoded noun phrase named as an actor (0: never)", intOption(func(c *Config) *int { return &c.NewActorLength })},
	{"comma_min", "shortest internal comma clause removed", intOption(func(c *Config) *int { return &c.CommaMin })},
	{"comma_max", "longest internal comma clause removed (0: off)", intOption(func(c *Config) *int { return &c.CommaMax })},
	{"comma_bmin", "shortest initial comma clause removed", intOption(func(c *Config) *int { return &c.CommaBMin })},
	{"comma_bmax", "longest initial comma clause removed (0: off)", intOption(func(c *Config) *int { return &c.CommaBMax })},
	{"comma_emin", "shortest terminal comma clause removed", intOption(func(c *Config) *int { return &c.CommaEMin })},
	{"comma_emax", "longest terminal comma clause removed (0: off)", intOption(func(c *Config) *int { return &c.CommaEMax })},
}

// ignored are PETRARCH options that do not affect the events coded.
var ignored = map[string]bool{
	"stop_on_error": true, "write_actor_root": true, "write_actor_text": true,
	"write_event_text": true, "code_by_sentence": true, "pause_by_sentence": true,
	"pause_by_story": true,
}

func intOption(field func(*Config) *int) func(*Config, string) error {
	return func(c *Config, v string) error {
		n, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil {
			return fmt.Errorf("want an integer, not %q", v)
		}
		if n < 0 {
			return fmt.Errorf("want a non-negative integer, not %d", n)
		}
		*field(c) = n
		return nil
	}
}

// parseBool reads PETRARCH's booleans the way it does: anything but a
// value containing "false" (in any case) is true.
func parseBool(v string) (bool, error) {
	v = strings.ToLower(strings.TrimSpace(v))
	if v == "" {
		return false, fmt.Errorf("want true or false")
	}
	return !strings.Contains(v, "false"), nil
}

// ErrUnknownOption is wrapped by the errors of options ParseConfig and
// Set do not know.
var ErrUnknownOption = errors.New("unknown option")

// ParseConfig applies options (name -> value) to the defaults. It applies
// every option it can and returns the problems together: a malformed value
// (the option keeps its default), or an option it does not know (an error
// wrapping ErrUnknownOption, which a caller reading a validation file may
// ignore as PETRARCH does). Options that only change PETRARCH's output
// format are accepted and ignored.
func ParseConfig(opts map[string]string) (Config, error) {
	c := DefaultConfig()
	names := make([]string, 0, len(opts))
	for k := range opts {
		names = append(names, k)
	}
	sort.Strings(names)
	var errs []error
	for _, name := range names {
		if err := c.Set(name, opts[name]); err != nil {
			errs = append(errs, err)
		}
	}
	return c, errors.Join(errs...)
}

// Set applies one option.
func (c *Config) Set(name, value string) error {
	key := strings.ToLower(strings.TrimSpace(name))
	if ignored[key] {
		return nil
	}
	for _, o := range options {
		if o.name == key {
			if err := o.set(c, value); err != nil {
				return fmt.Errorf("PETRARCH option %s: %w", name, err)
			}
			return nil
		}
	}
	return fmt.Errorf("PETRARCH option %s: %w", name, ErrUnknownOption)
}

// Options lists the option names ParseConfig understands with a line on
// each, for help texts.
func Options() [][2]string {
	out := make([][2]string, len(options))
	for i, o := range options {
		out[i] = [2]string{o.name, o.about}
	}
	return out
}
