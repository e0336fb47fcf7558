package quote

import "testing"

// Two people joined by "and" as the subject of one verb of speech, each with
// an apposition set off by commas, speak together: the text does not say
// which of them spoke the words, so no name is given (as for "Tom Reed and
// Jerry Hall said"). Failed before: the speaker was "Ann Hall" or "Tom Reed"
// at confidence 1, shown to readers.
func TestJointSubjectsWithAppositions(t *testing.T) {
	runCueCases(t, []cueCase{
		{"name, role, and name, role", `Ann Hall, the mayor, and Tom Reed, the treasurer, said: "We will rebuild the bridge before winter."`,
			[]want{{"We will rebuild the bridge before winter.", "", "said"}}},
		{"role, name, and role, name", `The coach, Lena Park, and the captain, Joe Marsh, told reporters: "We let the fans down tonight."`,
			[]want{{"We let the fans down tonight.", "", "told reporters"}}},
		{"ages", `Priya Shah, 34, and her husband, Dev Shah, 36, said: "The flood took everything we owned."`,
			[]want{{"The flood took everything we owned.", "", "said"}}},
		{"name and role, name", `Omar Diaz and the club's chairman, Peter Lund, said in a statement: "The season is over for us."`,
			[]want{{"The season is over for us.", "", "said"}}},
		// Must not fire: one person with an apposition; a person joined
		// to a body that is not a person; a second person who is the
		// object, not a subject.
		{"one person", `Ann Hall, the mayor, said: "We will rebuild the bridge before winter."`,
			[]want{{"We will rebuild the bridge before winter.", "Ann Hall", "said"}}},
		{"person and council", `Ann Hall, the mayor, and the council agreed on the plan. "It is a good day for the town," Hall said.`,
			[]want{{"It is a good day for the town,", "Ann Hall", "said"}}},
		{"met the treasurer and said", `Ann Hall met Tom Reed, the treasurer, and said: "We will rebuild the bridge before winter."`,
			[]want{{"We will rebuild the bridge before winter.", "Ann Hall", "said"}}},
		{"list as object", `The award went to Tom Reed, the treasurer, and Ann Hall, the mayor. "I share it with the whole town," Reed said.`,
			[]want{{"I share it with the whole town,", "Tom Reed", "said"}}},
	})
}

// "the pair said in a joint statement", "the couple said", "both said":
// people speaking together, no one of them alone (the convention for joint
// speakers leaves the speaker empty). Before, the cue was not read and a
// fallback gave one of the two at confidence 0.8, shown to readers.
func TestPeopleSpeakingTogether(t *testing.T) {
	runCueCases(t, []cueCase{
		{"the pair", `Ann Hall and Tom Reed announced their split. "We remain friends," the pair said in a joint statement.`,
			[]want{{"We remain friends,", "", "said"}}},
		{"the couple before", `Ann Hall and Tom Reed announced their split. The couple said: "We remain friends."`,
			[]want{{"We remain friends.", "", "said"}}},
		{"both", `Ann Hall and Tom Reed announced their split. "We remain friends," both said.`,
			[]want{{"We remain friends,", "", "said"}}},
		{"the duo", `Ann Hall and Tom Reed won the doubles. "We never doubted it," the duo said.`,
			[]want{{"We never doubted it,", "", "said"}}},
		// Not fired: one of them named as the speaker.
		{"one of the pair named", `Ann Hall and Tom Reed announced their split. "We remain friends," Hall said.`,
			[]want{{"We remain friends,", "Ann Hall", "said"}}},
	})
}

// An organisation joined by "and" to another name ("Apple and Google
// said", "Tom Reed and the Department of Health said") speaks jointly: the
// text does not say which of them spoke the words (before, the second
// name was given at 1). An "and" inside one name ("the Food and Drug
// Administration") joins no one.
func TestJointWithOrganisation(t *testing.T) {
	const q = `"We are delighted with the result."`
	body := q[1 : len(q)-1]
	runCueCases(t, []cueCase{
		{"two companies", `Apple and Google said: ` + q, []want{{body, "", "said"}}},
		{"person and department", `Tom Reed and the Department of Health said: ` + q, []want{{body, "", "said"}}},
		{"one company", `BioNTech said: ` + q, []want{{body, "BioNTech", "said"}}},
		{"and in the name", `The Food and Drug Administration said: ` + q, []want{{body, "Food and Drug Administration", "said"}}},
	})
}

// A word opening the sentence that the registry does not read as a name
// ("Pfizer"), joined by "and" to the name before the verb, is a second
// speaker too. Failed before: "Pfizer and BioNTech said" gave BioNTech at
// 0.95, shown.
func TestJointWithUnreadOpener(t *testing.T) {
	const q = `"more than 90 percent effective in preventing the disease."`
	body := q[1 : len(q)-1]
	runCueCases(t, []cueCase{
		{"said that", `Pfizer and BioNTech said the vaccine was ` + q, []want{{body, "", "said"}}},
		{"in a statement", `Pfizer and BioNTech said in a statement that the vaccine was ` + q, []want{{body, "", "said"}}},
		// Must not fire: one name, and an "and" that does not open the
		// sentence.
		{"alone", `BioNTech said the vaccine was ` + q, []want{{body, "BioNTech", "said"}}},
		{"not opening", `Data released on Monday and BioNTech said the vaccine was ` + q, []want{{body, "BioNTech", "said"}}},
	})
}
