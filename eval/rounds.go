package eval

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// RoundLine is one sentence as annotated in one round of a multi-coder
// CAMEO annotation: the coders who finished it and the root codes each
// gave.
type RoundLine struct {
	ID         string
	Round      int
	Sentence   int // sentence number within the sample
	Text       string
	Coders     []CoderLabel // coders who completed the sentence, by rater slot
	Incomplete int          // coders who did not
	Line       int
}

// CoderLabel is what one coder said about a sentence: the CAMEO root codes
// of the actions they marked (none when they found no event, or judged
// the sentence not relevant).
type CoderLabel struct {
	Rater string
	Roots []string // distinct, sorted: "01", "18", ...
}

type roundJSON struct {
	ID       string               `json:"id"`
	Round    int                  `json:"round"`
	Sentence int                  `json:"sentence_no"`
	Text     string               `json:"text"`
	Raters   map[string]raterJSON `json:"raters"`
}

type raterJSON struct {
	Complete bool `json:"anncomplete"`
	Actions  []struct {
		Cameo *string `json:"cameo"`
	} `json:"actions"`
}

// ReadRounds reads multi-coder CAMEO annotation rounds, one (round,
// sentence) a line: {"id", "round", "sentence_no", "text", "raters": {"1":
// {"anncomplete", "relevant", "actions": [{"cameo": "4-18 Assault"}]}}}.
// An action's "cameo" is "QUAD-ROOT name"; a null one is ignored.
func ReadRounds(r io.Reader, name string) ([]RoundLine, error) {
	var out []RoundLine
	err := eachLine(r, name, func(line []byte, num int) error {
		var j roundJSON
		if err := json.Unmarshal(line, &j); err != nil {
			return err
		}
		if j.Raters == nil || j.Text == "" {
			return errors.New(`not an annotation round (want "text" and "raters")`)
		}
		rl := RoundLine{ID: j.ID, Round: j.Round, Sentence: j.Sentence, Text: j.Text, Line: num}
		for _, slot := range slices.Sorted(maps.Keys(j.Raters)) {
			rt := j.Raters[slot]
			if !rt.Complete {
				rl.Incomplete++
				continue
			}
			label := CoderLabel{Rater: slot}
			for i, a := range rt.Actions {
				if a.Cameo == nil || strings.TrimSpace(*a.Cameo) == "" {
					continue
				}
				root, err := cameoRoot(*a.Cameo)
				if err != nil {
					return fmt.Errorf("rater %s, action %d: %w", slot, i+1, err)
				}
				label.Roots = addRoot(label.Roots, root)
			}
			rl.Coders = append(rl.Coders, label)
		}
		out = append(out, rl)
		return nil
	})
	if err == nil && len(out) == 0 {
		err = fmt.Errorf("%s: no annotation rounds", name)
	}
	return out, err
}

// cameoRoot reads the root code of a label such as "4-18 Assault" or
// "0-1 Make Public Statement": the number after the quad class.
func cameoRoot(label string) (string, error) {
	head, _, _ := strings.Cut(strings.TrimSpace(label), " ")
	_, num, ok := strings.Cut(head, "-")
	n, err := strconv.Atoi(num)
	if !ok || err != nil || n < 1 || n > 20 {
		return "", fmt.Errorf("CAMEO label %q: want QUAD-ROOT NAME with a root 1-20", label)
	}
	return fmt.Sprintf("%02d", n), nil
}

func addRoot(roots []string, root string) []string {
	if slices.Contains(roots, root) {
		return roots
	}
	roots = append(roots, root)
	sort.Strings(roots)
	return roots
}
