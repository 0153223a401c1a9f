package actor

import (
	"strings"

	"github.com/readout/readout/document"
)

// countryCount is how much an article has said about one country so far.
type countryCount struct {
	code string
	n    float64
}

func (r *run) count(code string, w float64) {
	for i := range r.counts {
		if r.counts[i].code == code {
			r.counts[i].n += w
			return
		}
	}
	r.counts = append(r.counts, countryCount{code, w})
}

// home returns the country the article is most about so far: the one its
// mentions name most often (the title counts twice), the first named on a
// tie. Agents without a country of their own ("police", "protesters") take
// it.
func (r *run) home() string {
	best := ""
	n := 0.0
	for _, c := range r.counts {
		if c.n > n {
			best, n = c.code, c.n
		}
	}
	return best
}

// midCapsCache answers whether a word is written with a capital inside a
// sentence somewhere in the document, the sign of a name when it opens a
// sentence ("Tamim claimed ..." after "Dr Ali bin Tamim").
type midCapsCache struct {
	d     *document.Document
	known map[string]bool
	solo  map[string]bool
}

func (m *midCapsCache) reset(d *document.Document) {
	m.d = d
	if m.known == nil {
		m.known, m.solo = map[string]bool{}, map[string]bool{}
	}
	clear(m.known)
	clear(m.solo)
}

func (m *midCapsCache) has(w string) bool {
	if v, ok := m.known[w]; ok {
		return v
	}
	found := false
	for s := range m.d.Sentences {
		toks := m.d.Sentences[s].Tokens
		for i := 1; i < len(toks) && !found; i++ {
			t := toks[i].Text
			if t != "" && t[0] >= 'A' && t[0] <= 'Z' && strings.EqualFold(t, w) && toks[i-1].Text != "\"" {
				found = true
			}
		}
		if found {
			break
		}
	}
	m.known[w] = found
	return found
}

// alone says whether a capitalised word stands somewhere in the document
// without a capitalised word before or after it (a surname used alone).
func (m *midCapsCache) alone(w string) bool {
	if v, ok := m.solo[w]; ok {
		return v
	}
	found := false
	for s := range m.d.Sentences {
		toks := m.d.Sentences[s].Tokens
		for i := range toks {
			if toks[i].Text != w || i > 0 && capital(toks[i-1].Text) && toks[i-1].Text != "\"" || i+1 < len(toks) && capital(toks[i+1].Text) {
				continue
			}
			found = true
			break
		}
		if found {
			break
		}
	}
	m.solo[w] = found
	return found
}

func capital(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }
