package lexicon

// ValidActorCode reports whether s is a well-formed CAMEO actor code: one
// or more three-character segments of upper-case letters and digits
// (CHN, CHNGOV, NGAREBIRG, IGOUNO).
func ValidActorCode(s string) bool {
	if len(s) == 0 || len(s)%3 != 0 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < 'A' || c > 'Z') && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// ValidEventCode reports whether s is written like a CAMEO event code: two
// to four digits (02, 041, 0211).
func ValidEventCode(s string) bool {
	return len(s) >= 2 && len(s) <= 4 && allDigits(s)
}

// Root returns the CAMEO root of an event code: its first two digits
// ("041" -> "04"), or "" when the code is too short.
func Root(code string) string {
	if len(code) < 2 {
		return ""
	}
	return code[:2]
}

// RoleCodes are the three-letter CAMEO codes that describe a role or sector
// (the part after the country: CHNGOV, RUSMIL). Readout's own agents use
// these; lint warns about a segment outside this list and the country,
// region and international codes.
var RoleCodes = setOf(
	// primary roles
	"COP", "GOV", "INS", "JUD", "MIL", "OPP", "PTY", "REB", "SEP", "SPY", "UAF",
	// secondary roles and sectors
	"AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI",
	"JOU", "LAB", "LEG", "MED", "MOD", "RAD", "REF", "IGO", "NGO", "ADM",
	"SET", "RES", "NGM", "IMG", "MNC", "UIS", "CHR", "MOS", "JEW", "BUD",
	"HIN", "SHI", "SUN", "CTH", "ORT", "PRO", "CPT", "ATH", "BAH", "CON",
	"JAN", "SIK", "TAO", "ZRO", "DRZ", "ALE", "SFI", "ITH", "MEL", "REL",
	"PRM", "PRS", "FRM", "AMB", "ATG", "INT", "TOP", "MID", "LOC", "HRT",
	"VIP", "ETH", "KUR", "BRD", "MBR", "CIV", "NON",
)

// InternationalCodes are the CAMEO codes for actors above or across states
// and for regions; they may start a code where a country code would.
var InternationalCodes = setOf(
	"IGO", "IMG", "INT", "MNC", "NGM", "NGO", "UIS", "UNO", "EEC",
	"AFR", "ASA", "BLK", "BAL", "CAF", "CAS", "CAU", "CRB", "CEU", "EAF",
	"EEU", "EIN", "EUR", "LAM", "MDT", "MEA", "NAF", "NMR", "PGS", "SAF",
	"SAM", "SAS", "SCN", "SEA", "WAF", "WEU", "WST", "NAM", "DEV", "OCE",
	"SOC",
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
