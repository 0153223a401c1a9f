package text

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/readout/readout/document"
)

func TestRepair(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		want  string
		probs []document.Problem
	}{
		{"valid", "Xi’s call", "Xi’s call", nil},
		{"empty", "", "", nil},
		{"one byte", "a\xffb", "a\ufffdb", []document.Problem{{Offset: 1, Message: "invalid UTF-8 byte 0xff (input offset 1)"}}},
		{"run", "ab\xc3\x28c\xe2\x82", "ab\ufffd(c\ufffd\ufffd", []document.Problem{
			{Offset: 2, Message: "invalid UTF-8 byte 0xc3 (input offset 2)"},
			{Offset: 7, Message: "2 invalid UTF-8 bytes 0xe2 0x82 (input offset 5)"},
		}},
		{"latin-1", "caf\xe9 cr\xe8me", "caf\ufffd cr\ufffdme", []document.Problem{
			{Offset: 3, Message: "invalid UTF-8 byte 0xe9 (input offset 3)"},
			{Offset: 9, Message: "invalid UTF-8 byte 0xe8 (input offset 7)"},
		}},
		{"encoded replacement char is valid", "a\ufffdb", "a\ufffdb", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, probs := Repair([]byte(tt.in))
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if fmt.Sprint(probs) != fmt.Sprint(tt.probs) {
				t.Errorf("problems %v, want %v", probs, tt.probs)
			}
		})
	}
}

func TestRepairCapsProblems(t *testing.T) {
	in := strings.Repeat("ok \xff ", MaxRepairProblems+7)
	_, probs := Repair([]byte(in))
	if len(probs) != MaxRepairProblems+1 {
		t.Fatalf("%d problems, want %d", len(probs), MaxRepairProblems+1)
	}
	last := probs[len(probs)-1]
	if last.Offset != -1 || !strings.HasPrefix(last.Message, "7 further runs") {
		t.Errorf("last problem %+v", last)
	}
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name string
		in   string
		err  string // "" for text
	}{
		{"text", "Plain text.\n\tIndented.\r\n\f", ""},
		{"latin-1 text", "caf\xe9 au lait, cr\xe8me br\xfbl\xe9e", ""},
		{"empty", "", ""},
		{"nul", "abc\x00def", "binary data, not text: NUL byte at offset 3"},
		{"controls", strings.Repeat("a\x01\x02", 10), "binary data, not text: 20 of the first 30 bytes are control characters"},
		{"not utf-8", strings.Repeat("\xff\xfe\x80a", 10), "binary data, not text: 28 of the first 40 bytes are not valid UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Check([]byte(tt.in))
			switch {
			case tt.err == "" && err != nil:
				t.Errorf("unexpected error %v", err)
			case tt.err != "" && (err == nil || err.Error() != tt.err || !errors.Is(err, ErrBinary)):
				t.Errorf("error %v, want %q wrapping ErrBinary", err, tt.err)
			}
			if (checkText(tt.in) == nil) != (err == nil) {
				t.Errorf("checkText disagrees with Check")
			}
		})
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"“quoted”", `"quoted"`},
		{"‘single’", "'single'"},
		{"``", `"`},
		{"''", `"`},
		{"n`t", "n't"},
		{"–", "-"},
		{"—", "--"},
		{"‑", "-"},
		{"…", "..."},
		{"co\u00adoperate", "cooperate"},
		{"\u00ad", "\u00ad"},
		{"a\u00a0b", "a b"},
		{"«x»", `"x"`},
		{"Xi’s", "Xi's"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if s := "unchanged"; !sameString(Normalize(s), s) {
		t.Error("Normalize copied a string it did not change")
	}
}
