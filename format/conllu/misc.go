package conllu

import "strings"

// MiscField is one Key=Value item of a MISC field. A bare item without '='
// has an empty Value and NoValue set.
type MiscField struct {
	Key, Value string
	NoValue    bool
}

// ParseMisc splits a MISC field into its items; "_" and "" give none.
func ParseMisc(misc string) []MiscField {
	if misc == "" || misc == "_" {
		return nil
	}
	parts := strings.Split(misc, "|")
	out := make([]MiscField, 0, len(parts))
	for _, p := range parts {
		k, v, ok := strings.Cut(p, "=")
		out = append(out, MiscField{Key: k, Value: v, NoValue: !ok})
	}
	return out
}

// FormatMisc joins items back into a MISC field; none gives "_".
func FormatMisc(fields []MiscField) string {
	if len(fields) == 0 {
		return "_"
	}
	var b strings.Builder
	for i, f := range fields {
		if i > 0 {
			b.WriteByte('|')
		}
		b.WriteString(f.Key)
		if !f.NoValue {
			b.WriteByte('=')
			b.WriteString(f.Value)
		}
	}
	return b.String()
}

// MiscValue returns the value of key in a MISC field.
func MiscValue(misc, key string) (string, bool) {
	for misc != "" {
		var item string
		item, misc, _ = strings.Cut(misc, "|")
		if k, v, ok := strings.Cut(item, "="); ok && k == key {
			return v, true
		}
	}
	return "", false
}

// SetMisc returns misc with key set to value (added at the end when absent).
func SetMisc(misc, key, value string) string {
	fields := ParseMisc(misc)
	for i := range fields {
		if fields[i].Key == key {
			fields[i].Value, fields[i].NoValue = value, false
			return FormatMisc(fields)
		}
	}
	return FormatMisc(append(fields, MiscField{Key: key, Value: value}))
}

// DeleteMisc returns misc without key.
func DeleteMisc(misc, key string) string {
	fields := ParseMisc(misc)
	out := fields[:0]
	for _, f := range fields {
		if f.Key != key {
			out = append(out, f)
		}
	}
	return FormatMisc(out)
}

// HasSpaceAfterNo reports whether a MISC field says SpaceAfter=No.
func HasSpaceAfterNo(misc string) bool {
	v, ok := MiscValue(misc, "SpaceAfter")
	return ok && v == "No"
}
