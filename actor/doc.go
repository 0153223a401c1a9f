// Package actor is the actor stage of readout: it finds the actors each
// sentence mentions and groups the mentions of one actor into an entity
// with its CAMEO code on the article's date.
//
// It reads the tokens of every sentence (document.Token: text, and lemma,
// tag and dependencies when the syntax stage has run; without them it
// falls back on word shape) and the article's date (Document.Published).
// It adds Document.Entities: one entity per person, country, organisation,
// group or place, each with its mentions in text order. A mention is a
// dictionary name ("Vladimir Putin", "Moscow", "the Kremlin"), a name next
// to a title ("Police director Vladimir Rebic"), a description ("the
// Russian president", "the northern neighbor") or a pronoun ("he", "his"),
// the last two resolved to an entity already mentioned. Coordinated actors
// ("China and Russia") and plural descriptions ("the two heads of state")
// become group entities whose Members name the entities they stand for.
//
// Codes come from the lexicon: people through their date-bounded roles,
// countries, institutions, organisations and groups through their records,
// capitals and seats as metonyms, and agent nouns ("police", "protesters")
// combined with the country of a modifier ("Serbian police", "police in
// Belgrade", "police in Basra", "Bavarian police") or, when there is none,
// with the country the article is about. A place a country record lists
// (a city or region: "Basra", "Texas") is a location entity with its
// country's code, never the country itself or its government.
// Every entity names the dictionary line that gave its code (Rule).
//
// Later stages find the entity of a token with Index (NewIndex). The stage
// never fails on a document; it returns an error only for a nil lexicon.
//
// Imports: the standard library, readout/document and readout/lexicon.
package actor
