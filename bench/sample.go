package bench

import (
	"bytes"
	"embed"
	"fmt"
	"io"
	"path"
	"regexp"
	"sort"

	"github.com/readout/readout"
	"github.com/readout/readout/document"
	"github.com/readout/readout/format"
)

// SampleRepeat is how many times `readout bench` codes the sample over
// when it is given no files: a few seconds of work on one core, enough
// for steady figures.
const SampleRepeat = 20

//go:embed sample/*.txt
var sampleFS embed.FS

// sampleName is a sample file's name: its publication date and a slug.
var sampleName = regexp.MustCompile(`^(\d{4}-\d{2}-\d{2})-([a-z0-9-]+)\.txt$`)

// Sample returns a source of the built-in sample articles, in file name
// order, each read by the plain-text reader (title on the first line)
// with its id and date taken from the file name.
func Sample() readout.Source {
	names := sampleFiles()
	return func() (*document.Document, error) {
		if len(names) == 0 {
			return nil, io.EOF
		}
		name := names[0]
		names = names[1:]
		return sampleArticle(name)
	}
}

// SampleArticles reads the whole sample.
func SampleArticles() ([]*document.Document, error) {
	var docs []*document.Document
	for _, name := range sampleFiles() {
		d, err := sampleArticle(name)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}

func sampleFiles() []string {
	entries, _ := sampleFS.ReadDir("sample") // the directory is embedded
	var names []string
	for _, e := range entries {
		if sampleName.MatchString(e.Name()) {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	return names
}

func sampleArticle(name string) (*document.Document, error) {
	m := sampleName.FindStringSubmatch(name)
	b, err := sampleFS.ReadFile(path.Join("sample", name))
	if err != nil {
		return nil, err
	}
	s := format.Open([]string{"-"}, format.Options{Format: format.Text, Date: m[1], Stdin: bytes.NewReader(b)})
	defer s.Close()
	d, err := s.Next()
	if err != nil {
		return nil, fmt.Errorf("sample %s: %w", name, err)
	}
	d.ID, d.Source = m[2], "readout sample"
	return d, nil
}
