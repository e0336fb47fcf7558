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
