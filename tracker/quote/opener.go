package quote

// placeOpener reports whether toks[i], the first word of a capitalised
// run after a preposition, is the object of a phrase of time or place
// opening the sentence with no comma before the subject: a day or a month
// ("Earlier on Tuesday Ruiz said", "In March Ruiz said"), or a word no
// English word nor given name after a preposition that opens the sentence
// or follows a few words of time ("In Leeds Ruiz said", "Last month in
// Paris Ruiz said"). placeSplit then finds where the subject's name
// starts. The place is one word and a verb in the past or of speech
// follows the run toks[i:j] of at most three words (not "In San Francisco
// today, people ...": "Francisco" is a given name too).
func placeOpener(toks []token, i, j int) bool {
	t := toks[i]
	if dayNames[t.low] || monthNames[t.low] && !knownGiven(t.text) {
		return true
	}
	// (The cheap checks first: this is asked of every run of names.)
	if i < 1 || j-i > 3 || j >= len(toks) || !toks[j].in(lxReportingVerbs) && !pastVerb(toks[j]) {
		return false
	}
	p := toks[i-1]
	if p.low != "in" && p.low != "at" && p.low != "from" || englishWord(t.low) || isFirstName(t) || knownGiven(t.text) {
		return false
	}
	// Back to the sentence's start: at most three words of time, no comma.
	for j, n := i-2, 0; ; j, n = j-1, n+1 {
		if j < 0 || toks[j].sent != p.sent || toks[j].para != p.para || toks[j].kind == tEnd {
			return true
		}
		if n == 3 || toks[j].kind != tWord || toks[j].cap && j > 0 && toks[j-1].sent == p.sent && toks[j-1].kind != tEnd || !timeOpeners[toks[j].low] {
			return false
		}
	}
}

// timeOpeners may open a sentence before "in"/"at" and a place: "Last
// month in Paris", "Earlier this week at Leeds".
var timeOpeners = setOf("last", "earlier", "later", "this", "next", "month", "week", "year", "night", "morning",
	"afternoon", "evening", "today", "yesterday", "back", "then", "also", "speaking")
