package quote

import "testing"

// Classes of quotations lost or misread through the typing of their marks
// (issue 8, eighth round: quote finding on wire copy whose marks were
// mangled on the way to the page). The sentences are written for these
// tests in the shape of real news; each positive case failed before the
// rule it guards, and the negative ones say where the rule must not fire.

// A quotation opened with a single mark and closed with a double one (or
// with AP's two apostrophes) is one quotation; the single-quoted spans
// before it in the paragraph are read as in a paragraph with no double
// marks.
func TestTypographyClassSingleOpenedDoubleClosed(t *testing.T) {
	runCueCases(t, []cueCase{
		{"closed by two apostrophes", `'We cannot ask a guest to eat on the terrace in the rain,'' hotel owner Marco Bassi said. "We follow every rule we are given.''`,
			[]want{{"We cannot ask a guest to eat on the terrace in the rain,", "Marco Bassi", "said"},
				{"We follow every rule we are given.", "Marco Bassi", ""}}},
		{"closed by a straight double mark, then a second quotation",
			`Minister Hanna Kurz said the ministry 'is not betting on a single supplier or a single factory." She added "we will know more by the spring.''`,
			[]want{{"is not betting on a single supplier or a single factory.", "Hanna Kurz", "said"},
				{"we will know more by the spring.", "Hanna Kurz", "added"}}},
		{"a single-quoted quotation before it",
			`'This result means the trial worked as we hoped,' said Professor Lena Moss, who led the study. 'We are very pleased with the second dose.''`,
			[]want{{"This result means the trial worked as we hoped,", "Lena Moss", "said"},
				{"We are very pleased with the second dose.", "Lena Moss", ""}}},
		// An inch mark after a number, a closed single-quoted name and
		// apostrophes open nothing.
		{"inch mark after a decade", `The '90s band sold its last 12" single at the fair for charity.`, nil},
		{"closed name before an inch mark", `The 'Big Sky' model has a 15" screen and a battery that lasts a day.`, nil},
		{"possessive before an inch mark", `The drivers' union wants a 12" display fitted in every cab by next year.`, nil},
	})
}

// A text that quotes mostly in single marks, its few double marks typed
// where dashes or a stray slip were meant, has its single-quoted spans
// read as quotations like double-quoted ones (as a text quoting only in
// single marks has): partial quotations in a clause, two-word ones after
// "was". A text quoting in double marks keeps single-quoted spans for
// long attributed quotations only.
func TestTypographyClassMostlySingleMarks(t *testing.T) {
	runCueCases(t, []cueCase{
		{"double marks as dashes and a stray title",
			paras(`BERLIN " Health Minister Jens Kohl said the vaccine would go out from 400 centres and 'a large part of the population' could be protected by the summer.`,
				`'We have an effective vaccine that will save many lives,' Kohl said. He said it was 'utterly necessary' to act now.`,
				`The ministry's "Track and Trace" app will tell people where to go.`,
				`ROME " Prime Minister Carla Neri has urged Italians to stay home as 'the wards are filling again' in the north.`,
				`'We will not wait for the second wave to reach us,' Neri said.`),
			[]want{{"a large part of the population", "Jens Kohl", "said"},
				{"We have an effective vaccine that will save many lives,", "Jens Kohl", "said"},
				{"utterly necessary", "Jens Kohl", "said"},
				{"the wards are filling again", "Carla Neri", "urged"},
				{"We will not wait for the second wave to reach us,", "Carla Neri", "said"}}},
		{"a text quoting in double marks",
			paras(`"The pier will reopen before the summer season," Mayor Ruth Adeyemi said on Tuesday.`,
				`"We have found the money for the repairs," she said. "The work starts next week."`,
				`For the town the closure had been 'a long winter without visitors' and a lost spring.`,
				`The council's plan came 'too little and far too late' for the shops on the front.`,
				`Fishermen feared 'another season lost to the storms' on the coast.`,
				`The council said it was 'deeply sorry' for the delay.`),
			[]want{{"The pier will reopen before the summer season,", "Ruth Adeyemi", "said"},
				{"We have found the money for the repairs,", "Ruth Adeyemi", "said"},
				{"The work starts next week.", "Ruth Adeyemi", ""}}},
	})
}

// A closing mark lost in a page's encoding and printed as "?" right after
// the full stop or comma that ends the quotation still closes it (`as
// “poppycock, unless you count the dead vote.? In 2013, he ...`). A real
// question after an abbreviation, or a "?" with no quotation open, is no
// mark.
func TestTypographyClassLostClosingMark(t *testing.T) {
	runCueCases(t, []cueCase{
		{"after a full stop", `Judge Ann Cole called the ruling “a gift to every landlord in the county.? In 2013, she wrote that the law had “failed” renters.`,
			[]want{{"a gift to every landlord in the county.", "Ann Cole", "called"}}},
		{"after a comma, then the cue", `“We will appeal this ruling in the spring,? Mayor Tom Reed said on Friday.`,
			[]want{{"We will appeal this ruling in the spring,", "Tom Reed", "said"}}},
		{"a question after an abbreviation", `“Why did the delegation fly to the U.S.? Nobody told us anything,” Mayor Tom Reed said.`,
			[]want{{"Why did the delegation fly to the U.S.? Nobody told us anything,", "Tom Reed", "said"}}},
		{"no quotation open", `The vote was close.? Nobody on the council would say more about it on Friday.`, nil},
	})
}

// A letter or statement quoted whole, opened at the start of its first
// paragraph and closed at the end of its last, with the paragraphs between
// unmarked, is one quotation of the one who wrote it. A mark that only
// closes after narrative paragraphs but does not end a sentence (an inch
// mark, a stray) reaches back to nothing.
func TestTypographyClassLetterQuotedWhole(t *testing.T) {
	runCueCases(t, []cueCase{
		{"a memo of four paragraphs",
			paras(`Ruth Adeyemi, who chairs the harbour board, wrote to the crews on Monday:`,
				`“I am always struck by how much you do for the island. This winter asked more of you than any before it.`,
				`We share the pain of the families who lost their boats in the storm.`,
				`Many of you have asked what the board will do now.`,
				`I thank you for your patience, and for your notes. We will look after each other.”`,
				`The board gave the families £10,000 on Friday.`),
			[]want{{"I am always struck by how much you do for the island. This winter asked more of you than any before it.", "Ruth Adeyemi", "wrote"},
				{"We share the pain of the families who lost their boats in the storm.", "Ruth Adeyemi", "wrote"},
				{"Many of you have asked what the board will do now.", "Ruth Adeyemi", "wrote"},
				{"I thank you for your patience, and for your notes. We will look after each other.", "Ruth Adeyemi", "wrote"}}},
		{"an inch mark after narrative",
			paras(`Ruth Adeyemi said the new boat was “the best we could find this year.`,
				`The boat was built in Galway in 1998 and refitted last spring.`,
				`Its bridge has a 12" radar screen and two engines.`),
			[]want{{"the best we could find this year.", "Ruth Adeyemi", "said"}}},
	})
}

// A letter the page's encoding lost, printed as U+FFFD, stays inside its
// word: "Pedro S\ufffdnchez" is one name, not "Pedro S".
func TestTypographyClassLostLetterInName(t *testing.T) {
	runCueCases(t, []cueCase{
		{"a lost letter", "Prime Minister Pedro S\ufffdnchez said the vaccine would reach \"a very substantial part of the population\" by the summer.",
			[]want{{"a very substantial part of the population", "Pedro S\ufffdnchez", "said"}}},
	})
}
