package store

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/readout/readout/document"
)

// fixture loads testdata/article.json, a coded article written by hand in
// readout's output shape.
func fixture(t testing.TB) *document.Document {
	t.Helper()
	b, err := os.ReadFile("testdata/article.json")
	if err != nil {
		t.Fatal(err)
	}
	var d document.Document
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatal(err)
	}
	return &d
}

func openTemp(t testing.TB) *SQLite {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func put(t testing.TB, s Store, docs ...*document.Document) []PutResult {
	t.Helper()
	res, err := s.Put(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestMigrate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.db")
	for i := 0; i < 2; i++ { // the second open must find the schema current
		s, err := Open(context.Background(), path)
		if err != nil {
			t.Fatal(err)
		}
		var v, n int
		if err := s.read.QueryRow("SELECT max(version), count(*) FROM schema_version").Scan(&v, &n); err != nil {
			t.Fatal(err)
		}
		if v != SchemaVersion() || n != SchemaVersion() {
			t.Errorf("open %d: schema_version max %d rows %d, want %d", i, v, n, SchemaVersion())
		}
		s.Close()
	}
}

func TestMigrateNewerDatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.db")
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.write.Exec("INSERT INTO schema_version VALUES (999, 'future', 'now')"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := Open(context.Background(), path); err == nil {
		t.Fatal("opened a database from a newer schema without error")
	}
}

func TestRoundTrip(t *testing.T) {
	s := openTemp(t)
	d := fixture(t)
	res := put(t, s, d)
	if !res[0].Created || res[0].ID != d.ID {
		t.Fatalf("put = %+v", res)
	}
	got, err := s.Article(context.Background(), d.ID)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := json.Marshal(d)
	have, _ := json.Marshal(got)
	if string(want) != string(have) {
		t.Errorf("article changed in the store:\nwant %s\nhave %s", want, have)
	}
	if _, err := s.Article(context.Background(), "no-such-id"); err != ErrNotFound {
		t.Errorf("missing article: err = %v, want ErrNotFound", err)
	}
}

func TestPutReplaces(t *testing.T) {
	s := openTemp(t)
	d := fixture(t)
	put(t, s, d)
	before, _ := s.Counts(context.Background())

	tests := []struct {
		name   string
		change func(d *document.Document)
		wantID string
	}{
		{"same id and text", func(d *document.Document) {}, d.ID},
		{"same text, other id", func(d *document.Document) { d.ID = "copy-elsewhere" }, d.ID},
		{"same id, other text", func(d *document.Document) { d.Text += " Updated." }, d.ID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := fixture(t)
			tt.change(c)
			res := put(t, s, c)
			if res[0].Created || res[0].ID != tt.wantID {
				t.Errorf("put = %+v, want replaced %s", res[0], tt.wantID)
			}
			after, _ := s.Counts(context.Background())
			if after != before {
				t.Errorf("counts changed from %+v to %+v", before, after)
			}
		})
	}
}

func TestPutNoID(t *testing.T) {
	s := openTemp(t)
	d := fixture(t)
	d.ID = ""
	res := put(t, s, d)
	if res[0].ID == "" || res[0].ID != "h"+Hash(d.Text)[:16] {
		t.Errorf("id for an article without one = %q", res[0].ID)
	}
}

func TestKnown(t *testing.T) {
	s := openTemp(t)
	d := fixture(t)
	put(t, s, d)
	got, err := s.Known(context.Background(), []string{Hash(d.Text), Hash("other text")})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, []bool{true, false}) {
		t.Errorf("Known = %v", got)
	}
}

// TestDyadDaysMatchesEvents checks that the triggers keep dyad_days equal
// to an aggregate over events through inserts, replacements and edits.
func TestDyadDaysMatchesEvents(t *testing.T) {
	s := openTemp(t)
	d := fixture(t)
	put(t, s, d)
	c := fixture(t)
	c.Events = c.Events[1:]
	c.Events[0].Date = "2020-05-01"
	put(t, s, c)
	o := fixture(t)
	o.ID, o.Text = "other", o.Text+" More."
	put(t, s, o)
	const agg = `SELECT source_country, target_country, date, count(*), sum(quad=1), sum(quad=4), round(sum(goldstein), 6)
		FROM events WHERE negated = 0 AND target_country <> '' AND date <> '' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`
	const tab = `SELECT source, target, day, n, q1, q4, round(gsum, 6) FROM dyad_days ORDER BY 1, 2, 3`
	if a, b := dump(t, s, agg), dump(t, s, tab); !reflect.DeepEqual(a, b) {
		t.Errorf("dyad_days differs from events:\nevents    %v\ndyad_days %v", a, b)
	}
}

func dump(t *testing.T, s *SQLite, q string) [][7]string {
	t.Helper()
	rows, err := s.read.Query(q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out [][7]string
	for rows.Next() {
		var r [7]string
		if err := rows.Scan(&r[0], &r[1], &r[2], &r[3], &r[4], &r[5], &r[6]); err != nil {
			t.Fatal(err)
		}
		out = append(out, r)
	}
	return out
}
