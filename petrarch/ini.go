package petrarch

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// ReadOptions reads the [Options] section of a PETRARCH settings file
// (PETR_config.ini): "name = value" or "name: value" lines, "#" and ";"
// starting comments. It returns the options by name, for ParseConfig;
// other sections are left to their readers (lexicon.ReadConfig reads
// [Dictionaries]). A malformed line is an error naming file:line.
func ReadOptions(r io.Reader, name string) (map[string]string, error) {
	out := map[string]string{}
	sc := bufio.NewScanner(r)
	section, num := "", 0
	for sc.Scan() {
		num++
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' || line[0] == ';' {
			continue
		}
		if strings.HasPrefix(line, "[") {
			end := strings.IndexByte(line, ']')
			if end < 0 {
				return nil, fmt.Errorf("%s:%d: section header without ]", name, num)
			}
			section = strings.TrimSpace(line[1:end])
			continue
		}
		if !strings.EqualFold(section, "Options") {
			continue
		}
		i := strings.IndexAny(line, "=:")
		if i <= 0 {
			return nil, fmt.Errorf("%s:%d: want name = value", name, num)
		}
		value := line[i+1:]
		if j := strings.Index(value, " #"); j >= 0 {
			value = value[:j]
		}
		out[strings.TrimSpace(line[:i])] = strings.TrimSpace(value)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return out, nil
}
