package quote

import "testing"

// Classes of former and acting office-holders, party and opposition
// leaders and second references by title (issue 8, round 18), written for
// these tests in the way news is written. Each failed before its rule.

// "ex-" before a title ("the ex-president", "the ex-prime minister", "the
// ex-chief minister") makes it an office held before, as "former" does;
// and "Former Wallabies coach Eddie Jones", "Former RBI governor Raghav
// Menon", "The former mayor, Jim Reilly," record the office as held
// before across the body's name or before an apposition. Failed before:
// "the ex-president said" gave "" (and "" for Ana Lima); "the ex-prime
// minister said" after "Keir Starmer ... former prime minister Boris
// Johnson" gave Starmer; "the former coach said" after "Former Wallabies
// coach Eddie Jones" gave "".
func TestFormerExTitle(t *testing.T) {
	runCueCasesConf(t, []confCase{
		{"ex-president alone", "Former President Ana Lima returned to the capital on Monday.\n\n\"I missed this city,\" Lima said.\n\nLater, at a dinner with donors, the ex-president struck a sharper tone. \"The country deserves better than drift,\" the ex-president said.",
			"The country deserves better than drift,", "Ana Lima", true},
		{"ex-president beside the sitting one", "President Ana Lima and former President Tomas Reyes traded barbs on Tuesday.\n\n\"This agreement protects working families,\" Lima told reporters.\n\n\"It is a giveaway to the banks,\" the ex-president said.",
			"It is a giveaway to the banks,", "Tomas Reyes", true},
		{"ex-president subject then he", "President Ana Lima and former President Tomas Reyes traded barbs on Tuesday.\n\n\"He had his chance,\" Lima said.\n\nThe ex-president later posted on social media. \"I stand by every word,\" he wrote.",
			"I stand by every word,", "Tomas Reyes", true},
		{"ex-prime minister", "LONDON — Prime Minister Keir Starmer faced pressure on Wednesday after former prime minister Boris Johnson criticised his plans.\n\n\"The Government has lost control of the borders,\" the ex-prime minister said in a column.",
			"The Government has lost control of the borders,", "Boris Johnson", true},
		{"ex-chief minister", "Former chief minister Ravi Kumar on Sunday accused Chief Minister Anita Rao of betraying farmers.\n\n\"He ruled for ten years and did nothing,\" the chief minister said.\n\nThe ex-chief minister later told reporters: \"I will fight this in every district.\"",
			"I will fight this in every district.", "Ravi Kumar", true},
		{"former across a team", "Former Wallabies coach Eddie Jones said the team lacked leadership. \"They need a spine,\" the former coach said.",
			"They need a spine,", "Eddie Jones", true},
		{"former across a body", "MUMBAI — Former RBI governor Raghav Menon on Thursday warned that inflation would stay high.\n\n\"The central bank has been behind the curve,\" the former governor said.",
			"The central bank has been behind the curve,", "Raghav Menon", true},
		{"former before an apposition", "The former mayor, Jim Reilly, said the council had wasted money.\n\n\"It is a white elephant,\" Reilly said.\n\nMayor Tina Brooks defended it. \"It will pay for itself,\" the mayor said.\n\n\"I have heard that before,\" the ex-mayor said.",
			"I have heard that before,", "Jim Reilly", true},
		// Must not fire: the sitting holder stays "the president" / "the
		// prime minister" / "the coach".
		{"the president is the sitting one", "President Ana Lima and former President Tomas Reyes traded barbs on Tuesday.\n\n\"It is a giveaway to the banks,\" the ex-president said.\n\nAsked about the remark, the president shrugged. \"He had his chance,\" she said.",
			"He had his chance,", "Ana Lima", true},
		{"the prime minister is the sitting one", "LONDON — Prime Minister Keir Starmer faced pressure on Wednesday after former prime minister Boris Johnson criticised his plans.\n\n\"The Government has lost control of the borders,\" the ex-prime minister said.\n\n\"We will not take lectures,\" the prime minister told MPs.",
			"We will not take lectures,", "Keir Starmer", true},
		{"the coach is the current one", "Former Wallabies coach Eddie Jones said the team lacked leadership.\n\nCurrent coach Joe Schmidt disagreed. \"We are building,\" the coach said.",
			"We are building,", "Joe Schmidt", true},
		// Must not fire: a sitting holder alone is not the former one,
		// nor is a mayor of either of two the ex-mayor.
		{"ex-prime minister, only the sitting one", "Prime Minister Keir Starmer laid a wreath on Sunday.\n\n\"We will remember them,\" the ex-prime minister said.",
			"We will remember them,", "", false},
		{"two plain mayors", "Mayor Tina Brooks of Eastfield met Mayor Jim Reilly of Westbury on Monday.\n\n\"We will share the costs,\" Brooks said.\n\n\"I have heard that before,\" the ex-mayor said.",
			"I have heard that before,", "", false},
		// Must not fire: "ex-" before a relation is no office.
		{"ex-wife", "Tom Hale, 52, was jailed for four years on Friday.\n\n\"He never paid a penny,\" his ex-wife said.",
			"He never paid a penny,", "", false},
	})
}

// A party's leader described by another party's name is someone else,
// also when the holder's party is written in capitals ("BJP president",
// "AAP convener") or the description's party is one of India's or
// Australia's; and "Tory" and "Conservative" name one party. Failed
// before: "BJP president J.P. Nadda ... the Congress president said"
// gave Nadda (0.85, shown); "AAP convener Arvind Kejriwal ... the BJP
// leader said" gave Kejriwal (0.72, shown); "Kemi Badenoch, the Tory
// leader, ... The Conservative leader later added" gave "".
func TestFormerPartyLeaders(t *testing.T) {
	runCueCasesConf(t, []confCase{
		{"congress president", "BJP president J.P. Nadda called the walkout a stunt. \"The opposition has nothing to say,\" Mr Nadda said.\n\nThe Congress president later said: \"We will be back on Monday.\"",
			"We will be back on Monday.", "", false},
		{"trinamool president", "BJP president J.P. Nadda called the walkout a stunt.\n\n\"We will be back on Monday,\" the Trinamool president said.",
			"We will be back on Monday,", "", false},
		{"bjp leader", "AAP convener Arvind Kejriwal attacked the Centre on Monday.\n\n\"They are scared of us,\" the BJP leader said.",
			"They are scared of us,", "", false},
		{"tory is conservative", "Kemi Badenoch, the Tory leader, said the plans were uncosted. \"They are a fantasy,\" the Tory leader said.\n\nThe Conservative leader later added: \"Nobody believes them.\"",
			"Nobody believes them.", "Kemi Badenoch", true},
		// Must not fire: the body's own initials, a country's letters,
		// the same party.
		{"rbi is the reserve bank", "RBI governor Shaktikanta Iyer said rates would stay on hold. \"We will stay vigilant,\" the Reserve Bank governor said.",
			"We will stay vigilant,", "Shaktikanta Iyer", true},
		{"imf chief", "IMF chief Kristalina Georgieva warned of a slowdown. \"The outlook has darkened,\" the IMF chief said.",
			"The outlook has darkened,", "Kristalina Georgieva", true},
		{"bjp president again", "BJP president J.P. Nadda called the walkout a stunt.\n\n\"The Congress has nothing to say,\" the BJP president said.",
			"The Congress has nothing to say,", "J.P. Nadda", true},
		{"aap convener the aap chief", "AAP convener Arvind Kejriwal attacked the Centre on Monday.\n\n\"They are scared of us,\" the AAP chief said.",
			"They are scared of us,", "Arvind Kejriwal", true},
	})
}

// A role held for the time being ("Acting Prime Minister", "interim
// chief", "the city's acting police chief, Dana Morrow,") is recorded so:
// "the acting prime minister" is the acting one beside the full holder,
// and "the prime minister" the full holder. A deputy named beside the
// holder is no rival for "the prime minister" ("Deputy Prime Minister
// Chrystia Blake and Prime Minister Mark Carney toured"), and "the
// incoming chief executive" is not the one stepping down. Failed before:
// "The acting prime minister added" gave Albanese; "the prime minister
// said" after the deputy and Carney gave ""; "Police Chief Maria Lopez
// ... Deputy Chief Tom Grady ... the acting chief said" gave Lopez; "the
// incoming chief executive said" gave Ann Baines (who steps down).
func TestFormerActingDeputyIncoming(t *testing.T) {
	runCueCasesConf(t, []confCase{
		{"acting prime minister", "Acting Prime Minister Richard Marles said the government would respond calmly.\n\nPrime Minister Anthony Albanese is overseas. The acting prime minister added: \"I have spoken to the Prime Minister this morning.\"",
			"I have spoken to the Prime Minister this morning.", "Richard Marles", true},
		{"interim superintendent", "Superintendent Greg Olsen resigned in June. Interim Superintendent Dana Hill took over on Monday.\n\n\"Superintendent Olsen left a good team,\" Olsen's deputy said.\n\n\"I inherited this,\" the interim superintendent said.",
			"I inherited this,", "Dana Hill", true},
		{"deputy is no rival", "Deputy Prime Minister Chrystia Blake and Prime Minister Mark Carney toured the plant.\n\n\"This is good news for workers,\" the deputy prime minister said.\n\n\"And for the whole country,\" the prime minister said.",
			"And for the whole country,", "Mark Carney", true},
		{"acting chief is not the chief on leave", "Police Chief Maria Lopez is on medical leave, and Deputy Chief Tom Grady is serving as acting chief.\n\n\"We have extra officers on the street,\" the acting chief said.",
			"We have extra officers on the street,", "Tom Grady", true},
		{"incoming is not the one leaving", "Harlow Motors chief executive Ann Baines will step down in March, the company said.\n\n\"It has been a privilege,\" Ms Baines said.\n\n\"I have big shoes to fill,\" the incoming chief executive said.",
			"I have big shoes to fill,", "", false},
		// Must not fire: the acting holder alone is "the chief" and "the
		// acting chief", also beside a former holder; the full holder is
		// "the prime minister"; two plain holders stay undecided.
		{"acting chief alone", "The city's acting police chief, Dana Morrow, said patrols would be doubled.\n\nFormer chief Lou Haskins questioned the plan. \"You cannot patrol your way out of this,\" Haskins said.\n\nThe acting chief added: \"We will review it in ninety days.\"",
			"We will review it in ninety days.", "Dana Morrow", true},
		{"interim chief is the chief", "Interim Police Chief Dana Morrow said patrols would be doubled downtown.\n\n\"We have heard the residents,\" the chief said.",
			"We have heard the residents,", "Dana Morrow", true},
		{"the prime minister beside the acting one", "Acting Prime Minister Richard Marles said the government would respond calmly.\n\nPrime Minister Anthony Albanese is overseas. \"I will be back on Friday,\" the prime minister said.",
			"I will be back on Friday,", "Anthony Albanese", true},
		{"two senators", "Senator Amy Kerr and Senator Ted Cole clashed over the bill.\n\n\"It will not pass,\" the senator said.",
			"It will not pass,", "", false},
	})
}

// A sentence whose subject is a former or acting holder described, not
// named ("The former governor was unconvinced.", "The ex-governor,
// however, stuck to his view.") is about that holder: "he said" after it
// is the former holder named before, or "" when none was, not the
// sitting holder named last. Failed before: each gave Shaktikanta Iyer
// (0.85, shown), and "The acting mayor, meanwhile, was in Leeds. "...,"
// she said" gave Mayor Tina Brooks.
func TestFormerDescribedSubject(t *testing.T) {
	const menon = "Former RBI governor Raghav Menon warned that inflation would stay high. \"The bank is behind the curve,\" Menon said.\n\nGovernor Shaktikanta Iyer rejected the criticism. \"We acted in time,\" Iyer told reporters.\n\n"
	runCueCasesConf(t, []confCase{
		{"former governor was", menon + "The former governor was unconvinced. \"Time will tell,\" he said.",
			"Time will tell,", "Raghav Menon", true},
		{"ex-governor however", menon + "The ex-governor, however, stuck to his view. \"Time will tell,\" he said.",
			"Time will tell,", "Raghav Menon", true},
		{"former governor unnamed", "Governor Shaktikanta Iyer rejected the criticism. \"We acted in time,\" Iyer told reporters.\n\nThe former governor was unconvinced. \"Time will tell,\" he said.",
			"Time will tell,", "", false},
		{"acting mayor unnamed", "Mayor Tina Brooks opened the bridge. \"It is a great day,\" Brooks said.\n\nThe acting mayor, meanwhile, was in Leeds. \"I am sorry to miss it,\" she said.",
			"I am sorry to miss it,", "", false},
		// Must not fire: the sitting holder described plainly, past an
		// aside; a deputy named as such.
		{"the governor however", "Governor Shaktikanta Iyer rejected the criticism. \"We acted in time,\" Iyer told reporters.\n\nThe governor, however, conceded that prices were high. \"It will take time,\" he said.",
			"It will take time,", "Shaktikanta Iyer", true},
		{"vice president stayed", "President Ana Lima and Vice President Tom Hale toured the flood zone. \"We will rebuild,\" Lima said.\n\nThe vice president stayed behind in Ashford. \"The army is on its way,\" he said.",
			"The army is on its way,", "Tom Hale", true},
	})
}

// A capitalised "Ex-" title before a name ("Ex-CM Amarinder Singh",
// "Ex-President Ana Lima") and "A former Governor of Lagos State,
// Babatunde Fashola," record the office as held before; "the former CM"
// (a title in capitals after "the former") reads the "former". Failed
// before: "the former CM said" gave Chief Minister Bhagwant Mann (0.85,
// shown); "the former governor said" after Fashola gave "".
func TestFormerExTitleCapitals(t *testing.T) {
	runCueCasesConf(t, []confCase{
		{"ex-cm", "CHANDIGARH — Ex-CM Amarinder Singh on Friday slammed Chief Minister Bhagwant Mann over the water dispute.\n\n\"The government has surrendered our rights,\" the former CM said.",
			"The government has surrendered our rights,", "Amarinder Singh", true},
		{"ex-president", "Ex-President Ana Lima met President Mark Dunn on Monday.\n\n\"We talked about the economy,\" the former president said.",
			"We talked about the economy,", "Ana Lima", true},
		{"former governor of a state", "LAGOS — A former Governor of Lagos State, Babatunde Fashola, has criticised the federal budget.\n\n\"The numbers do not add up,\" the former governor said on Tuesday.",
			"The numbers do not add up,", "Babatunde Fashola", true},
		// Must not fire: the sitting holder is "the CM"; the Governor
		// of a state named plainly is "the governor".
		{"the cm", "CHANDIGARH — Ex-CM Amarinder Singh on Friday slammed Chief Minister Bhagwant Mann over the water dispute.\n\n\"He sold Punjab for ten years,\" the CM said.",
			"He sold Punjab for ten years,", "Bhagwant Mann", true},
		{"governor of a state", "LAGOS — The Governor of Lagos State, Babajide Sanwo-Olu, has defended the budget.\n\n\"We have planned for this,\" the governor said on Tuesday.",
			"We have planned for this,", "Babajide Sanwo-Olu", true},
	})
}

// A title with an object before a name ("Former Secretary of State
// Hillary Mason", "Secretary of State Ron Diaz") gives the person the
// title's role, held before with "former". Failed before (at the commit
// before this one): "The former secretary was unmoved. "...," she said"
// gave "" (neither was a secretary, so the former one was nobody).
func TestFormerTitleWithObject(t *testing.T) {
	const talks = "WASHINGTON (AP) — Former Secretary of State Hillary Mason said Tuesday that the administration had mishandled the talks. \"They gave away the store,\" Mason said.\n\nSecretary of State Ron Diaz defended the deal. \"It is the best deal available,\" the secretary said.\n\n"
	runCueCasesConf(t, []confCase{
		{"former secretary she", talks + "The former secretary was unmoved. \"We will see,\" she said.",
			"We will see,", "Hillary Mason", true},
		{"the former secretary said", talks + "\"We will see,\" the former secretary said.",
			"We will see,", "Hillary Mason", true},
		// Must not fire: the sitting secretary.
		{"the secretary said", talks + "\"We will see,\" the secretary said.",
			"We will see,", "Ron Diaz", true},
	})
}

// "the former X leader" is one who led before: not a person leading now
// whom the article gave the post plainly, but the latest person given a
// leader's post held before. Failed before: "President Ana Lima met
// former Mexican president Luis Ortega ... the former Mexican leader
// said" gave Ana Lima (0.72, shown).
func TestFormerLeaderNoun(t *testing.T) {
	runCueCasesConf(t, []confCase{
		{"former mexican leader", "President Ana Lima met former Mexican president Luis Ortega in the capital. \"We discussed trade,\" Lima said.\n\n\"It was a productive meeting,\" the former Mexican leader said.",
			"It was a productive meeting,", "Luis Ortega", true},
		// Must not fire: no former leader named; the sitting leader.
		{"no former leader", "President Ana Lima met business leaders in the capital. \"We discussed trade,\" Lima said.\n\n\"It was a productive meeting,\" the former leader said.",
			"It was a productive meeting,", "", false},
		{"the mexican leader", "Mexican President Luis Ortega met business leaders in the capital. \"We discussed trade,\" Ortega said.\n\n\"It was a productive meeting,\" the Mexican leader said.",
			"It was a productive meeting,", "Luis Ortega", true},
	})
}

// A role guessed for a former description ("the former United boss
// said", resolved to the person the article is about) is recorded as
// held before, so that a later "the United boss said" does not take the
// former holder. Failed (after the crossing rule of 7668bd8, which made
// Ferguson a former manager): "Current manager Ruben Amorim agreed.
// "He is right," the United boss said." gave Alex Ferguson (0.85,
// shown; Amorim 0.60 at base).
func TestFormerGuessedRoleStaysFormer(t *testing.T) {
	runCueCasesConf(t, []confCase{
		{"united boss", "Former Manchester United manager Sir Alex Ferguson said the club needed patience. \"Rome was not built in a day,\" the former United boss said.\n\nCurrent manager Ruben Amorim agreed. \"He is right,\" the United boss said.",
			"He is right,", "Ruben Amorim", false},
		// Must not fire: the former boss himself.
		{"former united boss", "Former Manchester United manager Sir Alex Ferguson said the club needed patience. \"Rome was not built in a day,\" the former United boss said.",
			"Rome was not built in a day,", "Alex Ferguson", true},
	})
}

// A party or opposition leader described by the qualifier of the post
// the article gave ("Opposition Leader Peter Dutton ... the Opposition
// Leader") is that holder, though another party's leader was named
// since. Failed before: "The Greens leader, Adam Bandt, ... The
// Opposition Leader told Sky News" gave "".
func TestFormerQualifiedLeaderBack(t *testing.T) {
	runCueCasesConf(t, []confCase{
		{"opposition leader back", "Opposition Leader Peter Dutton said the budget would hurt families. \"It is a cruel budget,\" Mr Dutton said.\n\nThe Greens leader, Adam Bandt, said it did not go far enough. \"It is a timid budget,\" he said.\n\nThe Opposition Leader told Sky News: \"Families will pay.\"",
			"Families will pay.", "Peter Dutton", true},
		{"reform leader back", "Reform leader Nigel Farage mocked the plans. \"They will fail,\" Farage said.\n\nConservative leader Kemi Badenoch agreed. \"They are uncosted,\" Mrs Badenoch said.\n\n\"We are on the march,\" the Reform leader said.",
			"We are on the march,", "Nigel Farage", true},
		// Must not fire: two holders of the qualified post; none.
		{"two labour mps", "Labour MP Ann Lee and Labour MP Tom Hall backed the bill. SNP MP Ian Reid opposed it. \"It is a power grab,\" Reid said.\n\n\"It is long overdue,\" the Labour MP said.",
			"It is long overdue,", "", false},
		{"no conservative leader", "Labour leader Keir Stammer set out his plans. Reform leader Nigel Farage mocked them. \"They will fail,\" Farage said.\n\n\"They are uncosted,\" the Conservative leader said.",
			"They are uncosted,", "", false},
	})
}

// "supremo" names a party's leader ("TMC supremo Mamata Banerjee"), and
// "the Trinamool chief" takes the holder of a leader's post of that
// party (TMC, by partyAlias) past another party's leader named since.
// Failed before: "BJP state president Sukanta Majumdar hit back ... The
// Trinamool chief added" gave "" (at base Majumdar, 0.75, shown).
func TestFormerPartySupremo(t *testing.T) {
	runCueCasesConf(t, []confCase{
		{"trinamool chief", "TMC supremo Mamata Banerjee lashed out at the Centre on Monday. \"They are starving Bengal of funds,\" Ms Banerjee said.\n\nBJP state president Sukanta Majumdar hit back. \"She is hiding her failures,\" the BJP leader said.\n\nThe Trinamool chief added: \"We will take to the streets.\"",
			"We will take to the streets.", "Mamata Banerjee", true},
		// Must not fire: the other party's leader; a leader's noun with a
		// nationality and two of the country.
		{"bjp leader", "TMC supremo Mamata Banerjee lashed out at the Centre on Monday. \"They are starving Bengal of funds,\" Ms Banerjee said.\n\nBJP state president Sukanta Majumdar hit back. \"She is hiding her failures,\" the BJP leader said.",
			"She is hiding her failures,", "Sukanta Majumdar", true},
		{"two russians", "Chinese leader Xi Jinping met Russian President Vladimir Putin and Russian Prime Minister Mikhail Mishustin.\n\n\"Our cooperation is not directed against anyone,\" the Russian leader said.",
			"Our cooperation is not directed against anyone,", "", false},
		// Must not fail: a person with no role text among those walked
		// back over.
		{"no role text", "The leader of the opposition in the Rajya Sabha, Mallikarjun Kharge, walked out of the House on Friday.\n\n\"The government is running away from debate,\" Mr Kharge said.\n\nBJP president J.P. Nadda called the walkout a stunt. \"The Congress has nothing to say,\" the BJP president said.\n\nThe Congress president later said: \"We will be back on Monday.\"",
			"We will be back on Monday.", "", false},
	})
}

// "his predecessor, Lynn Park," after "Mayor Joe Santos", "Her successor,
// finance chief Raj Menon," after "chief executive Ann Baines": the one
// named as a holder's predecessor or successor holds the holder's office
// as another (held before, or to come), so that "the former mayor" and
// "the incoming chief executive" are them. Failed before: both gave "".
func TestFormerPredecessorApposition(t *testing.T) {
	runCueCasesConf(t, []confCase{
		{"his predecessor", "Mayor Joe Santos defeated his predecessor, Lynn Park, by 400 votes on Tuesday.\n\n\"The voters have spoken,\" Santos said.\n\n\"I wish him well, but the city will regret this,\" the former mayor said.",
			"I wish him well, but the city will regret this,", "Lynn Park", true},
		{"her successor with a role", "Harlow Motors chief executive Ann Baines will step down in March, the company said. Her successor, finance chief Raj Menon, joined the firm in 2015.\n\n\"It has been a privilege,\" Ms Baines said.\n\n\"I have big shoes to fill,\" the incoming chief executive said.",
			"I have big shoes to fill,", "Raj Menon", true},
		// Must not fire: the sitting holder stays "the mayor"; a
		// predecessor never named is no one.
		{"the mayor is the sitting one", "Mayor Joe Santos defeated his predecessor, Lynn Park, by 400 votes on Tuesday.\n\n\"I wish him well,\" Park said.\n\n\"We start work tomorrow,\" the mayor said.",
			"We start work tomorrow,", "Joe Santos", true},
		{"predecessor never named", "Mayor Joe Santos criticised his predecessor on Tuesday over the budget.\n\n\"The books were a mess,\" the former mayor said.",
			"The books were a mess,", "", false},
		{"predecessor of the wrong office", "Coach Dan Ruiz praised his predecessor, Lynn Park, on Tuesday. Mayor Tina Brooks attended.\n\n\"We owe her a lot,\" the former mayor said.",
			"We owe her a lot,", "", false},
	})
}

// A post held for the time being stated in a verb phrase after the name
// ("Deputy Chief Tom Grady is serving as acting chief", "Priya Shah was
// named interim CEO", "Councillor Rob Ainsley, has been appointed acting
// leader") makes the person the acting holder, whom "the acting chief"
// means. Failed before: "the acting chief said" gave "" (the chief on
// leave aside), "the interim CEO said" gave "", and "the acting leader
// said" gave Helen Marsh, who had stepped down.
func TestFormerActingVerbPhrase(t *testing.T) {
	runCueCasesConf(t, []confCase{
		{"serving as acting chief", "Police Chief Maria Lopez is on medical leave, and Deputy Chief Tom Grady is serving as acting chief.\n\n\"We have extra officers on the street,\" the acting chief said.",
			"We have extra officers on the street,", "Tom Grady", true},
		{"named interim CEO", "Northfield Bank said on Monday that finance director Priya Shah was named interim CEO after the sudden departure of Martin Cole.\n\n\"My priority is stability for customers and staff,\" the interim CEO said in a statement.",
			"My priority is stability for customers and staff,", "Priya Shah", true},
		{"appointed acting leader in apposition", "Wexham Council leader Helen Marsh has stepped down, and her deputy, Councillor Rob Ainsley, has been appointed acting leader until May.\n\n\"It is business as usual at the town hall,\" the acting leader said on Wednesday.",
			"It is business as usual at the town hall,", "Rob Ainsley", true},
		{"appointed acting head", "Dr Ann Hale has been appointed acting head of the trust while Sir Tom Reed recovers.\n\n\"Patients will notice no difference,\" the acting head said.",
			"Patients will notice no difference,", "Ann Hale", true},
		// Must not fire: a post still to come is not held ("is expected to
		// be named", "will be replaced by"); the full holder stays "the
		// chief".
		{"expected to be named", "Fire Chief Lou Haskins retires on Friday. His deputy, Karen Webb, is expected to be named acting chief next week.\n\n\"We will keep doing what we do,\" the acting chief said.",
			"We will keep doing what we do,", "", false},
		{"will be named", "Police Chief Maria Lopez is on medical leave. Deputy Chief Tom Grady will be named acting chief on Monday.\n\n\"We have extra officers on the street,\" the acting chief said.",
			"We have extra officers on the street,", "", false},
		{"will be replaced by", "Superintendent Greg Olsen will be replaced by his deputy, Dana Hill, in July.\n\n\"I have not accepted anything yet,\" the interim superintendent said.",
			"I have not accepted anything yet,", "", false},
		{"a post to come was not held before", "Fire Chief Lou Haskins retires on Friday. His deputy, Karen Webb, is expected to be named acting chief next week.\n\n\"Thirty-one years is enough,\" the former chief said.",
			"Thirty-one years is enough,", "", false},
		{"a post to come is the incoming one", "Fire Chief Lou Haskins retires on Friday. His deputy, Karen Webb, is expected to be named acting chief next week.\n\n\"We will keep doing what we do,\" the incoming chief said.",
			"We will keep doing what we do,", "Karen Webb", true},
		{"the chief is the full holder", "Police Chief Maria Lopez returned from leave on Monday. Deputy Chief Tom Grady had been serving as acting chief.\n\n\"It is good to be back,\" the chief said.",
			"It is good to be back,", "Maria Lopez", true},
	})
}
