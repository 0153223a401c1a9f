package syntax

// Features are 64-bit hashes built from small integer atoms (template
// numbers, word hashes, tag numbers). The functions are fixed: models store
// hashed keys, so a change here invalidates every trained model.

// hashString is 64-bit FNV-1a followed by a finaliser.
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return fmix(h)
}

// fmix is the MurmurHash3 64-bit finaliser.
func fmix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

// Odd 64-bit multipliers, one per argument position.
const (
	mulT = 0x9E3779B97F4A7C15
	mulA = 0xC2B2AE3D27D4EB4F
	mulB = 0x165667B19E3779F9
	mulC = 0xD6E8FEB86659FD93
)

// f1, f2 and f3 hash a template number with one to three atoms: each
// argument is multiplied by its own odd constant, the products are XORed
// and the result finalised.
func f1(t, a uint64) uint64       { return fmix(t*mulT ^ a*mulA) }
func f2(t, a, b uint64) uint64    { return fmix(t*mulT ^ a*mulA ^ b*mulB) }
func f3(t, a, b, c uint64) uint64 { return fmix(t*mulT ^ a*mulA ^ b*mulB ^ c*mulC) }
