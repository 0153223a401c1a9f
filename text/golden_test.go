package text

import (
	"flag"
	"fmt"
	"github.com/readout/readout/document"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden segments each testdata/*.txt and compares the result, written
// as describe does, with testdata/*.golden.
func TestGolden(t *testing.T) {
	names, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no test articles: %v", err)
	}
	for _, name := range names {
		t.Run(filepath.Base(name), func(t *testing.T) {
			in, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			got := describe(segment(t, string(in)))
			golden := strings.TrimSuffix(name, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("segmentation differs from %s (go test -update rewrites it):\n%s", golden, got)
			}
		})
	}
}

// describe writes a segmentation for a golden file: the dateline, the
// problems, each paragraph's span, each token whose text was normalised,
// and then the text with the marks of render.
func describe(d *document.Document) string {
	var b strings.Builder
	if d.Dateline != nil {
		fmt.Fprintf(&b, "dateline [%d:%d] %q publisher %q\n", d.Dateline.Start, d.Dateline.End, d.Dateline.Text, d.Publisher)
	}
	for _, p := range d.Problems {
		fmt.Fprintf(&b, "problem at %d: %s\n", p.Offset, p.Message)
	}
	for i, p := range d.Paragraphs {
		fmt.Fprintf(&b, "paragraph %d [%d:%d]\n", i, p.Start, p.End)
	}
	for _, tk := range d.Tokens {
		if orig := d.Text[tk.Start:tk.End]; tk.Text != orig {
			fmt.Fprintf(&b, "token [%d:%d] %q normalised to %q\n", tk.Start, tk.End, orig, tk.Text)
		}
	}
	b.WriteString("----\n")
	b.WriteString(render(d))
	return b.String()
}
