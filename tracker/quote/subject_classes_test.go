package quote

import "testing"

// Issue 8's ninth round, written on fresh7's speaker errors: each case
// failed before its fix unless marked as a must-not-fire case.

// A person named before "of the" and an organisation whose own name holds
// "of" ("Professor Paul Hunter of the University of East Anglia said") is
// the speaker, as in "Commander Ian Sutherland of the Metropolitan Police
// said". Failed before: the speaker was "University of East Anglia" at
// confidence 1.
func TestPersonOfOrganisationWithOf(t *testing.T) {
	runCueCases(t, []cueCase{
		{"professor of university of", `Professor Paul Hunt of the University of East Anglia said: "The fall is linked to the tournament."`,
			[]want{{"The fall is linked to the tournament.", "Paul Hunt", "said"}}},
		{"director of institute of", `"Prices will keep rising," said Dr Ann Lee of the Institute of Fiscal Research.`,
			[]want{{"Prices will keep rising,", "Ann Lee", "said"}}},
		// Must not fire: the organisation speaking on its own.
		{"university speaks", `The University of East Anglia said: "The study has been withdrawn."`,
			[]want{{"The study has been withdrawn.", "University of East Anglia", "said"}}},
	})
}

// An honorific inside a capitalised run starts the person's name: what
// comes before it is another phrase ("Speaking on Sky News Mr Malthouse
// said", "Writing in The Times Dr Lee said"), here a preposition's object.
// Failed before: no speaker.
func TestHonorificStartsNameInsideRun(t *testing.T) {
	runCueCases(t, []cueCase{
		{"speaking on sky news", `Kit Malthus spoke on Monday. Speaking on Sky News Mr Malthus said: "We are urging people to get the jab."`,
			[]want{{"We are urging people to get the jab.", "Kit Malthus", "said"}}},
		{"writing in the times", `Dr Ann Lee runs the clinic. Writing in The Guardian Dr Lee said: "The waiting lists are the longest on record."`,
			[]want{{"The waiting lists are the longest on record.", "Ann Lee", "said"}}},
		// Must not fire: a title before the honorific stays with it.
		{"title before honorific", `"We will appeal," said Labour MP Mr Tom Reed.`,
			[]want{{"We will appeal,", "Tom Reed", "said"}}},
	})
}

// A verb of speech joined by "and" to a first verb whose object is a name
// ("Mickelson referenced the killing of reporter Jamal Khashoggi and called
// the Saudis "..."", "Ann Hall met Tom Reed and said:") has the first verb's
// subject: the name before "and" is its object. Failed before: the speaker
// was the object, at confidence 0.95-1.
func TestSecondVerbAfterNamedObject(t *testing.T) {
	runCueCases(t, []cueCase{
		{"referenced and called", `Phil Mickel spoke to an author in November. Mickel referenced the killing of reporter Jamal Khashoggi and called the rulers "scary people to get involved with."`,
			[]want{{"scary people to get involved with.", "Phil Mickel", "called"}}},
		{"met and said", `Ann Hall met Tom Reed and said: "This is a victory for the town."`,
			[]want{{"This is a victory for the town.", "Ann Hall", "said"}}},
		{"praised and said", `Ann Hall praised Tom Reed and said the plan was "a victory for the whole town."`,
			[]want{{"a victory for the whole town.", "Ann Hall", "said"}}},
		// Must not fire: two subjects joined by "and"; a passive; a
		// pronoun subject of the second verb.
		{"joint subjects", `Ann Hall and Tom Reed met on Monday and said: "This is a victory for the town."`,
			[]want{{"This is a victory for the town.", "", "said"}}},
		{"asked and he said", `Reporters asked Tom Reed about the plan and he said: "This is a victory for the town."`,
			[]want{{"This is a victory for the town.", "Tom Reed", "said"}}},
	})
}

// "according to X's statement" (or remarks, explanations, report) is
// according to X: the possessor made the statement. Failed before: no
// speaker.
func TestAccordingToPossessedStatement(t *testing.T) {
	runCueCases(t, []cueCase{
		{"opening", `Secretary of State Ann Lee flew to Panama. According to Lee's statement, the meeting will "lay the groundwork for a strong declaration."`,
			[]want{{"lay the groundwork for a strong declaration.", "Ann Lee", "according to"}}},
		{"closing", `Secretary of State Ann Lee flew to Panama. The meeting is meant to "lay the groundwork for a strong declaration," according to Lee's explanations.`,
			[]want{{"lay the groundwork for a strong declaration,", "Ann Lee", "according to"}}},
		// Must not fire: a person's lawyer or spokesman speaks for them
		// unnamed.
		{"lawyer", `Tom Reed was charged on Monday. He will "fight this all the way," according to Reed's lawyer.`,
			[]want{{"fight this all the way,", "", "according to"}}},
	})
}
