package quote

import "testing"

// A post given by a possessor and qualified by "of" ("Labour's chancellor
// of the Exchequer", "Germany's minister of the Interior") describes
// someone; the qualifying name is not the speaker. The description
// resolves to the person named with that post, or to no one. Each case
// failed before (the speaker was "Exchequer", "Interior").
func TestPossessedPostOfPlace(t *testing.T) {
	runCueCases(t, []cueCase{
		{"possessed post unnamed", `Rates rose again. The British Labour Party’s chancellor of the Exchequer said, after the crash, that the cuts would be “deeper and tougher” than any before.`,
			[]want{{"deeper and tougher", "", "said"}}},
		{"possessed post named before", `Interior Minister Nora Falk visited the border on Monday. Germany's minister of the Interior said that the checks would be "tighter and longer than before."`,
			[]want{{"tighter and longer than before.", "Nora Falk", "said"}}},
		// Still the organisation: a spokesman for it speaks for it.
		{"spokesman of an organisation", `"We will not comment on an ongoing case," a spokesman for the Department of Justice said.`,
			[]want{{"We will not comment on an ongoing case,", "Department of Justice", "said"}}},
	})
}

// "comments that" reports speech, like "notes that"; "comments" alone is
// a noun. Failed before (no speaker).
func TestCommentsThat(t *testing.T) {
	runCueCases(t, []cueCase{
		{"comments that", `Looking back at the crisis, the economist Joan Ashby comments that “excessively rapid liberalization was the single most important cause of the crisis”.`,
			[]want{{"excessively rapid liberalization was the single most important cause of the crisis", "Joan Ashby", "comments"}}},
		{"the comments that", `Mayor Ann Cole took questions. The comments that "the plan is dead on arrival" came from the opposition benches.`,
			[]want{{"the plan is dead on arrival", "", "*"}}},
	})
}
