package quote

import "testing"

// Quoted words that name a thing rather than report speech (issue 8,
// eighth round: false quotations on fresh6). Sentences written for these
// tests; the negative cases say where the rules must not fire.

// "what the government calls "weather and safety" leave": the name an
// institution gives a thing is a term, not its speech. A person's naming,
// a longer quotation or a naming verb with no "what" stay quotations.
func TestTermsClassInstitutionNaming(t *testing.T) {
	runCueCases(t, []cueCase{
		{"a government's category", `Some workers were put on paid leave because their offices closed, what the government calls "weather and safety" leave.`, nil},
		{"a named department's name for a place", `The recall covers the Pentagon and the buildings around it, what the Defense Department calls the "Pentagon reservation." About 25,000 people work there.`, nil},
		{"a person's naming", `Tom Reed spoke for an hour. He described what he called a "pattern of secrecy" at the council.`,
			[]want{{"pattern of secrecy", "Tom Reed", "called"}}},
		{"an institution's longer words", `Nurses walked out on Monday over what the union calls "a betrayal of every nurse in the county."`,
			[]want{{"a betrayal of every nurse in the county.", "", "calls"}}},
		{"no what", `The ministry called the plan "a reckless gamble with public money."`,
			[]want{{"a reckless gamble with public money.", "", "called"}}},
	})
}

// The words of a headline, tagline or sign introduced by a verb that
// would otherwise read as a cue are not speech; a person of a headline
// ("the headline writer") still speaks.
func TestTermsClassWrittenWords(t *testing.T) {
	runCueCases(t, []cueCase{
		{"a headline reads", `A Monday headline in the Harbour Gazette reads, "The Ferry Board Is Changing What It Means to Be a Port." The piece goes on to list the new fares.`, nil},
		{"a tagline is", `The fact that the site's tagline is "the real world is calling" says it all.`, nil},
		{"a sign read, after", `"Save our ferry before it is too late," read one sign outside the council offices.`, nil},
		{"the headline writer speaks", `The headline writer, Tom Reed, said: "We got that one badly wrong."`,
			[]want{{"We got that one badly wrong.", "Tom Reed", "said"}}},
		// The article that the headline heads speaks for its paper.
		{"the article states", `A Monday headline in the Harbour Gazette reads, "The Ferry Board Is Changing What It Means to Be a Port." The article states: "By cutting the early sailing, the board is breaking a promise it made in 1952."`,
			[]want{{"By cutting the early sailing, the board is breaking a promise it made in 1952.", "Harbour Gazette", "states"}}},
	})
}

// The title of a work is not a quotation: after "author of", after its
// author's possessive name when its words are capitalised, or a title-case
// question after "In" opening a sentence.
func TestTermsClassTitledWorks(t *testing.T) {
	runCueCases(t, []cueCase{
		{"author of", `Dr. Ann Cole, professor of economics and author of "Harbour Towns at the End of Their Ropes: Ferries and the Coming Winter."`, nil},
		{"a possessive name with a lower-case slip", `The other poems include dispatches from nurses (John Okrent's "Two Days in March," Amit Varma's "A Night Nurse Foresees her Shift") and a meditation on grief.`, nil},
		{"a title-case question after In", `In "How Will the Pandemic Change Poetry?", Ann Cole offers a wry look at the fate of the art.`, nil},
		// Words after a possessive that are not a title's, and a question
		// someone asks, stay.
		{"a possessive before speech", `Reed's "we will not be moved on this, not one inch" came after an hour of questions.`,
			[]want{{"we will not be moved on this, not one inch", "", ""}}},
		{"a question with a cue", `In the end Ann Cole asked, "How will the town pay for a second boat?"`,
			[]want{{"How will the town pay for a second boat?", "Ann Cole", "asked"}}},
	})
}

// A quoted name inside a noun phrase, an article before it and a noun
// after it, or an article and a measure before a short name closed by a
// comma, names a thing.
func TestTermsClassNamedThings(t *testing.T) {
	runCueCases(t, []cueCase{
		{"an old trick", `If you are unsure, suggest you swap photos (the ol' "how many fingers am I holding up?" trick) or talk on video first.`, nil},
		{"items named in a suit", `A 24 1/2 inch "rope chain necklace," a 27-inch "diamonds tennis necklace," and a "Gucci Grammy Awards special edition" watch are named as defendants in the suit.`, nil},
		// With a cue, an article before the words does not make them a name.
		{"an article and a cue", `It was a "complete and utter disaster for the town," Mayor Ruth Adeyemi said.`,
			[]want{{"complete and utter disaster for the town,", "Ruth Adeyemi", "said"}}},
	})
}

// A quoted term or slogan that is its sentence's subject is no one's
// words: after "The" opening the sentence, before a verb ("The "sting in
// the tail" is produced by ..."), or opening the sentence before a verb of
// being and a word for a slogan (""Take back control" was the rallying
// cry"). Failed before: both were quotations, the first given to
// "Forecasters".
func TestTermAndSloganSubjects(t *testing.T) {
	runCueCases(t, []cueCase{
		{"the term is", "Forecasters say the storm could bring a sting jet. The \"sting in the tail\" is produced by a distinct jet of air.",
			nil},
		{"became her call to arms", "Tsai tied the island's fears to the protests across the water. “Hong Kong today, Taiwan tomorrow” became her call to arms. Fear can be great political capital.",
			nil},
		{"was the rallying cry", "The campaign was simple. \"Take back control\" was the rallying cry of the Leave side, and it worked.",
			nil},
		// Must not fire: words someone sends are a message, not a slogan;
		// a quotation with its speaker.
		{"the message from", "Officials met on Monday. \"We are ready to talk\" was the message from the ministry, a spokesman said.",
			[]want{{"We are ready to talk", "", "*"}}},
		{"quotation opening a sentence", "Anna Berg looked at the crowd. \"We have waited long enough,\" she said. \"Today is the day.\"",
			[]want{{"We have waited long enough,", "Anna Berg", "said"}, {"Today is the day.", "Anna Berg", ""}}},
	})
}

// A work's title in apposition to the noun for it ("in Lamar's first
// album, "good kid, m.A.A.d city," the fifth song ...") is no quotation,
// even in the clause a verb of speech reports; a term opening a sentence
// after a cue's colon ("Kaveh writes: A "rural brain drain" has been
// ...") is the writer's term. Failed before: both were quotations, the
// first given to the outlet, the second to the writer.
func TestTitleAppositionAndTermAfterColon(t *testing.T) {
	runCueCases(t, []cueCase{
		{"album apposition", `Quartz notes that in Lamar's first album, "good kid, m.A.A.d city," the fifth song starts 19 minutes in.`,
			nil},
		{"term after colon", `Ann Hale writes: A "rural brain drain" has been pulling graduates out of small towns for a decade.`,
			nil},
		// Must not fire: words after the colon, and a noun for a work that
		// someone's words describe.
		{"words after colon", `Ann Hale writes: "A rural brain drain has been pulling graduates out of small towns."`,
			[]want{{"A rural brain drain has been pulling graduates out of small towns.", "Ann Hale", "writes"}}},
		{"the album, she said", `Of the new album, "it is the best thing we have ever made," Ann Hale said.`,
			[]want{{"it is the best thing we have ever made,", "Ann Hale", "said"}}},
		{"short words about the album", `Of the new album, "we loved making it," Ann Hale said.`,
			[]want{{"we loved making it,", "Ann Hale", "said"}}},
	})
}
