package quote

import "testing"

// Quoted words that name a thing rather than report speech (issue 8,
// eighth round: false quotations on fresh6). Sentences written for these
// tests; the negative cases say where the rules must not fire.

// "what the government calls "weather and safety" leave": the name an
// institution gives a thing is a term, not its speech. A person's naming,
// a longer quotation or a naming verb with no "what" stay quotations.
func TestTermsClassInstitutionNaming(t *testing.T) {
	runCueCases(t, []cueCase{
		{"a government's category", `Some workers were put on paid leave because their offices closed, what the government calls "weather and safety" leave.`, nil},
		{"a named department's name for a place", `The recall covers the Pentagon and the buildings around it, what the Defense Department calls the "Pentagon reservation." About 25,000 people work there.`, nil},
		{"a person's naming", `Tom Reed spoke for an hour. He described what he called a "pattern of secrecy" at the council.`,
			[]want{{"pattern of secrecy", "Tom Reed", "called"}}},
		{"an institution's longer words", `Nurses walked out on Monday over what the union calls "a betrayal of every nurse in the county."`,
			[]want{{"a betrayal of every nurse in the county.", "", "calls"}}},
		{"no what", `The ministry called the plan "a reckless gamble with public money."`,
			[]want{{"a reckless gamble with public money.", "", "called"}}},
	})
}
