package main

import (
	"errors"
	"io"
)

func runTrain(args []string, stdout, stderr io.Writer) error {
	return errors.New("not built yet")
}
