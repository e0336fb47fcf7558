package quote

import "testing"

// Round 17, sports reporting: classes found in constructed match reports,
// press conferences and transfer stories.

// A nationality before a player's name ("Kenyan Ruth Chepkoech",
// "Spaniard Carlos Moreno", "said the American Travis Hale") describes
// the player, as a title does: it is no part of the name. Failed before:
// "Kenyan Ruth Chepkoech", "Spaniard Carlos Moreno", "" after "said the".
func TestSportDemonymBeforeName(t *testing.T) {
	runCueCases(t, []cueCase{
		{"adjective opening", "Kenyan Ruth Chepkoech broke the world record in Monaco on Friday.\n\n\"I knew I was in good shape,\" Chepkoech told reporters.",
			[]want{{"I knew I was in good shape,", "Ruth Chepkoech", "told reporters"}}},
		{"noun opening", "Spaniard Carlos Moreno won in straight sets.\n\n\"I played well,\" Moreno said.",
			[]want{{"I played well,", "Carlos Moreno", "said"}}},
		{"said adjective", `"I just didn't hole the putts I needed," said American Travis Hale, who closed with a 73.`,
			[]want{{"I just didn't hole the putts I needed,", "Travis Hale", "said"}}},
		{"said the adjective", `"I just didn't hole the putts I needed," said the American Travis Hale.`,
			[]want{{"I just didn't hole the putts I needed,", "Travis Hale", "said"}}},
		{"noun surname only", "Tomas Vidal scored the winner.\n\nThe Spaniard Vidal said: \"I'm just happy to help the team.\"",
			[]want{{"I'm just happy to help the team.", "Tomas Vidal", "said"}}},
		{"-man noun", `"It was a difficult afternoon for me," Dutchman Max Verstappen said.`,
			[]want{{"It was a difficult afternoon for me,", "Max Verstappen", "said"}}},
		{"-woman noun", `"She deserved it," said Frenchwoman Anna Roux.`,
			[]want{{"She deserved it,", "Anna Roux", "said"}}},
		{"city people", "Shane Corbett carded a final-round 66 to win the Irish Open.\n\n\"To win in front of a home crowd is something I've dreamed about,\" the Dubliner said.",
			[]want{{"To win in front of a home crowd is something I've dreamed about,", "Shane Corbett", "said"}}},
		// Must not fire: a given name that is also a people ("Finn",
		// "Dane"), one ending like a demonym ("Christian", "Janeese"),
		// a nationality before an event or a firm, a title after it.
		{"Finn", `"We are looking forward to it," Finn Russell said.`,
			[]want{{"We are looking forward to it,", "Finn Russell", "said"}}},
		{"Dane", `"We are looking forward to it," Dane Coles said.`,
			[]want{{"We are looking forward to it,", "Dane Coles", "said"}}},
		{"Christian", `"We are looking forward to it," Christian Pulisic said.`,
			[]want{{"We are looking forward to it,", "Christian Pulisic", "said"}}},
		{"-ese name", `"You cannot arrest your way out of this," said Councilmember Janeese Lewis George.`,
			[]want{{"You cannot arrest your way out of this,", "Janeese Lewis George", "said"}}},
		{"firm", `"We are looking forward to it," Scottish Power said.`,
			[]want{{"We are looking forward to it,", "Scottish Power", "said"}}},
		{"body", `"We are looking forward to it," British Cycling said.`,
			[]want{{"We are looking forward to it,", "British Cycling", "said"}}},
		{"title after", `"We are looking forward to it," German Chancellor Olaf Scholz said.`,
			[]want{{"We are looking forward to it,", "Olaf Scholz", "said"}}},
	})
}

// Cricket's, football's, rugby's and the track's positions before a name
// are titles ("Pacer Ravi Saxena", "Seamer Tom Ashby") and, after "the",
// describe the player named just before ("the pacer said", "the
// centre-back said", "the hurdler said"). A horse's trainer and its
// jockey are two people. Failed before: "Pacer Ravi Saxena", "" for the
// descriptions.
func TestSportPositionNouns(t *testing.T) {
	runCueCases(t, []cueCase{
		{"pacer title", "Pacer Ravi Saxena, who took four for 31, was named player of the match.\n\n\"I just wanted to hit the right lengths,\" said Saxena.",
			[]want{{"I just wanted to hit the right lengths,", "Ravi Saxena", "said"}}},
		{"seamer title", `"The ball was swinging all morning," Seamer Tom Ashby said.`,
			[]want{{"The ball was swinging all morning,", "Tom Ashby", "said"}}},
		{"the pacer", "Ravi Saxena took four wickets on the opening day.\n\n\"I just wanted to hit the right lengths,\" the pacer said.",
			[]want{{"I just wanted to hit the right lengths,", "Ravi Saxena", "said"}}},
		{"the centre-back", "Jake Moss headed in the winner in the 89th minute.\n\n\"It was a great cross,\" the centre-back said.",
			[]want{{"It was a great cross,", "Jake Moss", "said"}}},
		{"the hurdler", "Grace Obi won gold in the 100m hurdles.\n\n\"I'm speechless,\" the hurdler said.",
			[]want{{"I'm speechless,", "Grace Obi", "said"}}},
		{"the trainer", "Trainer Aidan Walsh saddled the winner at Ascot.\n\n\"He travelled beautifully,\" the trainer said.",
			[]want{{"He travelled beautifully,", "Aidan Walsh", "said"}}},
		// Must not fire: the jockey is not the trainer.
		{"jockey not trainer", "Jockey Ryan Moore rode a perfect race.\n\n\"He travelled beautifully,\" the trainer said.",
			[]want{{"He travelled beautifully,", "", "said"}}},
	})
}

// A club's boss is its manager or head coach: "the Castleton boss" is the
// person the article made Castleton's manager, though another club's
// boss was named ("Sunderland Park boss Ian Hollins"), and never the
// goalkeeper named just before. Failed before: "" for the first, "Sam
// Doyle" shown (0.72) for the second, "Paul Roux" (France's coach) shown
// for "the Ireland boss".
func TestSportClubBoss(t *testing.T) {
	const two = "Sunderland Park boss Ian Hollins hit out at the officials. \"It's a stonewall penalty,\" fumed Hollins.\n\nCastleton manager Neil Orr saw it differently. \"I thought the referee had a good game,\" said Orr.\n\n"
	runCueCases(t, []cueCase{
		{"other club's boss named", two + "Goalkeeper Sam Doyle made three crucial saves. \"He was magnificent,\" the Castleton boss added.",
			[]want{{"It's a stonewall penalty,", "Ian Hollins", "fumed"}, {"I thought the referee had a good game,", "Neil Orr", "said"}, {"He was magnificent,", "Neil Orr", "added"}}},
		{"two managers", "Sunderland Park manager Ian Hollins hit out at the officials. \"It's a stonewall penalty,\" fumed Hollins.\n\nCastleton manager Neil Orr saw it differently. \"I thought the referee had a good game,\" said Orr.\n\nGoalkeeper Sam Doyle made three crucial saves. \"He was magnificent,\" the Castleton boss added.",
			[]want{{"It's a stonewall penalty,", "Ian Hollins", "fumed"}, {"I thought the referee had a good game,", "Neil Orr", "said"}, {"He was magnificent,", "Neil Orr", "added"}}},
		{"head coach", "Ireland head coach Declan Farrelly said the pack was strong. France coach Paul Roux disagreed. \"We had a good week,\" the Ireland boss said.",
			[]want{{"We had a good week,", "Declan Farrelly", "said"}}},
		// Must not fire: the goalkeeper is no boss.
		{"goalkeeper", "Goalkeeper Sam Doyle made three crucial saves for Castleton. \"He was magnificent,\" the boss said.",
			[]want{{"He was magnificent,", "", "said"}}},
	})
	// Nor another club's manager, shown.
	got := Extract("Sunderland Park manager Ian Hollins hit out at the officials. \"It's a stonewall penalty,\" fumed Hollins.\n\nGoalkeeper Sam Doyle made three crucial saves. \"He was magnificent,\" the Castleton boss added.")
	if len(got) != 2 || got[1].Confident() {
		t.Errorf("another club's boss: %+v, want the second not shown", got)
	}
}

// A player quoted about a teammate: a description ("the veteran", "the
// 45-year-old", "the Scot") does not mean the person the quotation names
// in the third person ("Tomas has been brilliant"); the person named
// before is given, not shown, or no one. And a phrasal verb after a role
// noun ("The Rovers boss singled out striker Tomas Vidal") is no part of
// Vidal's post. Failed before: "Tomas Vidal" shown (0.70-0.75), with the
// role "Rovers boss singled out striker".
func TestSportTalkedAboutIsNotSpeaker(t *testing.T) {
	const lede = "Rovers manager Callum Dunmore was delighted with the win.\n\n"
	for _, c := range []shownCase{
		{"demonym", lede + "The Rovers boss singled out striker Tomas Vidal, who scored the winner. \"Tomas has been brilliant since he came in,\" the Scot added.", "Callum Dunmore", false},
		{"role", lede + "Tomas Vidal scored twice on Saturday. \"Tomas was brilliant,\" the veteran said.", "Callum Dunmore", false},
		{"age", lede + "Tomas Vidal scored twice on Saturday. \"Tomas was brilliant,\" the 45-year-old said.", "Callum Dunmore", false},
		{"no one before", "Tomas Vidal scored twice on Saturday. \"Tomas was brilliant,\" the veteran said.", "", false},
		// Must not fire: a campaign speaks of its candidate; a player
		// speaks of someone else.
		{"campaign", "Josh Stein's campaign hit back on Tuesday. \"Josh Stein has stood with law enforcement,\" the campaign said.", "Josh Stein", true},
		{"other named", lede + "Tomas Vidal scored twice on Saturday. \"Callum has given me my chance,\" the striker said.", "Tomas Vidal", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := Extract(c.in)
			if len(got) != 1 || got[0].Speaker != c.speaker || got[0].Confident() != c.shown {
				t.Errorf("got %+v, want %q shown=%v", got, c.speaker, c.shown)
			}
		})
	}
	got := Extract(lede + "The Rovers boss singled out striker Tomas Vidal, who scored the winner. \"I'm just happy to help,\" Vidal said.")
	if len(got) != 1 || got[0].Role != "striker" {
		t.Errorf("phrasal verb in the role: %+v, want role \"striker\"", got)
	}
}

// Two capitalised words opening with a pronoun's contraction and closed by
// a comma, a reporting cue right after ("It's December," he said), are
// speech, not a title. Failed before: the quotation was dropped.
func TestSportShortSpokenCapitals(t *testing.T) {
	runCueCases(t, []cueCase{
		{"December", "City boss Pep Ruiz was equally cautious. \"It's December,\" he said. \"Nobody wins the league in December.\"",
			[]want{{"It's December,", "Pep Ruiz", "said"}, {"Nobody wins the league in December.", "Pep Ruiz", ""}}},
		{"name cue", "Pep Ruiz was cautious. \"That's Football,\" Ruiz said.",
			[]want{{"That's Football,", "Pep Ruiz", "said"}}},
		// Must not fire: a title, no cue after it; no comma.
		{"film title", "She starred in \"It's Complicated,\" the 2009 film, with Meryl Streep.", nil},
		{"no comma", "Pep Ruiz was cautious. He said \"It's December\" and left.", nil},
	})
}

// A transfer story's statement: "the statement said" after "X has signed
// for Harlow United, the club said in a statement" is the club's, not the
// player's (the sentence's subject); after ", his agent said in a
// statement" it is no one the text names; "a club statement read" and "a
// company statement said" refer back to the one club or firm named, as
// "a club spokesman" does. Failed before: "Rafael Mendes" shown (0.80)
// for the first two, "" for the last two.
func TestSportClubStatement(t *testing.T) {
	runCueCases(t, []cueCase{
		{"the club said in a statement", "Rafael Mendes has signed a four-year contract with Harlow United, the club said in a statement on Tuesday.\n\n\"We are delighted to welcome Rafael to the club,\" the statement said.",
			[]want{{"We are delighted to welcome Rafael to the club,", "Harlow United", "said"}}},
		{"named club said in a statement", "Rafael Mendes has joined Harlow United, Ashford City said in a statement on Tuesday.\n\n\"We wish him well,\" the statement said.",
			[]want{{"We wish him well,", "Ashford City", "said"}}},
		{"his agent", "Rafael Mendes has left Harlow United, his agent said in a statement on Tuesday.\n\n\"Rafael thanks the fans,\" the statement said.",
			[]want{{"Rafael thanks the fans,", "", "said"}}},
		{"a club statement", "Harlow United have signed Rafael Mendes on a four-year deal.\n\n\"We are delighted to welcome Rafael to the club,\" a club statement read.",
			[]want{{"We are delighted to welcome Rafael to the club,", "Harlow United", "read"}}},
		{"a company statement", "Helix Robotics denied the claims. \"We have done nothing wrong,\" a company statement said.",
			[]want{{"We have done nothing wrong,", "Helix Robotics", "said"}}},
		// Must not fire: two clubs named; no government named; the
		// clubs together.
		{"two clubs", "Harlow United beat Ashford City 2-1 on Saturday. \"We condemn the abuse,\" a club statement said.",
			[]want{{"We condemn the abuse,", "", "said"}}},
		{"no government", "\"We will review the decision,\" a government statement said.",
			[]want{{"We will review the decision,", "", "said"}}},
		{"the clubs", "Rafael Mendes has joined Harlow United from Ashford City, the clubs said in a statement.\n\n\"We are delighted,\" the statement said.",
			[]want{{"We are delighted,", "", "said"}}},
	})
}

// Sport pages call a club "the side", "the outfit" or "the franchise":
// the club named just before speaks ("Rafael Mendes has joined Harlow
// United. "...," the Championship side said in a statement"). Failed
// before: no cue and "".
func TestSportClubNouns(t *testing.T) {
	const lede = "Rafael Mendes has joined Harlow United on a four-year contract.\n\n"
	runCueCases(t, []cueCase{
		{"side", lede + "\"We are delighted to welcome Rafael,\" the Championship side said in a statement.",
			[]want{{"We are delighted to welcome Rafael,", "Harlow United", "said"}}},
		{"outfit", lede + "\"We are delighted to welcome Rafael,\" the League Two outfit said.",
			[]want{{"We are delighted to welcome Rafael,", "Harlow United", "said"}}},
		// Must not fire: two parties to talks; a person named before
		// "the other side".
		{"two parties", "Russia and Ukraine held talks in Istanbul on Monday. \"The talks were constructive,\" the Russian side said.",
			[]want{{"The talks were constructive,", "", "said"}}},
		{"other side", "Tom Reed said the deal was close. \"We are not there yet,\" the other side said.",
			[]want{{"We are not there yet,", "", "said"}}},
	})
}

// "The fly-half said" after the coach's quotation: the player named
// before the coach, when the coach's post rules the coach out. Failed
// before: "" (the coach passed over, no one else tried).
func TestSportPlayerBeforeCoach(t *testing.T) {
	runCueCases(t, []cueCase{
		{"striker", "Harry Kane will miss the game with a hamstring injury.\n\n\"It's a blow,\" head coach Tom Reed said.\n\n\"Gutted to miss out,\" the striker said on social media.",
			[]want{{"It's a blow,", "Tom Reed", "said"}, {"Gutted to miss out,", "Harry Kane", "said on social media"}}},
		{"fly-half, name of no gender", "Jonny Sexton will miss the opener with a hamstring injury.\n\n\"It's a blow,\" head coach Andy Farrell said.\n\nThe fly-half said on social media: \"Gutted to miss out.\"",
			[]want{{"It's a blow,", "Andy Farrell", "said"}, {"Gutted to miss out.", "Jonny Sexton", "said on social media"}}},
		{"coach spoke two sentences", "Jonny Sexton will miss the Six Nations opener against Wales with a hamstring injury, Ireland confirmed on Monday.\n\n\"It's a blow,\" head coach Andy Farrell said. \"We have plenty of options.\"\n\nThe fly-half said on social media: \"Gutted to miss out.\"",
			[]want{{"It's a blow,", "Andy Farrell", "said"}, {"We have plenty of options.", "Andy Farrell", ""}, {"Gutted to miss out.", "Jonny Sexton", "said on social media"}}},
		// Must not fire: a manager is not the player before the coach;
		// a nurse or a referee is no striker.
		{"manager", "Harry Kane will miss the game with a hamstring injury.\n\n\"It's a blow,\" head coach Tom Reed said.\n\n\"We will cope,\" the manager said.",
			[]want{{"It's a blow,", "Tom Reed", "said"}, {"We will cope,", "", "said"}}},
		{"nurse", "Ann Lee, a nurse, was at the scene. \"It's a blow,\" head coach Tom Reed said. \"We will cope,\" the striker said.",
			[]want{{"It's a blow,", "Tom Reed", "said"}, {"We will cope,", "", "said"}}},
		{"referee", "Referee Mike Dean sent off two players. \"It was the right call,\" head coach Tom Reed said. \"We will cope,\" the striker said.",
			[]want{{"It was the right call,", "Tom Reed", "said"}, {"We will cope,", "", "said"}}},
	})
}

// A teammate quoted about a star: "Love's teammate, midfielder Jayden
// Reed, added", "said Love's teammate Jayden Reed": the person named
// after the relation (past their own post), not the star. Failed before:
// "" (and no cue at all for the second).
func TestSportTeammateNamed(t *testing.T) {
	const lede = "Jordan Love threw for two scores. "
	runCueCases(t, []cueCase{
		{"apposition with post", lede + "Love's teammate, midfielder Jayden Reed, added: \"Jordan was on fire.\"",
			[]want{{"Jordan was on fire.", "Jayden Reed", "added"}}},
		{"after verb with post", lede + "\"Jordan was on fire,\" said Love's teammate, midfielder Jayden Reed.",
			[]want{{"Jordan was on fire,", "Jayden Reed", "said"}}},
		{"after verb, no comma", lede + "\"Jordan was on fire,\" said Love's teammate Jayden Reed.",
			[]want{{"Jordan was on fire,", "Jayden Reed", "said"}}},
		{"before verb", lede + "\"Jordan was on fire,\" Love's teammate, midfielder Jayden Reed, said.",
			[]want{{"Jordan was on fire,", "Jayden Reed", "said"}}},
		// Must not fire: the relation unnamed; a firm after the relation
		// is not taken for a person (left as before: no cue read).
		{"unnamed", lede + "\"Jordan was on fire,\" said Love's teammate.",
			[]want{{"Jordan was on fire,", "", "said"}}},
		{"firm", "Apple cut prices on Monday. \"We will match them,\" said Apple's rival Samsung Electronics.",
			[]want{{"We will match them,", "", ""}}},
	})
}

// "The Belarusian said" does not mean the player the article gave another
// nationality ("Spaniard Lucia Ortega", "Spanish qualifier Lucia
// Ortega"); the person before is given, not shown. Failed before: "Lucia
// Ortega" (shown at 0.70 with "Spaniard").
func TestSportDemonymOtherNationality(t *testing.T) {
	for _, c := range []shownCase{
		{"noun", "Aryna Sokolova was knocked out by Spaniard Lucia Ortega on Tuesday. \"I didn't play my best,\" the Belarusian said.", "Aryna Sokolova", false},
		{"adjective and post", "Aryna Sokolova, the world No 1, was knocked out by Spanish qualifier Lucia Ortega on Tuesday. \"I didn't play my best,\" the Belarusian said.", "Aryna Sokolova", false},
		// Must not fire: the same people in two words; two of the UK's.
		{"same people", "Spanish qualifier Lucia Ortega won on Sunday. \"I played well,\" the Spaniard said.", "Lucia Ortega", true},
		{"UK", "Scottish golfer Bob MacIntyre won on Sunday. \"I played well,\" the Briton said.", "Bob MacIntyre", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := Extract(c.in)
			if len(got) != 1 || got[0].Speaker != c.speaker || got[0].Confident() != c.shown {
				t.Errorf("got %+v, want %q shown=%v", got, c.speaker, c.shown)
			}
		})
	}
}

// "the team said" after a team named by its plural nickname alone ("The
// Falcons said they would support the player"): the team. Failed before:
// "" (a team's name of one word was never one "the team" referred to).
func TestSportTeamNickname(t *testing.T) {
	runCueCases(t, []cueCase{
		{"nickname", "The Falcons said they would support the player. \"Drake is part of our family,\" the team said.",
			[]want{{"Drake is part of our family,", "Falcons", "said"}}},
		{"in a statement", "The Falcons released Drake Mills on Tuesday. \"Drake is part of our family,\" the team said in a statement.",
			[]want{{"Drake is part of our family,", "Falcons", "said"}}},
		// Must not fire: a people; researchers.
		{"people", "The Britons said they would support the player. \"He is part of our family,\" the team said.",
			[]want{{"He is part of our family,", "", "said"}}},
		{"researchers", "Scientists at Oxford University said the results were promising. \"This is a first step,\" the team said.",
			[]want{{"This is a first step,", "", "said"}}},
	})
}

// "Corbett, 34, had started the day three behind the overnight leader,":
// a clause after the age, opened by an auxiliary, is the sentence's
// predicate, not the person's post. Failed before: the role "had started
// the day three behind the overnight leader".
func TestSportAgeThenPredicate(t *testing.T) {
	got := Extract("Shane Corbett won the Irish Open on Sunday.\n\nCorbett, 34, had started the day three behind the overnight leader, Travis Hale. \"I just didn't hole the putts,\" said Hale.\n\n\"To win at home is a dream,\" Corbett said.")
	if len(got) != 2 || got[1].Speaker != "Shane Corbett" || got[1].Role != "" {
		t.Errorf("got %+v, want Shane Corbett with no role", got)
	}
	// Must not fire: an apposition after the age is a post.
	got = Extract("Ann Lee, 42, a nurse at the hospital, said she was tired. \"We need more staff,\" Lee said.")
	if len(got) != 1 || got[0].Speaker != "Ann Lee" || got[0].Role != "nurse at the hospital" {
		t.Errorf("got %+v, want Ann Lee, nurse at the hospital", got)
	}
}

// "Love's teammate, receiver Jayden Reed, added:": a player's position
// that is too often a thing to be a role ("receiver", "wide", "prop",
// "seamer") is a post between a description and the name it gives.
// Failed before: "" (the name was not read past "receiver").
func TestSportPositionBeforeName(t *testing.T) {
	lede := "Jordan Love threw for 300 yards on Sunday. "
	runCueCases(t, []cueCase{
		{"receiver", lede + "Love's teammate, receiver Jayden Reed, added: \"Jordan was on fire.\"",
			[]want{{"Jordan was on fire.", "Jayden Reed", "added"}}},
		{"wide receiver", lede + "Love's teammate, wide receiver Jayden Reed, said: \"Jordan was on fire.\"",
			[]want{{"Jordan was on fire.", "Jayden Reed", "said"}}},
		{"seamer", "England won by 50 runs. Root's teammate, seamer Ollie Stone, said: \"We bowled well.\"",
			[]want{{"We bowled well.", "Ollie Stone", "said"}}},
		// Must not fire: an insolvency receiver not named; a post
		// not before a name.
		{"insolvency", "Harlow Motors collapsed last month. \"We are seeking a buyer,\" the receiver said.",
			[]want{{"We are seeking a buyer,", "", "said"}}},
		{"no name", lede + "Love's teammate, back from injury, added: \"Jordan was on fire.\"",
			[]want{{"Jordan was on fire.", "", "added"}}},
	})
}

// "the right-hander said", "the left-armer", "the southpaw": a player by
// the hand or foot he plays with is the player the story is about.
// Failed before: "" (not a person noun, and no cue).
func TestSportHandedness(t *testing.T) {
	runCueCases(t, []cueCase{
		{"right-hander", "Mark Wood took five wickets at Lord's. \"It was a great day,\" the right-hander said.",
			[]want{{"It was a great day,", "Mark Wood", "said"}}},
		{"left-armer", "Mark Wood took five wickets at Lord's. \"It was a great day,\" said the left-armer.",
			[]want{{"It was a great day,", "Mark Wood", "said"}}},
		{"southpaw", "Tyrone Bell knocked out his rival in the third round. \"I felt strong,\" the southpaw said.",
			[]want{{"I felt strong,", "Tyrone Bell", "said"}}},
		// Must not fire: the other hand is someone else; no player.
		{"other hand", "Right-hander Tom Lee struck out Joe Root twice. \"He was too good today,\" the left-hander said.",
			[]want{{"He was too good today,", "", "said"}}},
		{"no player", "The company sold 2 million units. \"We are happy,\" the right-hander said.",
			[]want{{"We are happy,", "", "said"}}},
	})
}

// The audience of "told" ends at the gathering's noun ("told a press
// conference") and not past the stop of a sentence that ends in an
// acronym read as an abbreviation ("told SEN."). Failed before: "told a
// press", "told SEN." and "told SEN. He".
func TestSportToldAudience(t *testing.T) {
	lede := "Ange Postecoglou was upbeat on Friday. "
	runCueCases(t, []cueCase{
		{"press conference", lede + "\"We are ready,\" he told a press conference on Friday.",
			[]want{{"We are ready,", "Ange Postecoglou", "told a press conference"}}},
		{"news briefing", lede + "\"We are ready,\" he told a news briefing.",
			[]want{{"We are ready,", "Ange Postecoglou", "told a news briefing"}}},
		{"acronym", lede + "\"We are ready,\" he told SEN. He added that the team was fit.",
			[]want{{"We are ready,", "Ange Postecoglou", "told SEN"}}},
		// Must not fire: one word of audience; a title before a name.
		{"reporters", lede + "\"We are ready,\" he told reporters after the game.",
			[]want{{"We are ready,", "Ange Postecoglou", "told reporters"}}},
		{"title", lede + "\"We are ready,\" he told Sen. Warren.",
			[]want{{"We are ready,", "Ange Postecoglou", "told Sen. Warren"}}},
	})
}

// "He" opening the sentence after one whose last clause, after ", but",
// has a person of its own as subject means that person, not the main
// clause's. Failed before: "Dmitriy Bogdanov" (shown at 0.85).
func TestSportButClauseSubject(t *testing.T) {
	runCueCases(t, []cueCase{
		{"but", "Rory McIlroy goes into the final round two shots behind. Russian Dmitriy Bogdanov won the event last year and then claimed the Dubai title, but McIlroy is unfazed. He admitted: \"I have nothing to prove.\"",
			[]want{{"I have nothing to prove.", "Rory McIlroy", "admitted"}}},
		// Must not fire: a pronoun after "but"; the other gender; a
		// possessive after "but".
		{"pronoun", "Tom Reed won the race, but he said Jack Lee was unlucky. He added: \"I gave it everything.\"",
			[]want{{"I gave it everything.", "Tom Reed", "added"}}},
		{"gender", "Sarah Reed won the race easily, but Jack Lee was happy with second. She said: \"I gave it everything.\"",
			[]want{{"I gave it everything.", "Sarah Reed", "said"}}},
		{"possessive", "Tom Reed won the race easily, but Lee's coach protested. He said: \"I gave it everything.\"",
			[]want{{"I gave it everything.", "Tom Reed", "said"}}},
	})
}

// "Maria Kostova beat defending champion Elena Ruiz": a result's verb
// after a name ends the role of the person named next. Failed before:
// the role "Maria Kostova beat defending champion".
func TestSportResultVerbRole(t *testing.T) {
	for _, c := range []struct{ name, in, role string }{
		{"beat", "Maria Kostova beat defending champion Elena Ruiz 7-5 6-4 on Tuesday. \"I lost to a better player,\" Ruiz said.", "defending champion"},
		{"faces", "Maria Kostova faces defending champion Elena Ruiz on Friday. \"I am ready,\" Ruiz said.", "defending champion"},
		// Must not fire: a team's name qualifying the role.
		{"team", "Chelsea defender Elena Ruiz scored twice on Tuesday. \"I am happy,\" Ruiz said.", "Chelsea defender"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := Extract(c.in)
			if len(got) != 1 || got[0].Speaker != "Elena Ruiz" || got[0].Role != c.role {
				t.Errorf("got %+v, want Elena Ruiz, %q", got, c.role)
			}
		})
	}
}

// "the former X" is not the person the article gave the title X without
// "former": one who holds an office now is not its former holder.
// Failed before: "Prime Minister Keir Starmer laid a wreath ... the former
// prime minister said" gave Starmer at 0.85.
func TestSportFormerNotHolder(t *testing.T) {
	runShownCases(t, []shownCase{
		{"pm now", "Prime Minister Keir Starmer laid a wreath on Sunday. \"We owe them everything we have,\" the former prime minister said.", "", false},
		{"president now", "President Ana Lima opened the bridge on Friday. \"This was a long time coming,\" the former president said.", "", false},
		// Must not fire: a former holder named so; a plain description;
		// a former post of another office.
		{"blair", "Former Prime Minister Tony Blair laid a wreath on Sunday. \"We owe them everything we have,\" the former prime minister said.", "Tony Blair", true},
		// Two holders, the former one met: not Starmer but Blair (the
		// sitting one is no rival of the former one: see
		// TestFormerExTitle).
		{"both", "Prime Minister Keir Starmer met former Prime Minister Tony Blair on Sunday. \"We owe them everything we have,\" the former prime minister said.", "Tony Blair", true},
		{"plain", "Prime Minister Keir Starmer laid a wreath on Sunday. \"We owe them everything we have,\" the prime minister said.", "Keir Starmer", true},
	})
}

// An insolvency receiver, liquidator or administrator the article never
// named is not the firm's own officer named before. Failed before: "Chief
// executive Tom Reed said the firm had collapsed. "...," the receiver
// said" gave Tom Reed at 0.80.
func TestSportInsolvencyOfficer(t *testing.T) {
	runShownCases(t, []shownCase{
		{"receiver", "Chief executive Tom Reed said the firm had collapsed. \"Creditors will be paid in order,\" the receiver said.", "", false},
		{"liquidator", "Chief executive Tom Reed said the firm had collapsed. \"Creditors will be paid in order,\" the liquidator said.", "", false},
		{"administrator", "Chief executive Tom Reed said the firm had collapsed. \"Creditors will be paid in order,\" the administrator said.", "", false},
		// Must not fire: the office-holder named with the role; another
		// administrator; a football receiver; the firm's boss.
		{"named receiver", "Receiver Ann Cole of Grant Thornton took charge on Monday. \"Creditors will be paid in order,\" the receiver said.", "Ann Cole", true},
		{"epa", "EPA Administrator Lee Zeldin visited the plant on Monday. \"We will act,\" the administrator said.", "Lee Zeldin", true},
		{"wide receiver", "Wide receiver Tom Hale caught two touchdowns on Sunday. \"The line gave me time,\" the receiver said.", "Tom Hale", true},
		{"boss", "Chief executive Tom Reed said the firm had collapsed. \"Creditors will be paid in order,\" the boss said.", "Tom Reed", true},
	})
}

// A description after the quotation that no one was given is not guessed
// as the subject of a sentence that sets two people against each other.
// Failed before: "Jannik Berger beat Tom Hale in the final. "...," the
// second seed said" gave Berger at 0.75; "Ann Moss sued Tom Reed ... the
// retired teacher said" gave Moss at 0.72 (now given, not shown).
func TestSportDescribedOneOfTwo(t *testing.T) {
	runShownCases(t, []shownCase{
		{"beat", "Jannik Berger beat Tom Hale in the final. \"I was tired after the semi,\" the second seed said.", "", false},
		{"sued", "Ann Moss sued Tom Reed over the fence in March. \"I want my garden back,\" the retired teacher said.", "Ann Moss", false},
		// Must not fire: one person in the sentence; no cue after; the
		// name in the cue.
		{"one", "Jannik Berger won the final on Sunday. \"I was tired after the semi,\" the second seed said.", "Jannik Berger", true},
		{"no cue", "Jannik Berger beat Tom Hale in the final. \"I was tired after the semi.\"", "Jannik Berger", true},
		{"named", "Jannik Berger beat Tom Hale in the final. \"I was tired after the semi,\" Berger said.", "Jannik Berger", true},
	})
}

// "the vice X" is not the one person given the title X plainly. Failed
// before: "President Ana Lima opened the bridge ... the vice president
// said" gave Ana Lima at 0.85.
func TestSportDeputyNotHolder(t *testing.T) {
	runShownCases(t, []shownCase{
		{"vice president", "President Ana Lima opened the bridge on Friday. \"This was a long time coming,\" the vice president said.", "", false},
		{"deputy pm", "Prime Minister Keir Starmer laid a wreath on Sunday. \"We owe them everything we have,\" the deputy prime minister said.", "", false},
		// Must not fire: the deputy named so; the plain title.
		{"named vice", "Vice President Ann Cole opened the bridge on Friday. \"This was a long time coming,\" the vice president said.", "Ann Cole", true},
		{"plain", "President Ana Lima opened the bridge on Friday. \"This was a long time coming,\" the president said.", "Ana Lima", true},
	})
}
