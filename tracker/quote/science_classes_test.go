package quote

import "testing"

// Constructed probes of news English by beat (science, environment,
// weather, disasters, education): classes that went wrong.

// An occupation noun between an organisation and a person's name
// ("Met Office forecaster Alex Deakin", "said BBC forecaster Alex Deakin")
// qualifies the person, as a role noun does ("Met Office meteorologist
// Alex Deakin"). Failed before: the organisation spoke, at 1.00, when the
// given name did not say the name was a person's. A capitalised
// occupation opening a sentence ("Environmentalist Vimlendu Jha") is no
// part of the name. Must not fire: an occupation with no name after it, or in the plural.
func TestScienceOccupationBeforeName(t *testing.T) {
	runCueCases(t, []cueCase{
		{"forecaster inverted", `The storm strengthened overnight. "It is a very dangerous system," said Met Office forecaster Alex Deakin.`,
			[]want{{"It is a very dangerous system,", "Alex Deakin", "said"}}},
		{"forecaster before", `The storm strengthened overnight. "It is a very dangerous system," Met Office forecaster Alex Deakin said.`,
			[]want{{"It is a very dangerous system,", "Alex Deakin", "said"}}},
		{"correspondent", `The storm strengthened overnight. "The town is cut off," said BBC correspondent Robin Hale.`,
			[]want{{"The town is cut off,", "Robin Hale", "said"}}},
		{"environmentalist opening", `Campaigners welcomed the ruling.

Environmentalist Vimlendu Jha said: "It is a shame that it takes the court to make governments act."`,
			[]want{{"It is a shame that it takes the court to make governments act.", "Vimlendu Jha", "said"}}},
		// Must not fire: no name after the occupation (a forecaster is
		// no spokesman: "", as before).
		{"no name after", `The Met Office issued a warning. "It is a very dangerous system," a Met Office forecaster said.`,
			[]want{{"It is a very dangerous system,", "", "said"}}},
		{"plural occupation", `Met Office forecasters warned of snow. "Travel will be very difficult," the Met Office said.`,
			[]want{{"Travel will be very difficult,", "Met Office", "said"}}},
	})
}
