package quote

import "testing"

// Classes found on real pages annotated for issue 8, round 19 (helper rd:
// US metro and national news), each tested here on sentences written for
// these tests. Each failed before its rule.

// An unnamed person introduced with a word making the role one held before
// ("one former adviser said ...", "a former aide told reporters") is the
// one a later "the former adviser said" refers back to, not the person
// named near it: the unnamed holder records the role as held before, as a
// named one does. Failed before: "One former adviser said Tom Rask's
// remarks were for show. "...," the former adviser said." gave Tom Rask
// (0.72, shown).
func TestRD19FormerUnnamed(t *testing.T) {
	const lede = "Tom Rask, the governor-elect, met business leaders on Monday. Aides said Rask was open to keeping the accord.\n\n"
	runCueCasesConf(t, []confCase{
		{"former adviser", lede + "One former adviser said Rask's remarks were meant only to please the room.\n\n\"He will say whatever the room wants,\" the former adviser said.",
			"He will say whatever the room wants,", "", false},
		{"former adviser, he was certain", lede + "One former adviser said he was certain that Rask's remarks were meant only to please the room.\n\n\"He will say whatever the room wants,\" the former adviser said. \"Then he does what he likes.\"",
			"He will say whatever the room wants,", "", false},
		{"ex-strategist", lede + "An ex-strategist for the campaign doubted the pledge.\n\n\"It will not last a month,\" the ex-strategist said.",
			"It will not last a month,", "", false},
		{"a former aide told", lede + "A former aide told reporters that Rask rarely reads briefings.\n\n\"He skims the first page,\" the former aide said.",
			"He skims the first page,", "", false},
		// Must not fire: a named former holder is still the one meant;
		// one named with the role plainly is no former holder of it.
		{"named former adviser", lede + "Former adviser Lena Ortiz said Rask's remarks were meant only to please the room.\n\n\"He will say whatever the room wants,\" the former adviser said.",
			"He will say whatever the room wants,", "Lena Ortiz", true},
		{"one former adviser, then named", lede + "One former adviser, Lena Ortiz, said Rask's remarks were meant only to please the room.\n\n\"He will say whatever the room wants,\" the former adviser said.",
			"He will say whatever the room wants,", "Lena Ortiz", true},
	})
}

// A verb of speech inside a clause that another verb of speech reports,
// its own clause closed and a conjunction opening a new clause with its own
// subject before a partial quotation ("Pike said Ortiz kept what he
// promised because teachers "..."", "Pike argued that Holt said too little
// while residents "...""), does not report the words: the outer speaker's
// verb does. Failed before: "Joan Pike said Governor Sam Ortiz delivered
// what he promised, since teachers "finally feel the difference."" gave
// Sam Ortiz (0.81, shown, cue "promised").
func TestRD19ClosedClauseInReported(t *testing.T) {
	runCueCasesConf(t, []confCase{
		{"because after promised", "Joan Pike said she believes Governor Sam Ortiz kept what he promised because teachers \"finally feel the difference.\"",
			"finally feel the difference.", "Joan Pike", true},
		{"comma since", "Joan Pike said Governor Sam Ortiz delivered what he promised, since teachers \"finally feel the difference.\"",
			"finally feel the difference.", "Joan Pike", true},
		{"argued that ... said while", "Council member Rosa Vance argued that Mayor Dan Holt said too little while residents \"were left in the dark.\"",
			"were left in the dark.", "Rosa Vance", true},
		{"said ... warned, but", "Rosa Vance said Mayor Dan Holt has warned the council for years, but members \"never listened.\"",
			"never listened.", "Rosa Vance", true},
		// Must not fire: the only verb of speech is the speaker's; a
		// participle set off before the verb is no verb reporting it;
		// "that" after the verb carries its clause on to the words.
		{"only verb", "Tom Reed promised action because voters \"deserve better than this.\"",
			"deserve better than this.", "Tom Reed", true},
		{"only verb, warned that", "Mayor Dan Holt warned that the city would act because landlords \"keep breaking the law.\"",
			"keep breaking the law.", "Dan Holt", true},
		{"asked, then suggested", "Asked why the plant closed, Tom Reed suggested it was because the owners \"gave up on this town.\"",
			"gave up on this town.", "Tom Reed", true},
		{"told her that because", "Ann Lee said Tom Reed told her that because prices rose, \"we had no choice.\"",
			"we had no choice.", "Tom Reed", true},
	})
}

// "as X put it" closing a sentence, with "the" before the name ("as the
// New York Times put it on Tuesday") or a time after "put it" ("as the
// Wall Street Journal put it last week"), is a cue as "as Yellen put it"
// is. Failed before: "a law that "has achieved remarkable success," as the
// Chicago Tribune put it on Sunday." gave "" (and, in a longer sentence
// naming "Wall Street lobbyists", a guess of "Wall Street").
func TestRD19AsThePaperPutIt(t *testing.T) {
	runCueCases(t, []cueCase{
		{"the paper put it on", "Lobbyists are pushing to weaken a law that \"has achieved remarkable success,\" as the Chicago Tribune put it on Sunday.",
			[]want{{"has achieved remarkable success,", "Chicago Tribune", "put it"}}},
		{"the paper put it in", "The tax bill is \"a giveaway to the wealthiest families,\" as the Chicago Tribune put it in an editorial on Sunday.",
			[]want{{"a giveaway to the wealthiest families,", "Chicago Tribune", "put it"}}},
		{"put it last week", "Supporters say the overhaul \"will help every working household,\" as the Wall Street Journal put it last week.",
			[]want{{"will help every working household,", "Wall Street Journal", "put it"}}},
		{"person put it on", "The tax bill is \"a giveaway to the wealthiest families,\" as Senator Ann Lee put it on Sunday.",
			[]want{{"a giveaway to the wealthiest families,", "Ann Lee", "put it"}}},
		// Must not fire: someone put something somewhere.
		{"put it in the oven", "The sauce was \"almost ready, maybe,\" as the porter put it in the oven.",
			[]want{{"almost ready, maybe,", "", ""}}},
	})
}

// A sentence opened by "Without naming X," or "Unlike X," is about its
// subject after the comma: a participle of speech later in it ("...,
// suggesting that ...") is the subject's, not the one the phrase names.
// Failed before: "Without naming Mendez, Benton tore into the Texas
// rancher, suggesting that the state would lose "a steady hand in
// Austin"" gave Carl Mendez (0.85, shown).
func TestRD19WithoutNamingOpening(t *testing.T) {
	const lede = "Senator Laura Benton sees trouble ahead. Governor Carl Mendez lost in May.\n\n"
	runCueCasesConf(t, []confCase{
		{"without naming", lede + "Without naming Mendez, Benton tore into the Texas rancher, suggesting that the state would lose \"a steady hand in Austin\" next year.",
			"a steady hand in Austin", "Laura Benton", true},
		{"without mentioning by name", lede + "Without mentioning Governor Carl Mendez by name, Benton criticised the rancher, saying the state needed \"a steady hand in Austin\" again.",
			"a steady hand in Austin", "Laura Benton", true},
		{"unlike", lede + "Unlike Mendez, Benton backed the plan, arguing that it would \"pay for itself within a decade.\"",
			"pay for itself within a decade.", "Laura Benton", true},
		// Must not fire: an opening phrase of time still leaves the
		// subject after it.
		{"after meeting", lede + "After meeting Mendez, Benton tore into the Texas rancher, suggesting that the state would lose \"a steady hand in Austin\" next year.",
			"a steady hand in Austin", "Laura Benton", true},
	})
}

// "insinuate" reports speech, as "suggest" does. Failed before: "Benton
// quietly tore into the Texas rancher, insinuating that the state will
// lose "a steady hand in Austin"" had no cue, and a guess gave Benton at
// 0.50 (not shown); on a page whose sentence opened by naming another,
// the guess was that other person (0.80, shown).
func TestRD19Insinuating(t *testing.T) {
	runCueCases(t, []cueCase{
		{"insinuating that", "Senator Laura Benton sees trouble ahead. Governor Carl Mendez lost in May.\n\nBenton quietly tore into the Texas rancher, insinuating that the state will lose \"a steady hand in Austin\" when his term ends.",
			[]want{{"a steady hand in Austin", "Laura Benton", "insinuating"}}},
		{"insinuated after", "\"Some people were paid to be there,\" Mayor Ruth Dale insinuated on Tuesday.",
			[]want{{"Some people were paid to be there,", "Ruth Dale", "insinuated"}}},
	})
}

// A one- or two-word quoted modifier of the noun that closes the object
// of a verb naming or judging it ("called the governor a "failed" leader",
// "described the plan as a "reckless" gamble") is the subject's word, as
// "called the plan "unworkable"" is. Failed before: "Ray Dunn was quoted
// calling Governor Hale a "failed" leader." found no quotation.
func TestRD19QuotedModifierOfNamedObject(t *testing.T) {
	runCueCases(t, []cueCase{
		{"called a failed leader", "State Sen. Ray Dunn called Governor Ann Hale a \"failed\" leader.",
			[]want{{"failed", "Ray Dunn", "called"}}},
		{"quoted calling", "In an interview published Monday, Ray Dunn was quoted calling Governor Ann Hale a \"failed\" leader.",
			[]want{{"failed", "Ray Dunn", "calling"}}},
		{"described as a", "Mayor Tina Brooks described the deal as a \"reckless\" gamble, and the council agreed.",
			[]want{{"reckless", "Tina Brooks", "described"}}},
		{"branded two words", "Ray Dunn branded the budget an \"utterly cynical\" document.",
			[]want{{"utterly cynical", "Ray Dunn", "branded"}}},
		// Must not fire: a noun phrase running on, no verb naming, an
		// unnamed subject.
		{"runs on", "Ray Dunn called the office a \"safe\" place to work.", nil},
		{"no naming verb", "Ray Dunn runs a \"green\" business.", nil},
		{"unnamed critics", "Critics called the governor a \"failed\" leader.", nil},
	})
}

// One word closing the sentence inside the marks, the whole predicate after
// a plain "is" or "was" in a clause a named speaker's plain "said" reports,
// is that speaker's word, as two words are ("said his client was "deeply
// ashamed""). Failed before: "Ray Dunn said Tom Rask still believes climate
// change is "bunk."" found no quotation.
func TestRD19OneWordPredicate(t *testing.T) {
	runCueCases(t, []cueCase{
		{"is bunk", "Ray Dunn said Tom Rask still believes climate change is \"bunk.\"",
			[]want{{"bunk.", "Ray Dunn", "said"}}},
		{"was nonsense", "Asked about the audit, Mayor Tina Brooks said the report was \"nonsense.\"",
			[]want{{"nonsense.", "Tina Brooks", "said"}}},
		// Must not fire: a verb other than a plain "said"; a word that
		// does not close the sentence; no copula.
		{"concluding", "Ray Dunn referred to the hearing, concluding that the odds were \"dwindling.\"", nil},
		{"runs on", "Ray Dunn said the plan was \"fine\" for now.", nil},
		{"no copula", "Ray Dunn said voters \"agree.\"", nil},
	})
}

// A capitalised span of time opening a phrase of time ("Days later,",
// "Weeks after the vote,") is no name. Failed before: "Weeks later, chief
// of staff Ray Dunn said the plan was "..."" gave "Weeks" (0.95, shown).
func TestRD19SpanOfTimeOpening(t *testing.T) {
	runCueCases(t, []cueCase{
		{"days later", "Days later, chief of staff Ray Dunn said the plan was \"a total waste of money.\"",
			[]want{{"a total waste of money.", "Ray Dunn", "said"}}},
		{"weeks later", "Weeks later, chief of staff Ray Dunn said the plan was \"a total waste of money.\"",
			[]want{{"a total waste of money.", "Ray Dunn", "said"}}},
		// Must not fire: a surname.
		{"surname Weeks", "Council member Tom Weeks later said the plan was \"a total waste of money.\"",
			[]want{{"a total waste of money.", "Tom Weeks", "said"}}},
	})
}
