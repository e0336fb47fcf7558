package quote

import "testing"

// Classes of pronouns, sentence structure and interviews (issue 8, round
// 20), with sentences written for these tests in the way news is written.
// Each failed before its rule, unless marked as a guard.

// A sentence whose subject names something with the quoted words, closed
// by a cue that only reports it: the words are the namer's, not the
// reporter's. Failed before: "Hale called the plan "...," Reed said" gave
// Reed; "Hale branded ... "...," according to Reed" gave Reed.
func TestHBNamerReported(t *testing.T) {
	runCueCases(t, []cueCase{
		{"called, said", `Councillor Tom Hale called the plan "a disaster for every family in this town," Mayor Ann Reed said.`,
			[]want{{"a disaster for every family in this town,", "Tom Hale", "called"}}},
		{"described as, told reporters", `Senator Paul Dunn described the bill as "reckless and cruel," Governor Lisa Moore told reporters.`,
			[]want{{"reckless and cruel,", "Paul Dunn", "described"}}},
		{"has called, his spokesman said", `Senator Paul Dunn has called the deal "a betrayal of every worker," his spokesman said.`,
			[]want{{"a betrayal of every worker,", "Paul Dunn", "called"}}},
		{"branded, according to", `Tom Hale branded the proposal "dead on arrival in the Senate," according to Ann Reed.`,
			[]want{{"dead on arrival in the Senate,", "Tom Hale", "branded"}}},
		{"labelled, said", `Ann Cole labelled the scheme "a waste of public money," Tom Hale said.`,
			[]want{{"a waste of public money,", "Ann Cole", "labelled"}}},
		{"critics, no one named", `Critics have called the plan "a gift to the rich," Ann Reed said.`,
			[]want{{"a gift to the rich,", "", "called"}}},
		// Guards: the reporter's own words.
		{"guard: said of", `"A disaster for every family," Ann Reed said of Tom Hale's plan.`,
			[]want{{"A disaster for every family,", "Ann Reed", "said"}}},
		{"guard: no naming verb", `Ann Reed met Tom Hale on Monday. The plan is "a disaster for every family," Reed said.`,
			[]want{{"a disaster for every family,", "Ann Reed", "said"}}},
		{"guard: participle", `Tom Hale, calling the plan "a disaster for families," said he would vote no, Ann Reed said.`,
			[]want{{"a disaster for families,", "Tom Hale", "said"}}},
	})
}

// A pronoun given to someone named only in passing (the object of a verb
// or a preposition, a possessive) while another person it may mean is the
// subject of a sentence just before, or a name of no known gender opens
// the same sentence: the text does not say which, so the name is given
// but not shown. Failed before: shown at 0.85.
func TestHBPronounPassedOverSubject(t *testing.T) {
	runCueCasesConf(t, []confCase{
		{"object of a verb", "Tom Bell signed a new deal last week. The club thanked Mark Hale for his help. Fans cheered the news.\n\n\"I am happy to stay,\" he said.",
			"I am happy to stay,", "Mark Hale", false},
		{"possessive", "Tom Bell signed a new deal last week. The club paid the fee to Mark Hale's agency. Fans cheered the news.\n\n\"I am happy to stay,\" he said.",
			"I am happy to stay,", "Mark Hale", false},
		{"apposition after a preposition", "Tom Bell signed a new deal last week. The club paid a record fee to his agent, Mark Hale. Fans cheered the news.\n\n\"I am happy to stay,\" he said.",
			"I am happy to stay,", "Mark Hale", false},
		{"subject of no known gender", `Ruiz thanked Ann Cole for her work. "It matters," she said.`,
			"It matters,", "Ann Cole", false},
		// Guards: the object is the only person the pronoun fits, the
		// subject is the one it fits, a subject in between, and a chain
		// the text goes on with.
		{"guard: object the only one of the gender", `Mr Ruiz thanked Ann Cole for her work on the project. "It matters to all of us," she said.`,
			"It matters to all of us,", "Ann Cole", true},
		{"guard: subject of the gender", `Tom Ruiz thanked Ann Cole for her work on the project. "It matters to all of us," he said.`,
			"It matters to all of us,", "Tom Ruiz", true},
		{"guard: subject and object of the gender", `Ann Ruiz thanked Ann Cole for her work on the project. "It matters to all of us," she said.`,
			"It matters to all of us,", "Ann Ruiz", false},
		{"guard: a subject in between", "Tom Bell signed a new deal last week. His agent, Mark Hale, negotiated for a month. The club paid a record fee.\n\n\"I am happy to stay,\" he said.",
			"I am happy to stay,", "Mark Hale", true},
		{"guard: three sentences about no one", "Mayor Ann Ruiz spent Monday at the flood site. The water had risen overnight. Crews worked through the rain to clear the road.\n\n\"We will rebuild every home,\" she said.",
			"We will rebuild every home,", "Ann Ruiz", true},
		{"guard: a chain since", "Tom Bell ran the club for years. Fans wrote to Mark Hale in May. In reply, the owner said his door was open.\n\n\"Nobody is leaving,\" he said.",
			"Nobody is leaving,", "Mark Hale", true},
	})
}

// The one a named asker puts a question to answers: "X asked Hale
// whether ...", or "X asked whether she would ...; she replied", though
// asker and answerer share a gender. Failed before: not shown (0.45).
func TestHBAskedNamedAnswers(t *testing.T) {
	runCueCasesConf(t, []confCase{
		{"asked the name", `Ann Hale took questions on Monday. Lisa Park asked Hale whether the plan would survive. "It will," she said.`,
			"It will,", "Ann Hale", true},
		{"asked whether she, replied", `Ann Hale met reporters at the station. Lisa Park, a reporter for the Sun, asked whether she would resign. "Not today," she replied.`,
			"Not today,", "Ann Hale", true},
		// Guards: asked about someone else, asked whether she (the asker
		// herself, maybe) and a plain "said".
		{"guard: asked someone else", `Ann Hale took questions on Monday. Lisa Park asked Tom Reed whether the plan would survive. "It will," she said.`,
			"It will,", "Ann Hale", false},
		{"guard: whether she, said", `Ann Hale met reporters at the station. Lisa Park, a reporter for the Sun, asked whether she would resign. "Not today," she said.`,
			"Not today,", "Ann Hale", false},
		{"guard: asker of the other gender", `Tom Reed asked Ann Hale whether the plan would survive. "It will," she said.`,
			"It will,", "Ann Hale", true},
	})
}

// Words the reporting subject heard from someone else ("said she had
// been told by a teacher that the plan "..."", "heard from Tom Bell that")
// are the source's: a name, or "" for someone unnamed. Failed before: the
// reporting subject, shown.
func TestHBToldBySource(t *testing.T) {
	runCueCases(t, []cueCase{
		{"told by a teacher", `Ann Ruiz said she had been told by a teacher that the plan "makes no sense at all."`,
			[]want{{"makes no sense at all.", "", "told"}}},
		{"told by, no that", `Ann Ruiz said she was told by a local teacher the plan "makes no sense at all."`,
			[]want{{"makes no sense at all.", "", "told"}}},
		{"heard from a parent", `Ann Ruiz said she had heard from a parent that the school "is falling apart."`,
			[]want{{"is falling apart.", "", "heard"}}},
		{"told by a name", `Ann Ruiz said she had been told by Tom Bell that the plan "makes no sense at all."`,
			[]want{{"makes no sense at all.", "Tom Bell", "told"}}},
		// Guards: no source named, a source of another clause, and a
		// teacher who told her (already "").
		{"guard: told, no source", `Ann Ruiz said she was told the plan "makes no sense at all."`,
			[]want{{"makes no sense at all.", "Ann Ruiz", "said"}}},
		{"guard: told by doctors to rest", `Ann Ruiz said she was told by doctors to rest, and that the plan "makes no sense at all."`,
			[]want{{"makes no sense at all.", "Ann Ruiz", "said"}}},
		{"guard: a relative clause", `Ann Ruiz, who was told by doctors to rest, said the plan "makes no sense at all."`,
			[]want{{"makes no sense at all.", "Ann Ruiz", "said"}}},
		{"guard: a teacher told her", `Ann Ruiz said a local teacher told her the plan "makes no sense at all."`,
			[]want{{"makes no sense at all.", "", "told"}}},
	})
}

// A phrase of place or time opening the sentence with no comma before
// the subject ("In Leeds Ruiz said", "In March Ruiz said", "Last month in
// Paris Ruiz said", "Earlier on Tuesday Ruiz said"): the place, day or
// month is no part of the name. Failed before: "Leeds Ann Ruiz", "March
// Ruiz", "" (for "Paris Ruiz"), "Tuesday Ruiz".
func TestHBOpeningPlaceNoComma(t *testing.T) {
	runCueCases(t, []cueCase{
		{"in Leeds, surname", `In Leeds Ruiz said the talks were "going nowhere fast."`,
			[]want{{"going nowhere fast.", "Ruiz", "said"}}},
		{"in Leeds, full name", `In Leeds Ann Ruiz said: "We will get there."`,
			[]want{{"We will get there.", "Ann Ruiz", "said"}}},
		{"in March", `In March Ruiz said: "We will get there."`,
			[]want{{"We will get there.", "Ruiz", "said"}}},
		{"last month in Paris", `Last month in Paris Ruiz said the talks were "going nowhere fast."`,
			[]want{{"going nowhere fast.", "Ruiz", "said"}}},
		// ("Tuesday" is a given name too, on a list.)
		{"earlier on Tuesday", `Earlier on Tuesday Ruiz said: "We will get there."`,
			[]want{{"We will get there.", "Ruiz", "said"}}},
		{"late on Tuesday, full name", `Late on Tuesday Ann Ruiz said the talks were "going nowhere fast."`,
			[]want{{"going nowhere fast.", "Ann Ruiz", "said"}}},
		// Guards: a place of two words before a comma, a place whose
		// second word is a given name, and a place with no verb after.
		{"guard: in San Francisco, comma", `In San Francisco, Ann Ruiz said the talks were "going nowhere fast."`,
			[]want{{"going nowhere fast.", "Ann Ruiz", "said"}}},
		{"guard: in San Francisco today", "Ann Ruiz runs a shelter.\n\nIn San Francisco today, people who earn less are poor. \"I never had a home,\" she said.",
			[]want{{"I never had a home,", "Ann Ruiz", "said"}}},
	})
}

// "has long said", "has long argued": "long" between the auxiliary and
// the verb of speech, as "often" or "repeatedly" stand. Failed before: ""
// after the quotation, no cue before it.
func TestHBHasLongSaid(t *testing.T) {
	runCueCases(t, []cueCase{
		{"has long said", `"We will never sell," Tom Bell has long said.`,
			[]want{{"We will never sell,", "Tom Bell", "said"}}},
		{"has long argued", `Ann Ruiz has long argued that the plan is "dead in the water."`,
			[]want{{"dead in the water.", "Ann Ruiz", "argued"}}},
		// Guard: "long" as an adjective before a name is no adverb.
		{"guard: a long said", `"We will never sell," said Tom Bell, the club's long-serving chairman.`,
			[]want{{"We will never sell,", "Tom Bell", "said"}}},
	})
}

// A "she said" after two women named, whose words name the other one in
// the third person (by name or as "she"/"her"), is the first: the words
// are about the other. Failed before: given at 0.45, not shown.
func TestHBWordsNameRival(t *testing.T) {
	runCueCasesConf(t, []confCase{
		{"by name", `Ann Ruiz praised her deputy, Lisa Cole. "Cole has been brilliant all year," she said.`,
			"Cole has been brilliant all year,", "Ann Ruiz", true},
		{"as she", `Ann Ruiz praised her deputy, Lisa Cole. "She has been brilliant all year," she said.`,
			"She has been brilliant all year,", "Ann Ruiz", true},
		{"as her", `Ann Ruiz praised her deputy, Lisa Cole, on Monday. "I could not have done it without her," she said.`,
			"I could not have done it without her,", "Ann Ruiz", true},
		// Guards: words naming no one, and two others of that gender.
		{"guard: words name no one", `Ann Ruiz praised her deputy, Lisa Cole. "I am so proud of this team," she said.`,
			"I am so proud of this team,", "Ann Ruiz", false},
		{"guard: two others", `Ann Ruiz met Lisa Cole and Jane Park on Monday. "She has been brilliant all year," she said.`,
			"She has been brilliant all year,", "Ann Ruiz", false},
	})
}

// Guards for constructions that already worked: an opening adverbial of
// time or place before the subject, a "he said" inside the quoted words,
// cues with "had", "has", "would", and a job word before a name of three
// words.
func TestHBStructureGuards(t *testing.T) {
	runCueCases(t, []cueCase{
		{"on Tuesday", `On Tuesday, Mayor Ann Ruiz said the city "will not back down from this fight."`,
			[]want{{"will not back down from this fight.", "Ann Ruiz", "said"}}},
		{"last week", `Mayor Ann Ruiz spoke on Monday. Last week Ruiz told reporters: "We have the votes and we will use them."`,
			[]want{{"We have the votes and we will use them.", "Ann Ruiz", "told reporters"}}},
		{"earlier, in Leeds", `Earlier, in Leeds, Mayor Ann Ruiz said the talks were "going nowhere fast."`,
			[]want{{"going nowhere fast.", "Ann Ruiz", "said"}}},
		{"he said inside", `Ann Ruiz waited a week. "He said he would call me back the next day," Ruiz said.`,
			[]want{{"He said he would call me back the next day,", "Ann Ruiz", "said"}}},
		{"had said", `Tom Bell had said the club "would never sell its best players."`,
			[]want{{"would never sell its best players.", "Tom Bell", "said"}}},
		{"would later say", `"It was the hardest vote of my career," Ann Ruiz would later say.`,
			[]want{{"It was the hardest vote of my career,", "Ann Ruiz", "say"}}},
		{"driver, three words", `"The roads are getting worse every year," driver Tri Van Nguyen said.`,
			[]want{{"The roads are getting worse every year,", "Tri Van Nguyen", "said"}}},
		{"nurse, particle", `"We are working double shifts every week," nurse Maria de Souza said.`,
			[]want{{"We are working double shifts every week,", "Maria de Souza", "said"}}},
	})
}
