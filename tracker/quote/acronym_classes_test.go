package quote

import "testing"

// Organisations named by acronym or by a name holding "and", and the
// descriptions that refer back to them.
//   - "WHO" and "US" are read as the acronyms they are, not "who" and "us"
//     (before, "said WHO spokesperson Christian Lindmeier" and "the WHO
//     said" gave "", and "said US Secretary of State Antony Blinken" too).
//   - "the agency said" refers back to "the Food and Drug Administration",
//     "the Centers for Disease Control and Prevention" or "the CDC" (before,
//     "" or "Drug Administration").
func TestAcronymsAndAgencies(t *testing.T) {
	runCueCases(t, []cueCase{
		{"WHO spokesperson", `"The situation is deteriorating," said WHO spokesperson Christian Lindmeier.`,
			[]want{{"The situation is deteriorating,", "Christian Lindmeier", "said"}}},
		{"the WHO", `"The situation is deteriorating," the WHO said in a statement.`,
			[]want{{"The situation is deteriorating,", "WHO", "said"}}},
		{"says WHO", `Untreated pneumonic plague is "always fatal", says WHO.`,
			[]want{{"always fatal", "WHO", "says"}}},
		{"US Secretary of State", `"We will respond," said US Secretary of State Antony Blinken.`,
			[]want{{"We will respond,", "Antony Blinken", "said"}}},
		{"U.S. Secretary of State", `"We will respond," said U.S. Secretary of State Antony Blinken.`,
			[]want{{"We will respond,", "Antony Blinken", "said"}}},
		{"FDA by name", `The Food and Drug Administration approved the drug on Friday. "This is an important step," the agency said.`,
			[]want{{"This is an important step,", "Food and Drug Administration", "said"}}},
		{"CDC by name", `The Centers for Disease Control and Prevention recommended boosters. "Vaccination remains the best protection," the agency said in a statement.`,
			[]want{{"Vaccination remains the best protection,", "Centers for Disease Control and Prevention", "said"}}},
		{"CDC acronym", `The CDC recommended boosters. "Vaccination remains the best protection," the agency said.`,
			[]want{{"Vaccination remains the best protection,", "CDC", "said"}}},
		{"SEC", `The Securities and Exchange Commission charged the firm. "Investors were misled," the agency said.`,
			[]want{{"Investors were misled,", "Securities and Exchange Commission", "said"}}},
		// Not fired: the pronoun in a heading in capitals, an acronym
		// three sentences back.
		{"heading", `WHO WILL PAY FOR IT? "Nobody knows yet," said Ann Hall.`,
			[]want{{"Nobody knows yet,", "Ann Hall", "said"}}},
		{"acronym far back", `The CDC recommended boosters. Pharmacies reported long queues. Stocks ran low in some towns. "Vaccination remains the best protection," the agency said.`,
			[]want{{"Vaccination remains the best protection,", "", "said"}}},
	})
}

// "Human Rights Watch", "Amnesty International": names ending in "Watch"
// or "International" are organisations', which "the group" refers back to
// (before, Human Rights Watch was read as a person, since it speaks, and
// "the group added" gave ""). "the statement read" after "The company
// denied the allegations in a statement" is the company's (before, "").
func TestOrganisationStatements(t *testing.T) {
	runCueCases(t, []cueCase{
		{"the group added", `Human Rights Watch criticised the law. "Having a judge impose those punishments without a trial does not sanitise them," the group added.`,
			[]want{{"Having a judge impose those punishments without a trial does not sanitise them,", "Human Rights Watch", "added"}}},
		{"statement of the company", `Orbel Foods was fined £2m on Monday. The firm apologised in a statement. "We let our customers down," the statement said.`,
			[]want{{"We let our customers down,", "Orbel Foods", "said"}}},
		// Not fired: a statement of a company the article never named.
		{"unnamed company", `The firm apologised in a statement. "We let our customers down," the statement said.`,
			[]want{{"We let our customers down,", "", "said"}}},
	})
}
