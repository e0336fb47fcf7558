package quote

import "testing"

// A function word capitalised inside a sentence, after a lower-case word,
// a comma or a quotation the sentence goes on from, begins a name: "said
// To Lam", `...," Just Stop Oil said`. Failed before: "Lam", "Stop Oil".
func TestMidSentenceCapitalisedFunctionWord(t *testing.T) {
	runCueCases(t, []cueCase{
		{"after a quotation", "Climate activists sprayed paint on the stones.\n\n\"We will not stop until the licensing stops,\" Just Stop Oil said in a statement.",
			[]want{{"We will not stop until the licensing stops,", "Just Stop Oil", "said"}}},
		{"after a lower-case word", "Vietnam's top leader To Lam met the delegation in Hanoi.\n\n\"Our two countries have become partners,\" To Lam said.",
			[]want{{"Our two countries have become partners,", "To Lam", "said"}}},
		{"inverted", "\"We have become partners,\" said To Lam, the general secretary.",
			[]want{{"We have become partners,", "To Lam", "said"}}},
		// Must not fire: a pronoun or an article ("His BBC interview"), a
		// day, a sentence opened after a quotation that ends one, a
		// title-case heading.
		{"pronoun", "\"I was misquoted,\" the minister said, His BBC interview having aired on Sunday. \"I stand by every word,\" Sarah Cole said.",
			[]want{{"I was misquoted,", "", "said"}, {"I stand by every word,", "Sarah Cole", "said"}}},
		{"day", "\"The vote will go ahead,\" he said on Monday Karen Hill told reporters.",
			[]want{{"The vote will go ahead,", "", "said"}}},
		{"new sentence", "Ann Reed spoke after the match. \"We won the match.\" Just Reed said it, and left.",
			[]want{{"We won the match.", "Ann Reed", ""}}},
	})
	got := Extract("Biden To Visit Kyiv As War Drags On\n\n\"We stand with Ukraine,\" Joe Biden said.")
	if len(got) != 1 || got[0].Speaker != "Joe Biden" {
		t.Errorf("heading: %+v, want Joe Biden", got)
	}
}

// "the broadcaster", "the newspaper" after a publication named just
// before refer back to it: a paper by a name that says it is one ("The
// New York Times"), and a broadcaster or any outlet as the one
// organisation near (given below ConfidentAt). Failed before: "".
func TestOutletNounRefersBack(t *testing.T) {
	runCueCases(t, []cueCase{
		{"newspaper", "The New York Times said it would appeal the ruling.\n\n\"We believe the court got this wrong,\" the newspaper said in a statement.",
			[]want{{"We believe the court got this wrong,", "New York Times", "said"}}},
		{"broadcaster", "The BBC has apologised for broadcasting an edited clip of the speech.\n\n\"We accept that the edit gave the wrong impression,\" the broadcaster said.",
			[]want{{"We accept that the edit gave the wrong impression,", "BBC", "said"}}},
		// Must not fire: two outlets near; a paper named many sentences
		// before.
		{"two outlets", "The BBC and ITV both aired the clip on Sunday.\n\n\"We accept that the edit gave the wrong impression,\" the broadcaster said.",
			[]want{{"We accept that the edit gave the wrong impression,", "", "said"}}},
		{"paper far back", "The Boston Globe first reported the plan. The council met on Monday. The vote was close. Councillors argued for hours. The mayor left early. Residents waited outside.\n\n\"This is not over,\" the newspaper said.",
			[]want{{"This is not over,", "", "said"}}},
	})
	got := Extract("The BBC has apologised for broadcasting an edited clip.\n\n\"We accept that the edit gave the wrong impression,\" the broadcaster said.")
	if len(got) != 1 || got[0].Confidence >= ConfidentAt {
		t.Errorf("broadcaster: %+v, want one quotation below ConfidentAt", got)
	}
}

// A country's or state's letters before a portfolio word name a body,
// not a role: "UK Finance", "NSW Health" (a title word like "finance"
// ending a run was read as a role with no name, "NASA Administrator").
// Failed before: "" for the quotation, with no cue.
func TestPlaceLettersAndPortfolioNameABody(t *testing.T) {
	runCueCases(t, []cueCase{
		{"after the quotation", `"Criminals are getting more sophisticated," UK Finance said in a statement.`,
			[]want{{"Criminals are getting more sophisticated,", "UK Finance", "said"}}},
		{"referred back", `UK Finance, which represents the banks, said fraud losses rose. "Criminals are getting more sophisticated," the trade body said.`,
			[]want{{"Criminals are getting more sophisticated,", "UK Finance", "said"}}},
		{"state health body", `"Testing clinics will stay open over Easter," NSW Health said.`,
			[]want{{"Testing clinics will stay open over Easter,", "NSW Health", "said"}}},
		// Must not fire: a role after an agency's letters; a ship's
		// letters do not make an organisation to refer back to.
		{"role", `"We will launch in May," NASA Administrator said.`,
			[]want{{"We will launch in May,", "", "said"}}},
		{"ship", `Robert Gates spoke to sailors aboard the USS Higgins. "The Corps has grown too big," the Pentagon chief said.`,
			[]want{{"The Corps has grown too big,", "Robert Gates", "said"}}},
	})
}

// "..., Bloomberg News reported" after a sentence whose own speaker says
// the words with a verb of speech names the source, not the speaker:
// "John Mackey said in a memo that the "price gap has become less
// relevant" as prices fell, Bloomberg News reported". Failed before:
// "Bloomberg News" (0.85), "Reuters" (1.0).
func TestOutletReportingAnotherSpeaker(t *testing.T) {
	runCueCases(t, []cueCase{
		{"said in a memo", `Whole Foods chief executive John Mackey said in a memo that the "price gap has become less relevant" as prices fell, Bloomberg News reported.`,
			[]want{{"price gap has become less relevant", "John Mackey", "said"}}},
		{"told staff", `Tom Reilly, the chain's founder, told staff the business was "in a very strong position," Reuters reported.`,
			[]want{{"in a very strong position,", "Tom Reilly", "told staff"}}},
		// Must not fire: the outlet's own report with no speaker before;
		// a speaker in another sentence.
		{"outlet alone", `"The talks have stalled over the price of gas," Reuters reported on Monday.`,
			[]want{{"The talks have stalled over the price of gas,", "Reuters", "reported"}}},
		{"speaker in another sentence", `Tom Reilly said the chain would expand. "Sales rose in every region last year," Reuters reported.`,
			[]want{{"Sales rose in every region last year,", "Reuters", "reported"}}},
	})
}

// Religious titles of South and Central Asia ("Mawlawi", "Maulana",
// "Mullah", "Mufti") are titles, as "Sheikh" and "Imam" are, not a given
// name opening a name the given-name list does not know. Failed before
// (since this round's rule for such names): "Mawlawi Hamid Nurzai".
func TestReligiousTitlesBeforeNames(t *testing.T) {
	runCueCases(t, []cueCase{
		{"mawlawi", `"Bagram belongs to the people of Afghanistan," Mawlawi Hamid Nurzai, the group's chief spokesman, said.`,
			[]want{{"Bagram belongs to the people of Afghanistan,", "Hamid Nurzai", "said"}}},
		{"maulana", `"The talks must go on," Maulana Fazlur Rehman told supporters in Peshawar.`,
			[]want{{"The talks must go on,", "Fazlur Rehman", "told supporters"}}},
		// Must not fire: a name of three words with no title.
		{"no title", `"We will appeal the ruling," Gohar Ali Khan said.`,
			[]want{{"We will appeal the ruling,", "Gohar Ali Khan", "said"}}},
	})
}
