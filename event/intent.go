package event

import "github.com/readout/readout/lexicon"

// CAMEO codes an expressed intent to do a material act as an event of its
// own: intent to cooperate, meet or yield under root 03, a threat of a
// conflictual act under root 13. intentRoots maps the root (and, where
// CAMEO has a matching sub-code, the code) of the act to the code of its
// intent; the longest prefix found wins. Verbal acts (roots 01-03, 10-13)
// keep their code: a promise to praise is still praise, flagged by its
// modality.
var intentCodes = map[string]string{
	// consult -> express intent to meet or negotiate; mediate -> intent to mediate
	"04": "036", "045": "039",
	// diplomatic cooperation -> intent to provide diplomatic cooperation
	"050": "032", "051": "032", "052": "032", "053": "032", "054": "032", "057": "030",
	// material cooperation
	"06": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
	// aid
	"07": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334",
	// yield
	"08": "035", "081": "0351", "082": "0352", "083": "034", "0831": "0341", "0832": "0342",
	"0833": "0343", "0834": "0344", "084": "0353", "085": "0354", "086": "0355", "087": "0356",
	// protest -> threaten political dissent
	"14": "133",
	// force posture -> threaten to use military force
	"15": "138",
	// reduce relations -> threaten non-force: sanctions, aid, relations, talks
	"16": "131", "161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135", "166": "136",
	// coerce -> threaten: administrative sanctions, repression
	"17": "130", "172": "132", "1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324",
	"173": "137", "174": "137", "175": "137",
	// assault -> threaten unconventional violence
	"18": "1383",
	// fight -> threaten to use military force
	"19": "138", "191": "1381", "192": "1382", "193": "1384", "194": "1384", "195": "1384",
	// mass violence
	"20": "138", "201": "137", "204": "1385",
}

// intentCode returns the code of an expressed intent (or threat) to do the
// act coded: the longest prefix of code in intentCodes, provided the
// lexicon's code table has the result (or its three-digit parent); code
// itself otherwise. A stated intent to do a conflictual act is a threat
// (13) whether or not the governing verb is "threaten".
func intentCode(l *lexicon.Lexicon, code string) string {
	for n := len(code); n >= 2; n-- {
		to, ok := intentCodes[code[:n]]
		if !ok {
			continue
		}
		if _, known := l.Code(to); known {
			return to
		}
		if _, known := l.Code(to[:3]); known && len(to) > 3 {
			return to[:3]
		}
		return code
	}
	return code
}
