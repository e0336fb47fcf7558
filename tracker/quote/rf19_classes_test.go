package quote

import "testing"

// An unnamed party member after "another" or "one" and a lower-case word
// describing them ("added another veteran Democrat", "said one longtime
// Republican", "said a downstate Democrat") is someone the text does not
// name; the party noun is no name (it was given at 1.00).
func TestRF19IndefinitePartyMember(t *testing.T) {
	runCueCases(t, []cueCase{
		{"another veteran", `Talks on the farm bill stalled again. "I have not seen a session this stuck in years," added another veteran Democrat.`,
			[]want{{"I have not seen a session this stuck in years,", "", "added"}}},
		{"one longtime", `Talks on the farm bill stalled again. "The leadership has to step in now," said one longtime Republican.`,
			[]want{{"The leadership has to step in now,", "", "said"}}},
		{"another lower-case place", `Rural members were unhappy. "Nobody out here asked for this bill," said another downstate Democrat.`,
			[]want{{"Nobody out here asked for this bill,", "", "said"}}},
		{"a lower-case place", `Rural members were unhappy. "Nobody out here asked for this bill," said a downstate Republican.`,
			[]want{{"Nobody out here asked for this bill,", "", "said"}}},
		{"one suburban fronted", `Rural members were unhappy. One suburban Democrat put it bluntly: "We will lose seats over this."`,
			[]want{{"We will lose seats over this.", "", "*"}}},
		// Must not fire: the party noun opens a name, or "the" refers
		// back to the member named before.
		{"party before a name", `Talks stalled again. "We are close to a deal," said veteran Democrat Lena Ortiz.`,
			[]want{{"We are close to a deal,", "Lena Ortiz", "said"}}},
		{"the veteran", `Sen. Lena Ortiz, D-Maine, left the room early. "We are close to a deal," said the veteran Democrat.`,
			[]want{{"We are close to a deal,", "Lena Ortiz", "said"}}},
	})
}

// A clause whose subject is an indefinite pronoun ("One", "Another",
// "Someone in the crowd", "One of the members") and whose verb names
// someone in its object ("called Okafor "...""): the quoted words are the
// unnamed subject's, not those of the person named after the verb (who
// was given at 0.95-1.00).
func TestRF19IndefinitePronounSubject(t *testing.T) {
	lead := `Mayor Rita Okafor defended her plan to cut the library budget on Monday. Several members were unimpressed. `
	runCueCases(t, []cueCase{
		{"one called", lead + `One called Okafor a "mayor who has given up on the neighborhoods."`,
			[]want{{"mayor who has given up on the neighborhoods.", "", "called"}}},
		{"another called", lead + `Another called Okafor "a friend of developers and nobody else."`,
			[]want{{"a friend of developers and nobody else.", "", "called"}}},
		{"someone in the crowd", lead + `Someone in the crowd called Okafor "a disgrace to the office she holds."`,
			[]want{{"a disgrace to the office she holds.", "", "called"}}},
		{"one of the members", lead + `One of the members called Okafor "the least prepared mayor in a generation."`,
			[]want{{"the least prepared mayor in a generation.", "", "called"}}},
		// Must not fire: a named or described subject.
		{"named subject", lead + `Councilman Ben Tully called Okafor "completely out of touch with working families."`,
			[]want{{"completely out of touch with working families.", "Ben Tully", "called"}}},
		{"one plus name", lead + `One member, Ben Tully, called Okafor "completely out of touch with working families."`,
			[]want{{"completely out of touch with working families.", "Ben Tully", "called"}}},
	})
}

// Two people share a surname, and the second is named in full after the
// first was already called by the surname alone: a later bare surname
// with no title is the one named last ("Dan Moss ... Moss has worked
// there ... Moss said"), not the first (given at 0.60).
func TestRF19SharedSurnameLatest(t *testing.T) {
	runCueCases(t, []cueCase{
		{"second named last", "Actress Carla Moss posted a video from the picket line last month. Moss said she backed the workers.\n\nThis week the strike spread. Union steward Dan Moss, who is not related to the actress, said morale was high. Moss has worked at the plant for 22 years.\n\n\"We are not going anywhere until they come back to the table,\" Moss said.",
			[]want{{"We are not going anywhere until they come back to the table,", "Dan Moss", "said"}}},
		// Must not fire: the first comes back after the second, or a title
		// tells them apart.
		{"first again", "Actress Carla Moss posted a video from the picket line last month.\n\nUnion steward Dan Moss said morale was high.\n\nThe actress visited again on Friday. Carla Moss said she would return.\n\n\"I will be back every week until this is settled,\" Moss said.",
			[]want{{"I will be back every week until this is settled,", "Carla Moss", "said"}}},
	})
}

// A given name alone, then the full name right after it ("Who is Leo? Leo
// Marsh is ..."): the full name introduces the one just called by the
// given name, and a later "Leo said" is Leo Marsh (was "Leo" at 1.00).
func TestRF19GivenNameThenFull(t *testing.T) {
	runCueCases(t, []cueCase{
		{"who is", "Who is Leo? Leo Marsh is the nineteen-year-old who won the national cooking prize on Sunday.\n\nLeo grew up above his parents' diner. \"I was washing dishes at eight,\" Leo said.",
			[]want{{"I was washing dishes at eight,", "Leo Marsh", "said"}}},
		{"adding", "Who is Dora? Dora Whitfield is the company's head of sound.\n\nLast year, Dora posted a clip of the alert online, adding, \"Yes, that is really me.\"",
			[]want{{"Yes, that is really me.", "Dora Whitfield", "adding"}}},
		// Must not fire: a country that is also a given name stays a
		// country ("Jordan would reopen" is no Jordan Price).
		{"country", "Jordan closed its border crossing on Monday. Jordan Price, a trucker stuck at the crossing, was furious.\n\n\"I have been sitting here for two days,\" Price said.",
			[]want{{"I have been sitting here for two days,", "Jordan Price", "said"}}},
	})
}

// "Meet Dora." opening a feature: the imperative is no part of the name
// (was "Meet Dora" at 1.00).
func TestRF19MeetOpener(t *testing.T) {
	runCueCases(t, []cueCase{
		{"meet", "Meet Dora. Dora Whitfield is the company's head of sound.\n\n\"Yes, that is really me,\" Dora said with a laugh.",
			[]want{{"Yes, that is really me,", "Dora Whitfield", "said"}}},
		{"meet full name", "Meet Tom Okoye, the city's new fire chief.\n\n\"I have wanted this job since I was six,\" Okoye said.",
			[]want{{"I have wanted this job since I was six,", "Tom Okoye", "said"}}},
	})
}

// A quotation closing its paragraph, and the next paragraph opening with
// a name and a perfect verb of speech whose object points back at it
// ("Ann Hale has said that more than once."): the name speaks (was "").
// A quotation standing alone as the lede, then "Union leader Carla Benz has
// said that every day", likewise.
func TestRF19NamedNextPerfect(t *testing.T) {
	runCueCases(t, []cueCase{
		{"closing its paragraph", "Rent control - \"it never works.\"\n\nMayor Ann Hale has said that more than once.\n\nThe council votes on Tuesday.",
			[]want{{"it never works.", "Ann Hale", "said"}}},
		{"standing alone", "\"We are not moving until the contract is signed.\"\n\nUnion leader Carla Benz has said that every day since the strike began.\n\nThe port authority has not responded.",
			[]want{{"We are not moving until the contract is signed.", "Carla Benz", "said"}}},
		// Must not fire: "that" opens a clause of its own, new words.
		{"that clause", "Rent control - \"it never works.\"\n\nMayor Ann Hale has said that the council will vote on Tuesday.",
			[]want{{"it never works.", "", ""}}},
	})
}

// Testimony retold: "A witness told the jury Voss climbed out of the cab
// and said to him: "..."", "Nurse Amy Lutz testified that Voss was calm and
// told her, "..."". The verb of speech is joined by "and" to the verb of
// the reported clause, whose subject speaks; the witness only retells it
// (was the witness at 0.95-1.00, shown). Only testimony and recollection:
// "said Voss looked ... and told him" and "told reporters Reed was weak and
// called her" stay the teller's (the second is the teller's own charge).
func TestRF19RetoldSpeechInClause(t *testing.T) {
	lead := "Kyle Voss, 41, is charged with vehicular homicide.\n\n"
	runCueCases(t, []cueCase{
		{"told the jury", lead + `A witness, Paul Ortiz, told the jury Voss climbed out of the cab and said to him: "I never saw her."`,
			[]want{{"I never saw her.", "Kyle Voss", "said"}}},
		{"testified that", lead + `Nurse Amy Lutz testified that Voss was calm at the hospital and told her, "It was not my fault."`,
			[]want{{"It was not my fault.", "Kyle Voss", "told"}}},
		{"recalled", lead + `Officer Dan Reyes recalled that Voss looked at the wreck and shouted, "Somebody call an ambulance!"`,
			[]want{{"Somebody call an ambulance!", "Kyle Voss", "shouted"}}},
		// Must not fire: the name is the object of the main verb, a comma
		// sets the second verb off as the main subject's, or "added"
		// goes on with the main speaker.
		{"object only", lead + `A witness, Paul Ortiz, told the jury about Voss and said: "I will never forget that night."`,
			[]want{{"I will never forget that night.", "Paul Ortiz", "said"}}},
		{"comma and", lead + `Officer Dan Reyes said Voss looked tired, and said: "I should have stopped him."`,
			[]want{{"I should have stopped him.", "Dan Reyes", "said"}}},
		{"added", lead + `Officer Dan Reyes testified that Voss was speeding and added: "He never braked."`,
			[]want{{"He never braked.", "Dan Reyes", "added"}}},
		// Nor a charge of the teller's own, told to reporters or said.
		{"told reporters", "Gov. Ann Reed is running again.\n\n" + `Sen. Tom Hale told reporters Reed was weak and called her "the worst governor in a generation."`,
			[]want{{"the worst governor in a generation.", "Tom Hale", "called"}}},
		{"said clause", lead + `Officer Dan Reyes said Voss looked at the wreck and told him: "Get away from the car."`,
			[]want{{"Get away from the car.", "Dan Reyes", "told"}}},
	})
}

// A fronted time phrase opening with "The" ("The next day,", "The
// following Monday evening,") before the subject of a participle of speech:
// the subject after the comma speaks (was "").
func TestRF19FrontedTheTime(t *testing.T) {
	lead := "The singer Maya Trent has been feuding with critic Ron Dale for weeks.\n\n"
	runCueCases(t, []cueCase{
		{"the next day", lead + `The next day, Dale shared one of her posts, accusing her of "rewriting her own history."`,
			[]want{{"rewriting her own history.", "Ron Dale", "accusing"}}},
		{"the following evening", lead + `The following Monday evening, Dale reignited the row by sharing one of her posts and accusing her of "rewriting her own history."`,
			[]want{{"rewriting her own history.", "Ron Dale", "accusing"}}},
		// Must not fire: "The" opening the subject itself.
		{"the subject", "Ron Dale is a music critic.\n\n" + `The next guest, Maya Trent, shared a post, calling Dale "a bitter man with a keyboard."`,
			[]want{{"a bitter man with a keyboard.", "Maya Trent", "calling"}}},
	})
}

// A report quoted whole, which quotes someone in its turn: the double
// marks hold "'...,' Ashby said." The words are the one the inner cue names
// (Laura Ashby), not the paper that reported them (was the paper at 0.95,
// shown).
func TestRF19ReportQuotingSomeone(t *testing.T) {
	lead := "Defense attorney Laura Ashby asked jurors to consider the company's schedules. The Dayton Herald reported on her closing argument:\n\n"
	runCueCases(t, []cueCase{
		{"inner cue", lead + `"'He was set up to fail by a company that cared only about deadlines,' Ashby said."`,
			[]want{{"'He was set up to fail by a company that cared only about deadlines,' Ashby said.", "Laura Ashby", "said"}}},
		{"bracketed", lead + `"'He was set up to fail by a company that cared only about deadlines,' [Ashby] said."`,
			[]want{{"'He was set up to fail by a company that cared only about deadlines,' [Ashby] said.", "Laura Ashby", "said"}}},
		// Must not fire: the inner name is no one the article names, or
		// the inner quotation is a term inside the words.
		{"unknown name", lead + `"'He was set up to fail by a company that cared only about deadlines,' Moreau said."`,
			[]want{{"'He was set up to fail by a company that cared only about deadlines,' Moreau said.", "Dayton Herald", "reported"}}},
	})
}
