package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/readout/readout/document"
)

// Annotation is an expert annotation of one article (an expected.json file
// beside the text): what a competent coder must and should find in it.
type Annotation struct {
	Article   string `json:"article"`
	About     string `json:"about"`
	Published string `json:"published"`
	Publisher string `json:"publisher"`
	Events    struct {
		Must   []GoldEvent `json:"must"`
		Should []GoldEvent `json:"should"`
	} `json:"events"`
	Quotes struct {
		Must   []GoldQuote `json:"must"`
		Should []GoldQuote `json:"should"`
	} `json:"quotes"`
	Entities struct {
		Must []GoldEntity `json:"must"`
	} `json:"entities"`
	Amounts struct {
		Must []GoldAmount `json:"must"`
	} `json:"amounts"`
	Attribution struct {
		Must []struct {
			Publisher string `json:"publisher"`
		} `json:"must"`
	} `json:"attribution"`
	Topics struct {
		Should []string `json:"should"`
	} `json:"topics"`

	// File is where the annotation was read from.
	File string `json:"-"`
}

// GoldEvent is an expected event. It matches a coded event in a sentence
// that opens with Sentence when the source and target countries (first three
// letters) are equal and the code starts with one of Codes; Date, when
// given, must be equal too.
type GoldEvent struct {
	Sentence string   `json:"sentence"`
	Source   string   `json:"source"`
	Target   string   `json:"target"`
	Codes    []string `json:"codes"`
	Best     string   `json:"best"`
	Date     string   `json:"date"`
	Why      string   `json:"why"`
}

// GoldQuote is an expected statement: its sentence, speaker and cue.
type GoldQuote struct {
	Sentence string `json:"sentence"`
	Speaker  string `json:"speaker"`
	Cue      string `json:"cue"`
}

// GoldEntity is an expected entity with its actor code and mentions.
type GoldEntity struct {
	Name     string   `json:"name"`
	Actor    string   `json:"actor"`
	Mentions []string `json:"mentions"`
}

// GoldAmount is an expected figure.
type GoldAmount struct {
	Sentence string  `json:"sentence"`
	Value    float64 `json:"value"`
	Unit     string  `json:"unit"`
	About    string  `json:"about"`
}

// ReadAnnotation reads an expected.json file.
func ReadAnnotation(path string) (*Annotation, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return parseAnnotation(b, path)
}

// parseAnnotation reads the bytes of an expected.json file.
func parseAnnotation(b []byte, path string) (*Annotation, error) {
	var a Annotation
	if err := json.Unmarshal(b, &a); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", path, jsonErrLine(b, err), err)
	}
	if a.Article == "" {
		return nil, fmt.Errorf("%s: no \"article\" field naming the text", path)
	}
	a.File = path
	return &a, nil
}

// TextPath is the article text the annotation describes, beside it.
func (a *Annotation) TextPath() string {
	return filepath.Join(filepath.Dir(a.File), a.Article)
}

// IsAnnotation says whether a JSON document looks like an article
// annotation.
func IsAnnotation(b []byte) bool {
	var probe struct {
		Article string          `json:"article"`
		Events  json.RawMessage `json:"events"`
	}
	return json.Unmarshal(b, &probe) == nil && probe.Article != "" && len(probe.Events) > 0
}

// norm folds text for comparison: lower case, straight quotes, ASCII
// dashes, single spaces, no diacritics on common Latin letters.
func norm(s string) string {
	s = strings.ToLower(s)
	s = foldReplacer.Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

var foldReplacer = strings.NewReplacer(
	"\u2018", "'", "\u2019", "'", "\u201c", "\"", "\u201d", "\"", "\u2013", "-", "\u2014", "-", "\u00a0", " ",
	"á", "a", "à", "a", "â", "a", "ä", "a", "ã", "a", "å", "a", "ā", "a", "ą", "a",
	"é", "e", "è", "e", "ê", "e", "ë", "e", "ē", "e", "ę", "e", "ě", "e",
	"í", "i", "ì", "i", "î", "i", "ï", "i", "ī", "i",
	"ó", "o", "ò", "o", "ô", "o", "ö", "o", "õ", "o", "ø", "o", "ō", "o", "ő", "o",
	"ú", "u", "ù", "u", "û", "u", "ü", "u", "ū", "u", "ů", "u", "ű", "u",
	"ç", "c", "ć", "c", "č", "c", "ñ", "n", "ń", "n", "ň", "n", "š", "s", "ś", "s", "ş", "s", "ș", "s",
	"ž", "z", "ź", "z", "ż", "z", "ý", "y", "ÿ", "y", "ř", "r", "ď", "d", "đ", "d", "ť", "t", "ț", "t", "ţ", "t",
	"ğ", "g", "ł", "l", "ı", "i", "ß", "ss",
)

// sentencesOpening returns the indexes of the sentences that hold the
// opening words of a gold sentence. A sentence matches when it contains
// them, so a dateline or title segmented into the same sentence does not
// hide it.
func sentencesOpening(d *document.Document, opening string) []int {
	want := norm(opening)
	var out []int
	for i, s := range d.Sentences {
		if strings.Contains(norm(s.Text), want) {
			out = append(out, i)
		}
	}
	if len(out) == 0 {
		// The gold opening may run across a boundary readout drew: match the
		// sentence where the opening starts.
		for i, s := range d.Sentences {
			t := norm(s.Text)
			if len(t) >= 12 && strings.HasPrefix(want, t[:min(len(t), len(want))]) {
				out = append(out, i)
			}
		}
	}
	return out
}
