package readout_test

import (
	"fmt"
	"log"

	"github.com/readout/readout"
	"github.com/readout/readout/document"
)

// Code one article with the embedded models and dictionaries, and print
// its events: who did what to whom, and when.
func Example() {
	coder, err := readout.New(readout.Options{})
	if err != nil {
		log.Fatal(err)
	}
	d := &document.Document{
		ID:        "example",
		Published: "2020-04-18", // a Saturday
		Text:      "Chinese President Xi Jinping and Russian President Vladimir Putin spoke by phone on Thursday.",
	}
	if err := coder.Code(d); err != nil {
		log.Fatal(err)
	}
	for _, e := range d.Events {
		fmt.Println(e.Date, e.Source, e.Target, e.Code, e.Plover)
	}
	// Output:
	// 2020-04-16 CHNGOV RUSGOV 041 CONSULT
	// 2020-04-16 RUSGOV CHNGOV 041 CONSULT
}
