package quote

import "testing"

// Classes of quotations missed or found where there is none, from issue 8's
// ninth round (quote finding on older news pages). The sentences are
// written for these tests in the shape of real news; each positive case
// failed before the rule it guards, and the negative ones say where the
// rule must not fire.

// A British-style single-quoted quotation may open with a currency sign, a
// digit or an ellipsis, not only a letter: "'£162 for a suit and no bag'".
func TestFinding9ClassSingleOpenedBySign(t *testing.T) {
	runCueCases(t, []cueCase{
		{"pound sign", `One shopper, Jane Mills, said: '£162 for a suit and then they charge 10p for a bag, what's that about!' (sic)`,
			[]want{{"£162 for a suit and then they charge 10p for a bag, what's that about!", "Jane Mills", "said"}}},
		{"dollar sign, cue after", `'$40 a ticket is more than most families here can pay,' Tom Reed told the council.`,
			[]want{{"$40 a ticket is more than most families here can pay,", "Tom Reed", "told the council"}}},
		// A price in marks with no one said to speak it is no quotation.
		{"a price as a term", `The shop's '£5 meal deal' returns on Monday after a month away.`, nil},
	})
}

// A paragraph that closes a quotation it never opened, right after a
// paragraph that is one whole quotation, continues it: the writer dropped
// the opening mark ("One: ..." / And two, ...").
func TestFinding9ClassParagraphOpeningMarkLost(t *testing.T) {
	runCueCases(t, []cueCase{
		{"second point of a list", paras(
			`"There are two trends in how we shop, and they pull in opposite directions," says Professor Ann Cole of the London School of Economics.`,
			`"One: we buy more online, wherever we are and whenever we like."`,
			`And two, somewhat oddly, we spend longer in the big stores on the high street than we did ten years ago."`),
			[]want{{"There are two trends in how we shop, and they pull in opposite directions,", "Ann Cole", "says"},
				{"One: we buy more online, wherever we are and whenever we like.", "Ann Cole", ""},
				{"And two, somewhat oddly, we spend longer in the big stores on the high street than we did ten years ago.", "Ann Cole", ""}}},
		// After narrative, a closing mark alone is a stray: no quotation.
		{"after narrative", paras(`The council met on Tuesday to weigh the budget for the coming year.`,
			`Members argued for hours about the roads, the schools and the library."`), nil},
		// After a paragraph that only ends with a quotation, neither.
		{"after a quotation with its cue first", paras(`Ann Cole said on Monday: "We will not pay for this."`,
			`Members argued for hours about the roads, the schools and the library."`),
			[]want{{"We will not pay for this.", "Ann Cole", "said"}}},
	})
}

// A long description in quotation marks after a perfect passive "has been
// called" is someone's words, not a name: "which has already been called
// "a seminal document of the city's bike lane backlash"". A name so
// called stays a name.
func TestFinding9ClassBeenCalled(t *testing.T) {
	runCueCases(t, []cueCase{
		{"long description", `The report, which has already been called "a landmark study of the city's housing crisis", lists every empty building.`,
			[]want{{"a landmark study of the city's housing crisis", "", ""}}},
		{"a name", `The bridge has been called "the Golden Gate of the North" since it opened.`, nil},
		{"a short name", `The square has long been called "the old market" by people who live there.`, nil},
		{"called, not passive", `Critics called it "a landmark study of the city's housing crisis" when it came out.`,
			[]want{{"a landmark study of the city's housing crisis", "", "*"}}},
	})
}

// A one- or two-word phrase that a named speaker's verb of proposal
// governs is that speaker's: "Osborne outlined a "new settlement" for the
// City".
func TestFinding9ClassProposalPartial(t *testing.T) {
	runCueCases(t, []cueCase{
		{"outlined", `Chancellor Ruth Hale outlined a "fresh start" for the city's banks in a speech in June.`,
			[]want{{"fresh start", "Ruth Hale", "outlined"}}},
		{"proposed", `Mayor Tom Reed proposed a "bold reset" on Monday, a week after the vote.`,
			[]want{{"bold reset", "Tom Reed", "proposed"}}},
		// A thing as the subject: a document's wording, no one's words.
		{"a map outlined", `The new map outlined a "safe zone" around the plant.`, nil},
	})
}

// A two-word partial quotation in the clause of a verb of speech before it
// is that speaker's even when another verb of speech closes the sentence:
// "Hyman admits that she's had to make "tough decisions," including ...,
// she estimates."
func TestFinding9ClassPartialCueBefore(t *testing.T) {
	runCueCases(t, []cueCase{
		{"admits ... she estimates", paras(`Jennifer Hyman founded the firm in 2009.`,
			`Hyman admits that she's had to make "tough decisions," including letting some of her staff go, about 2 percent of the company, she estimates.`),
			[]want{{"tough decisions,", "Jennifer Hyman", "admits"}}},
		// No verb of speech before it: nothing to take.
		{"no verb before", paras(`Jennifer Hyman founded the firm in 2009.`,
			`The firm had to make "tough decisions," including letting some of its staff go, Hyman estimates.`), nil},
	})
}

// Quoted words that are not speech: the content of a principle after
// "that", a theme or motto introduced by a colon, the topic of a talk or
// conference after "on", a title with an abbreviation or a subtitle, the
// words of a card or sign that is the cue's subject, and a word "you might
// say".
func TestFinding9ClassNotSpeech(t *testing.T) {
	runCueCases(t, []cueCase{
		{"principle that", `The practice rests on the principle that "like cures like", but critics call it useless.`, nil},
		{"theme after a colon", `The design fit well with the theme of this year's Harbour Forum: "Open borders." It holds a festival each summer.`, nil},
		{"conference on", `Ann Cole spoke at the Harbour Forum 2012 conference on "radical openness" and left early.`, nil},
		{"title with St.", `Its sources are eclectic: "Treasure Island," "The Wizard of Oz," "The Gospel According to St. Matthew," and the tales of King Arthur.`, nil},
		{"title with a subtitle", `Reed landed a book deal — "A Second Chance: How Faith, Hard Work, and Luck Brought Me Home from the Streets" came out in May.`, nil},
		{"according to a card", `The time, according to the opening title card, is "a long time ago in a distant land" and the hero is a farm boy.`, nil},
		{"a sign that boasted", `A reporter noticed his cardboard sign, which pleaded for help and boasted about his "God given gift of voice."`, nil},
		{"you might say", `The post follows the usual script. (You might even say "boilerplate.")`, nil},
		// Must not fire: a principle in a speaker's mouth, a colon after a
		// verb of speech, a talk's words with their speaker, a title-case
		// question by its speaker, a named speaker saying one word.
		{"said that", `Ann Cole said that "we will fight on" and left the room.`,
			[]want{{"we will fight on", "Ann Cole", "said"}}},
		{"colon after said", `Asked about the theme of the forum, Tom Reed said: "Open borders matter."`,
			[]want{{"Open borders matter.", "Tom Reed", "said"}}},
		{"spoke on, words with a cue", `Ann Cole spoke on Tuesday: "We are not finished with this."`,
			[]want{{"We are not finished with this.", "Ann Cole", "spoke"}}},
		{"warned of", `Foreign Minister Ayman Safadi warned of "dangerous consequences" on Sunday.`,
			[]want{{"dangerous consequences", "Ayman Safadi", "warned"}}},
		{"the sign's holder speaks", `Ann Cole, holding a sign outside the court, said: "We want the truth about the fire."`,
			[]want{{"We want the truth about the fire.", "Ann Cole", "said"}}},
	})
}

// A quoted noun phrase that opens its sentence as the subject of the verb
// after it is an epithet, and a phrase coordinated with written words is
// written too.
func TestFinding9ClassEpithetAndCoordinated(t *testing.T) {
	runCueCases(t, []cueCase{
		{"epithet as subject", `Now, five years later, "the man with the golden voice" has another dream: a laundromat for the homeless.`, nil},
		{"epithet in apposition", `It is a neat story. Lorenz, "the father of modern chaos," started a revolution on a desk-sized computer.`, nil},
		{"apposition with its own cue", `Ann Cole told the board on Monday. Reed, "the council has failed us all," said Cole, then left.`,
			[]want{{"the council has failed us all,", "Ann Cole", "said"}}},
		{"coordinated with a card's words", `The time, according to the opening title card, is "a long time ago in a distant land" and the setting "a galaxy far far away," which frees the designers.`, nil},
		// Must not fire: words with their speaker, a sentence in marks,
		// a phrase joined to a quotation someone speaks.
		{"epithet with a cue", `"The man with the golden voice has gone home," Ann Cole said.`,
			[]want{{"The man with the golden voice has gone home,", "Ann Cole", "said"}}},
		{"a quotation in its sentence", `Ann Cole said the deal was "a long time coming" and the vote "a fair test of the plan," then left.`,
			[]want{{"a long time coming", "Ann Cole", "said"}, {"a fair test of the plan,", "Ann Cole", "*"}}},
	})
}

// Comments given as examples after "such as" stay quotations when a longer
// one follows the first: "messages such as "Eat something please" and
// "Lost too much weight, looks like a skeleton."".
func TestFinding9ClassExamplesStay(t *testing.T) {
	runCueCases(t, []cueCase{
		{"examples after such as", `She received messages such as "Eat something please" and "Lost too much weight, looks like a skeleton." Fans were angry.`,
			[]want{{"Eat something please", "", "*"}, {"Lost too much weight, looks like a skeleton.", "", "*"}}},
	})
}

// A quotation whose closing mark was dropped before its own cue ends at the
// comma when a mark that only opens follows the cue: ""You don't need
// anybody's permission, says Banzi. "If you have an idea, ...""
func TestFinding9ClassClosingMarkLostBeforeCue(t *testing.T) {
	runCueCases(t, []cueCase{
		{"says NAME", `Massimo Banzi built the board in 2005. "You don't need anybody's permission to make something great, says Banzi. "If you have an idea, you just go and make it."`,
			[]want{{"You don't need anybody's permission to make something great,", "Massimo Banzi", "says"},
				{"If you have an idea, you just go and make it.", "Massimo Banzi", ""}}},
		// Must not fire: a quotation that quotes a sentence with a cue
		// inside it and closes properly; a cue-like phrase that is no cue.
		{"closed properly", `"We will build it," said Ann Cole. "Nobody else will."`,
			[]want{{"We will build it,", "Ann Cole", "said"}, {"Nobody else will.", "Ann Cole", ""}}},
		// No cue before the inner mark: the marks pair as before, the
		// first with the last but one.
		{"no verb of speech", `"The bridge was never safe, not since March. "We knew it," the engineers said.`,
			[]want{{"The bridge was never safe, not since March. \"We knew it,", "", "said"}}},
	})
}
