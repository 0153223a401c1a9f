package text

// Word lists used by the tokeniser and the sentence splitter. Keys are
// written without their final period and compared case-sensitively unless
// noted.

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// titles are abbreviations that stand before a name or number and so never
// end a sentence ("Lt. Gen. Smith", "Dr. Li", "Mt. Everest").
var titles = set(
	"Mr", "Mrs", "Ms", "Messrs", "Mmes", "Mme", "Mlle", "Dr", "Drs", "Prof", "Profs",
	"Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Cdr", "Adm", "Sgt", "Cpl", "Pvt",
	"Brig", "Maj-Gen", "Lt-Gen", "Rep", "Reps", "Sen", "Sens", "Gov", "Govs", "Pres",
	"Amb", "Rev", "Revd", "Hon", "Fr", "Sra", "Srta", "Mt", "Supt", "Insp", "Det",
	"Gens", "Atty", "Secy", "Cllr", "Rt",
)

// numberTitles are abbreviations only when a number follows ("No. 1",
// "Art. 5"); elsewhere "No." is a word and a period.
var numberTitles = set("No", "Nos", "no", "nos", "Art", "Arts", "art", "Fig", "Figs", "fig", "figs",
	"Vol", "Vols", "vol", "vols", "p", "pp", "Ch", "ch", "Sec", "sec", "Para", "para", "Nr", "nr")

// abbreviations end with a period that is not a full stop unless a
// sentence plainly starts after them ("Apple Inc. said", "in the U.S. The").
var abbreviations = set(
	// companies and names
	"Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Plc", "Jr", "Sr", "St", "Ste", "Ft", "Snr", "Jnr", "Esq", "Assn", "Assoc",
	"Dept", "Univ", "Inst", "Intl", "Natl", "Govt", "Mfg",
	// months and days
	"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
	"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
	// places
	"Ave", "Blvd", "Rd", "Hwy", "Pl", "Sq", "Ct", "Pk", "Rte", "Apt", "Bldg",
	"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind",
	"Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Mo", "Mont",
	"Neb", "Nebr", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt",
	"Wash", "Wis", "Wisc", "Wyo", "Ont", "Que", "Alta", "Sask",
	// common lower-case abbreviations
	"etc", "vs", "v", "al", "approx", "est", "cf", "ca", "viz", "resp", "incl",
	"min", "mins", "max", "hr", "hrs", "yr", "yrs", "mo", "mos", "wk", "wks",
	"tel", "ext", "ed", "eds", "trans", "misc", "dept", "govt", "pct", "Pct",
	"oz", "lb", "lbs", "ft", "sq", "cu", "cm", "km", "mi", "kg", "doz",
	"Ph", "Attn", "Ref", "Op", "Cie",
)

// hyphenPrefixes keep their hyphen inside the word, as the UD English
// treebanks do ("e-mail", "pre-war", "non-Muslim", "mid-July").
var hyphenPrefixes = set(
	"e", "non", "anti", "re", "pro", "pre", "post", "mid", "co", "over", "ex",
	"multi", "cross", "semi", "counter", "sub", "psycho", "neo", "mis", "socio",
	"intra", "inter", "un", "micro", "macro", "arch", "vice", "bi", "tri", "de",
	"extra", "ultra", "infra", "trans", "pseudo", "mega", "hyper", "auto",
)

// starters are words that commonly begin a sentence; after an abbreviation
// ("... the U.S. The ...") only such a word marks a new sentence.
var starters = set(
	"The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her",
	"Its", "Their", "Our", "My", "Your", "This", "That", "These", "Those", "There",
	"In", "On", "At", "But", "And", "Or", "So", "If", "When", "While", "After",
	"Before", "As", "Also", "However", "Meanwhile", "Some", "Many", "Most", "Such",
	"What", "Why", "How", "Who", "Where", "Which", "Last", "Earlier", "Later",
	"According", "For", "With", "By", "From", "Under", "Since", "Although",
	"Though", "Despite", "Both", "Each", "Other", "All", "Yet", "Still", "Now",
	"Then", "Only", "One", "Not", "No", "Nor", "Thus", "Instead", "Today",
	"Yesterday", "Tomorrow", "Here", "Officials", "Police", "Authorities",
)

// months are month names and abbreviations, for datelines.
var months = set(
	"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December",
	"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
	"Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)

// slugs are editorial labels that can open wire copy like a dateline
// ("CORRECTION -", "(UPDATE 1) -") but name no place or wire.
var slugs = set("CORRECTION", "CORRECTED", "UPDATE", "UPDATED", "REFILE", "REFILED", "REPEAT", "RPT",
	"URGENT", "FLASH", "BULLETIN", "ADVISORY", "EDITORS", "NOTE", "FEATURE", "ANALYSIS", "INTERVIEW",
	"Continued", "CONTINUED", "Correction", "Update")

// weekdays are the days of the week, for date lines.
var weekdays = set("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

// emoticons are kept as single tokens (those that start with a letter or
// digit, such as "XD", are single tokens anyway).
var emoticons = set(
	":)", ":-)", ":(", ":-(", ";)", ";-)", ":D", ":-D", ";D", ":P", ":-P", ":p",
	":-p", ":/", ":-/", ":|", ":-|", ":'(", ":O", ":o", ":-O", "=)", "=(", "=D",
	"^_^", "^^", "<3", "</3", ":*", ":-*", ";P", "-_-",
)

// contractions are words the treebanks split although no apostrophe marks
// the seam, with the length of the first part. They are matched without
// regard to case.
var contractions = map[string]int{
	"cannot": 3, "gonna": 3, "gotta": 3, "wanna": 3, "gimme": 3, "lemme": 3,
	// contractions written without their apostrophe
	"dont": 2, "didnt": 3, "doesnt": 4, "isnt": 2, "wasnt": 3, "arent": 3,
	"werent": 4, "hasnt": 3, "havent": 4, "hadnt": 3, "couldnt": 5, "wouldnt": 5,
	"shouldnt": 6, "cant": 2, "wont": 2, "aint": 2, "im": 1, "youre": 3,
	"theyre": 4, "thats": 4, "whats": 4, "theres": 5,
}

// creditLabels start a photo credit or source line when a colon follows
// ("Image: Nick Moreau.").
var creditLabels = set("Image", "Images", "Photo", "Photos", "Picture", "Photograph", "Credit", "Source", "Video")
