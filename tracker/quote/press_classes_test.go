package quote

import "testing"

// Constructed probes of the English-language press outside the US and
// the UK (Irish, Canadian, New Zealand, South African, Singaporean, Hong
// Kong, Gulf, Kenyan, Nigerian, Pakistani, Philippine and Malaysian
// papers): classes that went wrong.

// Styles of address these papers print before a name are no part of it:
// Malaysia's "Datuk", "Tun" and the two-word "Tan Sri", "Datuk Seri",
// "Puan Sri"; West Africa's "Alhaji", "Engr." and "Barr."; the
// Philippines' "Atty."; Singapore's "Mdm". Failed before: "Datuk Seri
// Anwar Ibrahim" and "Datuk Hisyam Teh Poh Teik" were the speakers, shown;
// "Atty" spoke ("said Atty. Lorna Kapunan", the full stop ending the
// sentence); "Engr. Chidi Aroh" and "Alhaji Bashir Danladi" were guessed.
// Must not fire: "Tan" the surname, "Sri Lanka", "William Barr." ending a
// sentence.
func TestPressHonorifics(t *testing.T) {
	runShownCases(t, []shownCase{
		{"datuk seri", "Prime Minister Datuk Seri Anwar Ibrahim spoke to civil servants in Putrajaya today.\n\n\"I gave my word, and I will keep it,\" he said.",
			"Anwar Ibrahim", true},
		{"tan sri", "Former minister Tan Sri Muhyiddin Yassin claimed trial to four charges today.\n\n\"I have done nothing wrong,\" Muhyiddin told reporters.",
			"Muhyiddin Yassin", true},
		{"datuk lawyer", "His lawyer, Datuk Hisyam Teh Poh Teik, said the charges were politically motivated.\n\n\"We will prove in court that our client did nothing wrong,\" said Hisyam.",
			"Hisyam Teh Poh Teik", true},
		{"alhaji", "The emir received a delegation of traders on Friday. The leader of the delegation, Alhaji Bashir Danladi, said traders were suffering.\n\n\"We buy at high prices and people cannot afford to buy from us,\" he lamented.",
			"Bashir Danladi", true},
		{"atty after", "The mayor denied the accusations through his lawyer.\n\n\"My client has nothing to do with this crime,\" said Atty. Lorna Kapunan.",
			"Lorna Kapunan", true},
		{"atty before", "\"The evidence is overwhelming and the family has waited long enough,\" Atty. Rico Domingo said in a press briefing.",
			"Rico Domingo", true},
		{"engr", "The state government warned landlords against converting homes into warehouses.\n\n\"Any building found in breach of its approved use will be sealed,\" said Engr. Chidi Aroh, the commissioner for lands.",
			"Chidi Aroh", true},
		{"barr", "The court's ruling has left the state in limbo.\n\n\"Nobody knows who is in charge of the Assembly today,\" said Barr. Emeka Okorie, a lawyer.",
			"Emeka Okorie", true},
		{"mdm", "Retiree Mdm Lim Siew Hoon, 72, waits for the bus every morning.\n\n\"The wait is very long at night,\" said Mdm Lim.",
			"Lim Siew Hoon", true},
		// Must not fire.
		{"surname Tan", "Deputy Public Prosecutor Tan Wei Ming sought a longer sentence.\n\n\"Deterrence is paramount,\" Mr Tan said.",
			"Tan Wei Ming", true},
		{"sri lanka", "Sri Lanka's President Anura Kumara Dissanayake visited the flooded districts on Monday.\n\n\"No family will be left without help,\" he said.",
			"Anura Kumara Dissanayake", true},
		{"barr ends sentence", "The memo was sent to Attorney General William Barr. \"It was a mistake,\" Barr said.",
			"William Barr", true},
	})
}

// A minister's title with its portfolio ("Minister for Trade and
// Industry", "Minister of State for Transport", "Minister for Information
// and Broadcasting") before the name: the portfolio's words are no part
// of the name, nor an outlet ("Sun"), and a name past them that no word
// list knows starts there. Failed before: "Gan" (the name read as "Kim
// Yong"), "Transport Sun", "Broadcasting Attaullah Tarar" (guessed), and
// "" for "Minister for Trade and Industry Tom Hall ... he said". Must not
// fire: a department's name, an object of more words than the list
// knows, a known given name.
func TestPressPortfolioTitles(t *testing.T) {
	runShownCases(t, []shownCase{
		{"trade and industry", "Minister for Trade and Industry Gan Kim Yong said the outlook remained clouded.\n\n\"We must be prepared for a more volatile external environment,\" said Mr Gan.",
			"Gan Kim Yong", true},
		{"minister of state for", "Senior Minister of State for Transport Sun Xueling said on Friday that bus journeys would be shorter.\n\n\"We want public transport to be the first choice,\" Ms Sun said.",
			"Sun Xueling", true},
		{"information and broadcasting", "Federal Minister for Information and Broadcasting Attaullah Tarar on Monday addressed a press conference in Islamabad.\n\n\"These are facts, not propaganda,\" Tarar said.",
			"Attaullah Tarar", true},
		{"given name, organisation word", "Minister for Trade and Industry Tom Hall said the plan would work.\n\n\"We will deliver,\" he said.",
			"Tom Hall", true},
		{"commas", "Minister for Children, Equality and Youth Niamh Kealy said the scheme would open in May.\n\n\"Every family will benefit,\" Kealy said.",
			"Niamh Kealy", true},
		// Must not fire.
		{"known given name", "Minister for Health Stephen Donnelly said the plan would work.\n\n\"We will deliver,\" Donnelly said.",
			"Stephen Donnelly", true},
		{"longer object", "Minister for Health Services Ann Lee said the plan would work.\n\n\"We will deliver,\" Lee said.",
			"Ann Lee", true},
		{"department", "The Department for Work and Pensions said the payments would rise in April.\n\n\"Nobody will be worse off,\" the department said.",
			"Department for Work and Pensions", true},
	})
}

// Letters after a name for a rank at the bar or a seat ("Seán Guerin SC",
// "Wole Olanipekun SAN", "Jane Lee MPP") are no part of it; nor is a
// place of two words made a qualifier ("A Port Harcourt-based lawyer,
// Emeka Okorie,") anyone's name. Failed before: "Seán Guerin SC", shown;
// "Port Harcourt-based" guessed for "he". Must not fire: a club's "SC",
// a hyphenated surname.
func TestPressPostNominalsAndPlaceQualifiers(t *testing.T) {
	runShownCases(t, []shownCase{
		{"SC", "Defence counsel Seán Guerin SC said his client was attending counselling.\n\n\"He is deeply ashamed of what he did,\" Mr Guerin said.",
			"Seán Guerin", true},
		{"SAN", "Counsel to the governor, Wole Olanipekun SAN, asked the court to strike out the suit.\n\n\"This suit is an abuse of process,\" Olanipekun said.",
			"Wole Olanipekun", true},
		{"MPP", "Jane Lee MPP tabled the motion on Tuesday.\n\n\"Families cannot wait any longer,\" Lee said.",
			"Jane Lee", true},
		{"place qualifier", "A Port Harcourt-based lawyer, Emeka Okorie, said the court's ruling had left the state in limbo.\n\n\"Nobody knows who is in charge of the Assembly today,\" he said.",
			"Emeka Okorie", true},
		// Must not fire.
		{"club SC", "Al Ahly SC said in a statement: \"We trust the coach completely.\"",
			"Al Ahly SC", true},
		{"hyphenated surname", "Sarah Lee-Held chairs the residents' group.\n\n\"We were never asked,\" Lee-Held said.",
			"Sarah Lee-Held", true},
	})
}

// "the chief justice" refers back to the Chief Justice named before, as
// "the judge" does; Kenyan papers' "the CJ" and "the CS" (Cabinet
// Secretary) too, and "CJ Koome", "CS Murkomen" before a surname the
// article has given are the person with a title. "chairperson" is a role
// as "chairman" is. Failed before: "" for "the chief justice observed";
// "CS" and "CJ Koome" the speakers, shown; "DA" for "DA federal
// chairperson Helen Zille hit back, saying". Must not fire: "CJ" opening
// a name the article has not given, a portfolio after "of".
func TestPressJusticeAndKenyanTitles(t *testing.T) {
	runShownCases(t, []shownCase{
		{"the chief justice", "A bench headed by Chief Justice Muhammad Junaid Ghaffar heard a petition filed by residents.\n\n\"Citizens cannot be left at the mercy of the tanker mafia,\" the chief justice observed.",
			"Muhammad Junaid Ghaffar", true},
		{"the CS", "Interior Cabinet Secretary Kipchumba Murkomen has ordered police to arrest anyone inciting violence.\n\n\"Those who cause mayhem will face the full force of the law,\" said the CS.",
			"Kipchumba Murkomen", true},
		{"the CJ", "The Chief Justice, Martha Koome, swore in 20 new judges on Monday.\n\n\"Judges must be free to decide cases without fear or favour,\" said the CJ.",
			"Martha Koome", true},
		{"CJ surname", "The Chief Justice, Martha Koome, swore in 20 new judges on Monday. Speaking at the ceremony, CJ Koome said judicial independence was \"not negotiable.\"",
			"Martha Koome", true},
		{"chairperson", "DA federal chairperson Helen Zille hit back, saying the ANC had \"no credibility left\" on the matter.",
			"Helen Zille", true},
		// Must not fire.
		{"CJ given name", "CJ McCollum scored 30 points on Sunday.\n\n\"We just kept shooting,\" McCollum said.",
			"CJ McCollum", true},
		{"ministries of Justice", "Chaves served as Minister of Finance. The commission will include the ministries of Justice, Economy and Security.\n\n\"I offer my sincere apologies,\" Chaves said.",
			"Chaves", true},
	})
}

// A run of three words whose first is no English word and no acronym,
// before a known given name and a surname, is one person's name ("Gohar
// Ali Khan", "Dapo Ahmed Abiodun"): the first word is a given name the
// list lacks, not a word describing the person ("Novelist Arthur
// Hailey"). "Barrister" and "Advocate" before a name are titles. Failed
// before: "Ali Khan", so "said Gohar" gave "Gohar". Must not fire: an
// English word or an acronym before the given name, a place and a party.
func TestPressUnknownGivenNameFirst(t *testing.T) {
	runShownCases(t, []shownCase{
		{"Gohar Ali Khan", "PTI leader Gohar Ali Khan rejected the claims.\n\n\"The common man is still unable to pay his electricity bill,\" said Gohar.",
			"Gohar Ali Khan", true},
		{"Barrister", "PTI leader Barrister Gohar Ali Khan rejected the claims.\n\n\"The common man is still unable to pay his electricity bill,\" said Gohar.",
			"Gohar Ali Khan", true},
		{"Dapo Ahmed Abiodun", "Governor Dapo Ahmed Abiodun signed the budget on Friday.\n\n\"This budget is for every citizen,\" Abiodun said.",
			"Dapo Ahmed Abiodun", true},
		// Must not fire.
		{"novelist", "Novelist Arthur Hailey lived in the Bahamas.\n\n\"I write every morning,\" Hailey said.",
			"Arthur Hailey", true},
		{"acronym", "BBC Laura Kuenssberg asked the question.\n\n\"Will you resign?\" Kuenssberg said.",
			"Laura Kuenssberg", true},
		{"place and party", "Colorado Republican Dan Maes warned about the plan.\n\n\"This is bigger than it looks,\" Maes said.",
			"Dan Maes", true},
	})
}

// "According to him/her," before a paraphrase closing in a quotation, or
// ""...," according to her.": the pronoun the Nigerian, Philippine and
// South Asian press write there stands for the person, as a name would.
// Failed before: "". Must not fire: "according to her lawyer".
func TestPressAccordingToHim(t *testing.T) {
	runShownCases(t, []shownCase{
		{"according to her, partial", "Budget Secretary Amenah Pangandaman defended the proposal. According to her, the confidential funds were \"a small fraction\" of the total budget.",
			"Amenah Pangandaman", true},
		{"according to him, quote", "Governor Dapo Abiodun visited the site on Tuesday.\n\nAccording to him, \"the road will be finished before the rains.\"",
			"Dapo Abiodun", true},
		{"according to her, after", "Commissioner Ann Lee visited the site on Tuesday. \"The road will be finished by June,\" according to her.",
			"Ann Lee", true},
		// Must not fire.
		{"according to her lawyer", "Ann Lee visited the site on Tuesday. According to her lawyer, the claims were \"totally baseless.\"",
			"", false},
	})
}

// "NAME, ORGANISATION said" reads the organisation as the person's
// affiliation only when the name opens its sentence ("Colin Asplin,
// Blackpool Hotel Association said"); after a fronted phrase ending in a
// name ("After meeting Ken Robinson,", "In a statement signed by its
// spokesman, Mr Ken Robinson,") the organisation is the subject, of a
// participle after it too ("the forum condemned the sacking, saying": an
// organisation never named gives ""). Failed before: "Ken Robinson".
func TestPressOrganisationAfterFrontedName(t *testing.T) {
	runShownCases(t, []shownCase{
		{"statement signed by", "In a statement signed by its spokesman, Mr Ken Robinson, PANDEF said the sacking was a \"threat to democracy in the Niger Delta.\"",
			"PANDEF", true},
		{"after meeting", "After meeting Ken Robinson, NATO said the development was a \"threat to democracy in the region.\"",
			"NATO", true},
		{"statement signed by, saying", "In a statement signed by its spokesman, Ken Robinson, PANDEF condemned the sacking, saying it was \"a threat to democracy in the region.\"",
			"PANDEF", true},
		{"unnamed forum, saying", "In a statement signed by its spokesman, Ken Robinson, the forum condemned the sacking, saying it was \"a threat to democracy in the region.\"",
			"", false},
		// Must not fire: the person opening the sentence.
		{"person opens", "Colin Asplin, Blackpool Hotel Association said the levy was \"a tax on jobs.\"",
			"Colin Asplin", true},
	})
}

// A name after a title and its object ("Minister for Information and
// Broadcasting Attaullah Tarar", "The Commissioner for Lands, Chidi
// Aroh,") is a person's, though no list knows the given name, and holds
// the title's role: "he said" and "the minister said" then mean them with
// confidence. "terming it a "..."" reports words as "calling it" does.
// Failed before: 0.68 (not shown) for "he said" and for the sentence after
// "said the minister"; "" for "terming". Must not fire: a name of unknown
// words with no title ("Attaullah Tarar on Monday said ... he said" may
// be a firm's): given, not shown.
func TestPressTitledUnknownNames(t *testing.T) {
	runCueCasesConf(t, []confCase{
		{"title and object, he", "Federal Minister for Information and Broadcasting Attaullah Tarar on Monday addressed a press conference in Islamabad.\n\n\"Inflation has come down to single digits,\" he said.",
			"Inflation has come down to single digits,", "Attaullah Tarar", true},
		{"apposition, he", "The Commissioner for Lands, Chidi Aroh, gave the warning on Wednesday.\n\n\"Any building found in breach of its approved use will be sealed,\" he said.",
			"Any building found in breach of its approved use will be sealed,", "Chidi Aroh", true},
		{"apposition, the minister", "The Minister for Housing, James Browne, has insisted that the rules will work.\n\n\"I am not going to pretend that everybody will be happy,\" quipped the minister. \"But this is the right thing to do.\"",
			"But this is the right thing to do.", "James Browne", true},
		{"terming", "Punjab Chief Minister Maryam Nawaz Sharif on Wednesday inaugurated the first electric bus service in Lahore, terming it a \"gift for the people of Punjab.\"",
			"gift for the people of Punjab.", "Maryam Nawaz Sharif", true},
		// Must not fire.
		{"no title", "Attaullah Tarar on Monday said the recovery would go on.\n\n\"Inflation has come down to single digits,\" he said.",
			"Inflation has come down to single digits,", "Attaullah Tarar", false},
	})
}

// "Minister for Health Stephen Donnelly said" and "Minister of State for
// Rural Development Michael Ring has said the Government will "..."": the
// "for" of a minister's portfolio is no preposition whose object the name
// is; the minister is the subject. A list of portfolios goes on only with
// a portfolio word ("Minister of Energy, Prince Abdulaziz bin Salman," is
// a title and a name), and a particle inside a name ("bin") starts no
// name. Failed before: "" and "Government" (0.95, shown).
func TestPressMinisterForSubject(t *testing.T) {
	runShownCases(t, []shownCase{
		{"minister for health", "Minister for Health Stephen Donnelly said the plan would \"work for everyone in the country.\"",
			"Stephen Donnelly", true},
		{"minister of state for, that-clause", "Minister of State for Rural Development Michael Ring has said the Government will \"not abandon\" the islands off the west coast.",
			"Michael Ring", true},
		{"bin", "Saudi Arabia's Minister of Energy, Prince Abdulaziz bin Salman, spoke on Tuesday.\n\n\"We will do whatever is necessary to keep the market balanced,\" Prince Abdulaziz told an energy conference.",
			"Abdulaziz bin Salman", true},
		// Must not fire: the subject of the clause a person reports.
		{"reported subject", "Michael Ring said the Government would \"not abandon\" the islands.",
			"Michael Ring", true},
	})
}

// Ranks and the abbreviated titles of South Asian and Kenyan papers are
// roles a description refers back to: "the sergeant" (after "Garda
// Sergeant Ciara Flynn"), "the CM" (Chief Minister), "the DP" (Deputy
// President). "Inkosi" (a Zulu chief) and Sarawak's "Datuk Amar", "Datuk
// Patinggi" are titles. A nickname after a given name no list knows is
// one when a title or honorific stands before it ("Senate Minority Leader
// Aquilino "Koko" Pimentel III"). "Reacting," opening a sentence names no
// one. Failed before: "" for "the sergeant"; "CM House" and "DP" the
// speakers, shown; "Inkosi Phathisizwe Chiliza", "Amar Douglas Uggah
// Embas"; "Koko" a quotation; "Reacting" for "he".
func TestPressRanksAndLocalTitles(t *testing.T) {
	runShownCases(t, []shownCase{
		{"the sergeant", "Garda Sergeant Ciara Flynn told the court that the driver had not returned to work since.\n\n\"He has not driven a taxi since that night,\" the sergeant said.",
			"Ciara Flynn", true},
		{"the CM", "Khyber Pakhtunkhwa Chief Minister Ali Amin Gandapur announced a relief package on Friday.\n\nAddressing a ceremony at the CM House, Gandapur said every family would be paid.\n\n\"No one will be left alone in this hour of need,\" the CM said.",
			"Ali Amin Gandapur", true},
		{"the DP", "Deputy President Kithure Kindiki dismissed claims of new taxes on Sunday.\n\n\"We have heard the people, and we will not go back,\" said the DP.",
			"Kithure Kindiki", true},
		{"inkosi", "Inkosi Phathisizwe Chiliza, chairperson of the house, said traditional leaders needed resources.\n\n\"We cannot do this work with empty hands,\" he said.",
			"Phathisizwe Chiliza", true},
		{"datuk amar", "Deputy Premier Datuk Amar Douglas Uggah Embas said Sarawak would continue to negotiate \"in good faith.\"",
			"Douglas Uggah Embas", true},
		{"reacting", "Reacting, the spokesman, Tom Reed, said the party was \"dreaming and lost.\"",
			"Tom Reed", true},
		// Must not fire: a surname ending in -ing.
		{"Manning", "Manning, 34, said the season was over.\n\n\"We gave everything,\" Manning said.",
			"Manning", true},
	})
	runCueCases(t, []cueCase{
		{"nickname after title", "Senate Minority Leader Aquilino \"Koko\" Pimentel III said the trial would go ahead.\n\n\"The Constitution is clear,\" Pimentel said.",
			[]want{{"The Constitution is clear,", "Aquilino \"Koko\" Pimentel III", "said"}}},
	})
}

// The first words of one person's longer name, named before, are that
// person: "Mirza Fakhrul" after "Mirza Fakhrul Islam Alamgir" (Bangladeshi
// papers' short form), "Maria Lopez" after "Maria Lopez Garcia". Failed
// before: "Mirza Fakhrul", a new person, shown. Must not fire: another
// generation, two longer names, a heading ending in an English word.
func TestPressNamePrefix(t *testing.T) {
	runShownCases(t, []shownCase{
		{"mirza fakhrul", "BNP Secretary General Mirza Fakhrul Islam Alamgir welcomed the announcement.\n\n\"The people have waited long enough,\" said Mirza Fakhrul.",
			"Mirza Fakhrul Islam Alamgir", true},
		{"maria lopez", "Baker Maria Lopez Garcia opens at dawn.\n\n\"We start at six,\" Maria Lopez said.",
			"Maria Lopez Garcia", true},
		// Must not fire.
		{"generation", "Martin Luther King III spoke at the rally.\n\n\"My father had a dream,\" Martin Luther King said.",
			"Martin Luther King", true},
		{"two longer names", "Ann Lee Smith and Ann Lee Jones ran the stall.\n\n\"We agree,\" Ann Lee said.",
			"Ann Lee", true},
	})
}

// "In a statement on Sunday, Nwomeh said ... "...," the statement said":
// the statement the sentence opens with is the subject's, as one he
// "issued" would be. Zimbabwe's "Cde" (comrade) is an honorific. Failed
// before: "" and "Cde Christopher Mutsvangwa" (shown). Must not fire:
// someone unnamed as the subject.
func TestPressStatementInOpening(t *testing.T) {
	runShownCases(t, []shownCase{
		{"in a statement", "Governor Peter Mbah's Chief Press Secretary, Mr Dan Nwomeh, hit back on Sunday.\n\nIn a statement on Sunday, Nwomeh said the governor remained focused on his promises.\n\n\"The governor will not dignify these agents of destabilisation with a response,\" the statement said.",
			"Dan Nwomeh", true},
		{"cde", "Zanu PF secretary for information Cde Christopher Mutsvangwa spoke on Monday.\n\n\"The people's will must be respected,\" Cde Mutsvangwa said.",
			"Christopher Mutsvangwa", true},
		// Must not fire.
		{"unnamed subject", "Ann Lee was charged on Friday.\n\nIn a statement on Sunday, her lawyer said she would fight the charges.\n\n\"She is innocent and will be vindicated,\" the statement said.",
			"", false},
	})
}

// A seat's letters after the party and before a given name are a title
// ("Fianna Fáil TD Willie O'Dea"), so "said he" after "X said he was
// disappointed" means him; "SM Lee" (Singapore's Senior Minister) after
// "Lee Hsien Loong" is him, the family name printed first. Failed before:
// the minister named before (0.68, and 0.85 once the minister's title made
// him a person) and "SM Lee", shown. Must not fire: a bank's name.
func TestPressSeatTitlesAndFamilyFirst(t *testing.T) {
	runShownCases(t, []shownCase{
		{"TD", "The Minister for Finance, Paschal Donohoe, has ruled out a tax cut.\n\nFianna Fáil TD Willie O'Dea said he was disappointed. \"Middle-income workers are paying the top rate,\" said he.",
			"Willie O'Dea", true},
		// Must not fire.
		{"TD Bank Group", "TD Bank Group cut its forecast on Tuesday.\n\n\"Growth will slow next year,\" the bank said.",
			"TD Bank Group", true},
	})
	runCueCasesConf(t, []confCase{
		{"SM Lee", "Senior Minister Lee Hsien Loong urged young Singaporeans to stay \"curious and grounded.\"\n\nSpeaking at a dialogue on Saturday, SM Lee said the world was changing fast.\n\n\"Do not be afraid of change,\" he said.",
			"Do not be afraid of change,", "Lee Hsien Loong", true},
	})
}
