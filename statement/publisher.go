package statement

import (
	"strings"

	"github.com/readout/readout/actor"
	"github.com/readout/readout/document"
	"github.com/readout/readout/lexicon"
)

// publisher names who publishes a document whose text layer found no wire
// dateline: the office that issued an official readout, a wire the lead
// credits, else the feed's source.
func (c *Coder) publisher(d *document.Document, ix *actor.Index) string {
	if name := c.releaseOffice(d, ix); name != "" {
		return name
	}
	if name := creditedWire(d, ix); name != "" {
		return name
	}
	return d.Source
}

// releaseOffice recognises an official readout or statement (a title
// "Readout of ...", "Statement by ...", "X's Call with Y", "... Meeting
// with ...", or a line
// "... provided the following readout", "The below is attributable to
// ...") and returns the office that issues it: that of its principal, the
// first person the title (else the first sentence) names.
func (c *Coder) releaseOffice(d *document.Document, ix *actor.Index) string {
	if !isRelease(d) {
		return ""
	}
	day, err := lexicon.ParseDay(d.Published)
	if err != nil {
		return ""
	}
	for s := 0; s < len(d.Sentences) && s < 3; s++ {
		for _, m := range ix.Mentions(s) {
			if m.Entity.Type != document.Person {
				continue
			}
			if name := c.officeOf(m.Entity, day); name != "" {
				return name
			}
		}
	}
	return ""
}

// isRelease says whether the document reads as an official release.
func isRelease(d *document.Document) bool {
	title := strings.ToLower(d.Title)
	if strings.HasPrefix(title, "readout") || strings.HasPrefix(title, "statement by") ||
		strings.HasPrefix(title, "statement from") || strings.HasPrefix(title, "joint statement") ||
		strings.HasPrefix(title, "remarks by") || strings.Contains(title, " call with ") ||
		strings.Contains(title, " meeting with ") || strings.Contains(title, "'s call") ||
		strings.Contains(title, "’s call") {
		return true
	}
	for s := 0; s < len(d.Sentences) && s < 4; s++ {
		t := strings.ToLower(d.Sentences[s].Text)
		if strings.Contains(t, "following readout") || strings.Contains(t, "is attributable to") {
			return true
		}
	}
	return false
}

// officeOf returns the office that issues the releases of a person on a
// day, from the role the lexicon gives them.
func (c *Coder) officeOf(e *document.Entity, day lexicon.Day) string {
	words := strings.Fields(e.Name)
	m, ok := c.lex.MatchActor(words, 0)
	if !ok || m.End != len(words) {
		return ""
	}
	res, ok := c.lex.ResolveMatch(m, day)
	if !ok || res.Role == nil || res.Country == "" {
		return ""
	}
	for _, o := range res.Role.Offices.List() {
		for _, ro := range releaseOffices {
			if ro.country == res.Country && ro.office == o {
				return ro.name
			}
		}
	}
	return officeByTitle(res.Country, res.Role.Title)
}

// officeByTitle names the office of other officials of the United States
// by their title: a department's people speak for it ("State Department
// Spokesperson", "Deputy Secretary of Defense"); the President's staff
// (National Security Adviser, Press Secretary) for the White House.
func officeByTitle(country, title string) string {
	if country != "USA" || title == "" {
		return ""
	}
	t := strings.ToLower(title)
	for _, d := range []struct{ word, name string }{
		{"state", "U.S. Department of State"}, {"defense", "U.S. Department of Defense"},
		{"pentagon", "U.S. Department of Defense"}, {"treasury", "U.S. Department of the Treasury"},
	} {
		if strings.Contains(t, d.word) {
			return d.name
		}
	}
	for _, w := range []string{"national security", "white house", "press secretary", "chief of staff", "vice president"} {
		if strings.Contains(t, w) {
			return "The White House"
		}
	}
	return ""
}

// releaseOffices name the offices that issue readouts, by the country and
// office of the official whose call or meeting they report.
var releaseOffices = []struct {
	country string
	office  lexicon.Office
	name    string
}{
	{"USA", lexicon.HeadOfState, "The White House"},
	{"USA", lexicon.HeadOfGovernment, "The White House"},
	{"USA", lexicon.VicePresident, "The White House"},
	{"USA", lexicon.ForeignMinister, "U.S. Department of State"},
	{"USA", lexicon.DefenceMinister, "U.S. Department of Defense"},
	{"USA", lexicon.FinanceMinister, "U.S. Department of the Treasury"},
	{"GBR", lexicon.HeadOfGovernment, "Prime Minister's Office, 10 Downing Street"},
	{"GBR", lexicon.ForeignMinister, "Foreign, Commonwealth & Development Office"},
	{"GBR", lexicon.DefenceMinister, "Ministry of Defence"},
	{"RUS", lexicon.HeadOfState, "The Kremlin"},
	{"RUS", lexicon.ForeignMinister, "Ministry of Foreign Affairs of the Russian Federation"},
	{"CHN", lexicon.ForeignMinister, "Ministry of Foreign Affairs of the People's Republic of China"},
	{"UKR", lexicon.HeadOfState, "Office of the President of Ukraine"},
	{"IND", lexicon.HeadOfGovernment, "Prime Minister's Office"},
	{"IND", lexicon.ForeignMinister, "Ministry of External Affairs"},
	{"JPN", lexicon.HeadOfGovernment, "Prime Minister's Office of Japan"},
	{"JPN", lexicon.ForeignMinister, "Ministry of Foreign Affairs of Japan"},
	{"DEU", lexicon.HeadOfGovernment, "Federal Chancellery"},
	{"FRA", lexicon.HeadOfState, "Élysée Palace"},
	{"CAN", lexicon.HeadOfGovernment, "Prime Minister's Office"},
	{"AUS", lexicon.HeadOfGovernment, "Prime Minister of Australia"},
}

// creditedWire returns the news organisation the lead credits as the
// source of the whole text: "(Reuters)" as a line of its own, or "...
// reported by Xinhua" in the first sentence of the body.
func creditedWire(d *document.Document, ix *actor.Index) string {
	first := 0
	if d.Title != "" && len(d.Sentences) > 1 {
		first = 1
	}
	for s := first; s < len(d.Sentences) && s <= first+1; s++ {
		toks := d.Sentences[s].Tokens
		for _, m := range ix.Mentions(s) {
			if !isMedia(m.Entity.Actor) {
				continue
			}
			alone := m.Start == 1 && m.End == len(toks)-1 && toks[0].Text == "("
			by := m.Start >= 2 && strings.EqualFold(toks[m.Start-1].Text, "by") &&
				strings.EqualFold(toks[m.Start-2].Text, "reported")
			if alone || by {
				return m.Entity.Name
			}
		}
	}
	return ""
}
