package quote

import "testing"

// A people's word in two ("the Northern Irishman", "the South African",
// "the New Zealander", "the Sri Lankan") describes a person, as "the
// Spaniard" does; it is no name. Failed before: the two words spoke as a
// person ("Northern Irishman" at 1.00). Must not fire: the words before a
// body's name or a noun ("the South African Reserve Bank", "the South
// African government"), a paper ("the New Zealand Herald").
func TestEpith18CompoundDemonym(t *testing.T) {
	runShownCases(t, []shownCase{
		{"northern irishman", "Rory McIlroy finished three back. \"I left a few out there,\" the Northern Irishman said.", "Rory McIlroy", true},
		{"south african", "Ernie Els shot a 70 on Friday. \"It was hard work,\" the South African said.", "Ernie Els", true},
		{"new zealander", "Danny Lee shot 68. \"The greens were quick,\" the New Zealander said.", "Danny Lee", true},
		{"sri lankan", "Kusal Mendis hit 80 off 60 balls. \"I was lucky,\" the Sri Lankan said.", "Kusal Mendis", true},
		{"said the south african", "Ernie Els shot a 70 on Friday. \"It was hard work,\" said the South African.", "Ernie Els", true},
		// Another nationality given to the one named last.
		{"other nation", "Shane Lowry beat South African Ernie Els by a shot. \"I left a few out there,\" the Northern Irishman said.", "Shane Lowry", true},
		// Must not fire.
		{"reserve bank", "Interest rates were held. \"Inflation is easing,\" the South African Reserve Bank said.", "South African Reserve Bank", true},
		{"government", "Pretoria defended the plan. \"We are confident,\" the South African government said.", "", false},
		{"herald", "Talks stalled. \"We remain hopeful,\" said the New Zealand Herald.", "New Zealand Herald", true},
	})
}

// "the 31-year-old said" after "Jack Dunn, a 31-year-old from Leeds,"
// is Dunn: the name the age is in apposition to, never the place after
// "from". Failed before: "Leeds" at 0.85, "Valencia"; with two ages
// given, the one named before the other age. Must not fire: an age given
// to no name ("A 31-year-old from Leeds was arrested").
func TestEpith18AgeApposition(t *testing.T) {
	runShownCases(t, []shownCase{
		{"a from leeds", "Jack Dunn, a 31-year-old from Leeds, was fined. \"It was a stupid mistake,\" the 31-year-old said.", "Jack Dunn", true},
		{"the from valencia", "Rafael Moreno, the 23-year-old from Valencia, shot a 66 to lead. Tom Harris, 40, was second. \"I putted really well,\" the 23-year-old said.", "Rafael Moreno", true},
		{"two ages", "Anna Berg, a 45-year-old nurse, and Tom Reid, a 29-year-old teacher, joined the protest. \"We are exhausted,\" the 29-year-old said.", "Tom Reid", true},
		// Must not fire: no name given the age.
		{"unnamed", "A 31-year-old from Leeds was arrested on Friday. \"It was a mistake,\" the 31-year-old said.", "", false},
	})
}

// A firm's experts in the plural ("analysts at Jefferies", "Nedbank
// strategists", "economists at Capital Economics") speak for the firm, as
// "officials at" and "Oakland Zoo officials" speak for theirs. Failed
// before: "" (the firm after "at" was no subject; "Nedbank strategists"
// no one). Must not fire: no firm named ("analysts at the conference in
// Davos", "analysts in London"), a number of them ("two analysts at
// Jefferies"), a possessor's firm ("analysts at Tom Reed's firm"), a
// field or a place ("Aviation analysts", "Wall Street analysts").
func TestEpith18FirmExperts(t *testing.T) {
	runShownCases(t, []shownCase{
		{"analysts at after", "Shares fell. \"The company faces a difficult year ahead,\" analysts at Jefferies said.", "Jefferies", true},
		{"economists at after", "The pound slipped. \"Risks are balanced,\" economists at Capital Economics said.", "Capital Economics", true},
		{"analysts at colon", "Oil rose. Analysts at Citi said in a note: \"Demand is holding up better than expected.\"", "Citi", true},
		{"strategists at", "The rand fell. Strategists at Nedbank said in a research note: \"The currency remains vulnerable.\"", "Nedbank", true},
		{"name strategists", "The rand fell. \"The currency remains vulnerable,\" Nedbank strategists said in a note.", "Nedbank", true},
		{"economists at two words", "Shares fell. Economists at Morgan Stanley said: \"The company faces a difficult year ahead.\"", "Morgan Stanley", true},
		// Must not fire.
		{"conference", "Markets fell. \"The mood is grim,\" analysts at the conference in Davos said.", "", false},
		{"in london", "Markets fell. \"The mood is grim,\" analysts in London said.", "", false},
		{"two analysts", "Markets fell. \"The mood is grim,\" two analysts at Jefferies said.", "", false},
		{"possessor", "Markets fell. \"The mood is grim,\" analysts at Tom Reed's firm said.", "", false},
		// A field or a place, not a firm.
		{"aviation", "Jets.\n\n\"It is the end of an era,\" Aviation analysts said.", "", false},
		{"wall street", "Stocks fell. \"The mood is grim,\" Wall Street analysts said.", "", false},
	})
}

// A definite description in the very words the article gave one person
// as a title before the name ("Top seed Lena Okafor ... the top seed
// said", "beat second seed Mia Lorenz ... the second seed said") is that
// person; "the top seed", "the second seed" are read as a player at all.
// Failed before: "" (no cue: "seed" is no person noun), and with two
// seeds named, "". Must not fire: a seeding no one was given after "X beat
// Y" (""); a title qualified before the name ("Shadow defence secretary
// James Cartlidge ... the defence secretary said": ""); "seed funding".
func TestEpith18TitledAlike(t *testing.T) {
	runShownCases(t, []shownCase{
		{"top seed", "Top seed Lena Okafor was knocked out in the second round by the qualifier Mirela Dobos. \"I had no energy,\" the top seed said.", "Lena Okafor", true},
		{"second of two", "Top seed Lena Okafor beat second seed Mia Lorenz in the final. \"I was nervous at the start,\" the second seed said.", "Mia Lorenz", true},
		{"top of two", "Top seed Lena Okafor beat second seed Mia Lorenz in the final. \"I was nervous at the start,\" the top seed said.", "Lena Okafor", true},
		{"apposition", "Lena Okafor, the top seed, lost to Mia Lorenz on Tuesday. \"I had no energy,\" the top seed said.", "Lena Okafor", true},
		{"one subject", "Jannik Berger won the final on Sunday. \"I was tired after the semi,\" the second seed said.", "Jannik Berger", true},
		{"world no 1", "World No 1 Carlos Varela beat Nikolai Brandt 6-3 6-4 on Saturday. \"I felt very good on court today,\" the world No 1 said.", "Carlos Varela", true},
		{"world number one", "Carlos Varela, the world number one, beat Nikolai Brandt on Saturday. \"I felt very good on court today,\" the world number one said.", "Carlos Varela", true},
		// Must not fire.
		{"no 1 not given", "Carlos Varela beat Nikolai Brandt on Saturday. \"I felt very good on court today,\" the world No 1 said.", "", false},
		{"beat", "Jannik Berger beat Tom Hale in the final. \"I was tired after the semi,\" the second seed said.", "", false},
		{"shadow", "Shadow defence secretary James Cartlidge asked about the target.\n\nReplying, the defence secretary said: \"We will set out the path at the spending review.\"", "", false},
		{"seed funding", "The startup raised seed funding from Ann Lee. \"We are hopeful,\" she said.", "Ann Lee", true},
	})
}

// "the Belgian said" is the one person the article gave that
// nationality with the name ("Belgium's Wout Peeters", "Wout Peeters of
// Belgium", "Kenyan Faith Chebet"); given to two, no one. Failed before:
// the person named first or last whatever their country ("Alejandro Ruiz"
// for "the Belgian", at 0.70); "Faith Chebet" when two Kenyans were
// named. Must not fire: a country that only shares letters ("Austria's
// Tom Berger ... the Australian said" is not Berger); no nationality
// given (the person before, as before).
func TestEpith18NationHolder(t *testing.T) {
	runShownCases(t, []shownCase{
		{"country poss", "Spain's Alejandro Ruiz won the stage ahead of Belgium's Wout Peeters. \"I attacked on the last climb,\" the Belgian said.", "Wout Peeters", true},
		{"of country", "Alejandro Ruiz of Spain won the stage ahead of Wout Peeters of Belgium. \"I attacked on the last climb,\" the Belgian said.", "Wout Peeters", true},
		{"spaniard", "Belgium's Wout Peeters finished ahead of Spain's Alejandro Ruiz. \"I attacked on the last climb,\" the Spaniard said.", "Alejandro Ruiz", true},
		{"two kenyans", "Kenyan Faith Chebet beat Kenyan Mary Wanjiru in a sprint finish. \"It was very close,\" the Kenyan said.", "", false},
		{"two kenya poss", "Kenya's Faith Chebet and Kenya's Mary Wanjiru finished first and second. \"We worked as a team,\" the Kenyan said.", "", false},
		// Must not fire.
		{"austria", "Austria's Tom Berger beat Sam Cole in the final. \"I was tired,\" the Australian said.", "Sam Cole", false},
		{"none given", "Ernie Els shot a 70 on Friday. \"It was hard work,\" the South African said.", "Ernie Els", true},
	})
}

// Peoples' words of no common ending ("the Monegasque", "the Cypriot",
// "the Icelander") describe a person, as "the Spaniard" does. Failed
// before: "Monegasque" spoke as a name at 1.00. Must not fire: a
// person's surname that is no people's word.
func TestEpith18MoreDemonyms(t *testing.T) {
	runShownCases(t, []shownCase{
		{"monegasque", "Charles Leclerc won in Monaco. \"It's a dream,\" the Monegasque said.", "Charles Leclerc", true},
		{"cypriot", "Marcos Baghdatis lost in the first round. \"I was slow,\" the Cypriot said.", "Marcos Baghdatis", true},
		// Must not fire.
		{"surname", "Ann Lee met the players. \"It's a dream,\" Mary Honduras said.", "Mary Honduras", true},
	})
}

// A description opening an article's quotation is not the name opening
// the next sentence when a one-word name (no English word) was the
// subject of a sentence before it. Failed before: "Beyonce thanked her
// fans. "...," the singer told the crowd. Jay-Z said: ..." gave Jay-Z at
// 0.70. Must not fire: nothing before the description (the name after
// it, as before).
func TestEpith18LedeAfterMononym(t *testing.T) {
	runShownCases(t, []shownCase{
		{"beyonce", "Beyonce thanked her fans after the show. \"You are everything,\" the singer told the crowd. Jay-Z said nothing.", "", false},
		// Must not fire.
		{"lede", "\"I thought my career was over,\" the 31-year-old said. Marta Kessler, who spent 14 months out, returns on Sunday.", "Marta Kessler", true},
	})
}

// Two roles joined by a hyphen before a name ("Actor-politician Vijay",
// "Singer-songwriter Ed Sheeran") are roles, not part of the name, and
// "the actor said" refers back. Failed before: a name "Actor-politician
// Vijay" of no known kind, and "" for "the actor said". Must not fire: a
// role that is one word with a hyphen ("Director-General Tim Davie").
func TestEpith18HyphenRoles(t *testing.T) {
	runShownCases(t, []shownCase{
		{"actor-politician", "Actor-politician Vijay launched his party's campaign on Sunday. \"I am here to serve,\" the actor said.", "Vijay", true},
		{"singer-songwriter", "Singer-songwriter Ed Sheeran played Ipswich on Friday. \"It felt like home,\" the singer said.", "Ed Sheeran", true},
		// Must not fire.
		{"director-general", "Director-General Tim Davie apologised on Monday. \"We got it wrong,\" the director-general said.", "Tim Davie", true},
	})
}

// A country that is a preposition's object, then the subject's name with
// no comma ("Having lost to Spain McIlroy said", "After the defeat by
// England Johnny Sexton said") is no part of the name. Failed before:
// "Spain McIlroy", "Spain Rory McIlroy" spoke at 1.00; "" for Sexton.
// Must not fire: a country that is a given name ("passed to Georgia
// Stanway"), a body named after its country ("lost to England Hockey").
func TestEpith18PlaceBeforeName(t *testing.T) {
	runShownCases(t, []shownCase{
		{"given name", "Having lost to Spain Rory McIlroy said: \"We gave everything.\"", "Rory McIlroy", true},
		{"surname known", "Rory McIlroy led Europe. Having lost to Spain McIlroy said: \"We gave everything.\"", "Rory McIlroy", true},
		{"surname alone", "Having lost to Spain McIlroy said: \"We gave everything.\"", "McIlroy", true},
		{"by england", "After the defeat by England Johnny Sexton said: \"We will learn from this.\"", "Johnny Sexton", true},
		{"beaten by", "Beaten by Italy Southgate said: \"It hurts.\"", "Southgate", true},
		// Must not fire.
		{"georgia", "She passed to Georgia Stanway, who scored. \"It was easy,\" Stanway said.", "Georgia Stanway", true},
		{"england hockey", "Tom Reed lost to England Hockey on appeal. \"We will learn from this,\" Reed said.", "Tom Reed", true},
	})
}

// After the verb, and after "according to", a firm's or body's people in
// the plural ("said analysts at ANZ", "said officials at the Oakland Zoo",
// "according to analysts at Jefferies") are the organisation, as before
// the verb. Failed before: no cue (""). Must not fire: no name ("said
// analysts at the conference"), a person's firm ("analysts at Tom Reed's
// firm"), a place ("analysts at Wall Street banks").
func TestEpith18FirmExpertsAfterVerb(t *testing.T) {
	runShownCases(t, []shownCase{
		{"said analysts at", "Gold hit a record. \"Central banks keep buying,\" said analysts at ANZ.", "ANZ", true},
		{"said officials at", "Gold hit a record. \"The animals are safe,\" said officials at the Oakland Zoo.", "Oakland Zoo", true},
		{"according to", "Shares fell. \"The company faces a difficult year ahead,\" according to analysts at Jefferies.", "Jefferies", true},
		// Must not fire.
		{"conference", "Gold rose. \"Central banks keep buying,\" said analysts at the conference.", "", false},
		{"person's firm", "Gold rose. \"Central banks keep buying,\" said analysts at Tom Reed's firm.", "", false},
		{"wall street", "Gold rose. \"Central banks keep buying,\" said analysts at Wall Street banks.", "", false},
	})
}

// A people's word qualifying a post ("the Aussie coach", "the Spanish
// coach") is the country that qualifies the post given ("Australia coach
// Andrew McNally", "Spain coach Luis de la Fuente"). Failed before: ""
// (read as another country's post). Must not fire: a people's word of
// another country ("the Aussie coach" after Spain's and Italy's coaches).
func TestEpith18PeopleWordForCountry(t *testing.T) {
	runShownCases(t, []shownCase{
		{"aussie", "Australia coach Andrew McNally admitted his side were outplayed. \"We were not good enough,\" the Aussie coach said.", "Andrew McNally", true},
		{"spanish", "Spain coach Luis de la Fuente was pleased. \"We were good,\" the Spanish coach said.", "Luis de la Fuente", true},
		// Must not fire.
		{"other", "Spain coach Luis de la Fuente met Italy coach Luciano Spalletti. \"We were good,\" the Aussie coach said.", "", false},
	})
}

// A description that numbers its holder in the line of them ("the 44th
// president") may mean one who held the post before: "Former US
// President Barack Obama ... the 44th president said" is Obama. Failed
// before (after "former" titles were recorded as held before): "". Must
// not fire: the sitting holder when there is one ("President Joe Biden
// ... the 46th president said").
func TestEpith18OrdinalHolder(t *testing.T) {
	runShownCases(t, []shownCase{
		{"obama", "Former US President Barack Obama praised the bill. \"This is a big deal,\" the 44th president said.", "Barack Obama", true},
		// Must not fire.
		{"sitting", "President Joe Biden spoke on Monday. \"This is a big deal,\" the 46th president said.", "Joe Biden", true},
	})
}

// A firm's name whose first word only ends like a people's word
// ("Goldman Sachs", "Chapman Freeborn": "-man" as in "German") is the
// firm its experts speak for, as "Morgan Stanley" is. Failed before: no
// cue at all (the run was read as a nationality and no subject). Must not
// fire: a listed people's word ("economists at German banks", "analysts
// at Japanese brokers"), no firm ("analysts at the conference"), a number
// of them ("two economists at Goldman Sachs").
func TestEpith18FirmEndingLikeDemonym(t *testing.T) {
	runShownCases(t, []shownCase{
		{"colon", "Shares fell. Economists at Goldman Sachs said: \"The company faces a difficult year ahead.\"", "Goldman Sachs", true},
		{"after", "Shares fell. \"The company faces a difficult year ahead,\" economists at Goldman Sachs said.", "Goldman Sachs", true},
		{"chapman", "Freight rates rose. Analysts at Chapman Freeborn said: \"Capacity remains tight across the market.\"", "Chapman Freeborn", true},
		// Must not fire.
		{"german banks", "Shares fell. \"The company faces a difficult year ahead,\" economists at German banks said.", "", false},
		{"japanese brokers", "Shares fell. \"The company faces a difficult year ahead,\" analysts at Japanese brokers said.", "", false},
		{"conference", "Shares fell. \"The company faces a difficult year ahead,\" analysts at the conference said.", "", false},
		{"two", "Shares fell. \"The company faces a difficult year ahead,\" two economists at Goldman Sachs said.", "", false},
	})
}

// "they" after a firm's experts in the plural opening the sentence before
// ("Analysts at ANZ expect more gains. "...," they said.", "ANZ analysts
// expect ...") is the firm, as "they" after "Officials at the zoo" is
// the zoo. Failed before: "". Must not fire: no firm ("Analysts at the
// conference"), some of them ("Two analysts at ANZ", "Some analysts at
// ANZ"), two firms ("Analysts at ANZ and Westpac"), a place ("Wall Street
// analysts"), another plural nearer ("but investors are nervous").
func TestEpith18TheyFirmVoices(t *testing.T) {
	runShownCases(t, []shownCase{
		{"at", "Gold rose. Analysts at ANZ expect more gains. \"Central banks keep buying,\" they said.", "ANZ", true},
		{"before", "Gold rose on Tuesday. ANZ analysts expect more gains this year. \"Central banks keep buying,\" they said in a note.", "ANZ", true},
		{"goldman", "Gold rose. Analysts at Goldman Sachs expect more gains. \"Central banks keep buying,\" they wrote.", "Goldman Sachs", true},
		{"strategists", "The rand fell on Monday. Strategists at Nedbank warned that the currency could weaken further. \"The currency remains vulnerable,\" they said in a research note.", "Nedbank", true},
		// Must not fire.
		{"conference", "Gold rose. Analysts at the conference expect more gains. \"Central banks keep buying,\" they said.", "", false},
		{"two", "Gold rose. Two analysts at ANZ expect more gains. \"Central banks keep buying,\" they said.", "", false},
		{"some", "Gold rose. Some analysts at ANZ expect more gains. \"Central banks keep buying,\" they said.", "", false},
		{"two firms", "Gold rose. Analysts at ANZ and Westpac expect more gains. \"Central banks keep buying,\" they said.", "", false},
		{"wall street", "Gold rose. Wall Street analysts expect more gains. \"Central banks keep buying,\" they said.", "", false},
		{"nearer plural", "Gold rose. Analysts at ANZ expect more gains, but investors are nervous. \"Central banks keep buying,\" they said.", "", false},
	})
}

// A club's nickname qualifying its boss ("the Gunners' boss", "the
// Magpies boss") is the club the text ties it to ("Chelsea, the Blues,",
// "The Magpies (Newcastle United)"), or else the one club boss the
// article names. Failed before: "" (the nickname is no club's name in a
// role). Must not fire: two club bosses named and no tie (""), the tied
// club's boss never named (""), a club's own name ("beat Rangers ... the
// Rangers boss": not shown).
func TestEpith18ClubNicknameBoss(t *testing.T) {
	runShownCases(t, []shownCase{
		{"one boss", "Arsenal manager Mikel Ortega praised his players. \"We were brilliant,\" the Gunners' boss said.", "Mikel Ortega", true},
		{"comma tie", "Chelsea, the Blues, drew 1-1 with Arsenal on Sunday. Arsenal manager Mikel Ortega was pleased, and Chelsea manager Tom Reid was angry. \"We were robbed,\" the Blues' boss said.", "Tom Reid", true},
		{"bracket tie", "The Magpies (Newcastle United) lost 2-0 at home. Newcastle United head coach Eddie Hale and Leeds manager Sam Cole spoke afterwards. \"It was not good enough,\" the Magpies boss said.", "Eddie Hale", true},
		// Must not fire.
		{"two bosses", "Arsenal manager Mikel Ortega praised his players. Chelsea manager Tom Reid was angry. \"We were brilliant,\" the Gunners' boss said.", "", false},
		{"tied unnamed", "Arsenal, the Gunners, drew 1-1 on Sunday. Chelsea manager Tom Reid was angry. \"We were robbed,\" the Gunners' boss said.", "", false},
	})
	// A club's own name, not a nickname: nothing shown.
	for _, q := range Extract("Arsenal manager Mikel Ortega saw his side beat Rangers. \"They were poor,\" the Rangers boss said.") {
		if q.Confident() {
			t.Errorf("own name: shown %q", q.Speaker)
		}
	}
}
