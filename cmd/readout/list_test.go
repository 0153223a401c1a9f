package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestListCountsAndEntries(t *testing.T) {
	dir := writeDicts(t, map[string]string{
		"actors/XXA.dict": "country XXA Xanadu\n  capital Xan\ninstitution XXALEG Xanadu Assembly\n",
		"people/XXA.dict": "person Ann Lee\n  role XXAGOV 2001.. head-of-state President\n",
		"cameo.dict":      "code 041 Discuss by telephone\n  quad 1\n",
		"events/04.dict":  "041 call TGT\n041 phone_call.n [with TGT]\n",
	})
	var out, errOut bytes.Buffer
	if code := run([]string{"list", "--no-default-dicts", "--dicts", dir}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	for _, want := range []string{"countries        1", "people           1", "patterns         2", "noun patterns  1", "04    1      2", "XXA      Xanadu"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("summary lacks %q:\n%s", want, out.String())
		}
	}
	out.Reset()
	if code := run([]string{"list", "--no-default-dicts", "--dicts", dir, "--kind", "patterns"}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if !strings.Contains(out.String(), "events/04.dict:2  <phone_call.n> [(with TGT)] => 041") {
		t.Errorf("patterns listing:\n%s", out.String())
	}
	if code := run([]string{"list", "--kind", "colours"}, &out, &errOut); code != 2 {
		t.Errorf("unknown kind: exit %d, want 2", code)
	}
}
