package syntax

import (
	_ "embed"
	"fmt"
	"io"
	"os"
	"sync"

	"github.com/readout/readout/document"
)

// embeddedModel is the shipped model, trained on UD English EWT (see
// model/LICENSE.md for its licence and the command that made it).
//
//go:embed model/en_ewt.model
var embeddedModel []byte

// Analyzer tags, lemmatises and parses sentences. One Analyzer may be used
// by many goroutines at once: the models are read-only and each call takes
// its own scratch space.
type Analyzer struct {
	m    *models
	pool sync.Pool
}

var loadEmbedded = sync.OnceValues(func() (*models, error) {
	return readModelBytes(embeddedModel)
})

// Load returns an Analyzer with the embedded models. The models are decoded
// on the first call only; later calls share them.
func Load() (*Analyzer, error) {
	m, err := loadEmbedded()
	if err != nil {
		return nil, fmt.Errorf("syntax: embedded model: %w", err)
	}
	return newAnalyzer(m), nil
}

// LoadFile returns an Analyzer with the models of a file written by Train.
func LoadFile(path string) (*Analyzer, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Read(f)
}

// Read returns an Analyzer with the models read from r.
func Read(r io.Reader) (*Analyzer, error) {
	m, err := readModels(r)
	if err != nil {
		return nil, err
	}
	return newAnalyzer(m), nil
}

func newAnalyzer(m *models) *Analyzer {
	a := &Analyzer{m: m}
	a.pool.New = func() any { return &scratch{} }
	return a
}

// scratch is the working memory of one Annotate call.
type scratch struct {
	lex   lexScratch
	lx    []lexeme
	tags  []int32
	forms []string
	tag   tagScratch
	parse parseScratch
}

// Annotate fills UPOS, XPOS, Lemma, Head and Rel of every token of every
// sentence of d; the text layer must have split d into sentences and
// tokens. Heads are 1-based within the sentence, 0 for the root. Sentences
// without tokens are left alone.
func (a *Analyzer) Annotate(d *document.Document) error {
	sc := a.pool.Get().(*scratch)
	defer a.pool.Put(sc)
	for i := range d.Sentences {
		a.sentence(d, d.Sentences[i].Tokens, sc)
	}
	return nil
}

// AnnotateTokens analyses one sentence given as tokens (Text must be set),
// filling the same fields as Annotate.
func (a *Analyzer) AnnotateTokens(tokens []document.Token) {
	sc := a.pool.Get().(*scratch)
	defer a.pool.Put(sc)
	a.sentence(nil, tokens, sc)
}

func (a *Analyzer) sentence(d *document.Document, toks []document.Token, sc *scratch) {
	if len(toks) == 0 {
		return
	}
	sc.forms = sc.forms[:0]
	for i := range toks {
		f := toks[i].Text
		if f == "" && d != nil {
			f = d.Snippet(toks[i].Start, toks[i].End)
		}
		sc.forms = append(sc.forms, f)
	}
	m := a.m
	sc.lx = makeLexemes(sc.forms, m.clusters, &sc.lex, sc.lx)
	sc.tags = fill32(sc.tags, len(toks), 0)
	m.tagger.tagSentence(sc.lx, sc.tags, &sc.tag)
	m.parser.parse(sc.lx, sc.tags, &sc.parse)
	st := &sc.parse.st
	for i := range toks {
		t := &toks[i]
		tag := sc.tags[i]
		t.UPOS, t.XPOS = m.tagger.upos[tag], m.tagger.xpos[tag]
		t.Lemma = m.lemmas.lemma(sc.forms[i], t.XPOS)
		t.Head = int(st.heads[i+1])
		t.Rel = m.parser.labels[st.labels[i+1]]
	}
}
