package quote

import "testing"

// Constructed probes of news English by beat (war, military and
// international wire; UK and Commonwealth politics): classes that went
// wrong.

// "Cr Smith" is how Australian papers title a councillor, as British ones
// write "Cllr Smith": a title, not a given name. Failed before: "Cr
// Schrinner" was the speaker, at 1.00.
func TestConflictCouncillorCr(t *testing.T) {
	runCueCases(t, []cueCase{
		{"cr after full name", "Lord Mayor Adrian Schrinner said the rise was the lowest in the state.\n\n\"We've kept rates as low as we can,\" Cr Schrinner said.",
			[]want{{"We've kept rates as low as we can,", "Adrian Schrinner", "said"}}},
		{"cr before full name", "\"I have been denied natural justice,\" Cr Michael Farrelly told the Herald.",
			[]want{{"I have been denied natural justice,", "Michael Farrelly", "told the Herald"}}},
		// Must not fire: "Cllr" still a title; a name that opens with "Cr".
		{"cllr", "Council leader Baggy Shanker apologised.\n\n\"This should never have happened,\" Cllr Shanker said.",
			[]want{{"This should never have happened,", "Baggy Shanker", "said"}}},
		{"crane", "\"The bridge will reopen in May,\" Tom Crane said.",
			[]want{{"The bridge will reopen in May,", "Tom Crane", "said"}}},
	})
}
