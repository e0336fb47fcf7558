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
