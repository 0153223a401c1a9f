package main

import (
	"errors"
	"io"
)

func runIngest(args []string, stdout, stderr io.Writer) error {
	return errors.New("not built yet")
}
