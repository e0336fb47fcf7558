package quote

import "testing"

// A cue after a quotation with two named subjects ("Hale and Reed wrote")
// gives the words to both, so to no one speaker: "". Failed before: the cue
// was not read, and the last person named before the quotation got it
// ("Tom Reed" at 0.80, shown). Must not fire: one subject, or a second
// clause after the cue ("Hale said, and Reed nodded").
func TestJointSubjectAfterQuote(t *testing.T) {
	runCueCases(t, []cueCase{
		{"surnames", `Ann Hale and Tom Reed sent a letter to the agency. "This is unacceptable," Hale and Reed wrote.`,
			[]want{{"This is unacceptable,", "", "wrote"}}},
		{"full names", `"This is unacceptable," Ann Hale and Tom Reed said in a statement.`,
			[]want{{"This is unacceptable,", "", "said"}}},
		{"with a place after", `Ann Hale and Tom Reed met voters on Monday. "We are listening," Hale and Reed said in Leeds.`,
			[]want{{"We are listening,", "", "said"}}},
		// Must not fire.
		{"one subject", `Ann Hale and Tom Reed met voters on Monday. "We are listening," Hale said.`,
			[]want{{"We are listening,", "Ann Hale", "said"}}},
		{"second clause", `Ann Hale and Tom Reed met voters. "We are listening," Hale said, and Reed nodded.`,
			[]want{{"We are listening,", "Ann Hale", "said"}}},
	})
}
