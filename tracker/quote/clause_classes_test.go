package quote

import "testing"

// Issue 8's tenth round, written on fresh8's speaker errors: each case
// failed before its fix unless marked as a must-not-fire case.

// A participle of speech closing a second main clause joined by ", and"
// ("Page would grow animated, and Schmidt would shut him down, saying:")
// is that clause's subject's, not the first clause's. Failed before: the
// first subject, at confidence 1.
func TestParticipleAfterSecondClause(t *testing.T) {
	runCueCases(t, []cueCase{
		{"and would saying", `On occasion, Ann Hall would grow angry, and Tom Reed would calm her down, saying, "We hear you. Thank you for coming."`,
			[]want{{"We hear you. Thank you for coming.", "Tom Reed", "saying"}}},
		{"and pronoun adding", `Ann Hall opened the meeting on Monday, and he spoke next, adding: "The budget will be balanced by June."`,
			[]want{{"The budget will be balanced by June.", "", "adding"}}},
		{"and past verb", `Maria Lopez chaired the hearing, and Senator Dan Burke questioned the witnesses, telling them: "You have not answered the question."`,
			[]want{{"You have not answered the question.", "Dan Burke", "telling"}}},
		// Must not fire: ", and" joining names in a list, or objects.
		{"list of objects", `Ann Hall met Tom Reed, Bob Lee, and Carl Dunn on Monday, saying, "We hear you. Thank you for coming."`,
			[]want{{"We hear you. Thank you for coming.", "Ann Hall", "saying"}}},
		{"and the board", `Ann Hall praised the staff, and the board, saying, "We hear you. Thank you for coming."`,
			[]want{{"We hear you. Thank you for coming.", "Ann Hall", "saying"}}},
	})
}

// A quotation hailing someone by name at the end of a clause ("We heard
// you, Larry.", "Not now, Reed!") is not that person's words, as one
// hailing them first is not. Failed before: the hailed person.
func TestHailedInsideQuotation(t *testing.T) {
	runCueCases(t, []cueCase{
		{"given name after comma", `"We will vote on the plan today," Larry Page said at the meeting. "We heard you, Larry. Now sit down and listen."`,
			[]want{{"We will vote on the plan today,", "Larry Page", "said"}, {"We heard you, Larry. Now sit down and listen.", "", ""}}},
		{"surname with bang", `"The plan is dead," Tom Reed told the council. "Not now, Reed! We have a vote to hold."`,
			[]want{{"The plan is dead,", "Tom Reed", "told the council"}, {"Not now, Reed! We have a vote to hold.", "", ""}}},
		{"pronoun", `Tom Reed met Larry Page on Monday. "We heard you, Larry. Thank you," he said.`,
			[]want{{"We heard you, Larry. Thank you,", "Tom Reed", "said"}}},
		// Must not fire: a name in the words that does not hail anyone.
		{"name as object", `Tom Reed met Larry Page on Monday. "I will work with Larry on this plan," Reed said.`,
			[]want{{"I will work with Larry on this plan,", "Tom Reed", "said"}}},
	})
}

// A he/she closing a sentence whose words before the quotation report
// what was said ("What Page was doing was "ridiculous," he said") does not
// refer to a person those words name: the writer would have said "he"
// there. Failed before: the person named in the reported words.
func TestPronounAfterReportedClauseNamingSomeoneElse(t *testing.T) {
	runCueCases(t, []cueCase{
		{"what x was doing", `Larry Page spoke first. Then Ron Dolin started yelling at the board. What Page was doing was "completely ridiculous," he said.`,
			[]want{{"completely ridiculous,", "Ron Dolin", "said"}}},
		{"possessive in clause", `Ann Hall chaired the meeting. Tom Reed left early. Hall's plan was "a total disaster for the town," he said.`,
			[]want{{"a total disaster for the town,", "Tom Reed", "said"}}},
		// Must not fire: the clause before the quotation is set off by a
		// dash or a comma, not completed by it.
		{"after a dash", `Yet Gordon Sondland has amended his testimony once — "I now do recall," he said, talking about it.`,
			[]want{{"I now do recall,", "Gordon Sondland", "said"}}},
		{"adverbial clause", `Tom Reed arrived late. When Reed met the mayor, it was "a complete disaster," he said.`,
			[]want{{"a complete disaster,", "Tom Reed", "said"}}},
	})
}
