package quote

import "testing"

// A nationality noun as a second reference ("the Norwegian said") when the
// article gave no one that nationality and another person is named with
// the one it would go to: the text does not say whom it means, so no one.
// Failed before: "Novak Petrovic beat Casper Lund ... the Norwegian said"
// gave Petrovic at 0.70, shown. A nationality given by "X (Norway)" or
// "X, a Norwegian," after the name, or before a lower-case description
// ("Norwegian qualifier X"), counts as given.
func TestShown18DemonymGivenToNoOne(t *testing.T) {
	runShownCases(t, []shownCase{
		{"beat", "Novak Petrovic beat Casper Lund 6-4, 6-3 on Tuesday in Rotterdam.\n\n\"He was simply better today,\" the Norwegian said.", "", false},
		{"met", "Nicola Sturgeon met Keir Starmer on Monday.\n\n\"We had a useful talk,\" the Scot said.", "", false},
		// Must not fire: the nationality given, in several forms.
		{"possessive", "Novak Petrovic beat Norway's Casper Lund 6-4, 6-3 on Tuesday in Rotterdam.\n\n\"He was simply better today,\" the Norwegian said.", "Casper Lund", true},
		{"brackets", "Casper Lund (Norway) lost to Novak Petrovic 6-4, 6-3 on Tuesday in Rotterdam.\n\n\"He was simply better today,\" the Norwegian said.", "Casper Lund", true},
		{"apposition", "Casper Lund, a Norwegian, lost to Novak Petrovic 6-4, 6-3 on Tuesday in Rotterdam.\n\n\"He was simply better today,\" the Norwegian said.", "Casper Lund", true},
		{"before a description", "Novak Petrovic beat Norwegian qualifier Casper Lund 6-4, 6-3 on Tuesday.\n\n\"He was simply better today,\" the Norwegian said.", "Casper Lund", true},
		{"adjective opening the sentence", "Serbian Novak Petrovic beat Casper Lund 6-4, 6-3 on Tuesday in Rotterdam.\n\n\"It was a good day,\" the Serb said.", "Novak Petrovic", true},
		// Must not fire: one person named; the rival given another
		// nationality; the rival only in an earlier sentence.
		{"one person", "Mary Keitany won the race by a minute.\n\n\"I felt strong over the last five miles,\" said the Kenyan.", "Mary Keitany", true},
		{"rival given another", "Shane Lowry beat South African Ernie Els by a shot.\n\n\"I left a few out there,\" the Northern Irishman said.", "Shane Lowry", true},
		{"rival earlier", "Luka Kovac knocked out Alejandro Ferrer in five sets.\n\nFerrer, who had not dropped a set all tournament, was gracious in defeat.\n\n\"He played better than me,\" the Spaniard said.", "Alejandro Ferrer", true},
	})
	runCueCases(t, []cueCase{
		{"beat after a quote", "Novak Petrovic beat Casper Lund 6-4, 6-3 on Tuesday in Rotterdam. \"I played well,\" Petrovic told reporters.\n\n\"He was simply better today,\" the Norwegian said.",
			[]want{{"I played well,", "Novak Petrovic", "told reporters"}, {"He was simply better today,", "", "said"}}},
		// Must not fire: the quotation running on names the rival in
		// the third person.
		{"rival named in the words that follow", "Novak Petrovic, the top seed, beat Casper Lund in four sets. \"I had to dig deep,\" the Serb said. \"Casper played great.\"",
			[]want{{"I had to dig deep,", "Novak Petrovic", "said"}, {"Casper played great.", "Novak Petrovic", ""}}},
	})
}

// A description opening the sentence, its role ended by a prepositional
// phrase, before ", Name,": the role and its qualifier are the person's,
// so a description qualified otherwise is someone else. Failed before:
// "The Democratic leader in the Senate, Chuck Ellis, said ... "...," the
// Republican leader said" gave Ellis at 0.72, shown.
func TestShown18RoleWithPhraseBeforeName(t *testing.T) {
	runShownCases(t, []shownCase{
		{"other party", "The Democratic leader in the Senate, Chuck Ellis, said the bill would pass by Friday.\n\n\"They do not have the votes, and they know it,\" the Republican leader said.", "", false},
		{"other party, of", "The Labour leader of the council, Ann Reid, backed the plan on Monday.\n\n\"This is a waste of public money,\" the Conservative leader said.", "", false},
		// Must not fire: the same qualifier; no qualifier; a role not
		// opening the sentence.
		{"same party", "The Democratic leader in the Senate, Chuck Ellis, said the bill would pass by Friday.\n\n\"We have the votes,\" the Democratic leader said.", "Chuck Ellis", true},
		{"no qualifier", "The chief executive of Pacifica, Daniel Okoro, said sales had doubled.\n\n\"We are growing fast,\" Okoro said.", "Daniel Okoro", true},
		{"qualifier after the role", "The leader of the Democrats in the Senate, Chuck Ellis, said the bill would pass.\n\n\"We have the votes,\" the leader said.", "Chuck Ellis", true},
	})
}

// A description that numbers its holder ("the 44th president", "the 73rd
// prime minister") when both the sitting holder and one who held the post
// before are named: the text does not say which; no one. Failed before:
// "President Joe Biden met former President Barack Obama ... the 44th
// president said" gave Biden at 0.85, shown.
func TestShown18OrdinalWithFormerHolder(t *testing.T) {
	runShownCases(t, []shownCase{
		{"president", "President Joe Biden met former President Barack Obama at the White House on Monday.\n\n\"We talked about the road ahead,\" the 44th president said.", "", false},
		{"prime minister", "Prime Minister Keir Starmer met former Prime Minister Tony Blair in London on Monday.\n\n\"We talked about the road ahead,\" the 73rd prime minister said.", "", false},
		// Must not fire: the sitting holder alone; the former alone; a
		// plain or "former" description.
		{"sitting alone", "President Joe Biden spoke on Monday. \"This is a big deal,\" the 46th president said.", "Joe Biden", true},
		{"former alone", "Former US President Barack Obama praised the bill. \"This is a big deal,\" the 44th president said.", "Barack Obama", true},
		{"plain", "President Joe Biden met former President Barack Obama at the White House on Monday.\n\n\"We talked about the road ahead,\" the president said.", "Joe Biden", true},
		{"former", "President Joe Biden met former President Barack Obama at the White House on Monday.\n\n\"We talked about the road ahead,\" the former president said.", "Barack Obama", true},
	})
}

// A word of kinship or respect used alone as a leader's popular name
// ("Didi", "Amma", "Netaji") that the article never tied to a name: no
// one. Failed before: "Mamata Banerjee ... "...," Didi said" gave the
// name "Didi" at 1.00.
func TestShown18EpithetName(t *testing.T) {
	runShownCases(t, []shownCase{
		{"didi", "Mamata Banerjee addressed a rally in Kolkata on Sunday.\n\n\"We will not bow before anyone,\" Didi said.", "", false},
		{"amma", "The chief minister opened the scheme in Chennai on Monday.\n\n\"No one will go hungry,\" Amma said.", "", false},
		// Must not fire: tied to a name; a given name that is also a
		// word of respect elsewhere; a full name.
		{"known as", "Mamata Banerjee, popularly known as Didi, addressed a rally in Kolkata on Sunday.\n\n\"We will not bow before anyone,\" Didi said.", "Mamata Banerjee", true},
		{"anna", "Anna Hazare began a fast in Ralegan Siddhi on Monday.\n\n\"This fight is for the common man,\" Anna said.", "Anna Hazare", true},
		{"surname", "Local trader Juan Dada reopened his shop on Monday.\n\n\"Business is slow,\" Dada said.", "Juan Dada", true},
	})
}

// A place or people joined by "-born", "-raised", "-based" or "-bred"
// before a name qualifies the person and is no part of the name; a
// people's word there gives the person that nationality. Failed before:
// "Novak Petrovic beat Norwegian-born Casper Lund ... the Norwegian said"
// gave Petrovic at 0.70, shown (the name read as "Norwegian-born Casper
// Lund", given no nationality).
func TestShown18PlaceBornQualifier(t *testing.T) {
	runShownCases(t, []shownCase{
		{"norwegian-born", "Novak Petrovic beat Norwegian-born Casper Lund 6-4, 6-3 on Tuesday in Rotterdam.\n\n\"He was simply better today,\" the Norwegian said.", "Casper Lund", true},
		{"norway-born", "Novak Petrovic beat Norway-born Casper Lund 6-4, 6-3 on Tuesday in Rotterdam.\n\n\"He was simply better today,\" the Norwegian said.", "Casper Lund", true},
		{"kenyan-raised opening", "Kenyan-raised Mary Keitany beat Tirunesh Dibaba by a minute.\n\n\"I felt strong over the last five miles,\" the Kenyan said.", "Mary Keitany", true},
		{"named speaker", "Norwegian-born Casper Lund lost in Rotterdam on Tuesday.\n\n\"He was simply better today,\" Norwegian-born Casper Lund said.", "Casper Lund", true},
		// Must not fire: a city, which gives no nationality; a
		// hyphenated given name.
		{"city-based", "Novak Petrovic beat London-based Casper Lund 6-4, 6-3 on Tuesday in Rotterdam.\n\n\"He was simply better today,\" the Norwegian said.", "", false},
		{"hyphenated given name", "Jean-Luc Moreau beat Casper Lund 6-4, 6-3 on Tuesday.\n\n\"I served well,\" Jean-Luc Moreau said.", "Jean-Luc Moreau", true},
		// Must not fire: before a description, the compound keeps its
		// reading.
		{"before a description", "\"The assets are with Rosneft, so it will have to pay real money,\" said Moscow-based US lawyer Jamie Firestone, who is not connected to the case.", "Jamie Firestone", true},
		{"before a role", "\"Amazon has avoided being liable for years,\" said Maryland-based lawyer Jim Dunham.", "Jim Dunham", true},
	})
}

// A description opening the sentence whose role a party qualifies after
// it ("The leader of the Democrats in the Senate, Chuck Ellis,") gives the
// person that party's post, so another party's description is someone
// else. Failed before: "... "...," the Republican leader said" gave Ellis
// at 0.72, shown.
func TestShown18RolePartyAfter(t *testing.T) {
	runShownCases(t, []shownCase{
		{"other party", "The leader of the Democrats in the Senate, Chuck Ellis, said the bill would pass by Friday.\n\n\"They do not have the votes, and they know it,\" the Republican leader said.", "", false},
		{"other party, group", "The leader of the Labour group on the council, Ann Reid, backed the plan on Monday.\n\n\"This is a waste of public money,\" the Conservative leader said.", "", false},
		{"other party, no the", "The leader of Labour in Wales, Ann Reid, backed the plan on Monday.\n\n\"This is a waste of public money,\" the Tory leader said.", "", false},
		// Must not fire: the same party, in another form; no party;
		// a qualifier that is no party.
		{"same party", "The leader of the Democrats in the Senate, Chuck Ellis, said the bill would pass by Friday.\n\n\"We have the votes,\" the Democratic leader said.", "Chuck Ellis", true},
		{"same party, tories", "The leader of the Tories on the council, Ann Reid, backed the plan on Monday.\n\n\"This is good value,\" the Conservative leader said.", "Ann Reid", true},
		{"bare role", "The leader of the Democrats in the Senate, Chuck Ellis, said the bill would pass.\n\n\"We have the votes,\" the leader said.", "Chuck Ellis", true},
		{"not a party", "The leader of the expedition, Ann Reid, reached the summit on Monday.\n\n\"It was the hardest climb of my life,\" the leader said.", "Ann Reid", true},
	})
}

// "First Lady" before a name is a title, one role, and "the first lady"
// a second reference to her. Failed before: "First Lady Jill Hart also
// spoke. "...," the first lady said" gave "".
func TestShown18FirstLady(t *testing.T) {
	runShownCases(t, []shownCase{
		{"opening the sentence", "First Lady Jill Hart also spoke at the school on Monday.\n\n\"Every child deserves a good teacher,\" the first lady said.", "Jill Hart", true},
		{"after the president", "President Tom Hart and First Lady Jill Hart visited the school on Monday.\n\n\"Every child deserves a good teacher,\" the first lady said.", "Jill Hart", true},
		{"beside another person", "First Lady Jill Hart and Ann Reid, the education secretary, visited the school.\n\n\"Every child deserves a good teacher,\" the first lady said.", "Jill Hart", true},
		// Must not fire: no one titled First Lady; a peer's "Lady";
		// "the first lady of the house" in its own sense; "the first
		// woman" (unchanged).
		{"no first lady named", "Ann Reid met President Tom Hart at the White House on Monday.\n\n\"Every child deserves a good teacher,\" the first lady said.", "", false},
		{"a peer", "Lady Jill Hart opened the fete in Kent on Saturday.\n\n\"It was a lovely day,\" the first lady said.", "", false},
		{"of the house", "Jill Hart, 54, runs the boarding house on Elm Street.\n\n\"I was the first lady of the house, and I will be the last,\" said Hart.", "Jill Hart", true},
		{"first woman", "Jill Hart was the first woman to run the agency.\n\n\"It was a hard road,\" the first woman said.", "Jill Hart", true},
	})
}
