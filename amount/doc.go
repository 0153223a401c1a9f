// Package amount is the amount stage of readout: it finds the figures an
// article reports, with their unit and what they measure.
//
// It reads the tokens of each sentence (lemmas, tags and dependencies
// when the syntax stage has run; without them it reads word order) and
// adds Document.Amounts. A figure is a number written in digits ("3.4",
// "1,000", "US$50") or in words ("fourteen", "twenty-five", "two
// million"), scaled by "thousand", "million", "billion", "trillion", and
// followed or preceded by a unit: percent ("3.4 percent", "5%"), money
// ("$1.5 billion" -> 1.5e9 USD), people ("at least 71 people", "fourteen
// police officers"), durations ("eighteen months") and measures ("5.7
// million barrels", "160 km"). Numbers without a unit (years, dates,
// resolution numbers) are no amounts. Each amount says what it measures
// ("bilateral trade") and whether it is a change ("increased 3.4 percent"
// -> increase).
//
// Imports: the standard library and readout/document.
package amount
