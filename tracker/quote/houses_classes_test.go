package quote

import "testing"

// Constructed probes of outlets' house styles (AP, Reuters, Fox News, Sky,
// the Times of Israel, NYT-style honorifics, US local papers, the
// Guardian, the BBC): classes that went wrong.

// "Rep. Kyle Brandt sent a letter to VA Secretary Dana Whitcomb calling
// the delays "..."": a participle after the one a letter is addressed to
// (or written to) is the writer's, the clause's subject. Failed before:
// the addressee at 0.95-1.0, shown to readers. Must not fire: a name after
// "with", "from" or a verb of perception, whose participle is that
// person's, and a letter addressed to no name.
func TestHousesLetterToAddressee(t *testing.T) {
	runCueCases(t, []cueCase{
		{"sent a letter to", `Rep. Kyle Brandt, R-Fla., sent a letter Monday to VA Secretary Dana Whitcomb calling the delays "a betrayal of the men and women who served."`,
			[]want{{"a betrayal of the men and women who served.", "Kyle Brandt", "calling"}}},
		{"urging", `Rep. Kyle Brandt sent a letter Monday to VA Secretary Dana Whitcomb urging her to "fix this mess before another veteran dies."`,
			[]want{{"fix this mess before another veteran dies.", "Kyle Brandt", "urging"}}},
		{"wrote to", `Rep. Kyle Brandt wrote to VA Secretary Dana Whitcomb on Monday demanding "a full accounting of every delayed appointment."`,
			[]want{{"a full accounting of every delayed appointment.", "Kyle Brandt", "demanding"}}},
		// A group that writes: no one named.
		{"group writes", `Democrats sent a letter to FBI Director Kash Patel calling the firings "a purge of career agents."`,
			[]want{{"a purge of career agents.", "", "calling"}}},
		// Must not fire.
		{"with", `The meeting ended with Mayor Tom Reed calling the plan "a betrayal of this town."`,
			[]want{{"a betrayal of this town.", "Tom Reed", "calling"}}},
		{"listened to", `The crowd listened to Mayor Tom Reed calling the plan "a betrayal of this town."`,
			[]want{{"a betrayal of this town.", "Tom Reed", "calling"}}},
		{"letter from", `A letter from Mayor Tom Reed calling the plan "a betrayal of this town" was read aloud.`,
			[]want{{"a betrayal of this town", "Tom Reed", "calling"}}},
		{"comma", `Sen. Ann Hale sent a letter to Attorney General Pam Bondi, calling the pardons "an affront to the rule of law."`,
			[]want{{"an affront to the rule of law.", "Ann Hale", "calling"}}},
	})
}

// "UNRWA Commissioner-General Philippe Lazzarini said": a hyphenated
// "-General" title before a name is no part of it, as "Secretary-General"
// is not. Failed before: "UNRWA Commissioner-General Philippe Lazzarini"
// at 0.85. The other titles of its kind and "the commissioner-general
// said" after one are read too.
func TestHousesGeneralTitles(t *testing.T) {
	runCueCases(t, []cueCase{
		{"commissioner-general", `UNRWA Commissioner-General Philippe Lazzarini said on X that the situation was "beyond catastrophic."`,
			[]want{{"beyond catastrophic.", "Philippe Lazzarini", "said on X"}}},
		{"inspector-general", `Pentagon Inspector-General Tom Reed said the audit was "deeply troubling for the department."`,
			[]want{{"deeply troubling for the department.", "Tom Reed", "said"}}},
		{"auditor-general", `The state's Auditor-General, Ann Hale, published her report on Monday. "The spending was poorly managed from the start," the auditor-general said.`,
			[]want{{"The spending was poorly managed from the start,", "Ann Hale", "said"}}},
		// Must not fire: a title of the kind the lists held already, and a
		// hyphenated name.
		{"secretary-general", `UN Secretary-General Antonio Guterres said the situation was "beyond catastrophic."`,
			[]want{{"beyond catastrophic.", "Antonio Guterres", "said"}}},
		{"hyphenated name", `Ann Hale-General said the plan was "badly off track."`,
			[]want{{"badly off track.", "Ann Hale-General", "said"}}},
	})
}

// The Chinese surname "He" inside a sentence ("A ministry spokesperson, He
// Yadong, told", "said He Yadong") is a name, not the pronoun, as it was
// already when it opened the sentence. Failed before: "" (the pronoun,
// resolving to no one). Must not fire: the pronoun.
func TestHousesSurnameHeInside(t *testing.T) {
	runCueCases(t, []cueCase{
		{"apposition", `A ministry spokesperson, He Yadong, told a regular briefing: "This is naked protectionism."`,
			[]want{{"This is naked protectionism.", "He Yadong", "told a regular briefing"}}},
		{"inverted", `"This is naked protectionism," said He Yadong, a ministry spokesperson.`,
			[]want{{"This is naked protectionism,", "He Yadong", "said"}}},
		// Must not fire: the pronoun.
		{"pronoun", `Tom Reed was asked about the tariffs. "This is naked protectionism," he said.`,
			[]want{{"This is naked protectionism,", "Tom Reed", "said"}}},
		{"pronoun opening", `Tom Reed was asked about the tariffs. He told reporters: "This is naked protectionism."`,
			[]want{{"This is naked protectionism.", "Tom Reed", "told reporters"}}},
	})
}

// "His rival, James Cleverly, told the Guardian ... "...," the former home
// secretary said": a rival, opponent or ally in apposition opening the
// sentence is its subject, whom a new description right after refers to,
// as a colleague was. Failed before: "" (read as someone's relative, whom
// a new description never means). Must not fire: a relative.
func TestHousesRivalApposition(t *testing.T) {
	runCueCasesConf(t, []confCase{
		{"rival", `His rival, James Cleverly, told the Guardian that leaving the ECHR was a gimmick. "It won't stop a single boat," the former home secretary said.`,
			"It won't stop a single boat,", "James Cleverly", true},
		{"opponent", `Her opponent, Tom Reed, said the plan was a gimmick. "It won't work," the former minister said.`,
			"It won't work,", "Tom Reed", true},
	})
	runCueCases(t, []cueCase{
		// Must not fire: a relative in apposition.
		{"wife", `Tom Reed was not at the hearing. His wife, Ann Reed, said the plan was a gimmick. "It won't work," the former minister said.`,
			[]want{{"It won't work,", "", "said"}}},
	})
}

// "The Pentagon said in a statement that ... "...," the statement said":
// the statement is the organisation's when its name, read as "the" and a
// capitalised noun ("The Pentagon", "The Kremlin", "The Shin Bet"), is
// the subject. Failed before: "" (while "Shin Bet said in a statement"
// and "The White House said in a statement" gave the organisation).
// Must not fire: a description in lower case; a person still speaks.
func TestHousesTheOrgStatement(t *testing.T) {
	runCueCases(t, []cueCase{
		{"the pentagon", `The Pentagon said in a statement that it had made arrests. "The suspects were in contact with agents for months," the statement said.`,
			[]want{{"The suspects were in contact with agents for months,", "Pentagon", "said"}}},
		{"the shin bet", `The Shin Bet said in a statement that it had arrested two men. "The suspects were in contact with Iranian agents for months," the statement said.`,
			[]want{{"The suspects were in contact with Iranian agents for months,", "Shin Bet", "said"}}},
		// Must not fire.
		{"lower-case description", `The ministry said in a statement that it had made arrests. "The suspects were in contact with agents for months," the statement said.`,
			[]want{{"The suspects were in contact with agents for months,", "", "said"}}},
		{"a person", `Tom Reed said in a statement that he would march. "We will not be silenced," the statement said.`,
			[]want{{"We will not be silenced,", "Tom Reed", "said"}}},
	})
}

// "said Ald. Ann Hale (25th)", "said Del. Ann Hale (D-Montgomery)",
// "Selectwoman Ann Hale": US local papers' titles. Failed before: "Ald"
// and "Del" at confidence 1 (the stop taken as a sentence's end), and
// "Selectwoman Ann Hale". Must not fire: "del" as a particle of a name.
func TestHousesLocalTitles(t *testing.T) {
	runCueCases(t, []cueCase{
		{"ald.", `"We need more buses," said Ald. Ann Hale (25th).`,
			[]want{{"We need more buses,", "Ann Hale", "said"}}},
		{"del.", `"This is about protecting people's privacy," said Del. Charlotte Crutchfield (D-Montgomery), the bill's sponsor.`,
			[]want{{"This is about protecting people's privacy,", "Charlotte Crutchfield", "said"}}},
		{"selectwoman", `"We need more buses," said Selectwoman Ann Hale.`,
			[]want{{"We need more buses,", "Ann Hale", "said"}}},
		// Must not fire.
		{"particle", `"We need more monsters," said Guillermo del Toro. He smiled.`,
			[]want{{"We need more monsters,", "Guillermo del Toro", "said"}}},
	})
}

// "Likud MK Tally Gotliv", "Yesh Atid MK Yorai Lahav-Hertzanu": a seat's
// letters (a member of the Knesset's, and the others') after a party,
// before a person's name of two or three words, are a title, even when the
// lists do not know the given name. Failed before: "Likud MK Tally
// Gotliv" at confidence 1. Must not fire: "MK Stalin" (initials of a
// name), "MK Dons" (a club).
func TestHousesSeatLetters(t *testing.T) {
	runCueCases(t, []cueCase{
		{"likud mk", `"This is a racist law," said Likud MK Tally Gotliv.`,
			[]want{{"This is a racist law,", "Tally Gotliv", "said"}}},
		{"party of two words", `Yesh Atid MK Yorai Lahav-Hertzanu told Kan: "This is a racist law."`,
			[]want{{"This is a racist law.", "Yorai Lahav-Hertzanu", "told Kan"}}},
		// Must not fire.
		{"initials", `Tamil Nadu Chief Minister MK Stalin said: "We will not accept Hindi imposition."`,
			[]want{{"We will not accept Hindi imposition.", "MK Stalin", "said"}}},
		{"club", `"We were poor today," said MK Dons boss Paul Warne.`,
			[]want{{"We were poor today,", "Paul Warne", "said"}}},
	})
}

// "The committee's top Democrat, Rep. Jamie Raskin of Maryland, said",
// "Its top Democrat, ...": a party noun after a possessive and words that
// describe a member is a person described, as after "the", so the name in
// apposition speaks. Failed before: "Democrat" at confidence 1 (when "of
// Maryland" followed the name). Must not fire: the plural, no one named.
func TestHousesPossessedPartyMember(t *testing.T) {
	runCueCases(t, []cueCase{
		{"committee's top democrat", `The committee's top Democrat, Rep. Jamie Raskin of Maryland, said: "This is a fishing expedition."`,
			[]want{{"This is a fishing expedition.", "Jamie Raskin", "said"}}},
		{"panel's top republican", `The panel's top Republican, Sen. Chuck Grassley of Iowa, said the inquiry was "a fishing expedition."`,
			[]want{{"a fishing expedition.", "Chuck Grassley", "said"}}},
		{"its", `Its top Democrat, Jamie Raskin of Maryland, said: "This is a fishing expedition."`,
			[]want{{"This is a fishing expedition.", "Jamie Raskin", "said"}}},
		// Must not fire.
		{"plural", `The committee's Democrats walked out. "This is a fishing expedition," they said.`,
			[]want{{"This is a fishing expedition,", "", "said"}}},
	})
}

// "The prime minister's official spokesperson said ... Starmer had "full
// confidence" ... "...," the spokesperson told reporters": a description
// by a noun for someone speaking for others refers back to the one
// described without a name just before, not to the person named since.
// Failed before: Keir Starmer at 0.72, shown. Must not fire: a named
// spokesperson, and "spokesman" as a title before a name.
func TestHousesSpokespersonReferredBack(t *testing.T) {
	runCueCases(t, []cueCase{
		{"pm's spokesperson", `Sir Keir Starmer has backed his chancellor. The prime minister's official spokesperson said on Monday that Starmer had "full confidence" in her. "The prime minister and the chancellor work hand in glove," the spokesperson told reporters.`,
			[]want{{"The prime minister and the chancellor work hand in glove,", "", "told reporters"}}},
		{"official", `Tom Reed arrived in Kyiv on Monday. A senior official said Reed would meet the president. "The talks will be long," the official said.`,
			[]want{{"The talks will be long,", "", "said"}}},
		// Must not fire.
		{"named", `Tom Reed, a spokesman for the council, said the road would close. Ann Hale disagreed. "It will reopen in May," the spokesman said.`,
			[]want{{"It will reopen in May,", "Tom Reed", "said"}}},
	})
}

// "Luis Alvarez and his wife, Maria, ... "...," Mrs. Alvarez said": a
// surname after an honorific of the other sex than the one person of that
// surname named in full is someone else of the family: the relative named
// by a given name alone, or a new person. Failed before: Luis Alvarez at
// confidence 1. Must not fire: the honorific of his sex, a surname with
// no honorific, and two people of the surname named in full.
func TestHousesHonorificOtherSex(t *testing.T) {
	runCueCases(t, []cueCase{
		{"wife by given name", `Luis Alvarez and his wife, Maria, run a hardware store. "I couldn't compete," Mrs. Alvarez said.`,
			[]want{{"I couldn't compete,", "Maria Alvarez", "said"}}},
		{"no relative named", `Luis Alvarez runs a hardware store with his family. "I couldn't compete," Ms. Alvarez said.`,
			[]want{{"I couldn't compete,", "Alvarez", "said"}}},
		// Must not fire.
		{"mr", `Luis Alvarez and his wife, Maria, run a hardware store. "I couldn't compete," Mr. Alvarez said.`,
			[]want{{"I couldn't compete,", "Luis Alvarez", "said"}}},
		{"no honorific", `Luis Alvarez and his wife, Maria, run a hardware store. "I couldn't compete," Alvarez said.`,
			[]want{{"I couldn't compete,", "Luis Alvarez", "said"}}},
		{"both named", `Luis Alvarez and Elena Alvarez run a hardware store. "I couldn't compete," Ms. Alvarez said.`,
			[]want{{"I couldn't compete,", "Elena Alvarez", "said"}}},
	})
}

// "said Cpl. Ann Hale", "Tpr.", "Pfc.", "Ofc.", "Asst. Chief", "Dist. Atty.",
// "Undersheriff": abbreviated ranks and titles of police and military
// releases that local papers print. Failed before: "Cpl", "Asst", "Dist"
// at confidence 1 (the stop read as a sentence's end), "Undersheriff Tom
// Reed". Must not fire: "Dist." ending a sentence before a quotation.
func TestHousesRankAbbreviations(t *testing.T) {
	runCueCases(t, []cueCase{
		{"cpl.", `"The suspect fled on foot," said Cpl. Ann Hale, a spokeswoman for the state police.`,
			[]want{{"The suspect fled on foot,", "Ann Hale", "said"}}},
		{"tpr.", `"The suspect fled on foot," said Tpr. Tom Reed of the state police.`,
			[]want{{"The suspect fled on foot,", "Tom Reed", "said"}}},
		{"dist. atty.", `"The budget is tight," said Dist. Atty. Ann Hale.`,
			[]want{{"The budget is tight,", "Ann Hale", "said"}}},
		{"undersheriff", `"The suspect fled on foot," said Undersheriff Tom Reed.`,
			[]want{{"The suspect fled on foot,", "Tom Reed", "said"}}},
		// Must not fire.
		{"sentence end", `The project is in the 5th Dist. "We need more buses," said Ann Hale.`,
			[]want{{"We need more buses,", "Ann Hale", "said"}}},
	})
}

// "House Speaker Paul Renner, R-Palm Coast, who championed the bill,
// called it "..."": a party-and-state label whose town has two words is
// no name, and the relative clause after it is the member's. Failed
// before: "Coast" at 0.95. Must not fire: a town of one word, and the
// label closing a sentence's subject before "said".
func TestHousesPartyLabelTown(t *testing.T) {
	runCueCases(t, []cueCase{
		{"r-palm coast", `House Speaker Paul Renner, R-Palm Coast, who championed the bill, called it "a victory for families."`,
			[]want{{"a victory for families.", "Paul Renner", "called"}}},
		{"d-fort lauderdale", `Rep. Ann Hale, D-Fort Lauderdale, who sponsored the bill, called it "a victory for families."`,
			[]want{{"a victory for families.", "Ann Hale", "called"}}},
		// Must not fire.
		{"one word", `Rep. Ann Hale, D-Miami, who sponsored the bill, called it "a victory for families."`,
			[]want{{"a victory for families.", "Ann Hale", "called"}}},
		{"said", `"This is a victory for families," said House Speaker Paul Renner, R-Palm Coast.`,
			[]want{{"This is a victory for families,", "Paul Renner", "said"}}},
	})
}

// "PTI leader Haleem Adil Sheikh termed ... "...," he alleged": "Sheikh"
// ending a name is the family name common in South Asia, not a title of
// nothing. Failed before: "PTI" at 0.8, and the chief minister named
// before at 0.85 for "he alleged". Must not fire: "Sheikh" before a name
// (a title), and after a nationality.
func TestHousesSurnameSheikh(t *testing.T) {
	runCueCases(t, []cueCase{
		{"pti leader", `Sindh Chief Minister Syed Murad Ali Shah announced a package. PTI leader Haleem Adil Sheikh termed the package "an eyewash". "The money never reaches the farmers," he alleged.`,
			[]want{{"an eyewash", "Haleem Adil Sheikh", "termed"}, {"The money never reaches the farmers,", "Haleem Adil Sheikh", "alleged"}}},
		{"said", `"The money never reaches the farmers," said Haleem Adil Sheikh.`,
			[]want{{"The money never reaches the farmers,", "Haleem Adil Sheikh", "said"}}},
		// Must not fire: a title before a name.
		{"title", `"The talks were useful," said Sheikh Mohammed bin Zayed.`,
			[]want{{"The talks were useful,", "Mohammed bin Zayed", "said"}}},
	})
}

// "Army spokesman Brig. Gen. Nabil Abdullah said the RSF claims were "lies
// and propaganda."": a form in -s before a plural copula ("claims were")
// or, after "the" and a name, before "as" ("dismissed the RSF claims as")
// is a plural noun, not a verb of speech. Failed before: "RSF" at 0.95.
// Must not fire: the verb ("The RSF claims it was ...").
func TestHousesPluralNounNotVerb(t *testing.T) {
	runCueCases(t, []cueCase{
		{"claims were", `Army spokesman Brig. Gen. Nabil Abdullah said the RSF claims were "lies and propaganda."`,
			[]want{{"lies and propaganda.", "Nabil Abdullah", "said"}}},
		{"claims as", `Tom Reed dismissed the RSF claims as "lies and propaganda."`,
			[]want{{"lies and propaganda.", "Tom Reed", "dismissed"}}},
		// Must not fire.
		{"verb", `The RSF claims it was "defending civilians from the army."`,
			[]want{{"defending civilians from the army.", "RSF", "claims"}}},
	})
}

// "said the head of one foreign chamber of commerce", "said the chief of
// a business group": a description of someone in an organisation the
// text introduces with "a" or "one" is no one named before. Failed before:
// the city's leader named before, at 0.72-0.75 (shown). Must not fire: a
// leader of an organisation named ("the head of the council").
func TestHousesHeadOfIndefinite(t *testing.T) {
	runCueCases(t, []cueCase{
		{"head of one", `Hong Kong's leader, John Lee, welcomed the law. "We will continue to operate here, but we are watching very closely," said the head of one foreign chamber of commerce, who asked not to be identified.`,
			[]want{{"We will continue to operate here, but we are watching very closely,", "", "said"}}},
		{"chief of a", `John Lee spoke first. "We are watching closely," said the chief of a foreign business group.`,
			[]want{{"We are watching closely,", "", "said"}}},
	})
	runCueCasesConf(t, []confCase{
		// Must not fire.
		{"head of the", `Ann Hale, the chief executive of Orbel, spoke first. "We are watching closely," said the firm's boss.`,
			"We are watching closely,", "Ann Hale", true},
	})
}

// "A commander of the Jenin Brigades, who gave his name as Abu Khaled,
// told ... "...," he said": the name a relative clause gives after a
// phrase placing the person that holds a name. Failed before: "" (the
// clause read only past lower-case words). Must not fire: no name given.
func TestHousesGaveNameAfterPlace(t *testing.T) {
	runCueCases(t, []cueCase{
		{"of the brigades", `A commander of the Jenin Brigades, who gave his name as Abu Khaled, told The Times of Israel that the group would not disarm. "Our weapons are pointed at the occupation," he said.`,
			[]want{{"Our weapons are pointed at the occupation,", "Abu Khaled", "said"}}},
		// Must not fire.
		{"no name", `A commander of the Jenin Brigades, who asked not to be named, told The Times of Israel that the group would not disarm. "Our weapons are pointed at the occupation," he said.`,
			[]want{{"Our weapons are pointed at the occupation,", "", "said"}}},
	})
}

// "Ann Hale has slammed easyJet for "treating passengers like cattle"": a
// verb of blame or praise, its object and "for" before quoted words give
// the reason in the subject's words, as "described X as" does; the
// object is no speaker. Failed before: Ann Hale given only at 0.5 by the
// last resort; after a subject with a relative clause, nothing. Must not
// fire: a passive, and "called for".
func TestHousesBlameFor(t *testing.T) {
	runCueCases(t, []cueCase{
		{"slammed for", `Ann Hale has slammed easyJet for "treating passengers like cattle".`,
			[]want{{"treating passengers like cattle", "Ann Hale", "slammed"}}},
		{"praised for", `Mayor Tom Reed praised the crews for "working through the night to keep us safe."`,
			[]want{{"working through the night to keep us safe.", "Tom Reed", "praised"}}},
		// The object is no inverted speaker: an unnamed subject.
		{"relative clause", `A mother-of-two who was left stranded at Gatwick has slammed easyJet for "treating passengers like cattle".`,
			[]want{{"treating passengers like cattle", "", "slammed"}}},
	})
	runCueCasesConf(t, []confCase{
		// Must not fire: a passive is no speaker's verb.
		{"passive", `The airline was slammed by passengers for "treating us like cattle" after the delays.`,
			"treating us like cattle", "", false},
	})
}
