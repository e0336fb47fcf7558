package quote

import "testing"

// Classes found on real pages of wire, business and magazine news annotated
// in round 19 (issue 8), written for these tests in the way news is
// written. Each failed before its rule.

// "points out" / "pointed out" reports words without a that-clause when a
// comma follows and the words come later in the sentence: "As Dana
// Whitfield pointed out, the plan "will never pay for itself."", "Paul
// Greer pointed out, "Nobody asked."". Failed before: the first gave ""
// (no cue), and after a named speaker the one before ("As Eli Stone
// points out, ..." after a quotation of Dev Rao gave Dev Rao, 0.86); the
// second gave the name only by a guess (0.50, no cue). A title in
// quotation marks on the way does not stop it.
func TestRB19PointsOutComma(t *testing.T) {
	runCueCases(t, []cueCase{
		{"as X pointed out, then the words", `As Dana Whitfield pointed out, the library budget "will never pay for itself in this city."`,
			[]want{{"will never pay for itself in this city.", "Dana Whitfield", "pointed"}}},
		{"as X points out, after another speaker", "\"We cannot keep every branch open,\" the budget chief, Dev Rao, said on Monday.\n\nAs Eli Stone points out, the plan \"will never pay for itself in this city.\"",
			[]want{{"We cannot keep every branch open,", "Dev Rao", "said"}, {"will never pay for itself in this city.", "Eli Stone", "points"}}},
		{"as X has pointed out, far in the sentence", `As the critic Maya Lund has pointed out, the decision to cut the ending, made weeks before the premiere in Berlin, was odd given that "the original version tested better with every audience."`,
			[]want{{"the original version tested better with every audience.", "Maya Lund", "pointed"}}},
		{"a title on the way", `As Nora Vance pointed out, the decision to end the film while the band's "Anthem" plays was worrying given that "the studio has been threatened over the film for weeks."`,
			[]want{{"the studio has been threatened over the film for weeks.", "Nora Vance", "pointed"}}},
		{"X pointed out, then the quotation", `Councillor Paul Greer pointed out, "Nobody asked the readers what they wanted."`,
			[]want{{"Nobody asked the readers what they wanted.", "Paul Greer", "pointed"}}},
		// Must not fire: "pointed out" with no words of the subject after
		// it in its sentence.
		{"pointed out, no quotation in the sentence", "The guide pointed out, as we passed, the old mill on the river. \"It burned down in 1921,\" said Tom Avery, who owns the land.",
			[]want{{"It burned down in 1921,", "Tom Avery", "said"}}},
	})
}
