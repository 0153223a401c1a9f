package lexicon

import "strings"

// Pattern is one compiled event pattern, from readout's events/*.dict or a
// PETRARCH verb dictionary. An event coder finds the anchor (a verb or noun
// whose lemma is one of Anchor's) in a dependency parse, then matches Pre
// against the anchor's subject side and Post, in order, against its
// dependents. See Item for what each kind of item asks for.
type Pattern struct {
	// Code is the CAMEO event code the pattern gives; "" is PETRARCH's
	// null code "---" (the pattern matches but gives no event).
	Code string
	// Passive is PETRARCH's second code of "[active:passive]" (043 of
	// "[042:043]"): the event coded with source and target swapped. "" when
	// there is none.
	Passive string
	// Reverse is a readout pattern's second code ("042:043 visit TGT"):
	// the event the target does towards the source at the same time (the
	// host of a visit). "" when there is none; PETRARCH patterns have none.
	Reverse string
	Anchor  Anchor
	// Subject is the role of the anchor's subject (for a noun anchor: its
	// possessor or modifier). SlotSource unless a slot before the anchor
	// says otherwise; PETRARCH "%" before the verb gives SlotCompound.
	Subject Slot
	// Pre holds the items written before the anchor, in text order.
	// readout: at most the one leading slot. PETRARCH: nouns, {noun
	// phrases}, (prepositional phrases) and markers before "*".
	Pre []Item
	// Post holds the items written after the anchor, in text order.
	Post []Item
	// Block is PETRARCH's verb block ("ARRANGE" of "--- ARRANGE [---] ---");
	// "" for readout patterns.
	Block  string
	Text   string // the pattern as written, without its code
	Format Format
	Pos    Pos // file:line of the pattern (Pos.Rule() for Evidence.Rule)
}

// Anchor is the head word of a pattern: alternatives that all share the
// pattern. Noun anchors are written "visit.n" and adjective anchors
// "ready.a" in readout patterns; PETRARCH anchors are always verbs.
type Anchor struct {
	Alts []AnchorWord
	Noun bool
	// Adj marks an adjective anchor: the head of a copular clause ("is
	// ready to"), a complement ("stands ready to") or a modifier.
	Adj bool
}

// AnchorWord is one anchor alternative. Words holds a multi-word anchor in
// text order ("ask for", "re arrest", "cordon off") with the head (the verb,
// noun or adjective itself) at Words[Head]: the first word of a verb, the
// last of a noun or adjective.
type AnchorWord struct {
	Words []string // lower-case lemmas
	Head  int
	// Forms are the inflected forms of the head a PETRARCH dictionary
	// lists or implies (lower case); readout anchors have none, lemmas
	// are enough.
	Forms []string
}

// Lemma returns the head lemma.
func (a AnchorWord) Lemma() string { return a.Words[a.Head] }

// Slot is an actor position in a pattern.
type Slot uint8

// Slots.
const (
	NoSlot       Slot = iota
	SlotSource        // readout SRC, PETRARCH $
	SlotTarget        // readout TGT, PETRARCH +
	SlotCompound      // PETRARCH %: a compound actor, each part both source and target
)

func (s Slot) String() string {
	switch s {
	case SlotSource:
		return "SRC"
	case SlotTarget:
		return "TGT"
	case SlotCompound:
		return "%"
	}
	return ""
}

// ItemKind says what an Item matches.
type ItemKind uint8

// Item kinds.
const (
	// ItemWord matches one word whose lemma is one of Alts (a multi-word
	// alternative matches a head, its last word, with the earlier words as
	// its modifiers). In PETRARCH patterns a bare word is a noun head.
	ItemWord ItemKind = iota
	// ItemPhrase is a PETRARCH {noun phrase}: Items are its words in
	// order, the last one the head, the others its modifiers.
	ItemPhrase
	// ItemPrep is a preposition (Alts) with its object(s) in Items: PETRARCH
	// "(IN ^)", readout "with TGT" (a preposition written right before a
	// word, slot or "*"). A readout preposition may also be read as a
	// particle ("put off talks"): a matcher that finds no prepositional
	// phrase may try the particle and then the object as a dependent of
	// the anchor.
	ItemPrep
	// ItemSlot is where the source or target actor is (Slot). Roles may
	// restrict it to actors of some roles or countries (readout
	// "SRC:MIL|COP").
	ItemSlot
	// ItemAny is readout "*": any one word.
	ItemAny
	// ItemGroup is a readout "[...]" optional group; Items are its content.
	ItemGroup
	// ItemSkip is PETRARCH "^": skip the next noun phrase; an actor in it
	// is neither source nor target.
	ItemSkip
	// ItemCompound is PETRARCH "%": a compound actor ("X and Y") that is
	// both source and target.
	ItemCompound
)

var itemKindNames = [...]string{"word", "phrase", "prep", "slot", "any", "group", "skip", "compound"}

func (k ItemKind) String() string {
	if int(k) < len(itemKindNames) {
		return itemKindNames[k]
	}
	return "item"
}

// Item is one element of a pattern.
type Item struct {
	Kind ItemKind
	Slot Slot // ItemSlot
	// Adjacent is set for legacy PETRARCH patterns written with "_": the
	// item is joined to its neighbour on the anchor's side (the element
	// before it after the anchor, the element after it before the anchor)
	// with no words between.
	Adjacent bool
	// InGroup is set for readout items written inside an optional group
	// "[...]", at any depth. A readout slot outside every group is
	// required: it must name an actor.
	InGroup bool
	noun    bool // readout: written with ".n" (allowed on the anchor only)
	adj     bool // readout: written with ".a" (allowed on the anchor only)
	Col     int  // byte column in the pattern's line, for messages
	// Alts are the word alternatives (ItemWord, ItemPrep), each a phrase
	// of lower-case words. A PETRARCH synset gives its members (and the
	// plurals PETRARCH derives).
	Alts [][]string
	// Synset names the PETRARCH synset the alternatives came from
	// ("&CURRENCY"), "" otherwise.
	Synset string
	Items  []Item // ItemPhrase, ItemPrep, ItemGroup
	// Roles restrict a readout slot to actors whose code holds one of
	// these three-letter segments after its country (MIL of RUSMIL) or
	// starts with it (a country or international code: USA, IGO). Nil:
	// any actor.
	Roles []string
}

// Required reports whether a readout slot must be filled by a phrase that
// names an actor: it is written outside every optional group.
func (it *Item) Required() bool { return it.Kind == ItemSlot && !it.InGroup }

// Optional reports whether the item may be absent.
func (it *Item) Optional() bool { return it.Kind == ItemGroup }

// String writes the pattern back in its own format's notation.
func (p *Pattern) String() string {
	if p.Text != "" {
		return p.Text
	}
	return p.Anchor.String()
}

// String writes the anchor alternatives joined with "|".
func (a Anchor) String() string {
	parts := make([]string, len(a.Alts))
	for i, w := range a.Alts {
		parts[i] = strings.Join(w.Words, "_")
	}
	s := strings.Join(parts, "|")
	switch {
	case a.Noun:
		s += ".n"
	case a.Adj:
		s += ".a"
	}
	return s
}

// Lemmas returns the head lemma of each anchor alternative.
func (a Anchor) Lemmas() []string {
	out := make([]string, len(a.Alts))
	for i, w := range a.Alts {
		out[i] = w.Lemma()
	}
	return out
}

// Specificity counts the items a match must satisfy (words, slots,
// phrases, prepositions; optional groups count for nothing). Matchers use
// it to prefer the more specific of two patterns that both match.
func (p *Pattern) Specificity() int {
	return countItems(p.Pre) + countItems(p.Post)
}

func countItems(items []Item) int {
	n := 0
	for i := range items {
		switch it := &items[i]; it.Kind {
		case ItemGroup:
		case ItemPhrase, ItemPrep:
			n += 1 + countItems(it.Items)
		default:
			n++
		}
	}
	return n
}

// hasWord reports whether items hold any word (not only slots and markers).
func hasWord(items []Item) bool {
	for i := range items {
		switch it := &items[i]; it.Kind {
		case ItemWord, ItemPrep, ItemPhrase:
			return true
		case ItemGroup:
			if hasWord(it.Items) {
				return true
			}
		}
	}
	return false
}

// Describe writes the compiled pattern in one notation for both formats:
// items before the anchor, the anchor in <...> (".n" for a noun, ".a" for
// an adjective), the items after it, then "=> CODE[:PASSIVE]" (readout:
// "=> CODE[:REVERSE]"). A preposition with its objects is
// written "(with TGT)", a noun phrase "{joint exercise}", an optional group
// "[...]", a synset "&NAME", readout's "*" as ANY, and an item joined by
// "_" to its neighbour on the anchor's side gets a leading "~".
func (p *Pattern) Describe() string {
	var b strings.Builder
	writeItems(&b, p.Pre)
	if len(p.Pre) > 0 {
		b.WriteByte(' ')
	}
	b.WriteString("<" + p.Anchor.String() + ">")
	if len(p.Post) > 0 {
		b.WriteByte(' ')
		writeItems(&b, p.Post)
	}
	code := p.Code
	if code == "" {
		code = "---"
	}
	if p.Passive != "" {
		code += ":" + p.Passive
	}
	if p.Reverse != "" {
		code += ":" + p.Reverse
	}
	b.WriteString(" => " + code)
	return b.String()
}

func writeItems(b *strings.Builder, items []Item) {
	for i := range items {
		if i > 0 {
			b.WriteByte(' ')
		}
		writeItem(b, &items[i])
	}
}

func writeItem(b *strings.Builder, it *Item) {
	if it.Adjacent {
		b.WriteByte('~')
	}
	switch it.Kind {
	case ItemWord:
		writeAlts(b, it)
	case ItemPhrase:
		b.WriteByte('{')
		writeItems(b, it.Items)
		b.WriteByte('}')
	case ItemPrep:
		b.WriteByte('(')
		writeAlts(b, it)
		if len(it.Items) > 0 {
			b.WriteByte(' ')
			writeItems(b, it.Items)
		}
		b.WriteByte(')')
	case ItemSlot:
		b.WriteString(it.Slot.String())
		if len(it.Roles) > 0 {
			b.WriteString(":" + strings.Join(it.Roles, "|"))
		}
	case ItemAny:
		b.WriteString("ANY")
	case ItemGroup:
		b.WriteByte('[')
		writeItems(b, it.Items)
		b.WriteByte(']')
	case ItemSkip:
		b.WriteByte('^')
	case ItemCompound:
		b.WriteByte('%')
	}
}

func writeAlts(b *strings.Builder, it *Item) {
	if it.Synset != "" {
		b.WriteString(it.Synset)
		return
	}
	for i, alt := range it.Alts {
		if i > 0 {
			b.WriteByte('|')
		}
		b.WriteString(strings.Join(alt, "_"))
	}
}
