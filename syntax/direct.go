package syntax

import "fmt"

// Direct features. Many of the parser's templates are over small closed
// sets of atoms: tags, arc labels, distance buckets, valencies, clusters.
// Hashing such a feature and probing the table for it costs as much as for
// a rare word pair, and the probe's unpredictable branch costs most. So
// the parser keeps those templates a second way: once, when the model is
// loaded, every combination of atom values is looked up in the table, and
// the slot found is stored in an array indexed by the atoms. Parsing then
// reads one array element per feature, with no hash and no probe. The
// slots are the table's own, fingerprint clashes included, so the scores
// are exactly those of the hashed features. Training hashes every
// feature, as before.

// atomKind is the closed set an atom of a direct template comes from.
type atomKind uint8

const (
	atomNone    atomKind = iota // no atom (templates of fewer atoms)
	atomTag                     // a joint tag: 11 root, 12 none, 100+tag
	atomLabel                   // an arc label, 99 for none
	atomSmall                   // a distance bucket or a capped valency, 0..7
	atomCluster                 // a mid-level cluster: 0 unknown, 11 root, 12 none, 1<<20+id
	atomCoarse                  // a coarse cluster: 0 unknown, 1+id, 11 root, 12 none
	atomDir                     // the arc's direction: actLeft or actRight
	atomValency                 // left and right valencies, nl<<4 | nr
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

// tagIndex and clusterIndex give a tag or mid-level cluster atom's place
// in its domain; atomValue is the inverse for every kind.
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
	case atomDir:
		return actLeft + v
	}
	return v
}

// directTemplate is a template number and the kinds of its one to three
// atoms (atomNone after the last).
type directTemplate struct {
	id    uint64
	kinds [3]atomKind
}

// atoms is the atom indices of one direct feature.
type atoms [3]uint32

// hash returns the feature of template t with atoms x, exactly as the
// hashed template makes it.
func (t directTemplate) hash(x atoms) uint64 {
	a, b, c := atomValue(t.kinds[0], x[0]), atomValue(t.kinds[1], x[1]), atomValue(t.kinds[2], x[2])
	switch {
	case t.kinds[1] == atomNone:
		return f1(t.id, a)
	case t.kinds[2] == atomNone:
		return f2(t.id, a, b)
	}
	return f3(t.id, a, b, c)
}

// domains gives the size of each atom kind's domain.
type domains [numAtomKinds]uint32

// newDomains returns the domains for a tag set of ntags and ncoarse and
// nmid clusters.
func newDomains(ntags, ncoarse, nmid int) domains {
	return domains{
		atomNone: 1, atomTag: uint32(ntags) + 2, atomLabel: noLabel + 1, atomSmall: smallAtoms,
		atomCluster: uint32(nmid) + 3, atomCoarse: uint32(max(ncoarse+1, atomMissing+1)),
		atomDir: 2, atomValency: (smallAtoms-1)<<4 | smallAtoms,
	}
}

// directTable holds the slots of a table's direct templates: template k's
// slot for atoms x is at base[k] + (x[0]*mul[k][0] + x[1])*mul[k][1] +
// x[2] in islots (an inline table) or slots.
type directTable struct {
	t      *table
	base   []uint32
	mul    [][2]uint32
	islots []uint32
	slots  []uint64
}

// maxDirect is the most direct templates a table may have.
const maxDirect = 64

// newDirectTable looks up every combination of atoms of templates in t.
func newDirectTable(t *table, templates []directTemplate, dom domains) (*directTable, error) {
	if len(templates) > maxDirect {
		return nil, fmt.Errorf("%d direct templates, at most %d", len(templates), maxDirect)
	}
	d := &directTable{t: t}
	n := uint64(0)
	for _, tp := range templates {
		d.base = append(d.base, uint32(n))
		d.mul = append(d.mul, [2]uint32{dom[tp.kinds[1]], dom[tp.kinds[2]]})
		n += uint64(dom[tp.kinds[0]]) * uint64(dom[tp.kinds[1]]) * uint64(dom[tp.kinds[2]])
	}
	if n > 1<<24 {
		return nil, fmt.Errorf("direct features: %d slots", n)
	}
	if t.inline {
		d.islots = make([]uint32, n)
	} else {
		d.slots = make([]uint64, n)
	}
	for k, tp := range templates {
		var x atoms
		for x[0] = range dom[tp.kinds[0]] {
			for x[1] = range dom[tp.kinds[1]] {
				for x[2] = range dom[tp.kinds[2]] {
					i, f := d.index(k, x), tp.hash(x)
					if t.inline {
						d.islots[i] = t.lookupInline(f)
					} else {
						d.slots[i] = t.lookupEntry(f)
					}
				}
			}
		}
	}
	return d, nil
}

func (d *directTable) index(k int, x atoms) uint32 {
	m := d.mul[k]
	return d.base[k] + (x[0]*m[0]+x[1])*m[1] + x[2]
}

// lookupInline and lookupEntry return the slot feature f scores with (0 for
// none).
func (t *table) lookupInline(f uint64) uint32 {
	s := t.islots[t.home(f)]
	if fp := fp8(f); s&0xff != fp {
		return t.probeInline(f, fp, s)
	}
	return s
}

func (t *table) lookupEntry(f uint64) uint64 {
	s := t.slots[t.home(f)]
	if fp := fp16(f); s&0xffff != fp {
		return t.probeEntries(f, fp, s)
	}
	return s
}

// score adds the weights of the direct features x (one per template).
func (d *directTable) score(x []atoms, scores *scoreBuf) {
	if d.t.inline {
		d.scoreInline(x, scores)
		return
	}
	var found [maxDirect]uint64
	var acc denseAcc
	n := 0
	for k := range x {
		if s := d.slots[d.index(k, x[k])]; s != 0 {
			found[n] = s
			n++
		}
	}
	d.t.addSlots(found[:n], scores, &acc)
	acc.flush(scores, d.t.nclass, d.t.nw)
}

func (d *directTable) scoreInline(x []atoms, scores *scoreBuf) {
	var s0, s1, s2 int32
	for k := range x {
		s := d.islots[d.index(k, x[k])]
		s0 += int32(int8(s >> 8))
		s1 += int32(int8(s >> 16))
		s2 += int32(int8(s >> 24))
	}
	scores[0] += s0
	scores[1] += s1
	scores[2] += s2
}

// appendHashes appends the hashed form of the direct features x.
func appendHashes(templates []directTemplate, x []atoms, out []uint64) []uint64 {
	for k := range x {
		out = append(out, templates[k].hash(x[k]))
	}
	return out
}
