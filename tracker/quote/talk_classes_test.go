package quote

import "testing"

// Classes of interviews and formats of speech (issue 8, round 17): live
// blogs, Q&As, press conferences, broadcasts, posts. Each class failed
// before its rule; the must-not-fire cases are near misses left alone.

// A live blog's time stamp with its zone ("10:58 GMT:", "12:31 BST Hunt
// rises") names no one: before, the zone was an organisation that spoke
// ("it said" → "GMT") or a name run with the surname after it ("BST
// Hunt"), which "he" could not take.
func TestTalkTimeZoneStamp(t *testing.T) {
	runCueCases(t, []cueCase{
		{"zone is no org", `10:58 GMT: Turkey's delegation has issued a short statement. "Our position is unchanged," it said.`,
			[]want{{"Our position is unchanged,", "", "said"}}},
		{"zone before surname", `12:31 BST Hunt rises to deliver his statement. "This is a budget for growth," he tells MPs.`,
			[]want{{"This is a budget for growth,", "Hunt", "tells MPs"}}},
		{"a.m. ET", `Updated 8:40 a.m. ET

Delegates are still arriving. "We are close," NCB said in a statement.`,
			[]want{{"We are close,", "NCB", "said"}}},
		// Not fired: after a year, not a clock time, "PT" opens an
		// Indonesian company's name.
		{"year then PT", `In 2021 PT Garuda Indonesia said: "We have no choice but to cut routes."`,
			[]want{{"We have no choice but to cut routes.", "PT Garuda Indonesia", "said"}}},
		{"zone in a name", `"Rates will rise," CET Bank chief Ana Ruiz said at 9am.`,
			[]want{{"Rates will rise,", "Ana Ruiz", "said"}}},
	})
}

// An interview printed with "Q:" and "A:" labels (or "Q." and "A."): the
// answer's quotation opens its paragraph after the label, and is the
// words of the one person the lead before the first question names.
// Before, "Q" was a name that spoke the first answer, and a labelled
// answer was not read as one ("").
func TestTalkLabelledAnswers(t *testing.T) {
	runCueCases(t, []cueCase{
		{"A colon", `Author Jonah Feld has written a memoir about his late father.

The novelist sat down with the Herald to talk about fame and family.

Q: Why write a memoir now?

A: "I turned 60. At some point you have to look back before you can look forward."

Q: Was your father supportive?

A: "He used to say, 'Writing is not a job.' He came round eventually."`,
			[]want{{"I turned 60. At some point you have to look back before you can look forward.", "Jonah Feld", ""},
				{"He used to say, 'Writing is not a job.' He came round eventually.", "Jonah Feld", ""}}},
		{"A full stop", `The mayor, Dan Pruitt, answered readers' questions this week.

Q. When will the bridge reopen?

A. "We are hoping for the spring, but I won't promise a date."`,
			[]want{{"We are hoping for the spring, but I won't promise a date.", "Dan Pruitt", ""}}},
		// Not fired: the lead names two people, or no one and the
		// paragraph before it names two.
		{"two in lead", `Ann Hall, the council leader, and Tom Reed, her deputy, took questions.

Q: When will the bridge reopen?

A: "We are hoping for the spring."`,
			[]want{{"We are hoping for the spring.", "", ""}}},
		{"no one named", `Readers sent in their questions.

Q: When will the bridge reopen?

A: "We are hoping for the spring."`,
			[]want{{"We are hoping for the spring.", "", ""}}},
		{"initial not a label", `A. J. Lee runs the bakery. "We sell out by noon," Lee said.`,
			[]want{{"We sell out by noon,", "A. J. Lee", "said"}}},
	})
}

// A press conference's guest named in a participle phrase set off after
// the subject ("The president, speaking at a joint press conference with
// the Kenyan leader, William Otieno, said") is not who speaks: the subject
// is, named or not. Before, the name closing the phrase right before
// "said" was the speaker, at 0.95-1.00.
func TestTalkParticipleAside(t *testing.T) {
	runCueCases(t, []cueCase{
		{"press conference guest", `The president, speaking at a joint press conference with the Kenyan leader, William Otieno, said: "We have turned a page."`,
			[]want{{"We have turned a page.", "", "said"}}},
		{"standing alongside", `The prime minister, standing alongside the French president, Emmanuel Garnier, told reporters: "We are united."`,
			[]want{{"We are united.", "", "told reporters"}}},
		{"witness questioned", `The senator, questioning the FBI director, Laura Beck, said: "You have failed this committee."`,
			[]want{{"You have failed this committee.", "", "said"}}},
		{"relative clause", `The chancellor, who was speaking alongside the governor, Andrew Bailey, said: "Inflation is falling."`,
			[]want{{"Inflation is falling.", "", "said"}}},
		{"subject named before", `President Ellen Marsh arrived in Nairobi on Monday for a two-day visit.

The president, speaking at a joint press conference with the Kenyan leader, William Otieno, said the two countries had "turned a page."`,
			[]want{{"turned a page.", "Ellen Marsh", "said"}}},
		// Not fired: the phrase opens the sentence and the name is the
		// subject's; a named subject; no participle.
		{"opening participle", `Speaking at the rally, the organiser, Ann Hall, said: "We will be back."`,
			[]want{{"We will be back.", "Ann Hall", "said"}}},
		{"named subject", `Arteta, sitting next to his captain, Martin Odegaard, said: "The dressing room is calm."`,
			[]want{{"The dressing room is calm.", "Arteta", "said"}}},
		{"apposition only", `The club's captain, Martin Odegaard, said: "The dressing room is calm."`,
			[]want{{"The dressing room is calm.", "Martin Odegaard", "said"}}},
	})
}

// A spokesman's briefing: "Asked if Mr Harlow ..., the spokesman said:"
// names Harlow only in the question; "he" in the next answer is the
// spokesman, unnamed (""), or whoever the description refers back to.
// Before, the pronoun took the name in the question's clause, at 0.85.
func TestTalkAskedAboutThenPronoun(t *testing.T) {
	runCueCases(t, []cueCase{
		{"briefing", `The Prime Minister's spokesman was pressed repeatedly on the figures.

Asked if Mr Harlow still had confidence in the Home Secretary, the spokesman said: "Yes, absolutely."

Pressed on whether the target would be met, he replied: "We are not going to get into a running commentary."`,
			[]want{{"Yes, absolutely.", "", "said"},
				{"We are not going to get into a running commentary.", "", "replied"}}},
		{"his spokesman", `Asked whether Mr Harlow would resign, his spokesman said: "No."

"He has a job to do," he added.`,
			[]want{{"No.", "", "said"}, {"He has a job to do,", "", "added"}}},
		{"press secretary", `Asked about Senator Ruth Kaplan's remarks, the White House press secretary said: "We don't respond to every comment."

"The president is focused on the economy," she said.`,
			[]want{{"We don't respond to every comment.", "", "said"},
				{"The president is focused on the economy,", "", "said"}}},
		// Not fired: a named subject answers; the description refers
		// back to someone named.
		{"named subject", `Asked about Senator Ruth Kaplan's remarks, Karine Dupree said: "We don't respond to every comment."

"The president is focused on the economy," she said.`,
			[]want{{"We don't respond to every comment.", "Karine Dupree", "said"},
				{"The president is focused on the economy,", "Karine Dupree", "said"}}},
		{"description of someone named", `Mayor Ann Hall opened the meeting on Monday.

Asked about Tom Reed's remarks, the mayor said: "I have not read them."

"I will look at them tonight," she said.`,
			[]want{{"I have not read them.", "Ann Hall", "said"},
				{"I will look at them tonight,", "Ann Hall", "said"}}},
	})
}

// A platform that speaks of itself as "it" past a phrase of where or
// when ("Twitch said in a statement that it", "said on Tuesday that it")
// is no person for "he" or "she" to take up. Before, only "said it" kept
// a name from being made a person by speaking, and a streamer's "he told
// viewers" went to Twitch at 0.85.
func TestTalkPlatformSaidIt(t *testing.T) {
	runCueCases(t, []cueCase{
		{"statement that it", `Streamer Kai Lumen, who has 9 million followers on Twitch, said during a livestream on Tuesday that he was "done with the platform."

"They keep changing the rules and nobody tells us anything," he told viewers.

Twitch said in a statement that it "values its creators."`,
			[]want{{"done with the platform.", "Kai Lumen", "said"},
				{"They keep changing the rules and nobody tells us anything,", "Kai Lumen", "told viewers"},
				{"values its creators.", "Twitch", "said"}}},
		// Not fired: a person named with a given name, and a surname
		// whose "he" follows.
		{"person said that it", `Dan Kessler, who has 9 million followers on Twitch, said in a video that it was "a sad day."

"We will miss the old rules," he added.`,
			[]want{{"a sad day.", "Dan Kessler", "said"}, {"We will miss the old rules,", "Dan Kessler", "added"}}},
		{"surname said that it", `Kessler said that it was "a sad day for the club."

"We will miss him," he added.`,
			[]want{{"a sad day for the club.", "Kessler", "said"}, {"We will miss him,", "Kessler", "added"}}},
	})
}

// In an exchange, a description answering ("the prince answered", "the
// director replied") whose role the article never gave is not the one
// who asked the question just before. Before, the guess took the asker
// (the interviewer, the questioning senator) at 0.72.
func TestTalkDescribedAnswerNotAsker(t *testing.T) {
	runCueCases(t, []cueCase{
		{"interviewer", `The interview, conducted by Piers Morgan on TalkTV, was watched by 1.2 million people.

"Do you hate your family?" Morgan asked.

"No. I love my family," the prince answered.`,
			[]want{{"Do you hate your family?", "Piers Morgan", "asked"}, {"No. I love my family,", "", "answered"}}},
		{"hearing", `Senator Ruth Kaplan asked the witness whether she had approved the raid. "I did not," the director replied.`,
			[]want{{"I did not,", "", "replied"}}},
		// Not fired: the asker going on; the one described named before.
		{"asker goes on", `"Why now?" Piers Morgan asked. "It makes no sense," the presenter added.`,
			[]want{{"Why now?", "Piers Morgan", "asked"}, {"It makes no sense,", "Piers Morgan", "added"}}},
		{"answerer named", `Prince Andrew gave the interview in November. Emily Maitlis asked him about the photograph. "I have no recollection," the duke said.`,
			[]want{{"I have no recollection,", "Andrew", "said"}}},
	})
}

// A briefing: "A reporter followed up: "...?"" asks, as "asked" does; the
// "he" answering next is the official, not the unnamed reporter. Before,
// the pronoun took the reporter and gave "".
func TestTalkFollowedUpAsks(t *testing.T) {
	runCueCases(t, []cueCase{
		{"reporter followed up", `At a press briefing, White House national security spokesman John Kirby was asked about the strike.

"We're still gathering the facts," Kirby said.

A reporter followed up: "Was the US informed in advance?"

"I'm not going to get into our diplomatic conversations," he said.`,
			[]want{{"We're still gathering the facts,", "John Kirby", "said"},
				{"Was the US informed in advance?", "", ""},
				{"I'm not going to get into our diplomatic conversations,", "John Kirby", "said"}}},
		// Not fired: the one who followed up goes on, no one else there.
		{"speaker followed up", `Mayor Tom Reed followed up on his promise at the meeting. "We will fix the roads," he said.`,
			[]want{{"We will fix the roads,", "Tom Reed", "said"}}},
	})
}

// A description with a name in apposition that opens with role words:
// "Her husband, producer Benny Blanc, commented:", "The firm's founder,
// billionaire Aldo Raskin, wrote on X:". Before, only an apposition
// opening with the name was read, and these gave "".
func TestTalkRoleWordsInApposition(t *testing.T) {
	runCueCases(t, []cueCase{
		{"husband producer", `The singer shared a photo of her newborn on Instagram on Sunday. "Our hearts are full," Selena Cruz captioned the post.

Her husband, producer Benny Blanc, commented: "Best day of my life."`,
			[]want{{"Our hearts are full,", "Selena Cruz", "captioned"}, {"Best day of my life.", "Benny Blanc", "commented"}}},
		{"founder billionaire", `The firm's founder, billionaire Aldo Raskin, wrote on X: "We will fight this."`,
			[]want{{"We will fight this.", "Aldo Raskin", "wrote on X"}}},
		{"mother nurse", `The victim's mother, nurse Carol Anning, said: "No sentence will bring him back."`,
			[]want{{"No sentence will bring him back.", "Carol Anning", "said"}}},
		// Not fired: no name in the apposition.
		{"no name", `Her husband, a producer, said: "Best day of my life."`,
			[]want{{"Best day of my life.", "", "said"}}},
	})
}

// A place named for a saint in the possessive ("St Peter's Square", "St
// James' Park") is no person: before, "St Peter" was a name that "He
// added" took up (0.68) after "The Pope, addressing pilgrims in St
// Peter's Square, said".
func TestTalkSaintPlace(t *testing.T) {
	runCueCases(t, []cueCase{
		{"square", `The Pope, addressing pilgrims in St Peter's Square, said: "War is always a defeat."

He added: "Let us pray for peace."`,
			[]want{{"War is always a defeat.", "", "said"}, {"Let us pray for peace.", "", "added"}}},
		// Not fired: a surname with "St" before a thing of hers.
		{"surname", `Lauren St John's new novel is out this week. "It took me ten years," St John said.`,
			[]want{{"It took me ten years,", "Lauren St John", "said"}}},
	})
}

// Turns of an interview with two people of one gender: "she replied"
// right after the other's quotation (`"But you're behind," O'Donnell
// said. / "Not where it counts," she replied.`) is the other one, who
// was asked. Before, the pronoun took the one who spoke last (0.85).
func TestTalkReplyIsTheOther(t *testing.T) {
	runCueCases(t, []cueCase{
		{"interview", `In a sit-down interview with Norah O'Donnell, Vice President Kamala Harmon said the campaign was "in good shape."

O'Donnell asked her about the polls. "Polls are snapshots," Harmon said.

"But you're behind," O'Donnell said.

"Not where it counts," she replied.`,
			[]want{{"in good shape.", "Kamala Harmon", "said"}, {"Polls are snapshots,", "Kamala Harmon", "said"},
				{"But you're behind,", "Norah O'Donnell", "said"}, {"Not where it counts,", "Kamala Harmon", "replied"}}},
		{"one paragraph", `"Are you worried?" Anna Cole asked Maria Diaz. "We will win," Diaz said. "Your own poll says otherwise," Cole said. "Polls can be wrong," she replied.`,
			[]want{{"Are you worried?", "Anna Cole", "asked"}, {"We will win,", "Maria Diaz", "said"},
				{"Your own poll says otherwise,", "Anna Cole", "said"}, {"Polls can be wrong,", "Maria Diaz", "replied"}}},
		// Not fired: a question in the narrative between (the one who
		// spoke last replies to it), and "said", not a reply.
		{"asked between", `"We will win," Tom Reed said.

Asked about his rival, Dan Hale, he replied: "He is a decent man."`,
			[]want{{"We will win,", "Tom Reed", "said"}, {"He is a decent man.", "Tom Reed", "replied"}}},
		{"sentence about the speaker between", `"I have never seen morale so low," Rory Alden said. His co-host, Alastair Munro, disagreed: "I think you're being far too gloomy."

Alden laughed. "You always say that," he replied.`,
			[]want{{"I have never seen morale so low,", "Rory Alden", "said"}, {"I think you're being far too gloomy.", "Alastair Munro", ""},
				{"You always say that,", "Rory Alden", "replied"}}},
		{"said goes on", `"Are you worried?" Anna Cole asked Maria Diaz. "We will win," Diaz said. "Your own poll says otherwise," Cole said. "Polls can be wrong," she said.`,
			[]want{{"Are you worried?", "Anna Cole", "asked"}, {"We will win,", "Maria Diaz", "said"},
				{"Your own poll says otherwise,", "Anna Cole", "said"}, {"Polls can be wrong,", "Anna Cole", "said"}}},
	})
}

// A live blog calls a leader by surname alone, the subject of what only
// people do, and the next sentence is a quotation "he" or "she" speaks:
// "Sunak arrived in Downing Street. "We have work to do," he said."
// Before, the surname was no person and the pronoun gave "".
func TestTalkSurnameThenQuotedPronoun(t *testing.T) {
	runCueCases(t, []cueCase{
		{"arrived", `Sunak arrived in Downing Street on Monday. "We have work to do," he said.`,
			[]want{{"We have work to do,", "Sunak", "said"}}},
		{"has arrived", `Starmer has arrived in Brussels. "We have work to do," he told reporters.`,
			[]want{{"We have work to do,", "Starmer", "told reporters"}}},
		{"visited", `Ardern visited the mosque on Friday. "They are us," she said.`,
			[]want{{"They are us,", "Ardern", "said"}}},
		// Not fired: a place under fire (no human verb), a given name of
		// the other gender, a country.
		{"place", `Kherson came under heavy shelling overnight. "We had no warning," he said.`,
			[]want{{"We had no warning,", "", "said"}}},
		{"other gender", `Chelsea arrived at the stadium two hours early. "We were ready," he said.`,
			[]want{{"We were ready,", "", "said"}}},
		{"country", `Ukraine met the deadline. "We did our part," he said.`,
			[]want{{"We did our part,", "", "said"}}},
	})
}

// The pronoun after "The mayor, speaking alongside police chief Tom Hale,
// said ..." takes up the mayor, the subject, not the name in the phrase
// set off after it. Before, "he said" in the next paragraph gave Tom Hale
// (0.85).
func TestTalkPronounAfterSubjectAside(t *testing.T) {
	runCueCases(t, []cueCase{
		{"alongside", `The mayor, speaking alongside police chief Tom Hale, said the city was "safer than a year ago."

"We have more officers on the street," he said.`,
			[]want{{"safer than a year ago.", "", "said"}, {"We have more officers on the street,", "", "said"}}},
		{"press conference", `The president, speaking at a news conference with Chancellor Olaf Brenner, said the alliance was "stronger than ever."

"We stand together," he said.`,
			[]want{{"stronger than ever.", "", "said"}, {"We stand together,", "", "said"}}},
		{"name in apposition in the phrase", `The president, speaking at a joint press conference with the Kenyan leader, William Otieno, said the two countries had "turned a page."

"Our partnership has never been stronger," he said.`,
			[]want{{"turned a page.", "", "said"}, {"Our partnership has never been stronger,", "", "said"}}},
		// Not fired: the name in apposition is the subject; the name in a
		// relative clause that speaks.
		{"apposition", `The mayor, Tom Hale, said the city was "safer than a year ago."

"We have more officers on the street," he said.`,
			[]want{{"safer than a year ago.", "Tom Hale", "said"}, {"We have more officers on the street,", "Tom Hale", "said"}}},
		{"named subject", `President Ellen Marsh flew to Berlin on Monday.

The president, speaking at a news conference with Chancellor Olaf Brenner, said the alliance was "stronger than ever."

"We stand together," she said.`,
			[]want{{"stronger than ever.", "Ellen Marsh", "said"}, {"We stand together,", "Ellen Marsh", "said"}}},
	})
}

// A live blog's time stamp before a role and name ("12:47 BST Shadow
// chancellor Bridget Fenwick says on X:") is no part of the role: before,
// the role shown was "47 BST Shadow chancellor".
func TestTalkTimeStampNotRole(t *testing.T) {
	checkRole(t, `12:47 BST Shadow chancellor Bridget Fenwick says on X: "Fourteen years of failure and this is the best they can do?"`,
		"Bridget Fenwick", "Shadow chancellor")
	checkRole(t, `10.05am Home Secretary Yvette Halford told MPs: "We will clear the backlog."`,
		"Yvette Halford", "Home Secretary")
	// Not fired: a role with a number that is no time.
	checkRole(t, `Formula 1 driver Lewis Hamlin said: "We are on track."`, "Lewis Hamlin", "Formula 1 driver")
}

// Two men in an interview: "Baier pressed him on his age. "Watch me," he
// said." The asker put the question to "him", so the answer is the other
// man's; before, he was given but not shown (0.45: the asker was his
// rival).
func TestTalkAskedHimAnswers(t *testing.T) {
	runCueCasesConf(t, []confCase{
		{"pressed him", `In an interview with Fox News' Bret Baier, President Joe Biden defended his record.

"Absolutely," Biden said when asked about a debate. "Any time, any place."

Baier pressed him on his age. "Watch me," he said.`,
			"Watch me,", "Joe Biden", true},
		// Not fired: no object pronoun, the asker's rival stays unsure.
		{"pressed on", `In an interview with Fox News' Bret Baier, President Joe Biden defended his record.

"Absolutely," Biden said when asked about a debate. "Any time, any place."

Baier pressed on. "Watch me," he said.`,
			"Watch me,", "Joe Biden", false},
	})
}

// A message named with its author after "by" ("The post by Whitlock,
// which was later deleted, read:", "A statement by the Home Office
// read:") is the author's words, as "a letter from Tom Reed:" is. Before,
// the author was given at 0.50, not shown.
func TestTalkMessageBy(t *testing.T) {
	runCueCases(t, []cueCase{
		{"post by", `Rep. Dana Whitlock tweeted on Monday that the bill was "dead on arrival."

The post by Whitlock, which was later deleted, read: "Anyone who votes for this should be ashamed."`,
			[]want{{"dead on arrival.", "Dana Whitlock", "tweeted"}, {"Anyone who votes for this should be ashamed.", "Dana Whitlock", "post by"}}},
		{"statement by", `A statement by the Home Office read: "We do not comment on individual cases."`,
			[]want{{"We do not comment on individual cases.", "Home Office", "statement by"}}},
		// Not fired: who shared or signed it is not said to have written it.
		{"shared by", `A post shared by Rep. Dana Whitlock on Monday read: "Anyone who votes for this should be ashamed."`,
			[]want{{"Anyone who votes for this should be ashamed.", "", ""}}},
		{"signed by", `The letter, signed by Rep. Dana Whitlock and 40 others, says: "We have lost confidence."`,
			[]want{{"We have lost confidence.", "", "says"}}},
	})
}

// Words broken off in a hearing: `"Senator, I don't think that's—"
// Zuckerberg began, before Hawley cut him off.` "began" after a name (or
// "he", "she") right after a quotation ending in a dash or an ellipsis
// is the verb of speech. Before, the words went to Hawley (0.80), who
// asked the question before.
func TestTalkBrokenOffBegan(t *testing.T) {
	runCueCases(t, []cueCase{
		{"hearing", `Senator Josh Hawley then asked Mark Zuckerberg whether he had compensated any victims. "Senator, I don't think that's—" Zuckerberg began, before Hawley cut him off.`,
			[]want{{"Senator, I don't think that's—", "Mark Zuckerberg", "began"}}},
		{"pronoun", `Kara Swisher asked Sam Whitcombe about the board. "Well, the thing is..." he started, then paused.`,
			[]want{{"Well, the thing is...", "Sam Whitcombe", "started"}}},
		// Not fired: words not broken off, and a meeting begun.
		{"not cut off", `"We are ready." Reed began the meeting by thanking the staff.`,
			[]want{{"We are ready.", "", ""}}},
	})
}

// Given names the old lists give one sex that are now given to both
// ("Kai", "Kendall", "Reese", "Peyton", "Hayden", "Eden") say nothing
// about a he/she. Failed before: "Kai" was a woman's name, so "he told
// viewers" found no one, and the "she said" after went to Kai Lumen
// (0.60); "Kendall" a man's, so "she told listeners" found no one.
func TestTalkModernUnisexNames(t *testing.T) {
	runCueCases(t, []cueCase{
		{"Kai he", "Streamer Kai Lumen has signed a new deal with the platform.\n\nLumen announced the move during a broadcast on Sunday. \"I'm not going anywhere,\" he told viewers.\n\nThe company's head of partnerships, Dana Ortiz, welcomed the news. \"Kai built this community,\" she said.",
			[]want{{"I'm not going anywhere,", "Kai Lumen", "told viewers"}, {"Kai built this community,", "Dana Ortiz", "said"}}},
		{"Kendall she", "Reality star Kendall Marsh has launched a podcast.\n\n\"People think they know you from an edit,\" she told listeners.",
			[]want{{"People think they know you from an edit,", "Kendall Marsh", "told listeners"}}},
		// Must not fire: a name the lists give one sex keeps it.
		{"Kevin not she", "Kevin Lumen met Sara Ortiz on Monday.\n\n\"It was a good meeting,\" she said.",
			[]want{{"It was a good meeting,", "Sara Ortiz", "said"}}},
	})
}

// A debate: a description answering back ("the Labour leader shot
// back", "replied") right after words given to another description is
// not whoever that one was guessed to be. Failed before: "Rishi Sunak
// and Keir Starmer clashed ... "...," the prime minister said. / "...,"
// the Labour leader shot back." gave both to Sunak (0.60).
func TestTalkDescribedAnswersBack(t *testing.T) {
	runCueCases(t, []cueCase{
		{"shot back", "Rishi Sunak and Keir Starmer clashed over taxes in the first televised debate on Tuesday night.\n\n\"Labour will raise your taxes by 2,000 pounds,\" the prime minister said.\n\n\"That is simply not true,\" the Labour leader shot back.",
			[]want{{"Labour will raise your taxes by 2,000 pounds,", "Rishi Sunak", "said"}, {"That is simply not true,", "", "shot back"}}},
		{"replied", "Anna Berg and Tom Reed met for a radio debate on Monday.\n\n\"The council has failed,\" the challenger said. \"Nonsense,\" the mayor replied.",
			[]want{{"The council has failed,", "Anna Berg", "said"}, {"Nonsense,", "", "replied"}}},
		// Must not fire: not an answer; a name before, not a description.
		{"said", "Rishi Sunak and Keir Starmer clashed over taxes in the first televised debate on Tuesday night.\n\n\"Labour will raise your taxes by 2,000 pounds,\" the prime minister said.\n\n\"We will fight on,\" the Conservative leader said.",
			[]want{{"Labour will raise your taxes by 2,000 pounds,", "Rishi Sunak", "said"}, {"We will fight on,", "Rishi Sunak", "said"}}},
	})
}

// A one-word name no list knows, opening the article as the speaker of a
// cue and speaking of itself as "it" ("Twitch said on Tuesday that it
// "..."", "Twitch said it "..."") is not made a person's by the cue, so a
// streamer's "he told viewers" after does not take it. Failed before:
// Twitch at 0.85 (shown).
func TestTalkCueNameSaidItNoPerson(t *testing.T) {
	runCueCases(t, []cueCase{
		{"said on Tuesday that it", "Twitch said on Tuesday that it \"will not tolerate harassment\" on the platform.\n\nStreamers were not convinced. \"They say this every year,\" he told viewers.",
			[]want{{"will not tolerate harassment", "Twitch", "said"}, {"They say this every year,", "", "told viewers"}}},
		{"said it", "Twitch said it \"will not tolerate harassment\" on the platform.\n\nStreamers were not convinced. \"They say this every year,\" he told viewers.",
			[]want{{"will not tolerate harassment", "Twitch", "said"}, {"They say this every year,", "", "told viewers"}}},
		// Must not fire: a person's one name, taken up by "she"; the
		// platform taken up by "it".
		{"Zendaya", "Zendaya said it was \"a dream\" to work with the director.\n\n\"I cried when I read the script,\" she added.",
			[]want{{"a dream", "Zendaya", "said"}, {"I cried when I read the script,", "Zendaya", "added"}}},
	})
}

// A name no list knows the given name of ("Pep Guardiola"), asked a
// question in the passive ("was asked about", "was pressed on"), is a
// person's, whom a description after ("the City manager said") takes up.
// Failed before: "" for the description, and the "he added" after went
// to the player asked about (0.68).
func TestTalkAskedAboutIsPerson(t *testing.T) {
	runCueCases(t, []cueCase{
		{"asked about", "Pep Guardiola was asked about Erling Haaland's form at his press conference on Friday.\n\n\"He is a machine, he scores every week,\" the City manager said.\n\n\"I don't worry about him. I worry about the others,\" he added.",
			[]want{{"He is a machine, he scores every week,", "Pep Guardiola", "said"}, {"I don't worry about him. I worry about the others,", "Pep Guardiola", "added"}}},
		// Must not fire: a firm asked to comment.
		{"firm", "Harlow Motors was asked to comment on the recall.\n\n\"We are looking into it,\" the company said.",
			[]want{{"We are looking into it,", "Harlow Motors", "said"}}},
	})
}
