package actor

import "strings"

// speechVerbTable lists the verbs that report speech, one per line: the
// base form first, then its other forms. Later stages reach it through
// SpeechVerb and SpeechLemma; the actor stage uses it to make a speaker
// salient for the pronouns that follow.
const speechVerbTable = `
say said says saying
tell told tells telling
add added adds adding
note noted notes noting
stress stressed stresses stressing
emphasize emphasized emphasizes emphasizing
emphasise emphasised emphasises emphasising
underscore underscored underscores underscoring
underline underlined underlines underlining
reiterate reiterated reiterates reiterating
point pointed points pointing
state stated states stating
claim claimed claims claiming
declare declared declares declaring
announce announced announces announcing
warn warned warns warning
urge urged urges urging
call called calls calling
demand demanded demands demanding
insist insisted insists insisting
argue argued argues arguing
explain explained explains explaining
describe described describes describing
outline outlined outlines outlining
respond responded responds responding
reply replied replies replying
recommend recommended recommends recommending
cite cited cites citing
suggest suggested suggests suggesting
propose proposed proposes proposing
acknowledge acknowledged acknowledges acknowledging
admit admitted admits admitting
deny denied denies denying
confirm confirmed confirms confirming
express expressed expresses expressing
assert asserted asserts asserting
affirm affirmed affirms affirming
reaffirm reaffirmed reaffirms reaffirming
allege alleged alleges alleging
accuse accused accuses accusing
attribute attributed attributes attributing
comment commented comments commenting
remark remarked remarks remarking
write wrote writes writing written
tweet tweeted tweets tweeting
ask asked asks asking
continue continued continues continuing
indicate indicated indicates indicating
report reported reports reporting
recall recalled recalls recalling
vow vowed vows vowing
pledge pledged pledges pledging
promise promised promises promising
predict predicted predicts predicting
reveal revealed reveals revealing
disclose disclosed discloses disclosing
inform informed informs informing
mention mentioned mentions mentioning
observe observed observes observing
maintain maintained maintains maintaining
contend contended contends contending
concede conceded concedes conceding
quote quoted quotes quoting
highlight highlighted highlights highlighting
voice voiced voices voicing
assure assured assures assuring
convey conveyed conveys conveying
encourage encouraged encourages encouraging
condemn condemned condemns condemning
criticize criticized criticizes criticizing
criticise criticised criticises criticising
denounce denounced denounces denouncing
blame blamed blames blaming
post posted posts posting
`

// speechForms maps every form of a speech verb to its base form.
var speechForms = buildSpeechForms()

func buildSpeechForms() map[string]string {
	m := make(map[string]string, 300)
	for _, line := range strings.Split(speechVerbTable, "\n") {
		f := strings.Fields(line)
		for _, w := range f {
			m[w] = f[0]
		}
	}
	return m
}

// SpeechVerb reports whether a lower-case lemma is a verb that reports
// speech ("say", "stress", "point", "urge").
func SpeechVerb(lemma string) bool {
	l, ok := speechForms[lemma]
	return ok && l == lemma
}

// SpeechLemma returns the base form of a lower-case form of a speech verb
// ("stressed" -> "stress").
func SpeechLemma(form string) (string, bool) {
	l, ok := speechForms[form]
	return l, ok
}
