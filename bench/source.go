package bench

import (
	"errors"
	"io"

	"github.com/readout/readout"
	"github.com/readout/readout/document"
	"github.com/readout/readout/format"
)

// open returns the articles cfg names, read cfg.Repeat times over, and a
// function that releases the file being read.
func open(cfg Config) (readout.Source, func()) {
	if len(cfg.Files) == 0 && cfg.Repeat <= 0 {
		cfg.Repeat = SampleRepeat
	}
	repeat := max(cfg.Repeat, 1)
	pass := func() (readout.Source, func() error) {
		if len(cfg.Files) == 0 {
			return Sample(), func() error { return nil }
		}
		s := format.Open(cfg.Files, cfg.Read)
		return s.Next, s.Close
	}
	src, closeSrc := pass()
	done := 1
	next := func() (*document.Document, error) {
		for {
			d, err := src()
			if !errors.Is(err, io.EOF) || done >= repeat {
				return d, err
			}
			if err := closeSrc(); err != nil {
				return nil, err
			}
			src, closeSrc = pass()
			done++
		}
	}
	return next, func() { closeSrc() }
}
