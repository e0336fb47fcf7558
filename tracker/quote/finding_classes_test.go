package quote

import "testing"

// Classes of quotations that were not found at all, or found where there
// is none (issue 8, seventh round: quote finding). The sentences are
// written for these tests in the shape of real news; each positive case
// failed before the rule it guards, and the negative ones say where the
// rule must not fire.

// A straight mark typed with a space on both sides is still a quotation
// mark: it opens the second quotation of a paragraph, or reopens a
// quotation in the next paragraph; it pairs as the marks around it need.
func TestFindingClassSpacedMarks(t *testing.T) {
	runCueCases(t, []cueCase{
		{"spaced opening mid-paragraph", `"We ship every order the same day," Rosa Lind told the panel. " Nobody else in the region does that."`,
			[]want{{"We ship every order the same day,", "Rosa Lind", "told the panel"}, {"Nobody else in the region does that.", "Rosa Lind", ""}}},
		{"spaced reopening of the next paragraph",
			paras(`Harbour Rowing Club said in a statement: "Our boats stay on the water until the end of the month.`,
				`" All bookings will be honoured and refunds paid within a week.`,
				`"We thank our members for their patience."`),
			[]want{{"Our boats stay on the water until the end of the month.", "Harbour Rowing Club", "*"},
				{"All bookings will be honoured and refunds paid within a week.", "Harbour Rowing Club", "*"},
				{"We thank our members for their patience.", "Harbour Rowing Club", "*"}}},
		{"spaced opening after a colon", `The mayor put it bluntly: " We cannot pay for this without the state."`,
			[]want{{"We cannot pay for this without the state.", "", "*"}}},
		// Between words, a spaced mark is a dash that some wire copy
		// prints as a mark: no quotation.
		{"spaced marks as dashes", `The Wildcats " champions two years ago " lost their opener to a team they had beaten twice.`, nil},
		// Marks used as inches or ditto marks, alone in a paragraph, stay
		// unpaired.
		{"spaced marks as list dashes",
			paras(`The county board voted on three measures on Tuesday:`,
				`" The levy for the new jail passed by four votes to one.`,
				`" The park district will get a second ranger.`,
				`" A ban on fireworks in the city limits failed.`),
			nil},
		{"a lone spaced mark", `The screen measures 15 " across and weighs under two kilograms.`, nil},
		{"spaced mark at the end", `The club said it had nothing to add "`, nil},
	})
}
