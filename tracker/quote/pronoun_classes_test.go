package quote

import "testing"

// Classes of pronoun errors (issue 8, sixth round): "he said"/"she said"
// given to a different person than the one the narrative is about. The
// model is a salience ranking: agreement first (gender, and number: a name
// for people in the plural is never "he" or "she"), then grammatical role
// (a subject outranks a possessive or the object of a preposition, a
// sentence or two nearer), then recency. The sentences are written for
// these tests in the shape of real news; each case failed before the rule
// it guards, unless it is marked as a guard.
func TestPronounClasses(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		wants []want
	}{
		// Number: "many Londoners", "Islanders are" name a group. (Guards
		// here: a group's name of unknown gender was already passed over;
		// the number check keeps it so when a pronoun resolved before gave
		// the group a gender.)
		{"guard: a plural name after a quantifier is not she",
			`Rosa Quint founded the shelter in 1990. "We open at six," Quint said. If many Londoners think the problem is hopeless, the shelter does not. "Nobody here is beyond help," she said.`,
			[]want{{"We open at six,", "Rosa Quint", "said"}, {"Nobody here is beyond help,", "Rosa Quint", "said"}}},
		{"guard: a plural name with a plural verb is not he",
			`Aaron Pike runs the ferry. Islanders are used to delays in winter. "We do what we can," he said.`,
			[]want{{"We do what we can,", "Aaron Pike", "said"}}},
		{"guard: a surname ending in s is still one person",
			`Tom Rivers runs the ferry. "We do what we can," he said.`,
			[]want{{"We do what we can,", "Tom Rivers", "said"}}},

		// A given name in apposition to the description of a person is a
		// person, of the description's gender.
		{"a given name opening the sentence, then a description",
			`The clinic closed in May. Greta Holm, a nurse, moved to the city. Lucia, a young mother of three, lost her place in the queue. "I came back every day for a week," she told me.`,
			[]want{{"I came back every day for a week,", "Lucia", "told"}}},
		{"a description opening the sentence, then a given name",
			`Dora Vance runs the kitchen. A tall, soft-spoken man from the valley, Tobias, has slept outside since March. He has a job but no lease. "The rent doubled in a year," he said.`,
			[]want{{"The rent doubled in a year,", "Tobias", "said"}}},
		{"guard: a given name followed by a verb is the subject as before",
			`Lucia lost her place in the queue. "I came back every day," she said.`,
			[]want{{"I came back every day,", "Lucia", "said"}}},

		// Grammatical role over recency: the subject of a sentence just
		// before, not someone unnamed met after a preposition since, nor
		// a name of the wrong gender.
		{"a subject two sentences back, past an unnamed object",
			`Karl Brandt has lived on the street for ten years. He has appointments with a doctor, whom he trusts. "They never have enough beds," he said.`,
			[]want{{"They never have enough beds,", "Karl Brandt", "said"}}},
		{"guard: a subject two sentences back, past a name of the other gender",
			`Karl Brandt has lived on the street for ten years. He often eats with Nora Ellis's family. "They never have enough beds," he said.`,
			[]want{{"They never have enough beds,", "Karl Brandt", "said"}}},
		{"guard: an unnamed subject in the sentence before still blocks",
			`Karl Brandt runs the shelter. A nurse from the clinic stood at the door. "We need more blankets," he said.`,
			[]want{{"We need more blankets,", "", "said"}}},
		{"guard: an unnamed object in the sentence before, no subject near",
			`The shelter opened in May. It has appointments with a doctor, whom residents trust. "We need more blankets," he said.`,
			[]want{{"We need more blankets,", "", "said"}}},

		// An unnamed subject ("one young guy I met") is the antecedent,
		// not a name in the sentence's object; "one of the volunteers, a
		// retired woman named X," is X.
		{"an unnamed subject, a name in the object",
			`Nora Ellis runs the kitchen.

One young guy I met told me all about Albert Einstein's early papers. "I read them twice a year," he said.`,
			[]want{{"I read them twice a year,", "", "said"}}},
		{"one of a group, described and named",
			`Nora Ellis runs the kitchen.

One of the oldest volunteers at St. Mary's, a retired teacher named Ruth Olsen, told me the work was hard. "I come every Tuesday, rain or shine," she said.`,
			[]want{{"I come every Tuesday, rain or shine,", "Ruth Olsen", "said"}}},
		{"guard: a description of a person named",
			`Nora Ellis runs the kitchen. A retired teacher named Ruth Olsen told me the work was hard. "I come every Tuesday," she said.`,
			[]want{{"I come every Tuesday,", "Ruth Olsen", "said"}}},

		// "it": the organisation that is the subject, not one named deep
		// in its object; a direct object may be the one answering.
		{"it: the subject, not a name in a relative clause",
			`Regulators have not banned DMAA.

The Drug Safety Board warned shoppers about diet pills that contain DMAA.

"Do not buy these products online," it said in a statement.`,
			[]want{{"Do not buy these products online,", "Drug Safety Board", "said"}}},
		{"it: the subject, not the object of a preposition",
			`The Drug Safety Board published a warning about pills sold by Zenmart Ltd. "Do not buy these products online," it said.`,
			[]want{{"Do not buy these products online,", "Drug Safety Board", "said"}}},

		// A description with a prepositional phrase, then a name in
		// apposition, is that person, not someone given the role before.
		{"a description with its phrase, then the name in apposition",
			`"We need more homes," Jose Ramos, the executive director of the trust, told me.

The founding director of the city's Department of Housing and Health, Leo Marsh, is a numbers man. He wanted one system for everyone. "We had too many silos," he told me.`,
			[]want{{"We need more homes,", "Jose Ramos", "told"}, {"We had too many silos,", "Leo Marsh", "told"}}},
		{"guard: a description with its phrase and no name is the one given the role",
			`"We need more homes," Jose Ramos, the executive director of the trust, told me.

The director of the trust is a numbers man. He wanted one system for everyone. "We had too many silos," he told me.`,
			[]want{{"We need more homes,", "Jose Ramos", "told"}, {"We had too many silos,", "Jose Ramos", "told"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { check(t, tc.in, tc.wants) })
	}
}

// Classes of speakers carried to a quotation with no cue of its own, from
// the quotation before it in the paragraph or ending the paragraph before,
// and of a he/she whose words name the nearest candidate.
// Signs of a change of person keep the carried speaker but below
// ConfidentAt (given, not shown): the quotation names that speaker in the
// third person, answers a question the quotation before put, or its
// paragraph goes on about someone else. Within a paragraph, a sentence
// between about someone else (a he/she of the other gender, "his wife",
// someone unnamed) ends the run; the last resort may still give the
// speaker, below ConfidentAt.
func TestContinuationClasses(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		speaker   string // of the last quotation
		confident bool
	}{
		{"the next paragraph's quotation names the speaker",
			"\"We will win the vote,\" said Senator Tom Reed.\n\n\"Reed has never lost a vote in this chamber, and he will not start now.\"",
			"Tom Reed", false},
		{"the quotation in the same paragraph names the speaker",
			"\"We will win the vote,\" said Senator Tom Reed. \"Nobody counts votes better than Reed does.\"",
			"Tom Reed", false},
		{"an answer to the question ending the paragraph before",
			"\"Why did the plant close?\" asked Mara Cole, the host.\n\n\"Because the orders dried up over two winters.\"",
			"Mara Cole", false},
		{"the next paragraph goes on about someone else",
			"\"We will appeal the ruling,\" said Tom Reed.\n\n\"It was a mistake from the very start.\" Ann Hall, his deputy, resigned a week later.",
			"Tom Reed", false},
		{"an organisation's statement, then words in the first person singular",
			"\"We are reviewing the decision,\" Orbel Foods said in a statement.\n\n\"I have worked at that plant for thirty years and nobody told me.\"",
			"Orbel Foods", false},
		{"guard: an organisation's statement going on in the plural",
			"\"We are reviewing the decision,\" Orbel Foods said in a statement.\n\n\"We will share more details with our staff next week.\"",
			"Orbel Foods", true},
		{"a sentence about his wife between two quotations of a paragraph",
			`"We will win the vote," said Senator Tom Reed. His wife shook her head. "He always says that before a vote."`,
			"Tom Reed", false},
		{"a she between a man's quotations",
			`"We will win the vote," said Senator Tom Reed. She laughed at that. "Not this time, not with these numbers."`,
			"Tom Reed", false},
		{"guard: he between his quotations",
			`"We will win the vote," said Senator Tom Reed. He smiled. "We always do when it matters."`,
			"Tom Reed", true},
		{"guard: his title between his quotations",
			`"We will win the vote," said Senator Tom Reed. The senator smiled. "We always do when it matters."`,
			"Tom Reed", true},
		{"guard: his voice between his quotations",
			`"We will win the vote," said Senator Tom Reed. His voice rose. "We always do when it matters."`,
			"Tom Reed", true},
		{"guard: a run of paragraphs in the first person",
			"\"We will win the vote,\" said Senator Tom Reed.\n\n\"I have never lost a vote in this chamber, and I will not start now.\"",
			"Tom Reed", true},
		{"guard: a place named after someone else's name",
			"\"We will win the vote,\" said Senator Tom Reed.\n\n\"I grew up on Reed Street and I know these people.\"",
			"Tom Reed", true},
		{"guard: a question then more questions by the same speaker",
			"\"Why did the plant close?\" asked Mara Cole, the host.\n\n\"And why did nobody warn the workers?\"",
			"Mara Cole", true},
		{"a he whose words name the one nearest in the third person",
			"Jim Cole sat at the back of the chamber. Tom Reed spoke first. \"Reed has misled this council for years,\" he said.",
			"Jim Cole", false},
		{"guard: a he whose words name someone else",
			"Jim Cole sat at the back of the chamber. Tom Reed spoke first. \"Cole has misled this council for years,\" he said.",
			"Tom Reed", true},
		{"guard: the paragraph goes on about the speaker",
			"\"We will appeal the ruling,\" said Tom Reed.\n\n\"It was a mistake from the very start.\" Reed has led the council since 2015.",
			"Tom Reed", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			qs := Extract(tc.in)
			if len(qs) == 0 {
				t.Fatalf("got no quotes")
			}
			q := qs[len(qs)-1]
			if q.Speaker != tc.speaker || q.Confident() != tc.confident {
				t.Errorf("last quote %q: got %q at %.2f (confident %v); want %q, confident %v", q.Text, q.Speaker, q.Confidence, q.Confident(), tc.speaker, tc.confident)
			}
		})
	}
}

// A given name borne by men and women alike, or a family name printed
// first ("Kim"), gives no gender: "he" may be Kim Collins, and another man
// named since as an object is not preferred for it.
func TestPronounClassUnisexGivenName(t *testing.T) {
	runCueCases(t, []cueCase{
		{"kim is he", `Sprinter Kim Oduya will run the 60m in Glasgow. Former champion Dwayne Pike will also race. Oduya won there in 2019. "I love racing in front of this crowd," he said.`,
			[]want{{"I love racing in front of this crowd,", "Kim Oduya", "said"}}},
		{"jordan is she", `Midfielder Jordan Reyes signed for the club on Friday. Coach Paul Marsh welcomed the move. Reyes played in Lyon last season. "I wanted to come home," she said.`,
			[]want{{"I wanted to come home,", "Jordan Reyes", "said"}}},
		// Guard: a given name of one gender still decides.
		{"guard: gendered name", `Sprinter Karen Oduya will run the 60m in Glasgow. Former champion Dwayne Pike will also race. Oduya won there in 2019. "I love racing in front of this crowd," he said.`,
			[]want{{"I love racing in front of this crowd,", "Dwayne Pike", "said"}}},
	})
}
