package quote

import "testing"

// A speaker named right after a broadcaster or paper, with no comma
// between ("Speaking on Sky News Malthouse said", "Talking to ITV News
// Malthouse added"), is the speaker; the outlet is where they spoke. Before,
// the first gave no speaker and the second gave "ITV News Malthouse" at
// confidence 1.
func TestOutletBeforeName(t *testing.T) {
	runCueCases(t, []cueCase{
		{"speaking on", `Kit Malthouse criticised the plan. Speaking on Sky News Malthouse said: "This is a mistake."`,
			[]want{{"This is a mistake.", "Kit Malthouse", "said"}}},
		{"talking to", `Talking to ITV News Malthouse added: "It is wrong."`,
			[]want{{"It is wrong.", "Malthouse", "added"}}},
		{"writing in the", `Writing in the Daily Telegraph Ann Hall argued that the scheme was "a waste of public money."`,
			[]want{{"a waste of public money.", "Ann Hall", "argued"}}},
		// Not fired: the outlet itself speaking, an outlet whose name goes
		// on, and a comma after the outlet.
		{"outlet speaks", `According to its own report, Sky News said: "The figures were wrong."`,
			[]want{{"The figures were wrong.", "Sky News", "said"}}},
		{"comma", `Speaking on Sky News, Kit Malthouse said: "This is a mistake."`,
			[]want{{"This is a mistake.", "Kit Malthouse", "said"}}},
	})
}

// "A spokeswoman for Crédit Agricole said": a name after "spokesman for"
// that nothing marks as a person's is the organisation the spokesperson
// speaks for (the convention: the organisation speaks when its
// spokesperson is not named). Before, it gave "" unless the name had a
// word like "Bank" or "Group".
func TestSpokesForUnknownOrganisation(t *testing.T) {
	runCueCases(t, []cueCase{
		{"credit agricole", `A spokeswoman for Crédit Agricole said: "We do not comment on rumours."`,
			[]want{{"We do not comment on rumours.", "Crédit Agricole", "said"}}},
		{"banco santander", `A spokesman for Banco Santander said the bank "is fully compliant with the rules."`,
			[]want{{"is fully compliant with the rules.", "Banco Santander", "said"}}},
		// Not fired: a person's spokesman stays one (the convention leaves
		// the speaker empty), not an organisation called "Ms Hall".
		{"for a person", `Ann Hall has denied the claims. "She will not resign," a spokesman for Ms Hall said.`,
			[]want{{"She will not resign,", "", "said"}}},
		{"for a person by surname", `Tom Reed has denied the claims. "He will not resign," a spokesman for Reed said.`,
			[]want{{"He will not resign,", "", "said"}}},
	})
}

// "Department for Education", "Ministry for Foreign Affairs": an
// institution named with "for" is one organisation, whether it speaks, a
// spokesperson speaks for it, or its name qualifies the spokesperson.
// Before, "The Department for Education said" gave "Department" and the
// spokesperson forms gave "".
func TestInstitutionForName(t *testing.T) {
	runCueCases(t, []cueCase{
		{"speaks", `The Department for Education said: "Schools will get the funding they need."`,
			[]want{{"Schools will get the funding they need.", "Department for Education", "said"}}},
		{"spokesman for", `A spokesman for the Department for Education said: "Schools will get the funding they need."`,
			[]want{{"Schools will get the funding they need.", "Department for Education", "said"}}},
		{"qualifies spokesman", `A Department for Education spokesman said: "Schools will get the funding they need."`,
			[]want{{"Schools will get the funding they need.", "Department for Education", "said"}}},
		// Not fired: "for" after a person's name or a common noun.
		{"person for", `Ann Hall for the defence said: "My client is innocent."`,
			[]want{{"My client is innocent.", "Ann Hall", ""}}},
	})
}

// "the force said" after a police force's name ("Greater Manchester
// Police", "Scotland Yard"), and "a spokesperson for the force", refer back
// to it. Before, "" (or the force given with no cue read).
func TestPoliceForce(t *testing.T) {
	runCueCases(t, []cueCase{
		{"the force said", `Greater Manchester Police said officers were called at 8pm. "A 34-year-old man has been arrested," the force said.`,
			[]want{{"A 34-year-old man has been arrested,", "Greater Manchester Police", "said"}}},
		{"spokesperson for the force", `Officers from Police Scotland were called at 8pm. A spokesperson for the force said: "A man has been arrested."`,
			[]want{{"A man has been arrested.", "Police Scotland", "said"}}},
		// "a force spokesperson" refers back to the one force named, as
		// "the force" does (the README's convention).
		{"force spokesperson", `Greater Manchester Police said officers were called at 8pm. "A man has been arrested," a force spokesperson said.`,
			[]want{{"A man has been arrested,", "Greater Manchester Police", "said"}}},
		// Not fired: no force named.
		{"no force named", `Officers were called at 8pm. "A man has been arrested," the force said.`,
			[]want{{"A man has been arrested,", "", "said"}}},
		{"no force named, spokesperson", `Officers were called at 8pm. "A man has been arrested," a force spokesperson said.`,
			[]want{{"A man has been arrested,", "", "said"}}},
	})
}

// "Department of Health and Social Care", "Department for Work and
// Pensions": an "and" inside an institution's object is part of its name,
// when it speaks, when a spokesperson speaks for it, and when its name
// qualifies the spokesperson. Before, "Social Care" (at confidence 1) or "".
func TestInstitutionNameWithAnd(t *testing.T) {
	runCueCases(t, []cueCase{
		{"speaks", `The Department of Health and Social Care said: "We are investing record sums."`,
			[]want{{"We are investing record sums.", "Department of Health and Social Care", "said"}}},
		{"spokesperson for", `A spokesperson for the Department of Health and Social Care said: "We are investing record sums."`,
			[]want{{"We are investing record sums.", "Department of Health and Social Care", "said"}}},
		{"qualifies spokesperson", `A Department of Health and Social Care spokesperson said: "We are investing record sums."`,
			[]want{{"We are investing record sums.", "Department of Health and Social Care", "said"}}},
		{"work and pensions", `A Department for Work and Pensions spokesperson said: "Payments will be made on time."`,
			[]want{{"Payments will be made on time.", "Department for Work and Pensions", "said"}}},
		// Not fired: a portfolio word before a person's name.
		{"ministry then person", `Permanent secretary in the Ministry of Finance Brian Manning said: "The issue is a simple one."`,
			[]want{{"The issue is a simple one.", "Brian Manning", "said"}}},
	})
}

// A candidate's campaign and a politician's office speak for them ("Reid's
// campaign", "the Biden campaign", "his campaign", "Senator Hall's
// office"; the annotation's convention, fresh8 and fresh10), unlike a
// person's spokesman. Before, "".
func TestCampaignAndOffice(t *testing.T) {
	runCueCases(t, []cueCase{
		{"possessive campaign", `Donald Trump spoke in Iowa. Trump's campaign said in a statement that the ruling was "a total disgrace."`,
			[]want{{"a total disgrace.", "Donald Trump", "said"}}},
		{"the X campaign", `President Joe Biden spoke in Ohio. The Biden campaign said: "This is a dangerous moment."`,
			[]want{{"This is a dangerous moment.", "Joe Biden", "said"}}},
		{"his campaign", `President Joe Biden spoke in Ohio. "This is a dangerous moment," his campaign said in a statement.`,
			[]want{{"This is a dangerous moment,", "Joe Biden", "said"}}},
		{"her office", `Senator Ann Hall did not attend. Her office said: "She is recovering from surgery."`,
			[]want{{"She is recovering from surgery.", "Ann Hall", "said"}}},
		// Not fired: an unnamed office, an organisation's campaign, a
		// person's spokesman.
		{"the mayor's office", `The mayor did not attend. The mayor's office said: "She is recovering from surgery."`,
			[]want{{"She is recovering from surgery.", "", "said"}}},
		{"spokesman for a person", `Senator Ann Hall did not attend. A spokesman for Hall said: "She is recovering from surgery."`,
			[]want{{"She is recovering from surgery.", "", "said"}}},
	})
}

// "Oakland Zoo officials said", "Pentagon officials said", "Officials at
// the Oakland Zoo said": an organisation speaking through its officials is
// the organisation (the annotation's convention). Before, "". People and
// peoples stay unnamed. (Left: "Officials at Oakland Zoo said:" before a
// colon still gives "".)
func TestOrganisationOfficials(t *testing.T) {
	runCueCases(t, []cueCase{
		{"zoo officials", `Oakland Zoo officials said: "The animals are safe."`,
			[]want{{"The animals are safe.", "Oakland Zoo", "said"}}},
		{"after", `"The animals are safe," Oakland Zoo officials said.`,
			[]want{{"The animals are safe,", "Oakland Zoo", "said"}}},
		{"pentagon", `Pentagon officials said: "The strike was lawful."`,
			[]want{{"The strike was lawful.", "Pentagon", "said"}}},
		{"officials at", `Officials at the Oakland Zoo said the animals were "safe and well fed."`,
			[]want{{"safe and well fed.", "Oakland Zoo", "said"}}},
		// Not fired: a nationality, a person's officials.
		{"nationality", `Israeli officials said: "The strike was lawful."`,
			[]want{{"The strike was lawful.", "", "said"}}},
		{"person's officials", `President Joe Biden spoke on Monday. "The strike was lawful," Biden officials said.`,
			[]want{{"The strike was lawful,", "", "said"}}},
	})
}
