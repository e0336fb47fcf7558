package quote

import "testing"

// Classes of issue 8 read in the narrative around a quotation (round 12,
// helper "talk"), written for these tests in the way news is written.

// A quoted span dropped as no one's words (a book's title, a term) is part
// of the narrative sentence that holds it: the sentence's verb of speech
// still reports the quotation paragraph after it. Failed before ("": the
// title counted as another quotation in the paragraph). Must not fire:
// someone else named after the speaker in the paragraph before.
func TestNarrativeDroppedSpanIsNarrative(t *testing.T) {
	runCueCases(t, []cueCase{
		{"title in single marks", "Ann Cole said she did not see her new book as a sequel to her earlier 'The Long Road: Stories of the Valley', but there were common threads.\n\n\"I think some of us see that the game is being played, but I worry that we do not see how deep it goes.\"",
			[]want{{"I think some of us see that the game is being played, but I worry that we do not see how deep it goes.", "Ann Cole", ""}}},
		{"title in single marks, short", "Mark Hale said his novel 'A House by the Water' would be out in May.\n\n\"I wrote most of it at night, when my children were asleep.\"",
			[]want{{"I wrote most of it at night, when my children were asleep.", "Mark Hale", ""}}},
		{"title in double marks", "Mark Hale said his novel, \"A House by the Water,\" would be out in May.\n\n\"I wrote most of it at night, when my children were asleep.\"",
			[]want{{"I wrote most of it at night, when my children were asleep.", "Mark Hale", ""}}},
		// Must not fire.
		{"someone else after", "Mark Hale said his novel would be out in May. Ann Cole, his editor, has read the book 'A House by the Water' twice.\n\n\"I wrote most of it at night, when my children were asleep.\"",
			[]want{{"I wrote most of it at night, when my children were asleep.", "", ""}}},
	})
}

// "offered that" and "offered:" report speech, as "shared that" does: the
// subject speaks. Failed before (no cue; the speaker only guessed or "").
// Must not fire: "offered" with an object is no verb of speech.
func TestNarrativeOfferedThat(t *testing.T) {
	runCueCases(t, []cueCase{
		{"offered that", "Maria Lopez, a veteran party organiser, told reporters that the senator \"looked tired and out of ideas.\"\n\nShe offered that \"Reyes seemed to have more energy tonight, and I think that is because of the union endorsement.\"",
			[]want{{"looked tired and out of ideas.", "Maria Lopez", "told reporters"},
				{"Reyes seemed to have more energy tonight, and I think that is because of the union endorsement.", "Maria Lopez", "offered"}}},
		{"offered colon", `After the debate, Tom Ellis offered: "Nobody won tonight, and nobody lost much either."`,
			[]want{{"Nobody won tonight, and nobody lost much either.", "Tom Ellis", "offered"}}},
		// Must not fire.
		{"offered an object", `Mayor Ann Cole offered "our full support and our prayers" to the families on Monday.`,
			[]want{{"our full support and our prayers", "Ann Cole", ""}}},
		{"offered then another speaker", `Mayor Ann Cole offered the families a meeting. "We will listen to every one of you," said her deputy, Tom Ellis.`,
			[]want{{"We will listen to every one of you,", "Tom Ellis", "said"}}},
	})
}

// "what we call "X"", "what you might call "X"": a short term named in
// everyone's terms, as an institution names a thing in its own ("what the
// government calls "..."" ), is no one's words. Failed before (kept as a
// quotation). Must not fire: a person's naming, a longer quotation.
func TestNarrativeWhatWeCall(t *testing.T) {
	runCueCases(t, []cueCase{
		{"what we call", `So you might give more visas and deal with the legal status of what we call "dreamers" — people who came here as children.`, nil},
		{"what we call, closing the sentence", `For a lot of parents, they are what we call "helicopter parents." They plan every minute of the day.`, nil},
		// Must not fire.
		{"what she calls", `Senator Ann Cole attacked what she calls "a pattern of secrecy" at the agency.`,
			[]want{{"a pattern of secrecy", "Ann Cole", "calls"}}},
		{"long quotation", `The deal is what we call "a betrayal of every nurse in this state," said Ann Cole, the union leader.`,
			[]want{{"a betrayal of every nurse in this state,", "Ann Cole", "said"}}},
	})
}

// A passive verb of speech with an adverb between the auxiliary and the
// participle ("was once asked", "was later told") does not make its
// subject the speaker: the subject was spoken to. Failed before (the
// subject given the question). Must not fire: an active verb after "had
// once", a progressive "was also saying", a passive in a relative clause
// before the subject's own verb.
func TestNarrativePassiveAcrossAdverb(t *testing.T) {
	runCueCases(t, []cueCase{
		{"was once asked", `Success comes from meeting needs. Steve Harlow was once asked "Do you do customer surveys?" He said "No, because people don't know what they want."`,
			[]want{{"Do you do customer surveys?", "", ""}, {"No, because people don't know what they want.", "Steve Harlow", "said"}}},
		{"was later told", `Ann Cole was later told "you will never work in this town again." She left for Boston.`,
			[]want{{"you will never work in this town again.", "", ""}}},
		// Must not fire.
		{"had once said", `Ann Cole had once said "I will never leave this town." She left for Boston in May.`,
			[]want{{"I will never leave this town.", "Ann Cole", "said"}}},
		{"relative passive", `Mark Hale, who was repeatedly warned about the risks, said: "We knew what we were doing."`,
			[]want{{"We knew what we were doing.", "Mark Hale", "said"}}},
	})
}

// A name that is the subject of a verb of speech past an adverb ("Abraham
// Lincoln once said", "Ann Hale later wrote") is a person's, as it is right
// before the verb: a "he" after it may mean that person. Failed before
// ("": the name stayed only "maybe" a person, and "he" found no one sure).
// Must not fire: an organisation named so is no antecedent of "he".
func TestNarrativeSpeakerPastAdverb(t *testing.T) {
	runCueCases(t, []cueCase{
		{"once said", `He got more votes and his timing was right. One of the things you learn in life is what Abraham Lincoln once said. He said "Events have controlled me more than I have controlled events."`,
			[]want{{"Events have controlled me more than I have controlled events.", "Abraham Lincoln", "said"}}},
		// Must not fire.
		{"organisation once said", `Tom Reed lost the mill in 2009. The Daily Herald once said the mill would never close. He said "They were wrong about that, and so was I."`,
			[]want{{"They were wrong about that, and so was I.", "Tom Reed", "said"}}},
	})
}

// "My father said" in an interview's answer: the father the article named
// ("Hale's father, the late Malcolm Hale," an apposition past "the" and an
// epithet), and a later "he" in the answers may take him up. "As Reed
// liked to say,", "my father used to say": the subject of the verb of
// habit before "to" speaks. Failed before ("" for "my father"; the cue
// "say" unread; "he said" given the management writer named before).
// Must not fire: no father named, another relation named, a relation noun
// that is no kin of the one named.
func TestNarrativeMyRelative(t *testing.T) {
	intro := "Steve Hale runs the family firm. Hale's father, the late Malcolm Hale, founded it in 1950.\n\nWhat do you remember of him?\n\n"
	runCueCases(t, []cueCase{
		{"my father said", intro + `He was strict. My father said "The hardest thing to do in life is nothing."`,
			[]want{{"The hardest thing to do in life is nothing.", "Malcolm Hale", "said"}}},
		{"as my father liked to say", intro + `He was strict. As my father liked to say, "If you think you have arrived, you are ready to be shown the door."`,
			[]want{{"If you think you have arrived, you are ready to be shown the door.", "Malcolm Hale", "say"}}},
		{"as Reed liked to say", `Tom Reed runs the mill. As Reed liked to say, "If you think you have arrived, you are ready to be shown the door."`,
			[]want{{"If you think you have arrived, you are ready to be shown the door.", "Tom Reed", "say"}}},
		{"he after my father", intro + "We remembered what Peter Drucker said, the management guru. He said every business should ask what its purpose is.\n\n" +
			"What my grandfather outlined in that first issue still holds. My father said \"The hardest thing to do in life is nothing.\"\n\n" +
			"Your father was a tycoon, and he was one of the first celebrity marketers. What was it like to grow up in that world?\n\n" +
			"Growing up, he was a very strict disciplinarian. He would tell us, he said \"You have to develop your own style of doing things.\"",
			[]want{{"The hardest thing to do in life is nothing.", "Malcolm Hale", "said"}, {"You have to develop your own style of doing things.", "Malcolm Hale", "said"}}},
		// Must not fire.
		{"no father named", "Steve Hale runs the family firm he took over in 1990.\n\nWhat do you remember of your father?\n\nHe was strict. My father said \"The hardest thing to do in life is nothing.\"",
			[]want{{"The hardest thing to do in life is nothing.", "", "said"}}},
		{"another relation named", "Steve Hale runs the family firm. Hale's editor, the late Malcolm Reed, hired him in 1980.\n\nWhat do you remember of him?\n\nHe was strict. My father said \"The hardest thing to do in life is nothing.\"",
			[]want{{"The hardest thing to do in life is nothing.", "", "said"}}},
		{"no kin", "Steve Hale runs the family firm. Hale's father, the late Malcolm Hale, founded it in 1950.\n\nMy editor said \"The hardest thing to do in life is nothing.\"",
			[]want{{"The hardest thing to do in life is nothing.", "", "*"}}},
		{"a group of kin", "Steve Hale runs the family firm. His parents, the late Malcolm and Ann Hale, founded it in 1950.\n\nMy parents said \"The hardest thing to do in life is nothing.\"",
			[]want{{"The hardest thing to do in life is nothing.", "", "*"}}},
	})
}

// ""...," as the Daily Herald wrote": a name after "as the" speaks, as a
// name right after "as" does (""...," as Ann Cole put it"); so does it for
// the first part of a quotation split around that cue. Failed before ("").
// Must not fire: "as the" and a name that is no subject of a verb of
// speech.
func TestNarrativeAsTheNameWrote(t *testing.T) {
	runCueCases(t, []cueCase{
		{"as the paper wrote", `The tycoon "exemplified a kind of gleeful capitalism," as the Daily Herald wrote in his obituary.`,
			[]want{{"exemplified a kind of gleeful capitalism,", "Daily Herald", "wrote"}}},
		{"split around the cue", `The flamboyant tycoon Hale "exemplified a kind of gleeful capitalism", as the New York Times wrote in his obituary, "that relished the things money could buy."`,
			[]want{{"exemplified a kind of gleeful capitalism", "New York Times", "wrote"}, {"that relished the things money could buy.", "New York Times", "wrote"}}},
		// Must not fire.
		{"as the name did something else", `"We will build it again, and bigger," Tom Reed said, as the Red Cross handed out blankets.`,
			[]want{{"We will build it again, and bigger,", "Tom Reed", "said"}}},
	})
}

// A question put to someone by a passive verb ("Ann Cole, the founder, was
// asked:", "was later asked,") is not theirs, whether the sentence after
// it has a verb of their own ("She laughed.") or not: the passive verb
// introduced it. Failed before (Ann Cole, by "laughed" or by the colon).
// Must not fire: the active "asked:" before the question.
func TestNarrativeAskedPassiveBeforeQuestion(t *testing.T) {
	runCueCases(t, []cueCase{
		{"was asked colon", `Ann Cole, the founder, was asked: "Would you do it again?" She laughed.`,
			[]want{{"Would you do it again?", "", "asked"}}},
		{"was later asked comma", `Ann Cole, the founder, was later asked, "Would you do it again?" She laughed.`,
			[]want{{"Would you do it again?", "", ""}}},
		// Must not fire.
		{"asked colon", `Ann Cole asked: "Would you do it again?" Tom Reed laughed.`,
			[]want{{"Would you do it again?", "Ann Cole", "asked"}}},
		{"told passive stays", `Tom Reed was told: "You are fired." He left the room.`,
			[]want{{"You are fired.", "", "told"}}},
	})
}

// A description whose two epithets are joined by a comma ("The tall,
// bearded activist says") is the subject of its verb of speech, as one
// without the comma is; "apostle", "proponent", "crusader"
// describe people. Failed before (no cue, ""). Must not fire: a phrase
// opening the sentence before the comma ("In the end, senior officials
// said").
func TestNarrativeCommaEpithets(t *testing.T) {
	runCueCases(t, []cueCase{
		{"tall, bearded activist", `Tom Reed has run the shelter for ten years. The tall, bearded activist says "Nobody should sleep outside in this city."`,
			[]want{{"Nobody should sleep outside in this city.", "Tom Reed", "says"}}},
		{"lifelong, free market apostle", "Campaigner Tom Reed tells the weekly paper that the shelter will stay open.\n\nTom Reed's gaze travels across the river. The lifelong, free market apostle proudly declares \"You have got the best view of the river from here!\"",
			[]want{{"You have got the best view of the river from here!", "Tom Reed", "declares"}}},
		// Must not fire.
		{"phrase before the comma", `The council met on Monday. In the end, senior officials said "the budget is balanced and the shelter stays open."`,
			[]want{{"the budget is balanced and the shelter stays open.", "", "said"}}},
	})
}

// "One of the oddest moments of the night", "One of the things you learn":
// "one of the" before things is no unnamed person standing between a
// pronoun and the person it means. Failed before ("": the pronoun found an
// unnamed person). Must not fire: "one of the officials", "one of the best
// players" are someone the text does not name.
func TestNarrativeOneOfTheThings(t *testing.T) {
	runCueCases(t, []cueCase{
		{"one of the oddest moments", `Tom Reed lost the vote. One of the oddest moments of the night was his admission that he had not read the bill. He said "I trusted my staff, and they let me down."`,
			[]want{{"I trusted my staff, and they let me down.", "Tom Reed", "said"}}},
		// Must not fire.
		{"one of the officials", `Tom Reed lost the vote. One of the officials at the count said "the margin was four votes." He added "We counted twice."`,
			[]want{{"the margin was four votes.", "", ""}, {"We counted twice.", "", "added"}}},
		{"one of the best players", `Tom Reed lost the vote. One of the best players on the team said "we were robbed." He added "We counted twice."`,
			[]want{{"we were robbed.", "", "said"}, {"We counted twice.", "", "added"}}},
	})
}

// An interview's answers go on about the person a "he" was registered for
// past the few sentences a pronoun looks back over, when no one else it
// could mean is named or described in between (the answerer's "I", "we"
// and "you" are no one): "He was strict ... [ten sentences of the
// answerer's own] ... When we got older, he gave us a lot of freedom. He
// said "..."". Failed before (""). Must not fire: a man described or named
// in between.
func TestNarrativePronounChainGoesOn(t *testing.T) {
	intro := "Tom Reed founded the mill in 1950. He was strict with his children.\n\nHow would he punish you?\n\nIf you did something wrong, you were punished. We knew it. I never argued. "
	runCueCases(t, []cueCase{
		{"chain past the answerer's sentences", intro + `I’m still like that. We had chores every day. We hated them. Our mother was kinder. We'd hope for mercy from her. When we got older, he gave us a lot of freedom. He said "Don't make mistakes that will destroy you."`,
			[]want{{"Don't make mistakes that will destroy you.", "Tom Reed", "said"}}},
		// Must not fire.
		{"a man described between", intro + `I’m still like that. We had chores every day. We hated them. Our uncle was kinder. We'd hope for mercy from him. When we got older, he gave us a lot of freedom. He said "Don't make mistakes that will destroy you."`,
			[]want{{"Don't make mistakes that will destroy you.", "", "said"}}},
	})
}
