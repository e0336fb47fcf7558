package quote

import "testing"

// An unnamed party member after "another" or "one" and a lower-case word
// describing them ("added another veteran Democrat", "said one longtime
// Republican", "said a downstate Democrat") is someone the text does not
// name; the party noun is no name (it was given at 1.00).
func TestRF19IndefinitePartyMember(t *testing.T) {
	runCueCases(t, []cueCase{
		{"another veteran", `Talks on the farm bill stalled again. "I have not seen a session this stuck in years," added another veteran Democrat.`,
			[]want{{"I have not seen a session this stuck in years,", "", "added"}}},
		{"one longtime", `Talks on the farm bill stalled again. "The leadership has to step in now," said one longtime Republican.`,
			[]want{{"The leadership has to step in now,", "", "said"}}},
		{"another lower-case place", `Rural members were unhappy. "Nobody out here asked for this bill," said another downstate Democrat.`,
			[]want{{"Nobody out here asked for this bill,", "", "said"}}},
		{"a lower-case place", `Rural members were unhappy. "Nobody out here asked for this bill," said a downstate Republican.`,
			[]want{{"Nobody out here asked for this bill,", "", "said"}}},
		{"one suburban fronted", `Rural members were unhappy. One suburban Democrat put it bluntly: "We will lose seats over this."`,
			[]want{{"We will lose seats over this.", "", "*"}}},
		// Must not fire: the party noun opens a name, or "the" refers
		// back to the member named before.
		{"party before a name", `Talks stalled again. "We are close to a deal," said veteran Democrat Lena Ortiz.`,
			[]want{{"We are close to a deal,", "Lena Ortiz", "said"}}},
		{"the veteran", `Sen. Lena Ortiz, D-Maine, left the room early. "We are close to a deal," said the veteran Democrat.`,
			[]want{{"We are close to a deal,", "Lena Ortiz", "said"}}},
	})
}
