package actor

import "strings"

// guessLemma returns a lemma for a lower-case word when the syntax stage
// has not given one: irregular forms from a table, regular noun plurals
// cut to the singular, speech verbs to their base form. Other words are
// returned as they are. It allocates only for "-ies" plurals.
func guessLemma(w string) string {
	if l, ok := irregular[w]; ok {
		return l
	}
	if l, ok := speechForms[w]; ok {
		return l
	}
	n := len(w)
	switch {
	case n <= 3:
		return w
	case strings.HasSuffix(w, "ies") && n > 4:
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"),
		strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "zzes"):
		return w[:n-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"),
		strings.HasSuffix(w, "'s"), strings.HasSuffix(w, "ics"):
		return w
	case w[n-1] == 's' && isLetter(w[n-2]):
		return w[:n-1]
	}
	return w
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' }

// irregular maps irregular plurals and verb forms to their lemma.
var irregular = map[string]string{
	"men": "man", "women": "woman", "children": "child", "people": "people", "police": "police",
	"policemen": "policeman", "policewomen": "policewoman", "chairmen": "chairman",
	"spokesmen": "spokesman", "spokeswomen": "spokeswoman", "servicemen": "serviceman",
	"gunmen": "gunman", "countrymen": "countryman", "congressmen": "congressman",
	"is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "being": "be", "am": "be",
	"has": "have", "had": "have", "having": "have", "does": "do", "did": "do", "done": "do",
	"met": "meet", "held": "hold", "made": "make", "gave": "give", "given": "give", "took": "take",
	"taken": "take", "sent": "send", "left": "leave", "led": "lead", "went": "go", "gone": "go",
	"got": "get", "came": "come", "saw": "see", "seen": "see", "knew": "know", "known": "know",
	"thought": "think", "brought": "bring", "began": "begin", "begun": "begin", "broke": "break",
	"broken": "break", "fell": "fall", "fallen": "fall", "felt": "feel", "fought": "fight",
	"found": "find", "lost": "lose", "paid": "pay", "ran": "run", "sold": "sell", "stood": "stand",
	"struck": "strike", "threw": "throw", "thrown": "throw", "won": "win", "shot": "shoot",
	"spoke": "speak", "spoken": "speak", "wrote": "write", "written": "write", "told": "tell",
	"said": "say", "sought": "seek", "bought": "buy", "built": "build", "chose": "choose",
	"chosen": "choose", "drew": "draw", "drawn": "draw", "drove": "drive", "driven": "drive",
	"fled": "flee", "flew": "fly", "flown": "fly", "forgave": "forgive", "froze": "freeze",
	"frozen": "freeze", "grew": "grow", "grown": "grow", "hid": "hide", "hidden": "hide",
	"kept": "keep", "laid": "lay", "lay": "lie", "meant": "mean", "overcame": "overcome",
	"rose": "rise", "risen": "rise", "seized": "seize", "shook": "shake", "slew": "slay",
	"stole": "steal", "stolen": "steal", "swore": "swear", "sworn": "swear", "understood": "understand",
	"withdrew": "withdraw", "withdrawn": "withdraw", "woke": "wake", "wore": "wear", "worn": "wear",
	"data": "data", "media": "media", "news": "news", "series": "series", "species": "species",
	"crisis": "crisis", "crises": "crisis", "analyses": "analysis", "bases": "base",
}
