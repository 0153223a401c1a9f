package syntax

import "fmt"

// Direct features. A third of the transition model's templates are over
// small closed sets of atoms: tags, arc labels, distance buckets,
// valencies and mid-level clusters. Hashing such a feature and probing the
// table for it costs as much as for a rare word pair. So the parser keeps
// those templates a second way: once, when the model is loaded, every
// combination of atom values is looked up in the table, and the slot found
// is stored in an array indexed by the atoms. Parsing then reads one array
// element per feature, with no hash and no probe. The slots are the
// table's own, fingerprint clashes included, so the scores are exactly
// those of the hashed features. Training hashes every feature, as before.
//
// The label model's templates over tags and labels were tried the same
// way (16 of its 52 features, 1.3 MB of slots) and made no measurable
// difference, so the label model hashes all its features.

// atomKind is the closed set an atom of a direct template comes from.
type atomKind uint8

const (
	atomNone    atomKind = iota // no atom (one-atom templates)
	atomTag                     // a joint tag: 11 root, 12 none, 100+tag
	atomLabel                   // an arc label, 99 for none
	atomSmall                   // a distance bucket or a capped valency, 0..7
	atomCluster                 // a mid-level cluster: 0 unknown, 11 root, 12 none, 1<<20+id
	numAtomKinds
)

// Atom values of the root and of missing positions (rootAtom, noneAtom)
// and the bases of tag and cluster atoms.
const (
	atomRoot      = 11
	atomMissing   = 12
	noLabel       = 99
	tagAtomBase   = 100
	clusterIDBase = 1 << 20
	smallAtoms    = 8
)

// tagIndex and clusterIndex give a tag or cluster atom's place in its
// domain; atomValue is the inverse for every kind.
func tagIndex(t uint64) uint32 {
	if t < tagAtomBase {
		return uint32(t - atomRoot)
	}
	return uint32(t-tagAtomBase) + 2
}

func clusterIndex(c uint64) uint32 {
	switch {
	case c >= clusterIDBase:
		return uint32(c-clusterIDBase) + 3
	case c == 0:
		return 0
	}
	return uint32(c-atomRoot) + 1
}

func atomValue(k atomKind, i uint32) uint64 {
	v := uint64(i)
	switch k {
	case atomTag:
		if i < 2 {
			return atomRoot + v
		}
		return tagAtomBase + v - 2
	case atomCluster:
		if i == 0 {
			return 0
		}
		if i < 3 {
			return atomRoot + v - 1
		}
		return clusterIDBase + v - 3
	}
	return v
}

// directTemplate is a template number and the kinds of its one or two
// atoms.
type directTemplate struct {
	id   uint64
	a, b atomKind // b is atomNone for a one-atom template
}

// atomPair is the atom indices of one direct feature.
type atomPair [2]uint32

// hash returns the feature of template t with atoms x, exactly as the
// hashed template makes it.
func (t directTemplate) hash(x atomPair) uint64 {
	if t.b == atomNone {
		return f1(t.id, atomValue(t.a, x[0]))
	}
	return f2(t.id, atomValue(t.a, x[0]), atomValue(t.b, x[1]))
}

// domains gives the size of each atom kind's domain.
type domains [numAtomKinds]uint32

// newDomains returns the domains for a tag set of ntags and nmid
// mid-level clusters.
func newDomains(ntags, nmid int) domains {
	return domains{
		atomNone: 1, atomTag: uint32(ntags) + 2, atomLabel: noLabel + 1,
		atomSmall: smallAtoms, atomCluster: uint32(nmid) + 3,
	}
}

// directTable holds the slots of an inline table's direct templates:
// template k's slot for atoms x is slots[base[k] + x[0]*mul[k] + x[1]].
type directTable struct {
	base, mul []uint32
	slots     []uint32
}

// newDirectTable looks up every combination of atoms of templates in t.
func newDirectTable(t *table, templates []directTemplate, dom domains) (*directTable, error) {
	if !t.inline {
		return nil, fmt.Errorf("direct features need a table of at most %d classes, not %d", maxInline, t.nclass)
	}
	d := &directTable{}
	n := uint64(0)
	for _, tp := range templates {
		d.base = append(d.base, uint32(n))
		d.mul = append(d.mul, dom[tp.b])
		n += uint64(dom[tp.a]) * uint64(dom[tp.b])
	}
	if n > 1<<24 {
		return nil, fmt.Errorf("direct features: %d slots", n)
	}
	d.slots = make([]uint32, n)
	for k, tp := range templates {
		var x atomPair
		for x[0] = range dom[tp.a] {
			for x[1] = range dom[tp.b] {
				d.slots[d.base[k]+x[0]*d.mul[k]+x[1]] = t.lookupInline(tp.hash(x))
			}
		}
	}
	return d, nil
}

// lookupInline returns the slot feature f scores with (0 for none).
func (t *table) lookupInline(f uint64) uint32 {
	s := t.islots[t.home(f)]
	if fp := fp8(f); s&0xff != fp {
		return t.probeInline(f, fp, s)
	}
	return s
}

// score adds the weights of the direct features x (one per template).
func (d *directTable) score(x []atomPair, scores *scoreBuf) {
	var s0, s1, s2 int32
	base, mul := d.base[:len(x)], d.mul[:len(x)]
	for k, p := range x {
		s := d.slots[base[k]+p[0]*mul[k]+p[1]]
		s0 += int32(int8(s >> 8))
		s1 += int32(int8(s >> 16))
		s2 += int32(int8(s >> 24))
	}
	scores[0] += s0
	scores[1] += s1
	scores[2] += s2
}

// appendHashes appends the hashed form of the direct features x.
func appendHashes(templates []directTemplate, x []atomPair, out []uint64) []uint64 {
	for k, p := range x {
		out = append(out, templates[k].hash(p))
	}
	return out
}
