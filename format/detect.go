package format

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// detect picks the format of an input from its name and first bytes.
func detect(name string, br *bufio.Reader) (string, error) {
	head, _ := br.Peek(8 << 10)
	if isBinary(head) {
		return "", errBinary
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".jsonl", ".ndjson":
		return JSONL, nil
	case ".json":
		return JSON, nil
	case ".xml":
		return XML, nil
	case ".txt", ".text":
		return Text, nil
	}
	switch firstByte(head) {
	case '[':
		return JSON, nil
	case '{':
		return JSONL, nil
	case '<':
		return XML, nil
	}
	return Text, nil
}

var errBinary = errors.New("binary data, not text (NUL bytes or control characters); give readout UTF-8 text, JSONL or XML")

// isBinary says whether the start of an input looks like binary data: NUL
// bytes outside a UTF-16 text, or many control characters.
func isBinary(head []byte) bool {
	if hasUTF16BOM(head) {
		return false
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' {
			ctl++
		}
	}
	return len(head) > 0 && ctl*20 > len(head)
}

func firstByte(b []byte) byte {
	b = bytes.TrimPrefix(b, utf8BOM)
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return c
		}
	}
	return 0
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

func hasUTF16BOM(b []byte) bool {
	return len(b) >= 2 && (b[0] == 0xFF && b[1] == 0xFE || b[0] == 0xFE && b[1] == 0xFF)
}

// toUTF8 turns the bytes of a whole input into UTF-8: it drops a UTF-8 byte
// order mark and decodes UTF-16 with a byte order mark. Other encodings are
// left for repair, which reports every invalid byte.
func toUTF8(b []byte) ([]byte, error) {
	b = bytes.TrimPrefix(b, utf8BOM)
	if !hasUTF16BOM(b) {
		return b, nil
	}
	if len(b)%2 != 0 {
		return nil, fmt.Errorf("UTF-16 text with an odd number of bytes (%d)", len(b))
	}
	big := b[0] == 0xFE
	u := make([]uint16, 0, len(b)/2-1)
	for i := 2; i+1 < len(b); i += 2 {
		if big {
			u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
		} else {
			u = append(u, uint16(b[i+1])<<8|uint16(b[i]))
		}
	}
	runes := utf16.Decode(u)
	out := make([]byte, 0, len(runes)+len(runes)/2)
	for _, r := range runes {
		out = utf8.AppendRune(out, r)
	}
	return out, nil
}
