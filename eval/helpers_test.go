package eval

import (
	"errors"
	"strings"

	"github.com/readout/readout/document"
)

// rule codes a document by hand: when its text holds words, the rule's
// events and statements are added (or the coder panics or fails, for
// "panic" and "fail").
type rule struct {
	words      string
	events     []document.Event
	statements int
}

// script is a coder written out by hand, for testing the scorers without
// the pipeline.
type script []rule

func (s script) coder() Coder {
	return func(d *document.Document) error {
		for _, r := range s {
			if !strings.Contains(d.Text, r.words) {
				continue
			}
			switch r.words {
			case "panic":
				var m map[string]int
				m["boom"]++ // a nil-map write, as a real bug would
			case "fail":
				return errors.New("coder failed")
			}
			d.Events = append(d.Events, r.events...)
			for range r.statements {
				d.Statements = append(d.Statements, document.Statement{Speaker: "officials", Cue: "said"})
			}
		}
		return nil
	}
}

// ev is an event with a source, target, code and PLOVER type.
func ev(source, target, code, plover string) document.Event {
	return document.Event{Source: source, Target: target, Code: code, Root: code[:2], Plover: plover,
		Evidence: document.Evidence{Rule: "test.dict:1"}}
}

// always gives the same coder for every setup.
func always(c Coder) CoderFor {
	return func(Setup) (Coder, error) { return c, nil }
}

// byID indexes results.
func byID(rs []Result) map[string]Result {
	m := map[string]Result{}
	for _, r := range rs {
		m[r.ID] = r
	}
	return m
}
