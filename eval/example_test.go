package eval_test

import (
	"fmt"
	"strings"

	"github.com/readout/readout/document"
	"github.com/readout/readout/eval"
)

// A coder codes one document in place; here a hand-written one stands in
// for readout's pipeline.
func ExampleRun() {
	code := func(d *document.Document) error {
		if strings.HasPrefix(d.Text, "Syria rejected") {
			d.Events = append(d.Events, document.Event{Source: "SYR", Code: "120", Plover: "REJECT"})
		}
		return nil
	}
	rep, err := eval.Run([]string{"testdata/plover.json"}, eval.Options{
		CoderFor: func(eval.Setup) (eval.Coder, error) { return code, nil },
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	full, _ := rep.Sets[0].Figure("full")
	fmt.Printf("%s: %d of %d\n", full.Label, full.Num, full.Den)
	passed, failed := rep.Count()
	fmt.Println(passed, "passed,", failed, "failed")
	// Output:
	// ... and the gold source and target countries: 1 of 1
	// 1 passed, 0 failed
}
