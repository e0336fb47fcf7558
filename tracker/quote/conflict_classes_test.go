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

// An unnamed official, diplomat or source is an anonymous source: news
// English does not name them later, so "the official said" stays "" though
// the next sentences introduce a named official. Failed before: "A senior
// Israeli official said ... "...," the official said. Hamas official
// Basem Naim told Reuters ..." gave Naim at 0.85. An unnamed judge or
// officer named in the next sentence is still that person.
func TestConflictAnonymousSourceNotNamedLater(t *testing.T) {
	runCueCases(t, []cueCase{
		{"official", "A senior Israeli official said Israel would send a team to Cairo. \"There is movement, but there is no deal,\" the official said.\n\nHamas official Basem Naim told Reuters the group had not received a proposal.",
			[]want{{"There is movement, but there is no deal,", "", "said"}}},
		{"diplomat", "A Western diplomat said the talks had stalled. \"Nobody wants to blink first,\" the diplomat said.\n\nSaudi diplomat Faisal bin Farhan met the envoy later.",
			[]want{{"Nobody wants to blink first,", "", "said"}}},
		// Must not fire: an unnamed judge named in the next sentence.
		{"judge", "A federal judge on Friday halted the policy. In a 34-page opinion, U.S. District Judge Maria Delgado wrote that it was unlawful. \"The agency ignored the statute,\" the judge wrote.",
			[]want{{"The agency ignored the statute,", "Maria Delgado", "wrote"}}},
	})
}
