package petrarch

import (
	"errors"
	"strings"
	"testing"
)

func TestParseConfig(t *testing.T) {
	tests := []struct {
		name    string
		opts    map[string]string
		want    Config
		unknown bool // only unknown options wrong
		bad     bool // a malformed value
	}{
		{"defaults", nil, DefaultConfig(), false, false},
		{"require_dyad false", map[string]string{"require_dyad": "False"}, func() Config {
			c := DefaultConfig()
			c.RequireDyad = false
			return c
		}(), false, false},
		{"comma and actor length", map[string]string{"comma_max": "0", "comma_bmax": "3", "new_actor_length": " 4 "}, func() Config {
			c := DefaultConfig()
			c.CommaMax, c.CommaBMax, c.NewActorLength = 0, 3, 4
			return c
		}(), false, false},
		{"output options ignored", map[string]string{"write_actor_root": "True", "Stop_On_Error": "True"}, DefaultConfig(), false, false},
		{"unknown option", map[string]string{"coding_speed": "fast", "comma_min": "1"}, func() Config {
			c := DefaultConfig()
			c.CommaMin = 1
			return c
		}(), true, false},
		{"bad integer keeps default", map[string]string{"comma_max": "eight"}, DefaultConfig(), false, true},
		{"negative integer", map[string]string{"new_actor_length": "-1"}, DefaultConfig(), false, true},
		{"empty boolean keeps default", map[string]string{"require_dyad": ""}, DefaultConfig(), false, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseConfig(tc.opts)
			if got != tc.want {
				t.Errorf("config %+v, want %+v", got, tc.want)
			}
			switch {
			case !tc.unknown && !tc.bad && err != nil:
				t.Errorf("unexpected error %v", err)
			case tc.unknown && !errors.Is(err, ErrUnknownOption):
				t.Errorf("error %v, want an unknown option", err)
			case tc.bad && (err == nil || errors.Is(err, ErrUnknownOption)):
				t.Errorf("error %v, want a malformed value", err)
			}
		})
	}
}

func TestOptionsListed(t *testing.T) {
	seen := map[string]bool{}
	for _, o := range Options() {
		if o[1] == "" || seen[o[0]] {
			t.Errorf("option %q: empty or repeated", o[0])
		}
		seen[o[0]] = true
		var c Config
		if err := c.Set(o[0], "1"); err != nil {
			t.Errorf("Set(%s): %v", o[0], err)
		}
	}
	if !seen["require_dyad"] || !seen["comma_emax"] {
		t.Errorf("options %v", seen)
	}
}

func TestReadOptions(t *testing.T) {
	const ini = `[Dictionaries]
verbfile_name = CAMEO.2.0.txt

; a comment
[Options]
require_dyad = False   # a comment after the value
new_actor_length: 0
comma_min = 2
`
	got, err := ReadOptions(strings.NewReader(ini), "PETR_config.ini")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"require_dyad": "False", "new_actor_length": "0", "comma_min": "2"}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q, want %q", k, got[k], v)
		}
	}
	for _, bad := range []struct{ text, where string }{
		{"[Options\nx = 1\n", "x.ini:1:"},
		{"[Options]\njust words\n", "x.ini:2:"},
	} {
		_, err := ReadOptions(strings.NewReader(bad.text), "x.ini")
		if err == nil || !strings.HasPrefix(err.Error(), bad.where) {
			t.Errorf("%q: error %v, want one at %s", bad.text, err, bad.where)
		}
	}
}

func FuzzReadOptions(f *testing.F) {
	f.Add("[Options]\nrequire_dyad = True\ncomma_max: 8 # c\n")
	f.Add("[Dictionaries]\nverbfile_name = x\n[Options]\n=\n")
	f.Fuzz(func(t *testing.T, text string) {
		opts, err := ReadOptions(strings.NewReader(text), "f.ini")
		if err != nil {
			return
		}
		// Whatever it read, ParseConfig returns a usable Config.
		c, _ := ParseConfig(opts)
		if c.NewActorLength < 0 || c.CommaMax < 0 {
			t.Errorf("negative option from %q: %+v", text, c)
		}
	})
}
