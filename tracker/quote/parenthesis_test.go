package quote

import "testing"

// TestSubjectBeforeParenthesis: a parenthesis between dashes or brackets
// stands between a subject and its verb of speech; the name after "told"
// or "warns" is who was spoken to.
func TestSubjectBeforeParenthesis(t *testing.T) {
	tests := []struct {
		name, in string
		wants    []want
	}{
		{"between dashes, told someone",
			`Mark Ellis – who ran the fund for a decade – told Ann Moss: "We will not sign this deal."`,
			[]want{{"We will not sign this deal.", "Mark Ellis", "told Ann Moss"}}},
		{"between brackets, told someone",
			`Mark Ellis (who ran the fund for a decade) told Ann Moss: "We will not sign this deal."`,
			[]want{{"We will not sign this deal.", "Mark Ellis", "told Ann Moss"}}},
		{"a document between dashes warns someone",
			`The letter – an edited version of which is reproduced above – warns Boris Hale: "Let us not enter a race to the bottom on food."`,
			[]want{{"Let us not enter a race to the bottom on food.", "", "warns"}}},
		{"em dashes, said",
			`The mayor, Ann Moss — who took office in May — said: "The budget is balanced."`,
			[]want{{"The budget is balanced.", "Ann Moss", "said"}}},
		// Must not fire: the name before the parenthesis is a
		// preposition's object, not the subject.
		{"a preposition's object before the dashes",
			`One video featured a series of South Dakotans — including both adults and children — declaring, "We are on it, all of us."`,
			[]want{{"We are on it, all of us.", "", "*"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { check(t, tc.in, tc.wants) })
	}
}
