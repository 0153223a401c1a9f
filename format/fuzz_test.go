package format

import (
	"errors"
	"io"
	"strings"
	"testing"
)

// drain reads a stream to its end; it must neither panic nor loop.
func drain(t *testing.T, in, format string) {
	s := Open([]string{"-"}, Options{Stdin: strings.NewReader(in), Format: format, MaxBytes: 1 << 16})
	for i := 0; i < 1<<16; i++ {
		d, err := s.Next()
		if err == io.EOF {
			return
		}
		var ae *ArticleError
		if err != nil && !errors.As(err, &ae) {
			return
		}
		if err == nil && d == nil {
			t.Fatal("nil document without error")
		}
	}
	t.Fatal("stream did not end")
}

func FuzzReaders(f *testing.F) {
	f.Add(`{"id":"x","text":"a"}` + "\n{bad\n")
	f.Add(`[{"id":1,"title":"t","text":"b"}]`)
	f.Add(`<Sentences><Sentence id="s"/><EventCoding sourcecode="A"/><Text>t</Text></Sentences>`)
	f.Add("Title\n\nBody \xff text.")
	f.Fuzz(func(t *testing.T, in string) {
		for _, format := range []string{Auto, Text, JSONL, JSON, XML} {
			drain(t, in, format)
		}
	})
}
