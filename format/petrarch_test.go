package format

import (
	"io"
	"os"
	"strings"
	"testing"

	"github.com/readout/readout/internal/shared"
)

func readAll(t *testing.T, p string) ([]*PetrarchRecord, PetrarchEnvironment) {
	t.Helper()
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := NewPetrarchReader(f, p)
	var recs []*PetrarchRecord
	for {
		rec, err := r.Next()
		if err == io.EOF {
			return recs, r.Environment()
		}
		if err != nil {
			t.Fatal(err)
		}
		recs = append(recs, rec)
	}
}

func TestPetrarchUnitTests(t *testing.T) {
	recs, env := readAll(t, shared.Path(t, "petrarch2/text/PETR.UnitTest.records.xml"))
	if len(recs) != 284 {
		t.Errorf("records %d, want 284", len(recs))
	}
	codings := 0
	for _, r := range recs {
		codings += len(r.Codings)
	}
	if codings != 385 {
		t.Errorf("codings %d, want 385", codings)
	}
	if env.Files["Verbfile"] != "PETR.Validate.verbs.txt" || env.Config["stop_on_error"] != "True" {
		t.Errorf("environment %+v", env)
	}
	first := recs[0]
	if first.ID != "DEMO-00" || first.Codings[0].Code != "064" || first.Codings[0].Source != "ARN" ||
		!strings.HasPrefix(first.Text, "Arnor is about to restore full diplomatic ties with Gondor") ||
		!strings.HasPrefix(strings.TrimSpace(first.Parse), "(ROOT") {
		t.Errorf("first record %+v", first)
	}
}

func TestPetrarchSiblingLayout(t *testing.T) {
	recs, env := readAll(t, shared.Path(t, "universalpetrarch/text/PETR2_GSR_validation.shared.xml"))
	if len(recs) != 58 {
		t.Errorf("records %d, want 58", len(recs))
	}
	codings := 0
	for _, r := range recs {
		codings += len(r.Codings)
		if r.Text == "" {
			t.Errorf("%s: no text", r.ID)
		}
	}
	if codings != 70 {
		t.Errorf("codings %d, want 70", codings)
	}
	r := recs[0]
	if r.ID != "AFP0808020705_1" || r.Codings[0].Source != "GUYJUD" || !strings.HasPrefix(r.Parse, "1\tA\ta") {
		t.Errorf("first record %+v", r)
	}
	if len(env.Files) == 0 {
		t.Error("no environment read")
	}
}

func TestPetrarchMalformed(t *testing.T) {
	r := NewPetrarchReader(strings.NewReader("<Sentences>\n<Sentence id=\"a\"><Text>x</Text></Sentence>\n<Sentence id=\"b\"><Text>y</Text\n"), "f.xml")
	var got []string
	for {
		rec, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			got = append(got, "error: "+err.Error())
			continue
		}
		got = append(got, rec.ID)
	}
	if len(got) < 2 || got[0] != "a" || !strings.Contains(strings.Join(got, "|"), "f.xml:4: malformed XML") {
		t.Errorf("got %q", got)
	}
}
