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

// A dateline in capitals closed by a colon ("NEW DELHI: The Supreme
// Court ...", "CHENNAI: The state government ...") is a place, as one
// closed by a dash is: never the subject a participle or a pronoun
// reaches back to. Failed before: "NEW DELHI" spoke at 0.95. Must not
// fire: a speaker's label before a quotation ("WHO: "..."), an acronym
// of four letters.
func TestScienceDatelineColon(t *testing.T) {
	runCueCases(t, []cueCase{
		{"new delhi saying", `NEW DELHI: The Supreme Court on Thursday ordered the states to act, saying the air was "killing people every single day".`,
			[]want{{"killing people every single day", "Supreme Court", "saying"}}},
		{"chennai saying", `CHENNAI: Tamil Nadu Chief Minister M.K. Stalin on Monday announced a relief package, saying it would "reach every family in the flooded districts".`,
			[]want{{"reach every family in the flooded districts", "M.K. Stalin", "saying"}}},
		// Must not fire.
		{"acronym speaks", `NASA: The mission has been a success, the agency said, calling it "a triumph for the whole team".`,
			[]want{{"a triumph for the whole team", "NASA", "calling"}}},
	})
}

// A long preposition capitalised between two name words inside a sentence
// ("Doctors Without Borders", "Surfers Against Sewage") is part of a
// title-case name. Failed before: "Borders" or "Doctors" (or "Without
// Borders", a plural role noun read as the title before a name) spoke, at
// 1.00. Must not fire: the preposition in lower case, or opening the
// sentence.
func TestScienceTitleCasePreposition(t *testing.T) {
	runCueCases(t, []cueCase{
		{"without inverted", `Aid groups warned of famine. "Children are dying every day," said Doctors Without Borders.`,
			[]want{{"Children are dying every day,", "Doctors Without Borders", "said"}}},
		{"without before", `Aid groups warned of famine. "Children are dying every day," Doctors Without Borders said in a statement.`,
			[]want{{"Children are dying every day,", "Doctors Without Borders", "said"}}},
		{"against", `The water company was fined. "This fine is a drop in the ocean," Surfers Against Sewage said.`,
			[]want{{"This fine is a drop in the ocean,", "Surfers Against Sewage", "said"}}},
		{"against inverted", `Aid groups warned of famine. "Children are dying every day," said Action Against Hunger.`,
			[]want{{"Children are dying every day,", "Action Against Hunger", "said"}}},
		// Must not fire.
		{"lower case", `Ann Reid worked without Tom Hale for a year. "It was hard," said Ann Reid.`,
			[]want{{"It was hard,", "Ann Reid", "said"}}},
		{"opening", `Against Tom Hale's advice, Ann Reid stayed. "It was my home," she said.`,
			[]want{{"It was my home,", "Ann Reid", "said"}}},
	})
}
