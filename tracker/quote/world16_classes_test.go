package quote

import "testing"

// Constructed probes of wire copy on elections and politics in Europe,
// Africa, Latin America, the Middle East and Asia (round 16): classes that
// went wrong.

// ", and NAME, APPOSITION, VERB": "and" after a clause with a verb of its
// own opens a new clause whose subject is the name after it, though "and"
// is no preposition there. Failed before: the first clause's subject
// ("Anna Berg"), confidently, or "" after a passive. Must not fire: a
// list of people each in apposition (joint speakers, not the last of
// them), a relative clause of the first person's.
func TestWorld16AndClauseSubject(t *testing.T) {
	runCueCases(t, []cueCase{
		{"called partial", `Finance Minister Anna Berg praised the deal, and Tom Reed, the opposition leader, called it "a disaster for the country."`,
			[]want{{"a disaster for the country.", "Tom Reed", "called"}}},
		{"said colon", `Palestinian Prime Minister Mohammad Mustafa congratulated Aoun, and Hussein al-Sheikh, the vice president of the Palestinian Authority, said: "He is a man of the state."`,
			[]want{{"He is a man of the state.", "Hussein al-Sheikh", "said"}}},
		{"surname clause", `Berg spoke first, and Tom Reed, the treasurer, said: "It is a good day for the club."`,
			[]want{{"It is a good day for the club.", "Tom Reed", "said"}}},
		{"pronoun clause", `He left the room, and Maria Costa, the party's whip, told reporters: "We will vote against it."`,
			[]want{{"We will vote against it.", "Maria Costa", "told reporters"}}},
		// Must not fire.
		{"joint appositions", `Anna Berg, the finance minister, and Tom Reed, the opposition leader, said in a joint statement: "It is a good day for the country."`,
			[]want{{"It is a good day for the country.", "", "said"}}},
		{"relative clause", `Anna Berg, who chairs the board, and Tom Reed, the treasurer, said: "It is a good day for the club."`,
			[]want{{"It is a good day for the club.", "", "said"}}},
	})
}

// Two given names joined by a hyphen ("Jean-Luc", "Anne-Marie",
// "Hans-Peter") are a given name: the person is confirmed, so that "he"
// after "Jean-Luc Melenchon of France Unbowed called for" finds him.
// Failed before: the person named before him ("Jordan Bardella"). Must not
// fire: an Arabic article or a hyphenated surname ("al-Hassan",
// "Ben-Gvir") makes no one's given name.
func TestWorld16HyphenatedGivenName(t *testing.T) {
	runCueCases(t, []cueCase{
		{"jean-luc", "Jordan Bardella, the party's president, was blunt. \"This is old politics,\" said Bardella, 29.\n\nOn the left, Jean-Luc Melenchon of France Unbowed called for the president to resign. \"The only way out of this crisis is his departure,\" he wrote on X.",
			[]want{{"This is old politics,", "Jordan Bardella", "said"}, {"The only way out of this crisis is his departure,", "Jean-Luc Melenchon", "wrote"}}},
		{"anne-marie", "Pedro Alves, the mayor, opened the session.\n\nAnne-Marie Dubois of the Greens voted against the budget. \"This city deserves better,\" she said.",
			[]want{{"This city deserves better,", "Anne-Marie Dubois", "said"}}},
		{"hans-peter", "Greta Lind, the chair, spoke first.\n\nHans-Peter Vogel of the Free Voters walked out. \"We were never consulted,\" he said.",
			[]want{{"We were never consulted,", "Hans-Peter Vogel", "said"}}},
		// Must not fire: no given names.
		{"al-hassan", "Interior Minister Omar Nasser opened the talks.\n\nAl-Hassan Group, the contractor, withdrew. \"We were never paid,\" he said.",
			[]want{{"We were never paid,", "Omar Nasser", "said"}}},
	})
}

// "Sen" and "Tun", a senator's and a Malaysian honorific's short forms,
// closing a name after a word that is no title are its surname: "Hun
// Sen", "Amartya Sen", "Zaw Min Tun", and "said Hun Sen." at a
// paragraph's end is no abbreviation. Failed before: "Sen" (a name of one
// word) or "" (no one named). Must not fire: the titles before a name
// ("Sen. Ann Hall", "Republican Sen. Ted Cruz", "Tun Mahathir").
func TestWorld16TitleAsSurname(t *testing.T) {
	runCueCases(t, []cueCase{
		{"apposition", "Cambodian Prime Minister Hun Manet spoke in Phnom Penh.\n\nHis father, Hun Sen, who now heads the Senate, said foreign critics were \"jealous of Cambodia's peace\".\n\n\"They want Cambodia to fall into chaos again,\" Hun Sen said in a Facebook post.",
			[]want{{"jealous of Cambodia's peace", "Hun Sen", "said"}, {"They want Cambodia to fall into chaos again,", "Hun Sen", "said"}}},
		{"inverted at end", "\"They want Cambodia to fall into chaos again,\" said Hun Sen.",
			[]want{{"They want Cambodia to fall into chaos again,", "Hun Sen", "said"}}},
		{"Tun", "Zaw Min Tun, a junta spokesman, said the vote would be \"free and fair\".\n\n\"Everybody who wants to vote will be able to vote,\" he said.",
			[]want{{"free and fair", "Zaw Min Tun", "said"}, {"Everybody who wants to vote will be able to vote,", "Zaw Min Tun", "said"}}},
		{"role before", "Junta spokesman Zaw Min Tun said the vote would be \"free and fair\".",
			[]want{{"free and fair", "Zaw Min Tun", "said"}}},
		{"Amartya Sen", "\"Famines do not happen in democracies,\" Amartya Sen said.",
			[]want{{"Famines do not happen in democracies,", "Amartya Sen", "said"}}},
		// Must not fire: titles.
		{"Sen. before", "Sen. Ann Hall said the bill was \"dead on arrival\".",
			[]want{{"dead on arrival", "Ann Hall", "said"}}},
		{"party Sen.", "\"We are done with this,\" said Republican Sen. Ted Cruz.",
			[]want{{"We are done with this,", "Ted Cruz", "said"}}},
		{"Tun before", "\"The country has lost its way,\" Tun Mahathir Mohamad said.",
			[]want{{"The country has lost its way,", "Mahathir Mohamad", "said"}}},
	})
}

// "Karol" (a Polish man's name) and "Dilan" (a Kurdish and Turkish
// woman's) take the gender the English list gives "Carol" and "Dylan" only
// in English: they say nothing about "he" or "she". Failed before: "he"
// after "Karol Nawrocki" and "she" after "Dilan Yesilgoz-Zegerius" went to
// the person named before. Must not fire: "Carol" keeps its gender.
func TestWorld16NamesOfBothGenders(t *testing.T) {
	runCueCases(t, []cueCase{
		{"Karol", "Jaroslaw Kaczynski said the government had lost its legitimacy.\n\nThe president-elect, Karol Nawrocki, has said he will veto laws that undermine what he calls \"the Polish interest.\"",
			[]want{{"the Polish interest.", "Karol Nawrocki", "calls"}}},
		{"Dilan", "Geert Wilders spoke to reporters.\n\nDilan Yesilgoz-Zegerius, leader of the center-right VVD, said her party was ready for new elections. \"We are not afraid of the voters,\" she said.",
			[]want{{"We are not afraid of the voters,", "Dilan Yesilgoz-Zegerius", "said"}}},
		// Must not fire.
		{"Carol", "Tom Baker spoke to reporters.\n\nCarol Nawrocki, the party treasurer, said the accounts were sound. \"We owe nothing,\" he said.",
			[]want{{"We owe nothing,", "Tom Baker", "said"}}},
	})
}

// "NAME accused NAME2 of ...": "accused", a role in "murder accused John
// Smith", is the verb after a name of two words or more, so that the first
// name is no mere qualifier of a role and "Brantner said" later is the
// same person. Failed before: "" (the surname a new person, the full name
// only a qualifier) or the bare surname. Must not fire: the role after a
// one-word qualifier.
func TestWorld16AccusedIsAVerb(t *testing.T) {
	runCueCases(t, []cueCase{
		{"accused", "Greens co-leader Franziska Brantner accused Merz of \"betraying European values\".\n\n\"The chancellor is playing into the hands of the AfD,\" Brantner said.",
			[]want{{"betraying European values", "Franziska Brantner", "accused"}, {"The chancellor is playing into the hands of the AfD,", "Franziska Brantner", "said"}}},
		{"accused plain", "Franziska Brantner accused Merz of betraying Europe.\n\n\"The chancellor is playing into the hands of the AfD,\" Brantner said.",
			[]want{{"The chancellor is playing into the hands of the AfD,", "Franziska Brantner", "said"}}},
		// Must not fire: a role.
		{"murder accused", "Murder accused John Smith spoke from the dock. \"I did not do it,\" Smith said.",
			[]want{{"I did not do it,", "John Smith", "said"}}},
	})
}

// "the emir", "the sultan", "the ayatollah" refer back to the person
// the title named, as "the king" does. Failed before: "".
func TestWorld16RulersRefersBack(t *testing.T) {
	runCueCases(t, []cueCase{
		{"emir", "Qatar's Emir Sheikh Tamim bin Hamad Al Thani said on Tuesday that his country would continue its efforts.\n\n\"Qatar will not abandon its role as a mediator,\" the emir said in a speech.",
			[]want{{"Qatar will not abandon its role as a mediator,", "Tamim bin Hamad Al Thani", "said"}}},
		{"sultan", "Sultan Ibrahim Iskandar opened the session of parliament on Monday.\n\n\"The people want stability,\" the sultan said.",
			[]want{{"The people want stability,", "Ibrahim Iskandar", "said"}}},
	})
}

// "the Rae Bareli MP said", "the Wayanad MP": a seat's place and a role in
// capitals after "the" describe the member, as "the Hull MP" does; the
// place is no speaker. Failed before: "Rae Bareli". Must not fire: a name
// with the letters after it ("Tom Hale MP said").
func TestWorld16SeatMember(t *testing.T) {
	runCueCases(t, []cueCase{
		{"seat MP", "Congress leader Rahul Gandhi said the government was using agencies against its critics.\n\n\"They want to silence every voice that questions them,\" the Rae Bareli MP said at a rally in Delhi.",
			[]want{{"They want to silence every voice that questions them,", "Rahul Gandhi", "said"}}},
		// Must not fire.
		{"post-nominal", "\"The budget is a disgrace,\" Tom Hale MP said.",
			[]want{{"The budget is a disgrace,", "Tom Hale", "said"}}},
	})
}

// "AMLO" after "Andres Manuel Lopez Obrador": a person of three names or
// more called by their initials, all capitalised, is that person (an
// acronym referred back only to organisations before). Failed before: ""
// (AMLO an organisation that does not write). Must not fire: initials of
// fewer names than letters.
func TestWorld16PersonInitials(t *testing.T) {
	runCueCases(t, []cueCase{
		{"AMLO", "Former President Andres Manuel Lopez Obrador broke his silence on Sunday.\n\n\"Mexico is a free and sovereign country,\" AMLO, as he is widely known, wrote in a letter.",
			[]want{{"Mexico is a free and sovereign country,", "Andres Manuel Lopez Obrador", "wrote"}}},
		// Must not fire.
		{"two names", "Ann Marsh, the ministry's lawyer, spoke first. \"The rules are clear,\" the AMLO said in a statement.",
			[]want{{"The rules are clear,", "AMLO", "said"}}},
	})
}

// "the 82-year-old said" right after a sentence whose subject is a
// person, with no one else named since, is that person without doubt:
// confident (it was a guess at 0.6). Must not fire (stays a guess): another
// person named in between, or the age given to someone else.
func TestWorld16AgeAfterSubject(t *testing.T) {
	runCueCasesConf(t, []confCase{
		{"age after subject", "Former President Jacob Zuma's party will challenge the results.\n\nZuma himself told supporters in Durban that the party had been cheated.\n\n\"We know the numbers, and these are not our numbers,\" the 82-year-old said.",
			"We know the numbers, and these are not our numbers,", "Jacob Zuma", true},
		{"age after subject wrote", "Former President John Dramani Mahama won the vote.\n\nMahama thanked voters in a post on social media. \"Ghana has chosen a reset,\" the 66-year-old wrote.",
			"Ghana has chosen a reset,", "John Dramani Mahama", true},
		// Must not fire.
		{"other named", "Former President Jacob Zuma's party will challenge the results.\n\nZuma told supporters that Tom Reed had cheated.\n\n\"We know the numbers, and these are not our numbers,\" the 82-year-old said.",
			"We know the numbers, and these are not our numbers,", "Jacob Zuma", false},
		{"someone between", "Former President Jacob Zuma's party will challenge the results.\n\nZuma told supporters in Durban that the party had been cheated. His lawyer said the vote was rigged.\n\n\"We know the numbers, and these are not our numbers,\" the 82-year-old said.",
			"We know the numbers, and these are not our numbers,", "Jacob Zuma", false},
	})
}

// "Spokesman" and "chairman" are titles women hold too ("Opposition
// foreign affairs spokesman Michaelia Cash"): they give a named person no
// gender. Failed before: "she" after her went to the woman named before
// (Penny Wong, 0.85). Must not fire: "spokeswoman" still gives one, and a
// man's given name does.
func TestWorld16SpokesmanNoGender(t *testing.T) {
	runCueCases(t, []cueCase{
		{"spokesman she", "Foreign Minister Penny Wong spoke first.\n\nOpposition foreign affairs spokesman Michaelia Cash backed the government's position. \"On this, there is bipartisan agreement,\" she said.",
			[]want{{"On this, there is bipartisan agreement,", "Michaelia Cash", "said"}}},
		{"chairman she", "Finance Minister Anna Berg spoke first.\n\nParty chairman Oyelaran Adeyemi-Bello backed the plan. \"We will deliver,\" she said.",
			[]want{{"We will deliver,", "Oyelaran Adeyemi-Bello", "said"}}},
		// Must not fire.
		{"given name", "Foreign Minister Penny Wong spoke first.\n\nOpposition spokesman Tom Reed backed the government's position. \"On this, there is bipartisan agreement,\" she said.",
			[]want{{"On this, there is bipartisan agreement,", "Penny Wong", "said"}}},
	})
}

// "X said Australia should "stop meddling"": a name right after the verb
// with a verb of its own opens the clause reported; it is not the speaker
// put after the verb ("said Smith"). Failed before: "Australia" (0.95).
// Must not fire: an inverted speaker ("said Beijing's envoy Tom Reed").
func TestWorld16NameOpensReportedClause(t *testing.T) {
	runCueCases(t, []cueCase{
		{"should", "China's embassy in Canberra said Australia should \"stop meddling\" in China's internal affairs.",
			nil},
		{"would", "The party's office in Lagos said Nigeria would \"never surrender\" to the rebels.",
			[]want{{"never surrender", "", "said"}}},
		// Must not fire.
		{"inverted", "\"Australia should stop meddling in our affairs,\" said Beijing's envoy Tom Reed.",
			[]want{{"Australia should stop meddling in our affairs,", "Tom Reed", "said"}}},
	})
}

// A short phrase after a participle that follows a comma ("..., calling it
// "a daydream"") is the words of the sentence's subject, as a longer
// quotation is, not of the name its apposition ends with. Failed before:
// "Kim Jong Un" (0.80), after "North Korea's Kim Yo Jong, the powerful
// sister of leader Kim Jong Un, ... calling it". Must not fire: the
// participle's own subject before it without a comma.
func TestWorld16ParticipleShortPhrase(t *testing.T) {
	runCueCases(t, []cueCase{
		{"apposition", "North Korea's Kim Yo Jong, the powerful sister of leader Kim Jong Un, on Sunday rejected a South Korean offer of talks, calling it \"a daydream\".",
			[]want{{"a daydream", "Kim Yo Jong", "calling"}}},
		{"country's", "Britain's Ann Hall, the powerful sister of leader Tom Reed, on Sunday rejected the offer, calling it \"a daydream\".",
			[]want{{"a daydream", "Ann Hall", "calling"}}},
		// Must not fire.
		{"plain", "Tom Reed rejected the offer, calling it \"a daydream\".",
			[]want{{"a daydream", "Tom Reed", "calling"}}},
	})
}

// "LA PAZ, Bolivia (AP) —": a dateline whose place opens with a word of
// two capitals is a dateline, not a name ("PAZ" rivalling "Rodrigo Paz").
// Failed before: "" for "Paz said". Must not fire: two capitals alone.
func TestWorld16TwoLetterDateline(t *testing.T) {
	runCueCases(t, []cueCase{
		{"LA PAZ", "LA PAZ, Bolivia (AP) — Bolivia's new president, Rodrigo Paz, was sworn in Saturday.\n\n\"Bolivia is back in the world,\" Paz said in his inaugural address.",
			[]want{{"Bolivia is back in the world,", "Rodrigo Paz", "said"}}},
		{"EL PASO", "EL PASO, Texas (AP) — Mayor Renard Johnson spoke on Monday.\n\n\"The city is ready,\" Johnson said.",
			[]want{{"The city is ready,", "Renard Johnson", "said"}}},
	})
}

// A surname two people share leaves "Sharif said" unsure only once the
// article has named both: before the second is introduced, it means the
// one named. Failed before: 0.60 (not shown) for ""...," Sharif told
// parliament" when "His elder brother Nawaz Sharif" comes only after. Must
// not fire: both named before.
func TestWorld16RivalNamedLater(t *testing.T) {
	runCueCasesConf(t, []confCase{
		{"rival after", "Pakistan's Prime Minister Shehbaz Sharif said on Wednesday that Pakistan wanted peace.\n\n\"We do not seek war, but we will defend every inch of our land,\" Sharif told parliament.\n\nHis elder brother Nawaz Sharif urged restraint. \"Diplomacy must be given a chance,\" Nawaz Sharif wrote.",
			"We do not seek war, but we will defend every inch of our land,", "Shehbaz Sharif", true},
		// Must not fire.
		{"rival before", "Pakistan's Prime Minister Shehbaz Sharif said on Wednesday that Pakistan wanted peace. His elder brother Nawaz Sharif urged restraint.\n\n\"We do not seek war, but we will defend every inch of our land,\" Sharif told parliament.",
			"We do not seek war, but we will defend every inch of our land,", "Nawaz Sharif", false},
	})
}

// "Brazil's Lula on Friday defended ... the Brazilian leader told
// reporters": wire copy names a head of state by the country's possessive
// and the name; "the NATIONALITY leader/president" is the one person so
// named whose country that is. Failed before: "" (no one had the role).
// Must not fire: two people after that country's possessive, another
// country's, a name of one word that only sits in the sentence.
func TestWorld16CountryPossessiveLeader(t *testing.T) {
	runCueCases(t, []cueCase{
		{"Lula", "Brazil's Lula on Friday defended the BRICS group, as leaders gathered in Rio.\n\n\"BRICS is not against anyone,\" the Brazilian leader told reporters.",
			[]want{{"BRICS is not against anyone,", "Lula", "told reporters"}}},
		{"French", "France's Macron said on Monday that Europe was in danger.\n\n\"Europe must wake up,\" the French president told reporters.",
			[]want{{"Europe must wake up,", "Macron", "told reporters"}}},
		// Must not fire.
		{"two", "France's Macron and France's Bayrou met in Paris on Friday.\n\n\"Europe must wake up,\" the French president told reporters.",
			[]want{{"Europe must wake up,", "", "told reporters"}}},
		{"other country", "Brazil's Lula on Friday defended the BRICS group.\n\n\"Europe must wake up,\" the French president told reporters.",
			[]want{{"Europe must wake up,", "", "told reporters"}}},
		{"in passing", "Brazil's Petrobras and its rivals were in the news.\n\n\"Europe must wake up,\" the Brazilian president told reporters.",
			[]want{{"Europe must wake up,", "", "told reporters"}}},
	})
}

// "the Indian minister said" when the minister found never had that
// nationality and someone else opens the sentence before ("Jaishankar, in
// his own remarks, said ...") is a guess: given, not shown. Failed before:
// Wang Yi at 0.85. Must not fire: the holder named with the nationality,
// or no one else before.
func TestWorld16NationalityNotGiven(t *testing.T) {
	runCueCasesConf(t, []confCase{
		{"other subject", "Foreign Minister Wang Yi told his Indian counterpart that the two should be partners.\n\n\"The dragon and the elephant should dance together,\" Wang said.\n\nJaishankar, in his own remarks, said the two sides needed to keep the border peaceful. \"Peace in the border areas is the basis for everything else,\" the Indian minister said.",
			"Peace in the border areas is the basis for everything else,", "Wang Yi", false},
		// Must not fire.
		{"nationality given", "Indian Foreign Minister S. Jaishankar met Wang Yi.\n\nWang spoke first. \"Peace in the border areas is the basis for everything else,\" the Indian minister said.",
			"Peace in the border areas is the basis for everything else,", "S. Jaishankar", true},
	})
}
