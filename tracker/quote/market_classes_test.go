package quote

import "testing"

// Constructed probes of news English by beat (markets and earnings, tech,
// health and medicine, religion, royals and celebrity): classes that went
// wrong.

// "the pontiff" is what religion pages call the pope named before. A new
// description of an office of church or state ("the pope", "the king",
// "the president") is not someone the article gave another office of the
// same kind ("Cardinal Pietro Parolin", "Prime Minister Keir Starmer").
// Failed before: "the pontiff" was no description (Leo XIV with no cue);
// the cardinal and the prime minister were given at 0.72, shown.
func TestMarketChurchAndStateOffices(t *testing.T) {
	runCueCases(t, []cueCase{
		{"pontiff", "Pope Leo XIV on Sunday called for a ceasefire in Sudan.\n\n\"I appeal to all parties to stop the violence,\" the pontiff said after the Angelus prayer.",
			[]want{{"I appeal to all parties to stop the violence,", "Leo XIV", "said"}}},
	})
	runShownCases(t, []shownCase{
		{"cardinal is not the pope", "Cardinal Pietro Parolin spoke to reporters on Sunday.\n\n\"I appeal to all parties to stop the violence,\" the pope said.",
			"", false},
		{"cardinal is not the pontiff", "Cardinal Pietro Parolin spoke to reporters on Sunday.\n\n\"I appeal to all parties to stop the violence,\" the pontiff said.",
			"", false},
		{"prime minister is not the king", "Prime Minister Keir Starmer laid a wreath at the Cenotaph.\n\n\"We remember those who gave their today for our tomorrow,\" the king said.",
			"", false},
		{"prime minister is not the president", "Prime Minister Keir Starmer arrived in Washington on Monday.\n\n\"We are the closest of allies,\" the president said.",
			"", false},
		// Must not fire: the office the person holds, or a role of no
		// office.
		{"pope then the pope", "Pope Leo XIV met refugees in Rome on Sunday.\n\n\"I appeal to all parties to stop the violence,\" the pope said.",
			"Leo XIV", true},
		{"prime minister then the prime minister", "Prime Minister Keir Starmer laid a wreath at the Cenotaph.\n\n\"We owe them a debt we can never repay,\" the prime minister said.",
			"Keir Starmer", true},
		{"governor then the economist", "Governor Andrew Bailey left rates on hold on Thursday.\n\n\"Inflation is heading in the right direction,\" the economist said.",
			"Andrew Bailey", true},
	})
}

// A firm named in full and then by its first word ("Vantor Search ...
// Vantor said it would appeal") is still a firm when the first word is in
// no word list and the last an ordinary English word no given name is:
// "the company said" then refers back to it. And "the company" (or "the
// firm", "the carmaker") is never a public body whose name says so ("the
// European Commission"). Failed before: "" (the shortened name had made
// the firm a person) and the European Commission at 0.85, shown.
func TestMarketCompanyRefersToFirm(t *testing.T) {
	runShownCases(t, []shownCase{
		{"shortened firm", "European regulators fined Vantor Search €2.4 billion on Tuesday.\n\nVantor said it would appeal. \"We disagree with the decision,\" the company said in a statement.",
			"Vantor Search", true},
		{"commission before", "Regulators fined Vantor Search on Tuesday. The European Commission said it had abused its position.\n\n\"We disagree with the decision,\" the company said.",
			"Vantor Search", false},
		{"commission in the sentence", "The European Commission fined Vantor Search on Tuesday.\n\n\"We disagree with the decision,\" the company said.",
			"Vantor Search", true},
		{"ministry and the firm", "The Ministry of Finance ordered Orbel Foods to pay the tax.\n\n\"We will appeal,\" the firm said.",
			"Orbel Foods", true},
		// Must not fire: a person shortened to an unknown given name, a
		// person whose given name is an English word, two firms.
		{"given name alone", "Sowmyan Jegatheesan runs a shop in Toronto. Sowmyan said the rent had doubled.\n\n\"We cannot go on like this,\" he said.",
			"Sowmyan Jegatheesan", true},
		{"farmer Chad", "Farmer Chad Smith said his farm could lose $150,000.\n\n\"We will be lucky to be in business next year,\" he said.",
			"Chad Smith", true},
		{"two firms", "Vantor Search and Orbel Foods signed a deal on Tuesday.\n\n\"It is a good day for both of us,\" the company said.",
			"", false},
		{"commission alone", "The European Commission fined the firm on Tuesday.\n\n\"The rules apply to everyone,\" the company said.",
			"", false},
	})
}

// "a company spokesman said", "a spokeswoman for the company": an unnamed
// person speaking for the firm named in that sentence or the one before,
// which is the speaker as for "a Helix spokesman"; "a palace spokesperson"
// after Buckingham Palace likewise. Failed before: "". Must not fire: two
// firms in the sentence, a firm only after a preposition ("Analysts at
// Goldman Sachs"), a person, a public body.
func TestMarketCompanySpokesperson(t *testing.T) {
	runCueCases(t, []cueCase{
		{"spokesman for the company", `Helix Robotics denied the allegations. "Safety is at the heart of everything we do," said a spokesman for the company.`,
			[]want{{"Safety is at the heart of everything we do,", "Helix Robotics", "said"}}},
		{"company spokeswoman", "Helix Robotics denied the allegations.\n\n\"Safety is at the heart of everything we do,\" a company spokeswoman said. \"We will defend ourselves.\"",
			[]want{{"Safety is at the heart of everything we do,", "Helix Robotics", "said"}, {"We will defend ourselves.", "Helix Robotics", ""}}},
		{"past the regulator", "The Federal Trade Commission sued Vantor Search on Thursday.\n\n\"This case ignores the reality of a competitive market,\" a company spokesperson said.",
			[]want{{"This case ignores the reality of a competitive market,", "Vantor Search", "said"}}},
		{"palace spokesperson", "Buckingham Palace has announced that the King will visit Canada in the spring.\n\n\"His Majesty is very much looking forward to returning to Canada,\" a palace spokesperson said.",
			[]want{{"His Majesty is very much looking forward to returning to Canada,", "Buckingham Palace", "said"}}},
		// Must not fire.
		{"two firms", "Helix Robotics and Orbel Foods signed a deal.\n\n\"We do not comment on market rumours,\" a company spokesman said.",
			[]want{{"We do not comment on market rumours,", "", "said"}}},
		{"analysts at", "Analysts at Goldman Sachs cut their forecast for the year.\n\n\"We do not comment on market rumours,\" a company spokesman said.",
			[]want{{"We do not comment on market rumours,", "", "said"}}},
		{"a person", "John Hale, a lawyer, filed the suit.\n\n\"We do not comment on lawsuits,\" a company spokesman said.",
			[]want{{"We do not comment on lawsuits,", "", "said"}}},
		{"a public body", "The Federal Trade Commission sued the firm on Thursday.\n\n\"We do not comment on lawsuits,\" a company spokesman said.",
			[]want{{"We do not comment on lawsuits,", "", "said"}}},
		{"two palaces", "Buckingham Palace and Kensington Palace issued statements.\n\n\"The family is delighted,\" a palace spokesperson said.",
			[]want{{"The family is delighted,", "", "said"}}},
	})
}

// "co-founder and CEO Rohan Mehta", "said chairman and CEO Ann Hall",
// "Founder and CEO Ann Hall said:": a bare role noun joined by "and" to
// the title before a name is a second post of the same person, not
// another speaker. Failed before: "" (read as two people joined, or no
// cue). Must not fire: a role with a determiner before it, two names.
func TestMarketRoleAndTitle(t *testing.T) {
	runCueCases(t, []cueCase{
		{"co-founder and CEO", "QuickBite has laid off about 400 employees.\n\n\"This was one of the hardest decisions we have had to make,\" co-founder and CEO Rohan Mehta wrote in an email to staff.",
			[]want{{"This was one of the hardest decisions we have had to make,", "Rohan Mehta", "wrote"}}},
		{"said chairman and CEO", "QuickBite has laid off about 400 employees.\n\n\"This was one of the hardest decisions we have had to make,\" said chairman and CEO Rohan Mehta.",
			[]want{{"This was one of the hardest decisions we have had to make,", "Rohan Mehta", "said"}}},
		{"opening the sentence", "QuickBite has laid off about 400 employees.\n\nFounder and CEO Rohan Mehta said: \"This was one of the hardest decisions we have had to make.\"",
			[]want{{"This was one of the hardest decisions we have had to make.", "Rohan Mehta", "said"}}},
		// Must not fire.
		{"the mayor and", `The council met on Monday. "We will not back down," said the mayor and Governor Ann Hall.`,
			[]want{{"We will not back down,", "", "said"}}},
		{"two names", `The council met on Monday. "We will not back down," said Mayor Tom Reed and Governor Ann Hall.`,
			[]want{{"We will not back down,", "", "said"}}},
		{"his lawyer and", `The council met on Monday. "We will not back down," said his lawyer and Senator Ann Hall.`,
			[]want{{"We will not back down,", "", "said"}}},
	})
}

// A firm named in full, then by the first word of its name opening a
// sentence as a verb's subject ("Helix Robotics ... Helix denied the
// allegations"), is named there though the word is an English one: a
// spokesman "for the company" in the next sentence speaks for it. Failed
// before: "" (the word was read as no name). Must not fire: an ordinary
// word before a noun, not a verb.
func TestMarketFirmByFirstWord(t *testing.T) {
	runCueCases(t, []cueCase{
		{"helix denied", "A former engineer at Helix Robotics has accused the company of cutting safety corners.\n\nHelix denied the allegations. \"Safety is at the heart of everything we do,\" said a spokesman for the company.",
			[]want{{"Safety is at the heart of everything we do,", "Helix Robotics", "said"}}},
		// Must not fire.
		{"not a verb", "Shares in National Grid fell on Monday.\n\nNational figures showed demand was falling. \"We do not comment on market rumours,\" a company spokesman said.",
			[]want{{"We do not comment on market rumours,", "", "said"}}},
	})
}

// An NHS trust or other institution named for two places, the second of
// two words ("Maidstone and Tunbridge Wells NHS Trust"), is one name, and
// after a quotation too. Failed before: "" (two names joined), then "the
// trust said" -> "Tunbridge Wells NHS Trust" at 0.85, shown; after a
// quotation, no cue. Must not fire: a person the article named before the
// "and", two people.
func TestMarketTwoPlaceTrust(t *testing.T) {
	runCueCases(t, []cueCase{
		{"subject", "A hospital trust in Kent has apologised.\n\nMaidstone and Tunbridge Wells NHS Trust said it was \"deeply sorry\". \"We are reviewing what happened,\" the trust said.",
			[]want{{"deeply sorry", "Maidstone and Tunbridge Wells NHS Trust", "said"}, {"We are reviewing what happened,", "Maidstone and Tunbridge Wells NHS Trust", "said"}}},
		{"after the quotation", "A hospital trust in Kent has apologised.\n\n\"We are reviewing what happened,\" Maidstone and Tunbridge Wells NHS Trust said.",
			[]want{{"We are reviewing what happened,", "Maidstone and Tunbridge Wells NHS Trust", "said"}}},
		// Must not fire.
		{"two people", `"We are reviewing what happened," Tom Reed and Ann Hall said.`,
			[]want{{"We are reviewing what happened,", "", "said"}}},
	})
	// A person and an organisation joined: both spoke, so no one speaker
	// (TestJointSubjectAfterQuote), never shown.
	runShownCases(t, []shownCase{
		{"a person named", "Dr Ann Jones treated the patient.\n\n\"We are reviewing what happened,\" Jones and Tunbridge Wells NHS Trust said.",
			"", false},
	})
}

// A role noun opening a sentence before a star's one name ("Singer Adele
// has cancelled ...") is no part of the name. Failed before: "Singer
// Adele" was read as a name of no known kind, so "the star wrote" found
// no one (""), and "she said" gave "Singer Adele". Must not fire: an
// organisation whose name opens with a role noun ("Victim Support").
func TestMarketRoleBeforeMononym(t *testing.T) {
	runCueCases(t, []cueCase{
		{"the star", "Singer Adele has cancelled the remaining dates of her Las Vegas residency because of illness.\n\n\"I'm absolutely gutted,\" the star wrote on Instagram.",
			[]want{{"I'm absolutely gutted,", "Adele", "wrote on Instagram"}}},
		{"she said", `Singer Adele has cancelled her residency because of illness. "I'm absolutely gutted," she said.`,
			[]want{{"I'm absolutely gutted,", "Adele", "said"}}},
		// Must not fire.
		{"victim support", `Victim Support said the scheme had helped thousands. "We are proud of this work," Victim Support said.`,
			[]want{{"We are proud of this work,", "Victim Support", "said"}}},
	})
}

// A name after "the" that speaks, with no title or honorific ("The
// Kremlin said", "The Vatican said"), is an institution's, which "he" or
// "she" never means. Failed before: the name was made a person's by its
// verb of speech, so a "he said" after it gave it (Kremlin at 0.85,
// shown). Must not fire: a title after "the" ("the Rev. Al Green said"),
// a "he" taking the name up ("The Dalai Lama said that he ...").
func TestMarketTheNameSpeaks(t *testing.T) {
	runCueCases(t, []cueCase{
		{"kremlin he", "The Kremlin said on Monday that the talks had been useful.\n\n\"We are ready to continue,\" he said.",
			[]want{{"We are ready to continue,", "", "said"}}},
		{"vatican he added", `The Vatican said the pope had a good night. "He is resting," he added.`,
			[]want{{"He is resting,", "", "added"}}},
		// Must not fire.
		{"kremlin itself", `The Kremlin said the talks had been useful. "We are ready to continue," the Kremlin said.`,
			[]want{{"We are ready to continue,", "Kremlin", "said"}}},
		{"the rev", `The Rev. Al Green said the church would stay open. "We will never close our doors," he said.`,
			[]want{{"We will never close our doors,", "Al Green", "said"}}},
	})
	// Must not fire: a "he" takes the name up in its sentence.
	runShownCases(t, []shownCase{
		{"dalai lama", "The Dalai Lama said on Wednesday that he would be reincarnated.\n\n\"The institution will continue,\" the Tibetan spiritual leader said.",
			"Dalai Lama", true},
	})
}

// What royal and religious pages call an institution that speaks: "the
// palace said" after Buckingham Palace, and "the Vatican press office
// said", which is the Vatican speaking as through a spokesperson. Failed
// before: "the palace" was no description (the palace guessed with no
// cue), and the press office "". Must not fire: a person's press office.
func TestMarketPalaceAndPressOffice(t *testing.T) {
	runCueCases(t, []cueCase{
		{"the palace", "The King has been diagnosed with a form of cancer, Buckingham Palace said on Monday.\n\n\"His Majesty has today commenced a schedule of regular treatments,\" the palace said in a statement.",
			[]want{{"His Majesty has today commenced a schedule of regular treatments,", "Buckingham Palace", "said"}}},
		{"vatican press office", "Pope Francis has been discharged from hospital, the Vatican said.\n\n\"The Holy Father will need a further two months of rest,\" the Vatican press office said in a statement.",
			[]want{{"The Holy Father will need a further two months of rest,", "Vatican", "said"}}},
		{"holy see press office", "Pope Francis has been discharged from hospital.\n\n\"The Holy Father will need a further two months of rest,\" the Holy See press office said.",
			[]want{{"The Holy Father will need a further two months of rest,", "Holy See", "said"}}},
		// Must not fire.
		{"a person's press office", "Joe Biden arrived in Rome on Monday.\n\n\"The president looks forward to the talks,\" the Biden press office said.",
			[]want{{"The president looks forward to the talks,", "", "said"}}},
		{"no palace named", "The King has been diagnosed with a form of cancer.\n\n\"His Majesty has today commenced a schedule of regular treatments,\" the palace said in a statement.",
			[]want{{"His Majesty has today commenced a schedule of regular treatments,", "", "said"}}},
	})
}

// A bare "a spokesman" or "a spokesperson" right after an organisation
// spoke, as the subject of a verb of speech in the sentence before, with
// no one else named between, speaks for it: "Amazon Web Services said it
// would co-operate. "...," a spokesperson said." (also "Thames Water said
// it ...", a firm's name that only its verb made a person's). Failed
// before: "". Must not fire: a person before, someone named between, a
// spokesperson for someone else, an unnamed ministry.
func TestMarketSpokespersonAfterOrg(t *testing.T) {
	runCueCases(t, []cueCase{
		{"aws", "Britain's competition watchdog has opened an investigation into the cloud market.\n\nAmazon Web Services said it would co-operate with the inquiry. \"We believe the market is highly competitive,\" a spokesperson said.",
			[]want{{"We believe the market is highly competitive,", "Amazon Web Services", "said"}}},
		{"nhs england added", `NHS England said it was "committed to reducing waiting times". A spokesman added: "We are investing in new diagnostic centres."`,
			[]want{{"committed to reducing waiting times", "NHS England", "said"}, {"We are investing in new diagnostic centres.", "NHS England", "added"}}},
		{"thames water", `Thames Water said it had enough cash to last until March. "We are working with our creditors," a spokesman said.`,
			[]want{{"We are working with our creditors,", "Thames Water", "said"}}},
		// Must not fire.
		{"a person", `Jones said it had been a great day for the club. "We are delighted," a spokesman said.`,
			[]want{{"We are delighted,", "", "said"}}},
		{"someone between", `Amazon Web Services said it would co-operate with the inquiry. Ann Hale, a customer, disagreed. "We believe the market is highly competitive," a spokesperson said.`,
			[]want{{"We believe the market is highly competitive,", "", "said"}}},
		{"spokesperson for", `Amazon Web Services said it would co-operate with the inquiry. "We believe the market is highly competitive," a spokesperson for the watchdog said.`,
			[]want{{"We believe the market is highly competitive,", "", "said"}}},
		{"the ministry", `The ministry said it would respond. "We have no comment," a spokesman said.`,
			[]want{{"We have no comment,", "", "said"}}},
	})
}

// The posts of a firm's top table however written: "the CEO said" after
// "Chief executive Ann Hall", "the chief executive said" after "CEO Ann
// Hall", "the chief financial officer said" after "CFO Brian West" mean
// the one person given that post, never another of the table named later.
// Failed before: Brian West at 0.72 for the chief executive's words, Ann
// Hall at 0.72 for the CFO's (shown); "CFO Brian West" was read as an
// organisation's name. Must not fire: "the chief executive of Barclays".
func TestMarketTopTablePosts(t *testing.T) {
	const q = "We are not where we want to be,"
	runShownCases(t, []shownCase{
		{"the CEO", "Chief executive Ann Hall said sales had doubled. The company's chief financial officer, Brian West, said costs were falling.\n\n\"" + q + "\" the CEO said.",
			"Ann Hall", true},
		{"the chief executive", "CEO Ann Hall said sales had doubled. The company's chief financial officer, Brian West, said costs were falling.\n\n\"" + q + "\" the chief executive said.",
			"Ann Hall", true},
		{"the chief financial officer", "Chief executive Ann Hall said sales had doubled. CFO Brian West said costs were falling.\n\n\"" + q + "\" the chief financial officer said.",
			"Brian West", true},
		// Must not fire.
		{"of Barclays", "Chief executive Ann Hall said sales had doubled.\n\n\"" + q + "\" the chief executive of Barclays said.",
			"", false},
	})
}
