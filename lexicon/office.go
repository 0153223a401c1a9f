package lexicon

import "strings"

// Office is one of the office keys of the dictionary format
// (head-of-state, foreign-minister, ...).
type Office uint8

// Office keys, in the order the format documents them.
const (
	HeadOfState Office = iota
	HeadOfGovernment
	VicePresident
	DeputyHeadOfGovernment
	ForeignMinister
	DefenceMinister
	FinanceMinister
	InteriorMinister
	Minister
	PartyLeader
	OppositionLeader
	Speaker
	Legislator
	Spokesperson
	MilitaryChief
	CentralBankGovernor
	Judge
	Ambassador
	Official
	SecretaryGeneral
	Monarch
	Royal
	ReligiousLeader
	RebelLeader
	OtherOffice
	numOffices
)

var officeNames = [numOffices]string{
	"head-of-state", "head-of-government", "vice-president",
	"deputy-head-of-government", "foreign-minister", "defence-minister",
	"finance-minister", "interior-minister", "minister", "party-leader",
	"opposition-leader", "speaker", "legislator", "spokesperson",
	"military-chief", "central-bank-governor", "judge", "ambassador",
	"official", "secretary-general", "monarch", "royal", "religious-leader",
	"rebel-leader", "other",
}

// String returns the office key as dictionaries write it.
func (o Office) String() string {
	if o < numOffices {
		return officeNames[o]
	}
	return "office(" + pad(int(o), 1) + ")"
}

// ParseOffice returns the Office of a key such as "foreign-minister".
func ParseOffice(key string) (Office, bool) {
	for i, n := range officeNames {
		if n == key {
			return Office(i), true
		}
	}
	return 0, false
}

// Offices is a set of offices.
type Offices uint32

// Has reports whether o is in the set.
func (s Offices) Has(o Office) bool { return s&(1<<o) != 0 }

// With returns the set with o added.
func (s Offices) With(o Office) Offices { return s | 1<<o }

// List returns the offices in the set, in key order.
func (s Offices) List() []Office {
	var out []Office
	for o := Office(0); o < numOffices; o++ {
		if s.Has(o) {
			out = append(out, o)
		}
	}
	return out
}

// String joins the keys with commas.
func (s Offices) String() string {
	var parts []string
	for _, o := range s.List() {
		parts = append(parts, o.String())
	}
	return strings.Join(parts, ",")
}

// parseOffices reads "head-of-state,head-of-government",
// "acting-head-of-state" or "joint-head-of-state"; acting and joint hold
// the offices written with those prefixes.
func parseOffices(s string) (offices, acting, joint Offices, bad string) {
	for rest := s; rest != ""; {
		var key string
		key, rest, _ = strings.Cut(rest, ",")
		isActing, isJoint := strings.HasPrefix(key, "acting-"), strings.HasPrefix(key, "joint-")
		o, ok := ParseOffice(strings.TrimPrefix(strings.TrimPrefix(key, "acting-"), "joint-"))
		if !ok {
			return 0, 0, 0, key
		}
		offices = offices.With(o)
		if isActing {
			acting = acting.With(o)
		}
		if isJoint {
			joint = joint.With(o)
		}
	}
	return offices, acting, joint, ""
}
