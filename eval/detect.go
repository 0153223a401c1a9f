package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
)

// maxFile is the largest gold file read.
const maxFile = 64 << 20

// readGold reads a whole gold file.
func readGold(path string) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if st.Size() > maxFile {
		return nil, fmt.Errorf("%s: %d bytes, more than the %d a gold file may have", path, st.Size(), maxFile)
	}
	return os.ReadFile(path)
}

// Detect names the format of a gold file from its content: PETRARCH XML
// starts with "<"; a JSON array holds PLOVER records; a JSON object with
// "article" and "events" is an article annotation; otherwise the first
// line of a JSONL file decides: "raters" for multi-coder rounds, an
// "events" list for PETRARCH records, an "event" name for PLOVER records.
func Detect(name string, b []byte) (Kind, error) {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	trimmed := bytes.TrimSpace(b)
	if len(trimmed) == 0 {
		return "", fmt.Errorf("%s: empty file", name)
	}
	switch trimmed[0] {
	case '<':
		return PetrarchXML, nil
	case '[':
		return PloverGold, nil
	case '{':
		if IsAnnotation(trimmed) {
			return Annotations, nil
		}
		return detectLine(name, trimmed)
	}
	return "", fmt.Errorf("%s:1: %w", name, errUnknown)
}

var errUnknown = fmt.Errorf("not a gold file readout knows (PETRARCH validation XML or JSONL, PLOVER records, an expected.json annotation, multi-coder CAMEO rounds)")

// detectLine looks at the keys of the first line of a JSONL file.
func detectLine(name string, b []byte) (Kind, error) {
	first, _, _ := bytes.Cut(b, []byte("\n"))
	var probe map[string]json.RawMessage
	if err := json.Unmarshal(bytes.TrimSpace(first), &probe); err != nil {
		return "", fmt.Errorf("%s:1: %v; %w", name, err, errUnknown)
	}
	_, hasText := probe["text"]
	switch {
	case probe["raters"] != nil:
		return ConfliBERT, nil
	case hasText && len(probe["events"]) > 0 && probe["events"][0] == '[':
		return PetrarchJSONL, nil
	case hasText && len(probe["event"]) > 0 && probe["event"][0] == '"':
		return PloverGold, nil
	case len(probe["event"]) > 0 && bytes.Equal(probe["event"], []byte(`"DOCUMENT"`)):
		return PloverGold, nil
	}
	return "", fmt.Errorf("%s:1: %w", name, errUnknown)
}
