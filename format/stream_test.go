package format

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/readout/readout/document"
)

// collect reads a whole stream, keeping documents and article errors apart.
func collect(t *testing.T, s *Stream) ([]*document.Document, []*ArticleError) {
	t.Helper()
	var docs []*document.Document
	var errs []*ArticleError
	for {
		d, err := s.Next()
		if err == io.EOF {
			return docs, errs
		}
		var ae *ArticleError
		if errors.As(err, &ae) {
			errs = append(errs, ae)
			continue
		}
		if err != nil {
			t.Fatalf("fatal error: %v", err)
		}
		docs = append(docs, d)
	}
}

func TestPlainText(t *testing.T) {
	docs, errs := collect(t, Open([]string{"testdata/call.txt"}, Options{Date: "2020-04-18", Source: "cli"}))
	if len(errs) > 0 || len(docs) != 1 {
		t.Fatalf("docs %d errs %v", len(docs), errs)
	}
	d := docs[0]
	if d.ID != "call" || d.Title != "Xi and Putin talk" || d.Published != "2020-04-18" || d.Source != "cli" {
		t.Errorf("got %+v", d)
	}
	if !strings.HasPrefix(d.Text, "Xi and Putin talk\n\nChinese") {
		t.Errorf("text %q", d.Text)
	}
}

func TestJSONLGoesOnAfterBadLines(t *testing.T) {
	docs, errs := collect(t, Open([]string{"testdata/articles.jsonl"}, Options{}))
	ids := []string{}
	for _, d := range docs {
		ids = append(ids, d.ID)
	}
	if got := strings.Join(ids, ","); got != "a1,2,articles:5,nodate" {
		t.Errorf("ids %s", got)
	}
	if len(errs) != 1 || errs[0].Line != 4 || errs[0].ID != "bad" || errs[0].File != "testdata/articles.jsonl" {
		t.Fatalf("errors %v", errs)
	}
	if !strings.Contains(errs[0].Error(), "testdata/articles.jsonl:4: article \"bad\": malformed JSON") {
		t.Errorf("message %q", errs[0].Error())
	}
	a1 := docs[0]
	if a1.Published != "2020-04-18" || a1.Title != "T1" || a1.Text != "T1\n\nBody one." || a1.URL != "http://x" {
		t.Errorf("a1 %+v", a1)
	}
	if docs[1].Published != "2020-04-19" {
		t.Errorf("numeric id article date %q", docs[1].Published)
	}
	if len(docs[3].Problems) != 1 || docs[3].Published != "" {
		t.Errorf("bad date should be a problem: %+v", docs[3])
	}
}

func TestStdinDetectsFormat(t *testing.T) {
	cases := []struct {
		name, in string
		ids      string
	}{
		{"text", "Hello there.\n", "stdin"},
		{"jsonl", `{"id":"x","text":"a"}` + "\n" + `{"id":"y","text":"b"}`, "x,y"},
		{"json array", `[{"id":"x","text":"a"},{"id":"y","text":"b"}]`, "x,y"},
		{"xml", `<Sentences><Sentence id="s1" date="20080806"><Text>Hi.</Text></Sentence></Sentences>`, "s1"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			docs, errs := collect(t, Open([]string{"-"}, Options{Stdin: strings.NewReader(c.in)}))
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			var ids []string
			for _, d := range docs {
				ids = append(ids, d.ID)
			}
			if got := strings.Join(ids, ","); got != c.ids {
				t.Errorf("ids %q, want %q", got, c.ids)
			}
		})
	}
}

func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	bin := write("bin.txt", []byte{0x7f, 'E', 'L', 'F', 0, 0, 1, 2})
	big := write("big.txt", []byte(strings.Repeat("word ", 100)))
	latin := write("latin.txt", []byte("Caf\xe9 opened.\n"))
	utf16 := write("u16.txt", []byte{0xFF, 0xFE, 'H', 0, 'i', 0})
	empty := write("empty.json", []byte("[]"))
	broken := write("broken.json", []byte(`[{"id":"ok","text":"fine"}, {"id": `))
	docs, errs := collect(t, Open([]string{bin, big, latin, utf16, empty, broken, filepath.Join(dir, "missing.txt")}, Options{MaxBytes: 200}))
	if len(docs) != 3 {
		t.Fatalf("want latin, utf16 and one JSON article, got %d docs", len(docs))
	}
	if docs[0].Text != "Caf\uFFFD opened.\n" || len(docs[0].Problems) != 1 {
		t.Errorf("latin-1 text: %q %v", docs[0].Text, docs[0].Problems)
	}
	if docs[1].Text != "Hi" {
		t.Errorf("utf-16 text %q", docs[1].Text)
	}
	want := []string{"binary data", "larger than 200 bytes", "malformed JSON", "no such file"}
	if len(errs) != len(want) {
		t.Fatalf("errors %v", errs)
	}
	for i, w := range want {
		if !strings.Contains(errs[i].Error(), w) {
			t.Errorf("error %d = %q, want it to say %q", i, errs[i], w)
		}
	}
}

func TestDirectoryWalkSkipsAnnotations(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"b.txt": "B.", "a.txt": "A.", "a.expected.json": `{"article":"a.txt"}`, "README.md": "#", ".hidden.txt": "H.",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	docs, errs := collect(t, Open([]string{dir}, Options{}))
	if len(errs) > 0 || len(docs) != 2 || docs[0].ID != "a" || docs[1].ID != "b" {
		t.Fatalf("docs %v errs %v", docs, errs)
	}
}

func TestNormalizeDate(t *testing.T) {
	for in, want := range map[string]string{
		"2020-04-18": "2020-04-18", "1987-02-26T15:01:01": "1987-02-26", "19950101": "1995-01-01",
		"2020-04-18T10:00:00+08:00": "2020-04-18", "2020-04-18 extra": "2020-04-18",
	} {
		if got, err := NormalizeDate(in); err != nil || got != want {
			t.Errorf("NormalizeDate(%q) = %q, %v", in, got, err)
		}
	}
	if _, err := NormalizeDate("April"); err == nil {
		t.Error("want an error for April")
	}
}
