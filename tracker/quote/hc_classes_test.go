package quote

import "testing"

// Classes of attribution not next to the quotation (issue 8): a paraphrase
// given "according to" someone, then a quotation paragraph with no cue of
// its own, goes on in that person's words. Failed before for the source
// opening the sentence or set off by an apposition or relative clause.
func TestAccordingThenQuotation(t *testing.T) {
	const q = "\n\n\"We tried everything. The orders just stopped coming.\""
	runShownCases(t, []shownCase{
		{"opening", "According to Tom Reed, the factory will close in June." + q, "Tom Reed", true},
		{"opening with apposition", "According to Tom Reed, the plant manager, the factory will close in June." + q, "Tom Reed", true},
		{"closing with apposition", "The factory will close in June, according to Tom Reed, the plant manager." + q, "Tom Reed", true},
		{"closing with relative clause", "Tom Reed runs the plant. The factory will close in June, according to Reed, who has worked there since 1990." + q, "Tom Reed", true},
		{"inside the sentence", "The factory, according to Tom Reed, will close in June." + q, "Tom Reed", true},
		{"closing on the name", "The factory will close in June, according to Tom Reed." + q, "Tom Reed", true},
		// Must not fire: an outlet, two sources.
		{"an outlet", "According to the BBC, the factory will close in June." + q, "", false},
		{"two sources", "According to Tom Reed and Ann Cole, the factory will close in June." + q, "", false},
	})
}

// A country's possessive before a body's name after the verb ("said
// China's Foreign Ministry") gives the body by its name after the
// possessive, as before the verb. Failed before: no cue was read.
func TestCountrysBodyInverted(t *testing.T) {
	runCueCases(t, []cueCase{
		{"foreign ministry", `Talks stalled. "We are disappointed," said China's Foreign Ministry.`,
			[]want{{"We are disappointed,", "Foreign Ministry", "said"}}},
		{"health department", `Hospitals face a shortage of nurses. "We are recruiting as fast as we can," said Britain's Health Department.`,
			[]want{{"We are recruiting as fast as we can,", "Health Department", "said"}}},
		{"the country's letters", `The hotel will close. "We are committed to ending the use of hotels," said the UK's Home Office.`,
			[]want{{"We are committed to ending the use of hotels,", "Home Office", "said"}}},
		{"before the verb", `Hospitals face a shortage of nurses. "We are recruiting as fast as we can," Britain's Health Department said.`,
			[]want{{"We are recruiting as fast as we can,", "Health Department", "said"}}},
		// Must not fire: a person after the possessive; a lower-case
		// description names no one.
		{"a person", `The match ended. "We are disappointed," said Britain's Tom Reed.`,
			[]want{{"We are disappointed,", "Tom Reed", "said"}}},
		{"described only", `The ambassador was summoned. "This is an unacceptable interference," said the country's foreign ministry.`,
			[]want{{"This is an unacceptable interference,", "", "said"}}},
	})
}
