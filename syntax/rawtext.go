package syntax

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Raw text for learning word clusters. The splitting here is a rough
// treebank-style tokenisation, used only to count word bigrams.

// readNewsJSONL reads the "title" and "text" of every article of a JSONL
// file (one JSON object a line) and returns its sentences as tokens.
func readNewsJSONL(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var out [][]string
	for line := 1; sc.Scan(); line++ {
		var a struct{ Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, line, err)
		}
		out = append(out, rawSentences(a.Title)...)
		out = append(out, rawSentences(a.Text)...)
	}
	return out, sc.Err()
}

// rawSentences tokenises text and cuts it after sentence-final marks and
// at blank lines.
func rawSentences(text string) [][]string {
	var out [][]string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, cur)
			cur = nil
		}
	}
	for _, para := range strings.Split(text, "\n\n") {
		for _, tok := range rawTokens(para) {
			cur = append(cur, tok)
			if tok == "." || tok == "?" || tok == "!" {
				flush()
			}
		}
		flush()
	}
	return out
}

const openPunct = "\"'([{`"
const closePunct = "\"'.,;:!?)]}"

var clitics = []string{"n't", "'s", "'re", "'ve", "'ll", "'d", "'m"}

// rawTokens splits text at white space, then splits off punctuation and
// English clitics.
func rawTokens(text string) []string {
	var out []string
	for _, chunk := range strings.FieldsFunc(text, unicode.IsSpace) {
		chunk = string(normForm(chunk, nil))
		for chunk != "" && strings.ContainsRune(openPunct, rune(chunk[0])) {
			out = append(out, chunk[:1])
			chunk = chunk[1:]
		}
		var tail []string
		for chunk != "" {
			last := chunk[len(chunk)-1]
			if !strings.ContainsRune(closePunct, rune(last)) || keepPeriod(chunk) {
				break
			}
			tail = append(tail, chunk[len(chunk)-1:])
			chunk = chunk[:len(chunk)-1]
		}
		out = append(out, splitClitic(chunk)...)
		for i := len(tail) - 1; i >= 0; i-- {
			out = append(out, tail[i])
		}
	}
	return out
}

// keepPeriod reports whether a final period belongs to the word, as in
// "U.S." or "Mr.".
func keepPeriod(w string) bool {
	if !strings.HasSuffix(w, ".") || len(w) < 2 {
		return false
	}
	body := w[:len(w)-1]
	if strings.Contains(body, ".") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(body)
	return unicode.IsUpper(r) && len(body) <= 3
}

func splitClitic(w string) []string {
	if w == "" {
		return nil
	}
	lw := strings.ToLower(w)
	for _, c := range clitics {
		if strings.HasSuffix(lw, c) && len(w) > len(c) {
			return []string{w[:len(w)-len(c)], w[len(w)-len(c):]}
		}
	}
	return []string{w}
}
