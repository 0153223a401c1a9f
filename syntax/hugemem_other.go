//go:build !linux

package syntax

// tableWords returns a zeroed slice of n words for the slots of t; see
// the Linux version for why it exists.
func tableWords[T uint32 | uint64](t *table, n int) []T { return make([]T, n) }
