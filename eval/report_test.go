package eval

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/readout/readout/document"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// everything codes every test file of testdata/ by hand.
var everything = append(append(script{}, unitScript...), script{
	{words: "Hungarian and Romanian", events: []document.Event{ev("HUNGOV", "ROUGOV", "030", "AGREE")}},
	{words: "Iraq demanded", events: []document.Event{ev("IRQ", "IGOUNO", "1041", "REQUEST")}},
	{words: "Syria rejected", events: []document.Event{ev("SYR", "ISR", "120", "REJECT")}},
	{words: "suicide bomber", events: []document.Event{ev("---", "---CVL", "190", "ASSAULT")}, statements: 1},
}...)

func TestReportGolden(t *testing.T) {
	files := []string{"testdata/petr/text/unit.xml", "testdata/petr2/text/gsr.xml", "testdata/plover.jsonl", "testdata/rounds.jsonl", "testdata/call.expected.json"}
	rep, err := Run(files, Options{CoderFor: always(everything.coder())})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		golden  string
		verbose bool
	}{{"testdata/report.golden", false}, {"testdata/report.verbose.golden", true}} {
		var b bytes.Buffer
		if err := rep.Write(&b, tt.verbose); err != nil {
			t.Fatal(err)
		}
		if *update {
			if err := os.WriteFile(tt.golden, b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(tt.golden)
		if err != nil {
			t.Fatal(err)
		}
		if got := b.String(); got != string(want) {
			t.Errorf("%s differs (go test -update to rewrite it):\n%s", tt.golden, got)
		}
		lines := strings.Split(strings.TrimSpace(b.String()), "\n")
		p, f := rep.Count()
		if last := lines[len(lines)-1]; last != fmt.Sprintf("%d passed, %d failed", p, f) {
			t.Errorf("last line %q", last)
		}
	}
}
