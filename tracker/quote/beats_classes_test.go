package quote

import "testing"

// Constructed probes of news English by beat (sport, entertainment,
// crime and courts, business): classes that went wrong.

// A family speaking ("the victim's family said", "his family said in a
// statement") is no one the article names: the speaker is "" with the cue
// read, as for a spokesman. Failed before: "family" was no speaker, so the
// quotation had no cue and took the judge named before (0.80 when the cue
// followed the quotation). A person named as the family's spokesman or
// friend is still that person.
func TestBeatsFamilySpeaks(t *testing.T) {
	runCueCases(t, []cueCase{
		{"victim's family after", "Sentencing him at Leeds Crown Court, Judge Sarah Collins said the attack was brutal.\n\n\"Mark was a loving father and husband. Nothing will bring him back,\" the victim's family said in a statement.",
			[]want{{"Mark was a loving father and husband. Nothing will bring him back,", "", "said"}}},
		{"his family before colon", "Judge Sarah Collins jailed him for life.\n\nIn a statement, his family said: \"Mark was a loving father and husband.\"",
			[]want{{"Mark was a loving father and husband.", "", "said"}}},
		{"the family said", "Officer Ian Ward, 38, was cleared on Friday.\n\n\"We will never stop fighting for justice for our boy,\" the family said.",
			[]want{{"We will never stop fighting for justice for our boy,", "", "said"}}},
		// Must not fire.
		{"family lawyer named", `"Today justice has been done," the family's lawyer, Ben Carter, said.`,
			[]want{{"Today justice has been done,", "Ben Carter", "said"}}},
		{"family friend named", `"He would help anyone who asked," said Ann Hale, a family friend.`,
			[]want{{"He would help anyone who asked,", "Ann Hale", "said"}}},
	})
}

// "they" after a group of people named in the singular ("Lyle's defence
// team said they would appeal", "the couple", "the jury") may mean that
// group, so it is not an organisation named before. Failed before: the
// Crown Prosecution Service, named a sentence earlier, at 0.75.
func TestBeatsTheyAfterGroupNoun(t *testing.T) {
	runCueCases(t, []cueCase{
		{"defence team", `The Crown Prosecution Service said the case had been complex. Lyle's defence team said they would appeal. "We believe the verdict is unsafe," they said in a statement.`,
			[]want{{"We believe the verdict is unsafe,", "", "said"}}},
		{"the couple", `Harbour Homes said the sale had gone through. The couple said they had lost their savings. "We trusted them completely," they said.`,
			[]want{{"We trusted them completely,", "", "said"}}},
		// Must not fire: an organisation that is the subject, with no
		// group in between.
		{"council they", `Greenvale Council has closed its libraries. "We had no choice after the budget cuts," they said.`,
			[]want{{"We had no choice after the budget cuts,", "Greenvale Council", "said"}}},
		{"team in a name", `Team Sky said its riders were safe. Greenvale Council has closed the road. "We had no choice after the crash," they said.`,
			[]want{{"We had no choice after the crash,", "Greenvale Council", "said"}}},
	})
}

// A he/she after a phrase fronted before it that names someone ("Under
// cross-examination by defence barrister Helen Shaw, she said ...") is the
// subject the story is about, and when that is an unnamed person of the
// pronoun's gender ("A 24-year-old woman has told a court ...") the
// speaker is "". Failed before: the barrister, at 0.85. A named subject
// is still found.
func TestBeatsPronounPastFrontedName(t *testing.T) {
	runCueCases(t, []cueCase{
		{"cross-examination", "A 24-year-old woman has told a court she was assaulted during a traffic stop.\n\nUnder cross-examination by defence barrister Helen Shaw, she said she had not been drinking.\n\n\"I was terrified,\" she told the jury.",
			[]want{{"I was terrified,", "", "told the jury"}}},
		{"questioned by", "A woman who lives on the corner said she had seen the crash from her window.\n\nQuestioned by Inspector Ann Lee, she said the car had been speeding.\n\n\"It came round the corner far too fast,\" she said.",
			[]want{{"It came round the corner far too fast,", "", "said"}}},
		// Must not fire: the subject is named.
		{"named subject", "Jane Roe, 24, has told a court she was assaulted during a traffic stop.\n\nUnder cross-examination by defence barrister Helen Shaw, she said she had not been drinking.\n\n\"I was terrified,\" she told the jury.",
			[]want{{"I was terrified,", "Jane Roe", "told the jury"}}},
		{"no fronted phrase", "A 24-year-old woman has told a court she was assaulted.\n\nDefence barrister Helen Shaw said the woman had been drinking.\n\n\"That is simply not true,\" she told the jury.",
			[]want{{"That is simply not true,", "Helen Shaw", "told the jury"}}},
	})
}

// A new description ("said the champion", "the midfielder said") means
// the person named first in the sentence before; when a name the article
// has not shown to be a person's of some gender ("Valtteri Bottas", a given
// name the lists do not know; "Real Madrid") comes first, the description
// may mean it: the next person named is a guess below ConfidentAt. Failed
// before: "Lewis Hamilton finished second ..., behind Max Verstappen.
// "...," said the champion." gave Verstappen at 0.72, shown, when "Lewis"
// was in no list (the US births list now knows it: see
// TestBirthsListGenders).
func TestBeatsDescriptionPastUnsureName(t *testing.T) {
	runShownCases(t, []shownCase{
		{"behind", "Valtteri Bottas finished second in Hungary, behind Max Verstappen.\n\n\"We just didn't have the pace today,\" said the champion.",
			"Max Verstappen", false},
		// The latest sentence naming someone names only the unsure one:
		// no guess.
		{"sentence after", "Max Verstappen won in Hungary. Valtteri Bottas was second.\n\n\"We just didn't have the pace today,\" said the champion.",
			"", false},
		{"team first", "Real Madrid have signed Jude Bellingham from Borussia Dortmund.\n\n\"It is a dream to play for this club,\" the midfielder said.",
			"Jude Bellingham", false},
		// Must not fire: the person is named first.
		{"known first", "Max Verstappen finished second in Hungary, behind Lewis Hamilton.\n\n\"We just didn't have the pace today,\" said the champion.",
			"Max Verstappen", true},
		{"unsure after known", "Max Verstappen won in Hungary. He beat Lewis Hamilton by four seconds.\n\n\"It was a perfect weekend for us,\" said the champion.",
			"Max Verstappen", true},
	})
}

// What sport, show business and business pages call the person a story
// is about: "the two-time MVP", "the WNBA MVP", "the four-time major
// winner", "the billionaire", "the Hello hitmaker". Failed before: "MVP"
// and "WNBA MVP" were read as names (1.00, shown); the others were no
// description, so "". A role in capitals after an acronym ("the WNBA
// MVP") is a role like "a Tory MP". Must not fire: a description with no
// one named before, a surname Winner.
func TestBeatsStoryDescriptions(t *testing.T) {
	runCueCases(t, []cueCase{
		{"two-time MVP", `Stephen Curry, who had 31 points, agreed. "They outworked us tonight," the two-time MVP said.`,
			[]want{{"They outworked us tonight,", "Stephen Curry", "said"}}},
		{"WNBA MVP", `Jane Hill scored 30 points. "It was the best night of my career," said the WNBA MVP.`,
			[]want{{"It was the best night of my career,", "Jane Hill", "said"}}},
		{"major winner", "Rory McIlroy said he was gutted after missing the cut by a single shot.\n\n\"I played some of my best golf this week and it wasn't enough,\" the four-time major winner said.",
			[]want{{"I played some of my best golf this week and it wasn't enough,", "Rory McIlroy", "said"}}},
		{"billionaire", "Elon Musk told investors the company was between two growth waves.\n\n\"We are focused on the next generation vehicle,\" the billionaire said.",
			[]want{{"We are focused on the next generation vehicle,", "Elon Musk", "said"}}},
		// Must not fire.
		{"no one named", `"It was the best night of my career," the winner said.`,
			[]want{{"It was the best night of my career,", "", "said"}}},
		{"surname Winner", `"I did what I thought was right," Reality Winner said.`,
			[]want{{"I did what I thought was right,", "Reality Winner", "said"}}},
		{"an MVP unnamed", `Kim Ross lost in the final. "She was unstoppable today," one former MVP said.`,
			[]want{{"She was unstoppable today,", "", "said"}}},
	})
}

// A description that qualifies a post by a club, party or country ("the
// Arsenal boss", "the Tory leader", "the Russian leader") is not someone
// given the same post of another one ("Brentford boss Thomas Frank",
// "Labour leader Keir Starmer", "Ukrainian President Volodymyr
// Zelensky"): no one. A leader's post of another firm in other words
// ("Apple chief executive Tim Cook ... the Microsoft boss") may be one more
// the person holds ("Twitter owner Elon Musk ... the Tesla boss"): a
// guess, not shown. Failed before: all shown (0.75 to 0.85). Must not
// fire: the same qualifier, a role written with none.
func TestBeatsDescriptionOtherQualifier(t *testing.T) {
	runShownCases(t, []shownCase{
		{"other club", "Brentford boss Thomas Frank was frustrated by the decision.\n\n\"We have to keep going,\" the Arsenal boss added.",
			"", false},
		{"other party", "Labour leader Keir Starmer said the plan had failed.\n\n\"It is a disgrace,\" the Tory leader said.",
			"", false},
		{"other country", "Ukrainian President Volodymyr Zelensky spoke first.\n\n\"We will not give up our land,\" the Russian leader said.",
			"", false},
		{"other firm", "Apple chief executive Tim Cook said sales were strong.\n\n\"We are thrilled with the deal,\" the Microsoft boss said.",
			"Tim Cook", false},
		{"another firm of his", "Twitter owner Elon Musk spoke in New York.\n\n\"Go ahead and leave,\" the Tesla boss said.",
			"Elon Musk", false},
		// Must not fire.
		{"same club", "Brentford boss Thomas Frank was frustrated by the decision.\n\n\"We have to keep going,\" the Brentford boss added.",
			"Thomas Frank", true},
		{"same firm other title", "Apple chief executive Tim Cook said sales were strong.\n\n\"We are thrilled with the deal,\" the Apple boss said.",
			"Tim Cook", true},
		{"adjective of the country", "Ukrainian President Volodymyr Zelensky spoke first.\n\n\"We will not give up our land,\" the Ukrainian leader said.",
			"Volodymyr Zelensky", true},
		{"no qualifier in the role", "Thomas Frank, the boss, was frustrated by the decision.\n\n\"We have to keep going,\" the Brentford boss added.",
			"Thomas Frank", true},
	})
}

// A new description ("the singer wrote") does not mean someone named as
// a relative of the sentence's subject ("Beyonce has paid tribute to her
// late uncle Johnny"): when the subject is not known to be a person, no
// one. Failed before: "Johnny" at 0.72, shown. Must not fire: the
// relative's own role ("the uncle said"), a subject known as a person.
func TestBeatsDescriptionNotRelative(t *testing.T) {
	runCueCases(t, []cueCase{
		{"late uncle", "Beyonce has paid tribute to her late uncle Johnny in a note on her website.\n\n\"He was the first person who ever made me feel beautiful,\" the singer wrote.",
			[]want{{"He was the first person who ever made me feel beautiful,", "", "wrote"}}},
		{"her brother comma", "Shakira thanked her brother, Tonino, in a speech on Sunday.\n\n\"This one is for my family,\" the star said.",
			[]want{{"This one is for my family,", "", "said"}}},
		// Must not fire.
		{"subject taken up by his", "Drake thanked his brother, Tonino, in a speech on Sunday.\n\n\"This one is for my city,\" the rapper said.",
			[]want{{"This one is for my city,", "Drake", "said"}}},
		{"known subject", "Taylor Swift has paid tribute to her late uncle Johnny in a note on her website.\n\n\"He was the first person who ever made me feel beautiful,\" the singer wrote.",
			[]want{{"He was the first person who ever made me feel beautiful,", "Taylor Swift", "wrote"}}},
		{"the relative's role", "Beyonce has paid tribute to her uncle, Johnny Rawls, in a note on her website.\n\n\"She was always special,\" the uncle said.",
			[]want{{"She was always special,", "Johnny Rawls", "said"}}},
	})
}

// "the Serb", "the Catalan", "the Croat": a person by nationality or
// region, like "the Spaniard", not a name. Failed before: "Serb" and
// "Catalan" at 1.00, shown. When a name of no known gender opens the
// sentence before ("Grigor Dimitrov beat Carlos Alcaraz"), the person of
// known gender is only a guess, not shown.
func TestBeatsDemonymDescriptions(t *testing.T) {
	runShownCases(t, []shownCase{
		{"the Catalan", "Manchester City boss Pep Guardiola was asked whether Haaland would start.\n\n\"We will see tomorrow,\" the Catalan replied.",
			"Pep Guardiola", true},
		{"the Croat", "Real Madrid midfielder Luka Modric played the full game.\n\n\"We never gave up,\" the Croat said.",
			"Luka Modric", true},
		{"the Bulgarian past unsure name", "Grigor Dimitrov beat Carlos Alcaraz in a five-set final.\n\n\"This is the best match I have played here,\" the Bulgarian said.",
			"Carlos Alcaraz", false},
		// Must not fire: a known person first.
		// (The text gives no one as a Scot: no one; see
		// shown18_classes_test.go.)
		{"known first", "Nicola Sturgeon met Keir Starmer on Monday.\n\n\"We had a useful talk,\" the Scot said.",
			"", false},
	})
}

// "the firm", "the company" refer back to the firm named in their
// sentence or the one before, not to a thing the firm owns ("its App Store
// rules", "their Polestar Two"), and not to one of two firms named there
// ("Hellas Maritime and Orbel Foods signed a deal"). Failed before: "App
// Store" at 0.81, "Orbel Foods" (the latest) at 0.85, shown. Must not
// fire: a firm named only by a name of no known kind.
func TestBeatsFirmNotItsProduct(t *testing.T) {
	runCueCases(t, []cueCase{
		{"two firms the company", "Hellas Maritime and Orbel Foods signed a supply deal on Monday.\n\n\"This is a great day for us,\" the company said.",
			[]want{{"This is a great day for us,", "", "said"}}},

		{"its App Store", "Apple is facing a fresh investigation in Europe over its App Store rules.\n\nThe Cupertino-based firm said it would \"engage constructively\" with regulators.",
			[]want{{"engage constructively", "Apple", "said"}}},
		{"their product", "Volvo Cars halted sales of their Polestar Two after the recall.\n\n\"Safety comes first and always will,\" the company said.",
			[]want{{"Safety comes first and always will,", "Volvo Cars", "said"}}},
		// Must not fire.
		{"firm of no known kind", "Hellas Maritime lost two ships in the storm.\n\n\"Our crews are safe,\" the company said.",
			[]want{{"Our crews are safe,", "Hellas Maritime", "said"}}},
	})
}

// What business pages call a firm they have named: "the iPhone maker",
// "the carmaker", "the chipmaker", "the lender", "the tech giant"; and a
// firm one such description refers back to is there for the next ("The
// Cupertino-based firm said ... the iPhone maker said"). Failed before: no
// cue, "". Must not fire: no firm named; two firms named in the sentence.
func TestBeatsFirmDescriptions(t *testing.T) {
	runCueCases(t, []cueCase{
		{"iPhone maker after firm", "Apple is facing a fresh investigation in Europe.\n\nThe Cupertino-based firm said it would \"engage constructively\" with the European Commission.\n\n\"We believe our rules are fair,\" the iPhone maker said in a statement.",
			[]want{{"engage constructively", "Apple", "said"}, {"We believe our rules are fair,", "Apple", "said"}}},
		{"carmaker", "Tata Motors recalled two million cars on Thursday.\n\n\"Deliveries will slow this year,\" the carmaker warned.",
			[]want{{"Deliveries will slow this year,", "Tata Motors", "warned"}}},
		{"tech giant", "Google was fined on Wednesday by regulators.\n\n\"We will appeal this decision,\" the tech giant said.",
			[]want{{"We will appeal this decision,", "Google", "said"}}},
		// Must not fire.
		{"no firm named", "\"We will appeal this decision,\" the tech giant said.",
			[]want{{"We will appeal this decision,", "", "said"}}},
		{"two firms", "Tata Motors and Rivian Automotive recalled two million cars on Thursday.\n\n\"Deliveries will slow this year,\" the carmaker warned.",
			[]want{{"Deliveries will slow this year,", "", "warned"}}},
	})
}

// A name after a noun for an organisation ("carmaker Stellantis", "the
// streaming giant Netflix", "Homelessness charity Shelter", "media
// regulator Ofcom", "Chipmaker Nvidia" opening the sentence) is an
// organisation, which "it" and "the company" then take up. Failed
// before: the name was read as a person's (it speaks), so "it said" gave
// "", and "Media regulator Ofcom" left "Media" the latest organisation
// (0.75, shown). Must not fire: a person's name after such a noun, an
// organisation whose name opens with one ("Charity Commission").
func TestBeatsOrgNounBeforeName(t *testing.T) {
	runCueCases(t, []cueCase{
		{"media regulator", `Media regulator Ofcom said it had received 120 complaints. "We are assessing these," it said.`,
			[]want{{"We are assessing these,", "Ofcom", "said"}}},
		{"chipmaker opening", `Chipmaker Nvidia said demand was strong. "We cannot make enough chips," it said.`,
			[]want{{"We cannot make enough chips,", "Nvidia", "said"}}},
		{"streaming giant", `The streaming giant Netflix said it had lost subscribers. "We are disappointed," it said.`,
			[]want{{"We are disappointed,", "Netflix", "said"}}},
		{"charity", `Homelessness charity Shelter said the figures were shocking. "This is a national scandal," it said.`,
			[]want{{"This is a national scandal,", "Shelter", "said"}}},
		// Must not fire.
		{"person after giant", `NBA giant Shaquille O'Neal said he was retiring. "It is time," he said.`,
			[]want{{"It is time,", "Shaquille O'Neal", "said"}}},
		{"name opening with the noun", `Charity Commission said it had opened an inquiry. "We take this seriously," it said.`,
			[]want{{"We take this seriously,", "Charity Commission", "said"}}},
	})
}

// A given name opening a sentence before "was"/"is" ("Noel was more
// measured") is the person named in full with it ("brothers Liam and Noel
// Gallagher"), as before a verb of speech, so a description after it
// means them. Failed before: the name was dropped as an ordinary word and
// "the guitarist told The Times" gave the brother named before it, Liam
// (0.72, shown). Must not fire: no one named with that given name.
func TestBeatsGivenNameBeforeWas(t *testing.T) {
	runCueCases(t, []cueCase{
		{"brothers", "Oasis will reunite, ending a feud between brothers Liam and Noel Gallagher.\n\nLiam, 51, later posted on X: \"I'm happy.\"\n\nNoel was more measured. \"We'll see how it goes,\" the guitarist told The Times.",
			[]want{{"I'm happy.", "Liam Gallagher", "posted"}, {"We'll see how it goes,", "Noel Gallagher", "told The Times"}}},
		// Must not fire.
		{"no one so named", "Liam Reed, 51, later posted on X: \"I'm happy.\"\n\nHope was in short supply. \"We'll see how it goes,\" the guitarist told The Times.",
			[]want{{"I'm happy.", "Liam Reed", "posted"}, {"We'll see how it goes,", "Liam Reed", "told The Times"}}},
	})
}

// A he/she after a sentence whose subject is a description of a person
// ("The United manager was also asked about Marcus Rashford", "The
// Dutchman ...", "The 34-year-old ...") means whom the description means,
// not the person that sentence names in passing (after "about", as a
// possessive). Failed before: Rashford at 0.85, shown. A description that
// means no one found leaves the passing name a guess, not shown. Must not
// fire: the sentence opens with the name of whom it is about.
func TestBeatsPronounAfterDescribedSubject(t *testing.T) {
	runShownCases(t, []shownCase{
		{"the United manager", "Erik ten Hag insisted he still had the backing of the club.\n\nThe United manager was also asked about Marcus Rashford, who was dropped.\n\n\"It's a decision for the team,\" he said.",
			"Erik ten Hag", true},
		{"the Dutchman", "Erik ten Hag insisted he still had the backing of the club.\n\nThe Dutchman was also asked about Marcus Rashford, who was dropped.\n\n\"It's a decision for the team,\" he said.",
			"Erik ten Hag", true},
		{"no one described", "The manager was asked about Marcus Rashford, who was dropped.\n\n\"It's a decision for the team,\" he said.",
			"Marcus Rashford", false},
		// Must not fire.
		{"named subject", "Erik ten Hag insisted he still had the backing of the club.\n\nMarcus Rashford was also asked about Erik ten Hag's decision.\n\n\"It's a decision for the manager,\" he said.",
			"Marcus Rashford", true},
	})
}

// Given names common for both sexes that the long list gives one
// ("Taylor", "Riley", "Avery", "Cameron", "Drew", "Ashley") say nothing
// about a he/she: "Taylor Swift" is a person of no known gender, whom a
// "she" may mean. Failed before: Taylor was a man's name, so "she wrote"
// skipped Taylor Swift for the man named before her (0.85, shown).
func TestBeatsUnisexGivenNames(t *testing.T) {
	runCueCases(t, []cueCase{
		{"Taylor Swift", "Taylor Swift's Eras Tour has become the highest-grossing tour of all time.\n\n\"The numbers are unprecedented,\" said Pollstar editor Andy Gensler.\n\nSwift thanked her fans. \"You made this possible,\" she wrote.",
			[]want{{"The numbers are unprecedented,", "Andy Gensler", "said"}, {"You made this possible,", "Taylor Swift", "wrote"}}},
		{"Ashley Cole he", "Ashley Cole joined the club in 2006.\n\n\"It was the best time of my career,\" he said.",
			[]want{{"It was the best time of my career,", "Ashley Cole", "said"}}},
		// Must not fire: a name the lists give one sex keeps it.
		{"Sarah Hill not he", "Sarah Hill met Tom Reed on Monday.\n\n\"It was a good meeting,\" he said.",
			[]want{{"It was a good meeting,", "Tom Reed", "said"}}},
	})
}

// The surname alone of a name that only looked like a person's ("Lewis
// Hamilton's Mercedes team", "Novak Djokovic's victory": given names the
// lists do not know) is a person's when a his/her in its own sentence
// and a he/she after take it up ("Hamilton thanked his crew. "...," he
// wrote."), as for a given name alone; a mention on a platform ("on
// Instagram") is no other candidate. Failed before: the man named between
// (0.85, shown). A sentence with no his/her ("Ireland will see 2,300
// cases a day. He also warned") does not count (on a studied page it made
// "Coronavirus Ireland", from a heading, a man).
func TestBeatsSurnameTakenUp(t *testing.T) {
	runCueCases(t, []cueCase{
		{"Hamilton", "Lewis Hamilton's Mercedes team brought upgrades to Hungary.\n\n\"The numbers are good,\" said team principal Toto Wolff.\n\nHamilton thanked his crew on Instagram. \"You made this possible,\" he wrote.",
			[]want{{"The numbers are good,", "Toto Wolff", "said"}, {"You made this possible,", "Lewis Hamilton", "wrote"}}},
		{"Djokovic", "Novak Djokovic's victory was his 24th major title.\n\n\"It was a great match,\" said Andy Murray.\n\nDjokovic thanked his team. \"You made this possible,\" he said.",
			[]want{{"It was a great match,", "Andy Murray", "said"}, {"You made this possible,", "Novak Djokovic", "said"}}},
	})
}

// A player's position between a team and the player's name ("Chiefs
// tight end Travis Kelce", "Leicester left back Luke Thomas", "Lakers
// point guard D'Angelo Russell", "Ravens linebacker Roquan Smith") makes
// the team a qualifier of the role, as "Chiefs quarterback" did. Failed
// before: the team, at 1.00. Must not fire: a verb between two names
// ("Chiefs beat Travis Kelce's old side").
func TestBeatsPlayerPositions(t *testing.T) {
	runCueCases(t, []cueCase{
		{"tight end", `"We are going back to the Super Bowl," said Chiefs tight end Travis Kelce.`,
			[]want{{"We are going back to the Super Bowl,", "Travis Kelce", "said"}}},
		{"left back", `"We were beaten by the better side," said Leicester left back Luke Thomas.`,
			[]want{{"We were beaten by the better side,", "Luke Thomas", "said"}}},
		{"point guard before", `Lakers point guard D'Angelo Russell said: "We were beaten by the better side."`,
			[]want{{"We were beaten by the better side.", "D'Angelo Russell", "said"}}},
		{"apposition", `Her boyfriend, Kansas City Chiefs tight end Travis Kelce, called her "a generational talent".`,
			[]want{{"a generational talent", "Travis Kelce", "called"}}},
		{"linebacker", `"We were beaten by the better side," said Ravens linebacker Roquan Smith.`,
			[]want{{"We were beaten by the better side,", "Roquan Smith", "said"}}},
		// Must not fire.
		{"verb between", `"They were the better side," said Chiefs coach Andy Reid after his side beat Travis Kelce's old college team.`,
			[]want{{"They were the better side,", "Andy Reid", "said"}}},
	})
}

// A title with "of" qualifying a role before a name ("said Game of
// Thrones actress Emilia Clarke", "said Lord of the Rings star Orlando
// Bloom") is no speaker: the person named after the role is. Failed
// before: "Game" at 1.00, and "" with no cue. Must not fire: a role with no name
// after it, an organisation with "of" ("Bank of America analyst").
func TestBeatsTitleWithOfBeforeRole(t *testing.T) {
	runCueCases(t, []cueCase{
		{"Game of Thrones", `"It was the best night of my life," said Game of Thrones actress Emilia Clarke.`,
			[]want{{"It was the best night of my life,", "Emilia Clarke", "said"}}},
		{"Lord of the Rings", `"It was the best night of my life," said Lord of the Rings star Orlando Bloom.`,
			[]want{{"It was the best night of my life,", "Orlando Bloom", "said"}}},
		// Must not fire.
		{"bank of", `"Demand is strong," said Bank of America analyst Wamsi Mohan.`,
			[]want{{"Demand is strong,", "Wamsi Mohan", "said"}}},
		{"no name after", `"Demand is strong," said Bank of America.`,
			[]want{{"Demand is strong,", "Bank of America", "said"}}},
	})
}

// "the victim", "the witness" that no one named was called are often
// someone the article does not name, not the person it is about ("Imran
// Khan, 48, was convicted ... "I was terrified," the victim told the
// court."): the person named before is a guess, not shown. Failed before:
// Khan at 0.72, shown. Must not fire: someone the article named in that
// role.
func TestBeatsVictimNotTheSubject(t *testing.T) {
	runShownCases(t, []shownCase{
		{"victim", "Imran Khan, 48, was convicted at Southwark Crown Court.\n\n\"I was terrified,\" the victim, now 29, told the court.",
			"Imran Khan", false},
		{"witness", "Tom Reed, 31, denies murder.\n\n\"I saw him run towards the car,\" the witness said.",
			"", false}, // (the defendant is no witness: courts_classes_test.go)
		// Must not fire.
		{"victim named", "The victim, Callum Riley, 17, was struck by a car in Leeds.\n\n\"I can't remember anything,\" the victim told the court.",
			"Callum Riley", true},
	})
}

// A given name opening a sentence with a title of a place in apposition
// ("Catherine, Princess of Wales,", "Harry, the Duke of Sussex,") is a
// person's, as with an age or "who". Failed before: the name was dropped
// as an ordinary word, so "she wrote" gave "". Must not fire: a title
// with no "of" after it.
func TestBeatsGivenNameWithTitleOfPlace(t *testing.T) {
	runCueCases(t, []cueCase{
		{"Princess of Wales", "Catherine, Princess of Wales, has made her first public appearance since her diagnosis.\n\n\"I'm making good progress,\" she wrote.",
			[]want{{"I'm making good progress,", "Catherine", "wrote"}}},
		{"the Duke of", "Harry, the Duke of Sussex, lost his challenge on Friday.\n\n\"I was singled out,\" he said.",
			[]want{{"I was singled out,", "Harry", "said"}}},
		// Must not fire.
		{"no of", "Victoria, Minister Ann Hall said, will get new hospitals.\n\n\"We are investing,\" she said.",
			[]want{{"We are investing,", "Ann Hall", "said"}}},
	})
}

// The role read before a name does not take in a verb after its subject
// or an auxiliary ("Manchester City have signed midfielder Mateo
// Kovacic", "Chelsea hired striker Tom Reed"): the role is "midfielder".
// Failed before: "signed midfielder", shown to readers with the name.
// Must not fire: a role after a determiner ("The disgraced former MP").
func TestBeatsRoleNotVerb(t *testing.T) {
	cases := []struct{ name, in, speaker, role string }{
		{"have signed", "Manchester City have signed midfielder Mateo Kovacic from Chelsea.\n\n\"I am very happy to be here,\" Kovacic said.",
			"Mateo Kovacic", "midfielder"},
		{"hired", "Chelsea hired striker Tom Reed on Monday.\n\n\"I am very happy to be here,\" Reed said.",
			"Tom Reed", "striker"},
		// Must not fire.
		{"adjective", "The disgraced former MP Tom Reed spoke on Monday.\n\n\"I am very sorry,\" Reed said.",
			"Tom Reed", "MP"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Extract(c.in)
			if len(got) != 1 || got[0].Speaker != c.speaker || got[0].Role != c.role {
				t.Fatalf("got %+v; want speaker %q, role %q", got, c.speaker, c.role)
			}
		})
	}
}

// "a spokesman for the singer said", "a source close to the actress
// said", "a friend of the star said" with the cue after: someone unnamed
// tied to the person described, not that person (a person's spokesman is
// ""). Failed before: the description alone was read back from the verb,
// so the person the article is about (0.72, shown). Must not fire: the
// cue before (already ""), a spokesman for a firm described ("the
// company").
func TestBeatsUnnamedTiedToDescribed(t *testing.T) {
	runCueCases(t, []cueCase{
		{"spokesman for the singer", "Justin Bieber has cancelled the rest of his world tour.\n\n\"Justin needs time to rest,\" a spokesman for the singer said.",
			[]want{{"Justin needs time to rest,", "", "said"}}},
		{"source close to", "Justin Bieber has cancelled the rest of his world tour.\n\nA source close to the singer said: \"Justin needs time to rest.\"",
			[]want{{"Justin needs time to rest.", "", "said"}}},
		{"representative for the actress", "Jennifer Aniston has denied reports that she is dating again.\n\n\"There is no truth to this story,\" a representative for the actress said.",
			[]want{{"There is no truth to this story,", "", "said"}}},
		{"friend of", "Justin Bieber has cancelled the rest of his world tour.\n\n\"He is exhausted,\" a friend of the star said.",
			[]want{{"He is exhausted,", "", "said"}}},
		// Must not fire.
		{"cue before", "Justin Bieber has cancelled the rest of his world tour.\n\n\"Justin needs time to rest,\" said a spokesman for the singer.",
			[]want{{"Justin needs time to rest,", "", "said"}}},
		{"for the company", "Hellas Maritime lost two ships in the storm.\n\n\"Our crews are safe,\" a spokesman for the company said.",
			[]want{{"Our crews are safe,", "Hellas Maritime", "said"}}},
	})
}

// A new description of no gender ("the actor said") after two people
// joined as a subject ("Brad Pitt and Angelina Jolie have settled their
// divorce") may mean either: the first is a guess, not shown. Failed
// before: Brad Pitt at 0.72, shown. Must not fire: a role with a gender
// ("the actress"), one person as the subject.
func TestBeatsDescriptionAfterJoinedSubject(t *testing.T) {
	runShownCases(t, []shownCase{
		{"the actor", "Brad Pitt and Angelina Jolie have settled their divorce.\n\n\"This is a relief,\" the actor said.",
			"Brad Pitt", false},
		{"the singer", "Ed Sheeran and Taylor Swift performed together at Wembley.\n\n\"It was magical,\" the singer said.",
			"Ed Sheeran", false},
		// Must not fire.
		{"the actress", "Brad Pitt and Angelina Jolie have settled their divorce.\n\n\"This is a relief,\" the actress said.",
			"Angelina Jolie", true},
		{"one subject", "Brad Pitt has settled his divorce from Angelina Jolie.\n\n\"This is a relief,\" the actor said.",
			"Brad Pitt", true},
	})
}

// A firm named only as where someone quoted works ("said Li Wei, an
// analyst at Huatai Securities") is not the one a later "the carmaker" or
// "the company" guesses at when no firm it refers back to is found. Failed
// after "carmaker" became a business noun: Huatai Securities at 0.51.
// Must not fire: a firm named as a subject.
func TestBeatsFirmNotWorkplace(t *testing.T) {
	runCueCases(t, []cueCase{
		{"analyst at", "Tesla has cut prices in China again.\n\n\"This is a sign of weak demand,\" said Li Wei, an analyst at Huatai Securities.\n\nThe electric carmaker said it was \"committed to making EVs affordable\".",
			// (Tesla, the firm the lede is about, at 0.6: see
			// TestBizLedeBareFirm; never Huatai Securities.)
			[]want{{"This is a sign of weak demand,", "Li Wei", "said"}, {"committed to making EVs affordable", "Tesla", "said"}}},
		// Must not fire.
		{"subject firm", "Tata Motors has cut prices in India again.\n\n\"This is a sign of weak demand,\" said Li Wei, an analyst at Huatai Securities.\n\nThe carmaker said it was \"committed to making EVs affordable\".",
			[]want{{"This is a sign of weak demand,", "Li Wei", "said"}, {"committed to making EVs affordable", "Tata Motors", "said"}}},
	})
}

// shownCase is a text with one quotation, the speaker Extract should give
// it, and whether that speaker is shown to readers (Confident).
type shownCase struct {
	name, in, speaker string
	shown             bool
}

func runShownCases(t *testing.T, cases []shownCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Extract(c.in)
			if len(got) != 1 || got[0].Speaker != c.speaker || got[0].Confident() != c.shown {
				t.Fatalf("got %+v; want speaker %q, shown %v", got, c.speaker, c.shown)
			}
		})
	}
}

// "recalled" with a quantity or the firm's own goods after it takes back
// goods; it does not report speech, so the firm stays a firm that "the
// company" refers back to. Failed before: "Hellas Maritime recalled two
// ships ... "...," the company said." gave "" (the firm was read as a
// person who recalled something).
func TestBeatsProductRecall(t *testing.T) {
	runCueCases(t, []cueCase{
		{"recalled two ships", "Hellas Maritime recalled two ships on Wednesday.\n\n\"Safety is our top priority,\" the company said.",
			[]want{{"Safety is our top priority,", "Hellas Maritime", "said"}}},
		{"recalled its ovens", "Orbel Appliances recalled its wall ovens on Friday.\n\n\"No customer should take any risk,\" the company said.",
			[]want{{"No customer should take any risk,", "Orbel Appliances", "said"}}},
		// Must not fire: a person who remembers.
		{"recalled the day", "Ann Hall recalled the day the mine closed. \"Nobody knew what to do next,\" she said.",
			[]want{{"Nobody knew what to do next,", "Ann Hall", "said"}}},
	})
}

// "the club" and "the team" refer back to a club or team named in their
// sentence or the one before, though its name says neither ("Manchester
// United", "the Brooklyn Nets": a name of two words or more in the plural
// after "the" is a team's). Failed before: "" for all three. Must not
// fire: two teams named; researchers' "team"; a family.
func TestBeatsClubAndTeam(t *testing.T) {
	runCueCases(t, []cueCase{
		{"the club", "Manchester United confirmed the signing on Friday.\n\n\"He is a player we have admired for years,\" the club said.",
			[]want{{"He is a player we have admired for years,", "Manchester United", "said"}}},
		{"the team", "The Brooklyn Nets said on Monday that the guard would miss the season.\n\n\"We wish him a speedy recovery,\" the team said.",
			[]want{{"We wish him a speedy recovery,", "Brooklyn Nets", "said"}}},
		{"the team in a statement", "The Dallas Cowboys released the kicker on Tuesday. \"We thank him for his service,\" the team said in a statement.",
			[]want{{"We thank him for his service,", "Dallas Cowboys", "said"}}},
		{"two teams", "The Golden State Warriors beat the Boston Celtics on Friday. \"We were not at our best,\" the team said.",
			[]want{{"We were not at our best,", "", "said"}}},
		{"researchers", "Researchers at the University of Leeds studied 400 patients. \"The results surprised us,\" the team said.",
			[]want{{"The results surprised us,", "", "said"}}},
		{"family", "The Kennedys gathered at the compound. \"It was a lovely day,\" the family said.",
			[]want{{"It was a lovely day,", "", "said"}}},
	})
}
