package eval

// Status is the outcome of one gold record.
type Status uint8

// Outcomes of a record. Skipped records count neither as passed nor as
// failed; a crash counts as failed.
const (
	Pass Status = iota
	Fail
	Crash
	Skip
)

func (s Status) String() string {
	switch s {
	case Pass:
		return "PASS"
	case Fail:
		return "FAIL"
	case Crash:
		return "CRASH"
	}
	return "SKIP"
}

// Result is one gold record (or one checked item of an article annotation)
// and what readout made of it.
type Result struct {
	ID       string
	Category string // PETRARCH category, PLOVER type, annotation kind/level, ...
	Line     int    // where the record starts in its file, 0 when unknown
	Status   Status
	Note     string // why it failed, crashed or was skipped
	Text     string
	Expected []string // the gold items, one a line
	Got      []string // what readout gave, one a line
	Evidence []string // the rule behind each coded event
	// Event counts against an exhaustive gold list (PETRARCH records only).
	TP, FP, FN int
}

// Figure is one headline number of a gold set: Num of Den.
type Figure struct {
	Key   string // short name for floors and tests: "exact", "type", ...
	Label string // what it measures, for people
	Num   int
	Den   int
}

// Ratio is Num/Den, 0 when Den is 0.
func (f Figure) Ratio() float64 {
	if f.Den == 0 {
		return 0
	}
	return float64(f.Num) / float64(f.Den)
}

// Kind is a gold-file format.
type Kind string

// Gold-file formats Run reads.
const (
	PetrarchXML   Kind = "PETRARCH validation XML"
	PetrarchJSONL Kind = "PETRARCH validation JSONL"
	PloverGold    Kind = "PLOVER gold records"
	Annotations   Kind = "article annotations"
	ConfliBERT    Kind = "CAMEO multi-coder rounds"
)

// SetReport is the outcome of one gold file (or one folder of
// annotations).
type SetReport struct {
	File    string
	Kind    Kind
	Notes   []string // how records were selected, which dictionaries, ...
	Results []Result
	Figures []Figure
	// Events holds event counts when the gold lists every event of a
	// record (PETRARCH records), for precision, recall and F1.
	Events *EventCounts
}

// Figure returns the figure with a key.
func (s *SetReport) Figure(key string) (Figure, bool) {
	for _, f := range s.Figures {
		if f.Key == key {
			return f, true
		}
	}
	return Figure{}, false
}

// Count returns how many records passed and failed (crashes included).
func (s *SetReport) Count() (passed, failed, crashed, skipped int) {
	for _, r := range s.Results {
		switch r.Status {
		case Pass:
			passed++
		case Fail:
			failed++
		case Crash:
			failed++
			crashed++
		case Skip:
			skipped++
		}
	}
	return passed, failed, crashed, skipped
}

// EventCounts are true positives, false positives and false negatives.
type EventCounts struct{ TP, FP, FN int }

// Precision is TP/(TP+FP), 0 when nothing was coded.
func (c EventCounts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN), 0 when nothing was expected.
func (c EventCounts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall.
func (c EventCounts) F1() float64 { return ratio(2*c.TP, 2*c.TP+c.FP+c.FN) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Report is the outcome of a run over gold files.
type Report struct {
	Sets []*SetReport
}

// Count returns the records passed and failed over all sets.
func (r *Report) Count() (passed, failed int) {
	for _, s := range r.Sets {
		p, f, _, _ := s.Count()
		passed += p
		failed += f
	}
	return passed, failed
}
