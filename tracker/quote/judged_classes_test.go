package quote

import "testing"

// A short phrase that a verb of judgement takes as its object is the
// judge's words also when the judge is a named organisation referred back
// to ("the police force", "the council"), and in single marks in a text
// that quotes with double ones (British papers set such phrases off that
// way). Failed before: "Northshire Police ... The police force branded the
// behaviour "totally unacceptable"" and "Councillor Anne Hill branded the
// decision 'deeply disappointing'" found no quotation.
func TestJudgedShortPhrases(t *testing.T) {
	runCueCases(t, []cueCase{
		{"organisation referred back", "Northshire Police has brought in a dispersal order after youths threw bricks at officers.\n\nThe police force branded the behaviour \"totally unacceptable\" and warned it would act.",
			[]want{{"totally unacceptable", "Northshire Police", "branded"}}},
		{"single marks", "Councillor Anne Hill branded the decision 'deeply disappointing' on Monday.\n\n\"We will fight it,\" she said. \"This is not over by any means.\"",
			[]want{{"deeply disappointing", "Anne Hill", "branded"}, {"We will fight it,", "Anne Hill", "said"}, {"This is not over by any means.", "Anne Hill", ""}}},
		{"single marks after an organisation", "Northshire Police has brought in a dispersal order after youths threw bricks at officers.\n\nThe force branded the behaviour 'totally unacceptable' and warned officers are 'determined' to stop it.",
			[]want{{"totally unacceptable", "Northshire Police", "branded"}}},
		// Must not fire: single marks around a term with a verb that does
		// not judge, and an organisation never named.
		{"term in single marks", "Councillor Anne Hill opened the 'pop-up shop' on Monday and thanked the volunteers.",
			nil},
		{"term after said", "Councillor Anne Hill said the 'cash cow' scheme would end in April.",
			nil},
		{"no organisation named", "Youths threw bricks at officers on Friday night.\n\nThe police force branded the behaviour \"totally unacceptable\" and warned it would act.",
			nil},
	})
}
