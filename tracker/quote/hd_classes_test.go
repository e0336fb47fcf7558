package quote

import "testing"

// Classes of what is and is not a quotation, of short partial quotations
// and of the subject carried to a second verb (issue 8), written for these
// tests in the way news is written. Each case failed before its rule,
// unless it is marked as a guard (a case the rule must leave alone).

// AP-style marks: a double mark made of two apostrophes (straight or
// curly), or one opened with two backquotes, set off by a space from the
// single mark closing a quotation inside it, closes the quotation; it does
// not run on into its attribution. Failed before: the quotation "I told
// him `no,'" opened with two backquotes and closed with two apostrophes
// before "said Mia Lopez" ran to the end of the paragraph and was given
// to the person named before.
func TestAPNestedClosingMarks(t *testing.T) {
	runCueCases(t, []cueCase{
		{"backquotes, nested single, doubled apostrophes", "``We lost everything,'' said Joe Park, 44.\n\n``I told him `no,' '' said Mia Lopez, his neighbour.",
			[]want{{"We lost everything,", "Joe Park", "said"}, {"I told him `no,'", "Mia Lopez", "said"}}},
		{"curly doubled marks", "“He told me, ‘Go home.’ ’’ said Joe Park, a driver.",
			[]want{{"He told me, ‘Go home.’", "Joe Park", "said"}}},
		{"straight double mark after a nested single", "\"My father always said 'never give up.' \" Ann Cole recalled. \"So I didn't.\"",
			[]want{{"My father always said 'never give up.'", "Ann Cole", "recalled"}, {"So I didn't.", "Ann Cole", ""}}},
		{"doubled apostrophes opening and closing", "''Then they shouted 'Run!' '' said Tom Lane.",
			[]want{{"Then they shouted 'Run!'", "Tom Lane", "said"}}},
		{"guard: AP marks with no nesting", "``We will rebuild this town,'' Mayor Jane Ortiz said. ``It will take years.''",
			[]want{{"We will rebuild this town,", "Jane Ortiz", "said"}, {"It will take years.", "Jane Ortiz", ""}}},
		{"guard: a plural possessive before a spaced mark", "``The kids' safety comes first,'' Principal Tom Bale said.",
			[]want{{"The kids' safety comes first,", "Tom Bale", "said"}}},
	})
}
