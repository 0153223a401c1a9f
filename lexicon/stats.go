package lexicon

// Stats counts what a lexicon holds.
type Stats struct {
	Actors        int
	Countries     int
	Institutions  int
	Persons       int
	Organizations int
	Groups        int
	Roles         int // person roles (PETRARCH: dated codes)
	Names         int // actor name entries in the index
	Agents        int
	Codes         int
	Patterns      int
	VerbPatterns  int
	NounPatterns  int
	Anchors       int // distinct anchor words
	Discards      int
	Topics        int
	Issues        int
	Transforms    int
	PerCountry    map[string]*CountryStats // by CAMEO country code
	PerRoot       map[string]*RootStats    // by CAMEO root, "--" for null-coded PETRARCH patterns
}

// CountryStats counts the actors of one country.
type CountryStats struct {
	Name         string
	Institutions int
	Persons      int
	Roles        int
	Names        int // names of the country record: names, adjectives, demonyms, capitals, seats, places
}

// RootStats counts the codes and patterns of one CAMEO root.
type RootStats struct {
	Codes    int
	Patterns int
}

// Stats counts the lexicon's entries.
func (l *Lexicon) Stats() Stats {
	s := Stats{
		Actors: len(l.Actors), Names: len(l.nameRefs), Agents: len(l.Agents), Codes: len(l.Codes),
		Patterns: len(l.Patterns), Anchors: len(l.anchors), Discards: len(l.Discards), Topics: len(l.Topics),
		Issues: len(l.Issues), Transforms: len(l.Transforms),
		PerCountry: map[string]*CountryStats{}, PerRoot: map[string]*RootStats{},
	}
	country := func(code string) *CountryStats {
		c := s.PerCountry[code]
		if c == nil {
			c = &CountryStats{}
			s.PerCountry[code] = c
		}
		return c
	}
	for _, a := range l.Actors {
		s.countActor(a)
		if a.Country == "" {
			continue
		}
		c := country(a.Country)
		switch a.Type {
		case Country:
			c.Name = a.Name
			c.Names = len(a.AllNames())
		case Institution:
			c.Institutions++
		case Person:
			c.Persons++
			c.Roles += len(a.Roles)
		}
	}
	root := func(r string) *RootStats {
		if r == "" {
			r = "--"
		}
		if s.PerRoot[r] == nil {
			s.PerRoot[r] = &RootStats{}
		}
		return s.PerRoot[r]
	}
	for code := range l.Codes {
		root(Root(code)).Codes++
	}
	for _, p := range l.Patterns {
		root(Root(p.Code)).Patterns++
		if p.Anchor.Noun {
			s.NounPatterns++
		} else {
			s.VerbPatterns++
		}
	}
	return s
}

func (s *Stats) countActor(a *Actor) {
	switch a.Type {
	case Country:
		s.Countries++
	case Institution:
		s.Institutions++
	case Person:
		s.Persons++
	case Organization:
		s.Organizations++
	case Group:
		s.Groups++
	}
	s.Roles += len(a.Roles)
}
