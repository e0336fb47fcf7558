package quote

import "testing"

// A one-word name opening a sentence, set off by an aside and taken up by
// "his" after its verb ("Trump, speaking at a rally in Ohio on Saturday,
// repeated his claim"), is a man's name, which "the former president said"
// then describes; and a race's contenders ("nominee", "front-runner",
// "challenger") are roles a description may give the person just named.
// Before, both gave "".
func TestPoliticsDescriptions(t *testing.T) {
	runCueCases(t, []cueCase{
		{"aside then his", `Trump, speaking at a rally in Ohio on Saturday, repeated his claim that the election was stolen.

"They cheated like dogs," the former president said.`,
			[]want{{"They cheated like dogs,", "Trump", "said"}}},
		{"nominee", `Donald Trump spoke at a rally on Saturday.

"They cheated like dogs," the Republican nominee said.`,
			[]want{{"They cheated like dogs,", "Donald Trump", "said"}}},
		{"front-runner", `Ann Hall addressed supporters in Des Moines on Monday. "We are going to win this," the front-runner said.`,
			[]want{{"We are going to win this,", "Ann Hall", "said"}}},
		// Not fired: an organisation ("its"), or an aside with no "his".
		{"organisation aside", `Google, speaking through a spokesman, denied the claims. "We follow the law," he said.`,
			[]want{{"We follow the law,", "", "said"}}},
		{"party", `Labour, which won the seat in 2019, lost it on Thursday. "It is a bad night for us," he said.`,
			[]want{{"It is a bad night for us,", "", "said"}}},
	})
}

// A one-word name that speaks ("Wong said the talks had been difficult.")
// is taken up by "she" as the subject of the cue right after the next
// quotation: before, "she said" gave "" there. A country that speaks is
// no "he" or "she".
func TestSpeakingSurnameTakenUp(t *testing.T) {
	runCueCases(t, []cueCase{
		{"she said", `Wong said the talks had been productive but difficult. "There is a lot of work still to do," she said. "We are not there yet."`,
			[]want{{"There is a lot of work still to do,", "Wong", "said"}, {"We are not there yet.", "Wong", ""}}},
		// Not fired: a country, a party, a word with no verb of speech
		// (another name between: TestBareNameRivalsPronoun).
		{"country", `Ukraine said the attack killed three. "It was a massacre," he said.`,
			[]want{{"It was a massacre,", "", "said"}}},
		{"party", `Labour said the plan was flawed. "It will not work," he said.`,
			[]want{{"It will not work,", "", "said"}}},
		{"no speech verb", `Border crossings fell by half in May. "It was a quiet month," she said.`,
			[]want{{"It was a quiet month,", "", "said"}}},
	})
}

// The sentence after a quotation may say whose words they were: "The
// warning came from Antonio Guterres", "The remarks were made by Ann Hall"
// (before, "" for the first).
func TestEchoNounAfterQuote(t *testing.T) {
	runCueCases(t, []cueCase{
		{"warning came from", `"The world is watching." The warning came from UN Secretary-General Antonio Guterres, who urged both sides to step back.`,
			[]want{{"The world is watching.", "Antonio Guterres", "The warning came from"}}},
		{"remarks made by", `"We will not pay." The remarks were made by Finance Minister Ann Hall on Tuesday.`,
			[]want{{"We will not pay.", "Ann Hall", "The remarks were made by"}}},
		// Not fired: a sentence about something else.
		{"other subject", `"We will not pay." The minister said nothing else.`,
			[]want{{"We will not pay.", "", ""}}},
	})
}

// "his ruling AK Party": a form in -ing after a possessive is no verb of
// speech (before, "AK Party" was given at 1 with the cue "ruling").
func TestIngAfterPossessive(t *testing.T) {
	runCueCases(t, []cueCase{
		{"ruling party", `Erdogan told lawmakers from his ruling AK Party: "Nobody can teach us a lesson on democracy."`,
			[]want{{"Nobody can teach us a lesson on democracy.", "Erdogan", "told lawmakers"}}},
	})
}
