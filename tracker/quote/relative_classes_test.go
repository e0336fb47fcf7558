package quote

import "testing"

// A participle of speech that closes a relative clause ("who tried to
// rally support by saying", "who was quoted as saying") is the speech of
// the clause's antecedent, not of the sentence's subject; "the Likud
// party" is an organisation named Likud. Failed before: all three gave "".
func TestRelativeClauseParticiples(t *testing.T) {
	runCueCases(t, []cueCase{
		{"who by saying", "The warning was aimed at Senator Ann Hall, who tried to rally support by saying that the bill was \"a disaster for every family in the state.\"",
			[]want{{"a disaster for every family in the state.", "Ann Hall", "saying"}}},
		{"who was quoted as saying", "Much of the blame fell on Senator Ann Hall, who was quoted as saying the bill was \"a disaster for every family in the state.\"",
			[]want{{"a disaster for every family in the state.", "Ann Hall", "saying"}}},
		{"which party by saying", "The warning was aimed at the Likud party, which tried to rally support by saying that Arab voters were \"coming out in droves.\"",
			[]want{{"coming out in droves.", "Likud", "saying"}}},
		// Must not fire: the relative clause closes before the
		// participle, whose subject is the sentence's.
		{"clause closed", "Tom Reed, who chairs the committee, opened the meeting by saying the plan was \"dead on arrival in its current form.\"",
			[]want{{"dead on arrival in its current form.", "Tom Reed", "saying"}}},
		{"who for someone else", "Ann Hall praised the nurses, who had worked through the night, before saying the hospital was \"stretched beyond anything we planned for.\"",
			[]want{{"stretched beyond anything we planned for.", "Ann Hall", "saying"}}},
	})
}
