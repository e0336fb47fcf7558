package quote

import "testing"

// Constructed probes of news English by beat (local news, human interest,
// obituaries, features, columns and Q&A): classes that went wrong.

// A quotation with no cue of its own right after a sentence that says only
// how a person takes what follows (a copula and an adjective of manner,
// "was more blunt", "was less forgiving", or a gesture, "shrugged off talk
// of heroism", "smiled") is that person's, first person or not. Failed
// before: "" (only words in the first person took the subject of the
// sentence before). Must not fire: a passive or any other predicate, an
// organisation.
func TestLocalMannerSentenceBeforeQuote(t *testing.T) {
	runCueCases(t, []cueCase{
		{"more blunt", "Residents packed the hall.\n\nAnother resident, Keith Barlow, 74, was more blunt. \"They can dress it up how they like. It's concrete on a field.\"",
			[]want{{"They can dress it up how they like. It's concrete on a field.", "Keith Barlow", ""}}},
		{"less forgiving", "But another mum, Lorraine, was less forgiving. \"She's cancelled the nativity. What next?\"",
			[]want{{"She's cancelled the nativity. What next?", "Lorraine", ""}}},
		{"shrugged off", "Jake Thibodeau, 44, was hauling traps when he saw the kayak overturn.\n\nThibodeau shrugged off talk of heroism. \"Anybody out there would've done the same thing.\"",
			[]want{{"Anybody out there would've done the same thing.", "Jake Thibodeau", ""}}},
		{"she remained defiant", "Ann Hale runs the shop on Bridge Street.\n\nShe remained defiant. \"This shop is not going anywhere.\"",
			[]want{{"This shop is not going anywhere.", "Ann Hale", ""}}},
		// Must not fire.
		{"passive", "Keith Barlow, 74, was sentenced. \"They can dress it up how they like.\"",
			[]want{{"They can dress it up how they like.", "", ""}}},
		{"other predicate", "Keith Barlow, 74, was tall. \"They can dress it up how they like.\"",
			[]want{{"They can dress it up how they like.", "", ""}}},
		{"blunt with more words", "Keith Barlow was blunt about the plan at first. \"They can dress it up how they like.\"",
			[]want{{"They can dress it up how they like.", "", ""}}},
		{"organisation", "Castlegate Homes was unrepentant. \"The scheme will go ahead as planned.\"",
			[]want{{"The scheme will go ahead as planned.", "", ""}}},
	})
}

// A subordinate clause opening a sentence in which someone asks ("When I
// asked her about the nativity, she smiled.") does not report the answer
// after it: the verb of asking is the asker's. Failed before: "" (the
// columnist's "I" taken as the speaker). The main clause's own verb of
// speech still reads.
func TestLocalAskingClauseBeforeQuote(t *testing.T) {
	runCueCases(t, []cueCase{
		{"when I asked her", "I have met Mrs Okafor twice.\n\nWhen I asked her about the nativity, she smiled. \"It isn't cancelled. It's moving to the church.\"",
			[]want{{"It isn't cancelled. It's moving to the church.", "Okafor", ""}}},
		{"main verb of speech", "Tom Reed runs the ferry.\n\nWhen reporters asked about the fares, Tom Reed insisted they would fall. \"Nobody will pay more next year.\"",
			[]want{{"Nobody will pay more next year.", "Tom Reed", ""}}},
		// Must not fire: a clause that asks nothing.
		{"when she told", "Ann Hale runs the shop.\n\nWhen Ann Hale told the council about the rent, nobody listened. \"They never do.\"",
			[]want{{"They never do.", "Ann Hale", ""}}},
	})
}

// A given name joined by "and" to a full name ("Ben and Amy Clarke",
// "Mohammed and Shamim Akhtar": a couple or siblings) is a person of that
// surname: "Ben said" is Ben Clarke's, and "Mr Akhtar" the man of the two
// when the other's gender is unknown. Failed before: "Ben" (a name of one
// word), and "Mr Akhtar" given Shamim Akhtar at 1.00. A surname alone is
// then either's: "". Must not fire: a one-word surname the article gave
// before ("Warren and Bernie Sanders" after "Elizabeth Warren"), a shop's
// name of one word.
func TestLocalCoupleSharedSurname(t *testing.T) {
	runCueCases(t, []cueCase{
		{"given name alone", "Ben and Amy Clarke started Dough Boys in 2020.\n\n\"We had a van and no idea,\" said Amy.\n\nBen said the menu would not change. \"People liked it because it was simple.\"",
			[]want{{"We had a van and no idea,", "Amy Clarke", "said"}, {"People liked it because it was simple.", "Ben Clarke", ""}}},
		{"Mr and Mrs", "Mohammed and Shamim Akhtar, both in their seventies, opened the shop in 1979.\n\n\"We came here with nothing,\" Mr Akhtar said.\n\n\"We just did what neighbours do,\" Mrs Akhtar said.",
			[]want{{"We came here with nothing,", "Mohammed Akhtar", "said"}, {"We just did what neighbours do,", "Shamim Akhtar", "said"}}},
		{"surname alone", "Ben and Amy Clarke started Dough Boys in 2020.\n\n\"We had a van,\" Clarke said.",
			[]want{{"We had a van,", "", "said"}}},
		// Must not fire.
		{"surname given before", "Senator Elizabeth Warren spoke in Iowa. Warren and Bernie Sanders both attacked the plan.\n\n\"This plan is a giveaway to the rich,\" Sanders said.",
			[]want{{"This plan is a giveaway to the rich,", "Bernie Sanders", "said"}}},
		{"shop name", "Shoppers at Marks and Spencer said the queue was long. \"We waited an hour,\" Spencer said.",
			[]want{{"We waited an hour,", "Spencer", "said"}}},
	})
}

// A noun for a kind of business opening the sentence before a name
// ("Developer Castlegate Homes said", "housebuilder Bellway") is no part of
// the name, also when the name of two words or more ends in an
// organisation's word ("Homes"). Failed before: "Developer Castlegate
// Homes" (0.85, shown). Must not fire: a person after the noun, a name of
// one word after it that ends in an organisation's word ("Charity
// Commission").
func TestLocalBusinessNounBeforeName(t *testing.T) {
	runCueCases(t, []cueCase{
		{"developer", "Developer Castlegate Homes said the scheme would include 70 affordable homes. \"We have listened to residents,\" the firm said.",
			[]want{{"We have listened to residents,", "Castlegate Homes", "said"}}},
		{"housebuilder", "The plans were drawn up by housebuilder Bellway. \"We have listened to residents,\" the company said.",
			[]want{{"We have listened to residents,", "Bellway", "said"}}},
		// Must not fire.
		{"person", "Developer Tom Reed said the scheme was dead. \"We have listened to residents,\" he said.",
			[]want{{"We have listened to residents,", "Tom Reed", "said"}}},
		{"charity commission", `Charity Commission said it had opened an inquiry. "We take this seriously," it said.`,
			[]want{{"We take this seriously,", "Charity Commission", "said"}}},
	})
}

// A named organisation speaking through one official ("A BMC official
// said", "a senior official of the Bidhannagar Municipal Corporation
// told", "an official at the Oakland Zoo") is the organisation, as it is
// through a spokesperson or "officials" (the annotation's convention),
// and "the official said" and "he said" after go on with it. Failed
// before: "". Must not fire: an official named by a place's adjective or a
// nationality ("a provincial official", "a senior European official", "a
// Greek government official"), a representative of a person.
func TestLocalOrganisationThroughOfficial(t *testing.T) {
	runCueCases(t, []cueCase{
		{"a BMC official", "A BMC official said the corporation was clearing encroachments.\n\n\"The rules are the same for everyone,\" the official said, requesting anonymity.",
			[]want{{"The rules are the same for everyone,", "BMC", "said"}}},
		{"official of the", `A senior official of the Bidhannagar Municipal Corporation told TOI the repair would be done by Sunday. "The pipe is old and the damage was extensive," he said.`,
			[]want{{"The pipe is old and the damage was extensive,", "Bidhannagar Municipal Corporation", "said"}}},
		{"official at the", `An official at the Oakland Zoo said: "The animals are safe."`,
			[]want{{"The animals are safe.", "Oakland Zoo", "said"}}},
		// Must not fire.
		{"provincial", `A provincial official said the airfield was civilian. "It is an airport and nothing else," the official said.`,
			[]want{{"It is an airport and nothing else,", "", "said"}}},
		{"European", `A senior European official said: "The talks collapsed."`,
			[]want{{"The talks collapsed.", "", "said"}}},
		{"Greek government", `A Greek government official said: "The talks collapsed."`,
			[]want{{"The talks collapsed.", "", "said"}}},
		{"representative of a person", `A representative of Tom Reed said: "He is recovering."`,
			[]want{{"He is recovering.", "", "said"}}},
	})
}

// A surname met alone first ("the Pemberton family's home") and then in a
// full name ("Angela Pemberton") gives that person's given name alone
// ("Angela says") the full name, as when the full name comes first.
// Failed before: "Angela" (1.00), a person of her own: the given name of a
// name grown from one word was never indexed. Must not fire: another
// person of that given name named in full.
func TestLocalGivenNameAfterFamilyName(t *testing.T) {
	runCueCases(t, []cueCase{
		{"family first", "It has been a year since the fire destroyed the Pemberton family's home.\n\n\"Some days I still can't believe it,\" says Angela Pemberton.\n\n\"The paperwork is what breaks you,\" Angela says.",
			[]want{{"Some days I still can't believe it,", "Angela Pemberton", "says"}, {"The paperwork is what breaks you,", "Angela Pemberton", "says"}}},
		{"Mrs first", "Mrs Hale spoke to the council on Monday. Ann Hale, 62, runs the shop.\n\n\"We will not close,\" Ann said.",
			[]want{{"We will not close,", "Ann Hale", "said"}}},
		// Must not fire.
		{"another Angela", "The Pemberton family's home burned down. Angela Pemberton and her friend Angela Ruiz escaped.\n\n\"We ran,\" Angela Ruiz said.",
			[]want{{"We ran,", "Angela Ruiz", "said"}}},
	})
}

// A name right before "and" or "but" and a verb of speech, inside its
// clause, is the object of the verb before ("The council thanked Ann Hale
// but warned that ...", "Metlink was proud of Mr Lolohea but reminded
// drivers"): the subject is the clause's. Failed before: the name (1.00).
// Must not fire: a name opening its clause, a pronoun after a verb ("He
// paused and said").
func TestLocalNameBeforeCoordinatedVerb(t *testing.T) {
	runCueCases(t, []cueCase{
		{"thanked but warned", `The council thanked Ann Hale but warned that "the budget is still tight this year."`,
			[]want{{"the budget is still tight this year.", "", "warned"}}},
		{"proud of but reminded", `Tevita Lolohea drives the bus. Metlink said it was proud of Mr Lolohea but reminded drivers that "safety comes first on every route."`,
			[]want{{"safety comes first on every route.", "Metlink", "reminded"}}},
		// Must not fire.
		{"name opens", `Ann Hale, 62, runs the shop. Ann Hale paused and then said: "We will not close."`,
			[]want{{"We will not close.", "Ann Hale", "said"}}},
		{"after a comma", `The shop has been on Bridge Street since 1960 and, Ann Hale said, "it will stay there."`,
			[]want{{"it will stay there.", "Ann Hale", "said"}}},
	})
}

// An indefinite description in apposition to a name with a person noun
// before the name ("Another tenant, pensioner Roy Platt, 81, said",
// "Another tenant, retired teacher Ann Hale,") is that person, as it is
// with the name right after the comma: a "he said" after goes to the name.
// Failed before: "" (the unnamed tenant). Must not fire: a name that is
// the object of a preposition inside the apposition.
func TestLocalAppositionWithNounBeforeName(t *testing.T) {
	runCueCases(t, []cueCase{
		{"pensioner", "Another tenant, pensioner Roy Platt, 81, said he had been going to his daughter's house to shower.\n\n\"I've lived here 40 years. It's never been this bad,\" he said.",
			[]want{{"I've lived here 40 years. It's never been this bad,", "Roy Platt", "said"}}},
		{"retired teacher", "Another tenant, retired teacher Ann Hale, 81, said she had been going to her daughter's.\n\n\"It has never been this bad,\" she said.",
			[]want{{"It has never been this bad,", "Ann Hale", "said"}}},
		// Must not fire.
		{"object inside", "A neighbour, angry at landlord Tom Reed, said he had waited months.\n\n\"Nobody ever comes to fix anything,\" he said.",
			[]want{{"Nobody ever comes to fix anything,", "", "said"}}},
	})
}

// A name in apposition after a description, past "now" ("His former
// student, now Professor Helen Graham of Edinburgh University, said"), is
// the subject, as it is right after the comma. Failed before: "". Must not
// fire: "now" and no name.
func TestLocalAppositionNowName(t *testing.T) {
	runCueCases(t, []cueCase{
		{"now professor", `His former student, now Professor Helen Graham of Edinburgh University, said he was "a demanding teacher and a generous one."`,
			[]want{{"a demanding teacher and a generous one.", "Helen Graham", "said"}}},
		{"now name", `Her old coach, now Tom Reed's assistant, said: "She never missed a session in ten years."`,
			[]want{{"She never missed a session in ten years.", "", "said"}}},
	})
}

// A relative clause that gives the person's name ("Another customer, who
// gave his name only as Steve, said", "who gave only her first name, Sara,
// said", "who identified herself as Ann") names the subject. Failed before:
// "". Must not fire: a clause that names no one, a name after another
// preposition.
func TestLocalWhoGaveName(t *testing.T) {
	runCueCases(t, []cueCase{
		{"only as", `Another customer, who gave his name only as Steve, said he would "take his business down the road".`,
			[]want{{"take his business down the road", "Steve", "said"}}},
		{"first name comma", `A volunteer from Milan, who gave only her first name, Sara, said: "People here don't ask for anything."`,
			[]want{{"People here don't ask for anything.", "Sara", "said"}}},
		{"identified herself as", `A woman, who identified herself as Ann, said: "We have waited two years for this."`,
			[]want{{"We have waited two years for this.", "Ann", "said"}}},
		// Must not fire.
		{"no name", `A woman, who asked that her name not be used, said: "We have waited two years for this."`,
			[]want{{"We have waited two years for this.", "", "said"}}},
		{"another preposition", `A man, who named his shop after Tom Reed, said: "He taught me everything."`,
			[]want{{"He taught me everything.", "", "said"}}},
	})
}

// After an inverted verb of speech, a relation noun and the name in
// apposition ("says his neighbour, Valerie Stone", "said his friend Valerie
// Stone", "said her daughter Valerie") is that person, as a role noun's
// is; a time after a description ("said the mayor Tuesday") is no part of
// it. Failed before: "" for all. Must not fire: a relation "of" someone
// named, a relation in the plural, an unnamed lawyer.
func TestLocalInvertedRelationName(t *testing.T) {
	runCueCases(t, []cueCase{
		{"neighbour no comma", `"At least fifteen years. Maybe twenty," says his neighbour Valerie Stone, 70.`,
			[]want{{"At least fifteen years. Maybe twenty,", "Valerie Stone", "says"}}},
		{"friend comma", `"At least fifteen years," said his friend, Valerie Stone.`,
			[]want{{"At least fifteen years,", "Valerie Stone", "said"}}},
		{"daughter given name", `"At least fifteen years," said her daughter Valerie.`,
			[]want{{"At least fifteen years,", "Valerie", "said"}}},
		{"mayor Tuesday", `Mayor Ann Hale spoke at City Hall. "We will rebuild," said the mayor Tuesday.`,
			[]want{{"We will rebuild,", "Ann Hale", "said"}}},
		// Must not fire.
		{"friend of", `"He was a kind man," said a friend of Ann Hale.`,
			[]want{{"He was a kind man,", "", "said"}}},
		{"plural", `"He was a kind man," said his neighbours Tom and Ann Reed.`,
			[]want{{"He was a kind man,", "", "said"}}},
		{"lawyer Monday", `Tom Reed was charged. "He is innocent," said his lawyer Monday.`,
			[]want{{"He is innocent,", "", "said"}}},
	})
}

// A given name in apposition to a kin noun ("Harper's wife of 52 years,
// Carol,", "Harper's wife, Carol,") takes the noun's gender, also past
// "of 52 years", so "she said" after goes to her, not to the man the
// obituary is about whose given name the lists do not sex. Failed before:
// Glenn Harper (0.85, shown) in the obituary.
func TestLocalKinAppositionGender(t *testing.T) {
	runCueCases(t, []cueCase{
		{"wife of 52 years", "Glenn Harper, the voice of Ridgeview football, has died. Harper called games for 46 seasons.\n\nHarper's wife of 52 years, Carol, said he was already planning next season's opening game.\n\n\"He had his notes ready. He was so excited,\" she said.",
			[]want{{"He had his notes ready. He was so excited,", "Carol", "said"}}},
		{"husband of 30 years", "Ann Harper, who ran the club bar, has died. Harper served drinks for 40 years.\n\nHarper's husband of 30 years, Sam, said she never missed a match.\n\n\"She loved this club,\" he said.",
			[]want{{"She loved this club,", "Sam", "said"}}},
	})
}

// A tabloid's kin noun before a given name alone ("Gran Maureen, 68,
// added", "Mum Sarah said", "Grandad Tom told the paper") is no part of
// the name, as a role before a full name is not. Failed before: "Gran
// Maureen" (1.00). Must not fire: a kin noun before a surname that is no
// given name. ("Sister Mary" was "Mary" before, a title.)
func TestLocalKinNounBeforeGivenName(t *testing.T) {
	runCueCases(t, []cueCase{
		{"gran", `Gran Maureen, 68, who is now recovering in hospital, added: "He's my little angel."`,
			[]want{{"He's my little angel.", "Maureen", "added"}}},
		{"mum", `Mum Sarah, 34, said: "He's only nine but he acted like a grown-up."`,
			[]want{{"He's only nine but he acted like a grown-up.", "Sarah", "said"}}},
		// Must not fire.
		{"sister", `Sister Mary, the head of the convent, said: "We pray for him."`,
			[]want{{"We pray for him.", "Mary", "said"}}},
		{"surname", `Dad Okonkwo said: "We pray for him."`,
			[]want{{"We pray for him.", "Dad Okonkwo", "said"}}},
	})
}

// A name in apposition to "their neighbour", also past where the neighbour
// lives ("Their neighbor across the road, Lou Garza, lost his home too."),
// is a person's, so a "he" after it and words in the first person after
// that may be his. Failed before: the husband named before (0.40, a guess).
// Still a guess: no cue.
func TestLocalNeighbourAcrossTheRoad(t *testing.T) {
	runShownCases(t, []shownCase{
		{"across the road", "Angela Pemberton and her husband Rick are moving back in.\n\nTheir neighbor across the road, Lou Garza, lost his home too. He has decided not to rebuild.\n\n\"I'm 80. I don't have another ten years to wait.\"",
			"Lou Garza", false},
	})
}

// A short question asking for someone's words right before a quotation
// with no cue ("Her advice to younger workers? "Never let anybody make
// you feel small."", "Delgado's verdict? "..."") gives the possessor as
// the speaker. Failed before: "". Must not fire: a question that is no
// such lead ("Her house?"), a longer question, a thing's "response".
func TestLocalQuestionLead(t *testing.T) {
	runCueCases(t, []cueCase{
		{"her advice", "Rosa Delgado has cleaned offices in Phoenix for 27 years.\n\nHer advice to younger workers? \"Never let anybody make you feel small.\"",
			[]want{{"Never let anybody make you feel small.", "Rosa Delgado", ""}}},
		{"name's verdict", "Rosa Delgado has cleaned offices in Phoenix for 27 years.\n\nDelgado's verdict? \"The banks are the worst.\"",
			[]want{{"The banks are the worst.", "Rosa Delgado", ""}}},
		// Must not fire.
		{"her house", "Rosa Delgado has cleaned offices in Phoenix for 27 years.\n\nHer house? \"The banks are the worst.\"",
			[]want{{"The banks are the worst.", "", ""}}},
		{"the market's response", "Rosa Delgado sold her shares.\n\nThe market's response? \"The banks are the worst.\"",
			[]want{{"The banks are the worst.", "", ""}}},
	})
}

// A he/she opening a feature before anyone is named ("It was, she says,
// "the best decision I ever made". / Three years ago, Aoife Brennan quit
// her job ...") means the subject of the next paragraph's first sentence,
// when the given name says that gender: a guess below ConfidentAt. Failed
// before: "". Must not fire: a name later in the pronoun's own paragraph,
// a subject of the other gender, a pronoun after a description of someone
// ("The family of a woman who died ... have said she "...").
func TestLocalLedePronounForward(t *testing.T) {
	runShownCases(t, []shownCase{
		{"feature lede", "It was, she says, \"the best decision I ever made\".\n\nThree years ago, Aoife Brennan quit her job in Dublin and bought a farmhouse in Leitrim.",
			"Aoife Brennan", false},
		{"subject opens", "It was, she says, \"the best decision I ever made\".\n\nAoife Brennan quit her job in Dublin three years ago.",
			"Aoife Brennan", false},
		// Must not fire.
		{"same paragraph", `"No," she said. Linda Park had already left.`, "", false},
		{"after a description", "The family of a woman who died after a fall have said she \"died doing what she loved\".\n\nEmma Whitfield, 34, from Exeter, slipped on Sunday.",
			"", false},
		{"other gender", "It was, she says, \"the best decision I ever made\".\n\nThree years ago, Tom Brennan quit his job in Dublin.",
			"", false},
	})
}

// "Simmons agrees." (a stance: agrees, disagrees, concurs) or a gesture
// in a sentence of two words ("She smiled.") before a quotation with no
// cue: the subject speaks. Failed before: "" (a sentence of two words was
// too short to read). Must not fire: two words that are no stance
// ("Simmons left.").
func TestLocalStanceBeforeQuote(t *testing.T) {
	runCueCases(t, []cueCase{
		{"agrees", "Gail Simmons lives on the street.\n\nSimmons agrees. \"I've got to know people I'd only nodded at for twenty years.\"",
			[]want{{"I've got to know people I'd only nodded at for twenty years.", "Gail Simmons", ""}}},
		{"disagrees not first person", "Gail Simmons lives on the street.\n\nSimmons disagrees. \"The river will come back next winter.\"",
			[]want{{"The river will come back next winter.", "Gail Simmons", ""}}},
		// Must not fire.
		{"left", "Gail Simmons lives on the street.\n\nSimmons left. \"The river will come back next winter.\"",
			[]want{{"The river will come back next winter.", "", ""}}},
	})
}
