package text

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/readout/readout/document"
)

// ErrBinary is returned (wrapped) by Check for input that is not text.
var ErrBinary = errors.New("binary data, not text")

// MaxRepairProblems is how many runs of invalid bytes Repair reports one by
// one; any further runs are counted in one last Problem.
const MaxRepairProblems = 100

// checkSample is how much of the input Check inspects for its ratios.
const checkSample = 64 << 10

// Repair returns b as valid UTF-8: each byte that is not part of a valid
// UTF-8 sequence becomes U+FFFD, and each run of such bytes gives one
// Problem whose Offset is where the run starts in the returned string and
// whose message names the bytes and their offset in b. Valid input is
// returned unchanged with no problems.
func Repair(b []byte) (string, []document.Problem) {
	if utf8.Valid(b) {
		return string(b), nil
	}
	var out strings.Builder
	out.Grow(len(b) + len(b)/4)
	var probs []document.Problem
	runs := 0
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			j := i + 1
			for j < len(b) && b[j] < utf8.RuneSelf {
				j++
			}
			out.Write(b[i:j])
			i = j
			continue
		}
		if r, n := utf8.DecodeRune(b[i:]); r != utf8.RuneError || n > 1 {
			out.Write(b[i : i+n])
			i += n
			continue
		}
		start, at := i, out.Len()
		for i < len(b) && invalidAt(b, i) {
			out.WriteRune(utf8.RuneError)
			i++
		}
		if runs++; runs <= MaxRepairProblems {
			probs = append(probs, document.Problem{Offset: at, Message: invalidMessage(b[start:i], start)})
		}
	}
	if runs > MaxRepairProblems {
		probs = append(probs, document.Problem{Offset: -1, Message: fmt.Sprintf(
			"%d further runs of invalid UTF-8 bytes replaced by U+FFFD", runs-MaxRepairProblems)})
	}
	return out.String(), probs
}

// invalidAt reports whether b[i] starts no valid UTF-8 sequence.
func invalidAt(b []byte, i int) bool {
	if b[i] < utf8.RuneSelf {
		return false
	}
	r, n := utf8.DecodeRune(b[i:])
	return r == utf8.RuneError && n == 1
}

// invalidMessage describes a run of invalid bytes found at input offset at.
func invalidMessage(run []byte, at int) string {
	if len(run) == 1 {
		return fmt.Sprintf("invalid UTF-8 byte 0x%02x (input offset %d)", run[0], at)
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "%d invalid UTF-8 bytes", len(run))
	for i, c := range run {
		if i == 8 {
			sb.WriteString(" ...")
			break
		}
		fmt.Fprintf(&sb, " 0x%02x", c)
	}
	fmt.Fprintf(&sb, " (input offset %d)", at)
	return sb.String()
}

// Check returns an error wrapping ErrBinary when b does not look like text:
// it holds a NUL byte, or more than a tenth of its first 64 KiB are control
// characters other than tab, line feed, carriage return and form feed, or
// more than a fifth are bytes that are not valid UTF-8. Text in a legacy
// 8-bit encoding passes and is left for Repair.
func Check(b []byte) error {
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return fmt.Errorf("%w: NUL byte at offset %d", ErrBinary, i)
	}
	if len(b) > checkSample {
		b = b[:checkSample]
	}
	return checkSampleText(string(b))
}

// checkSampleText applies Check's ratios to the start of a text.
func checkSampleText(sample string) error {
	controls, invalid := 0, 0
	for i := 0; i < len(sample); {
		c := sample[i]
		if c < utf8.RuneSelf {
			if (c < ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f {
				controls++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(sample[i:])
		if r == utf8.RuneError && n == 1 && len(sample)-i >= utf8.UTFMax {
			invalid++
		}
		i += n
	}
	switch {
	case controls*10 > len(sample):
		return fmt.Errorf("%w: %d of the first %d bytes are control characters", ErrBinary, controls, len(sample))
	case invalid*5 > len(sample):
		return fmt.Errorf("%w: %d of the first %d bytes are not valid UTF-8", ErrBinary, invalid, len(sample))
	}
	return nil
}
