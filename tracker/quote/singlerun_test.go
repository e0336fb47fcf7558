package quote

import "testing"

// TestSingleQuotedRunOverParagraphs: British style reopens a quotation
// running over several paragraphs with a single mark, as news does with
// double ones; every paragraph of it is the speaker's.
func TestSingleQuotedRunOverParagraphs(t *testing.T) {
	tests := []struct {
		name, in string
		wants    []want
	}{
		{"closed in the last paragraph, cue after",
			"Professor Chris Whitty spoke at the briefing.\n\n'The virus has not gone away. We need to be careful this winter.\n\n'If people do not follow the rules, we will see many more deaths,' he said.",
			[]want{
				{"The virus has not gone away. We need to be careful this winter.", "Chris Whitty", "said"},
				{"If people do not follow the rules, we will see many more deaths,", "Chris Whitty", "said"},
			}},
		{"cue before, three paragraphs",
			"The letter warns Mr Hale: 'If we do not get this right, the progress made will be wiped out.\n\n'Let us not enter a race to the bottom on food.\n\n'Cheap imports will put farms out of business for good.'",
			[]want{
				{"If we do not get this right, the progress made will be wiped out.", "", "warns"},
				{"Let us not enter a race to the bottom on food.", "", "warns"},
				{"Cheap imports will put farms out of business for good.", "", "warns"},
			}},
		// Must not join: a run never closed is dropped, like an unpaired
		// mark, and a paragraph that does not reopen ends the run.
		{"never closed",
			"Ann Hale said: 'We will not wait for the council to decide.\n\n'Nor will we wait for the mayor to change her mind.",
			nil},
		{"not reopened",
			"Ann Hale said: 'We will not wait for the council to decide.\n\nThe council meets on Monday, and its 'final' vote is due in May.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { check(t, tc.in, tc.wants) })
	}
}
