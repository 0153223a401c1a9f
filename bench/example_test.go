package bench_test

import (
	"fmt"
	"os"

	"github.com/readout/readout/bench"
)

// Run codes the built-in sample (no files given) on two workers, stopping
// after four articles, and Print reports the rates, start-up, memory and
// stage shares.
func ExampleRun() {
	res, err := bench.Run(bench.Config{Workers: 2, Limit: 4})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return
	}
	// res.Print(os.Stdout, "the built-in sample") writes the full report.
	fmt.Printf("coded %d articles, %d failed, %d stages timed\n", res.Articles, res.Failed, len(res.Stages))
	// Output: coded 4 articles, 0 failed, 9 stages timed
}
