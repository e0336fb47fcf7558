package quote

import "testing"

// Constructed probes of news English by beat (markets and earnings, tech,
// health and medicine, religion, royals and celebrity): classes that went
// wrong.

// "the pontiff" is what religion pages call the pope named before. A new
// description of an office of church or state ("the pope", "the king",
// "the president") is not someone the article gave another office of the
// same kind ("Cardinal Pietro Parolin", "Prime Minister Keir Starmer").
// Failed before: "the pontiff" was no description (Leo XIV with no cue);
// the cardinal and the prime minister were given at 0.72, shown.
func TestMarketChurchAndStateOffices(t *testing.T) {
	runCueCases(t, []cueCase{
		{"pontiff", "Pope Leo XIV on Sunday called for a ceasefire in Sudan.\n\n\"I appeal to all parties to stop the violence,\" the pontiff said after the Angelus prayer.",
			[]want{{"I appeal to all parties to stop the violence,", "Leo XIV", "said"}}},
	})
	runShownCases(t, []shownCase{
		{"cardinal is not the pope", "Cardinal Pietro Parolin spoke to reporters on Sunday.\n\n\"I appeal to all parties to stop the violence,\" the pope said.",
			"", false},
		{"cardinal is not the pontiff", "Cardinal Pietro Parolin spoke to reporters on Sunday.\n\n\"I appeal to all parties to stop the violence,\" the pontiff said.",
			"", false},
		{"prime minister is not the king", "Prime Minister Keir Starmer laid a wreath at the Cenotaph.\n\n\"We remember those who gave their today for our tomorrow,\" the king said.",
			"", false},
		{"prime minister is not the president", "Prime Minister Keir Starmer arrived in Washington on Monday.\n\n\"We are the closest of allies,\" the president said.",
			"", false},
		// Must not fire: the office the person holds, or a role of no
		// office.
		{"pope then the pope", "Pope Leo XIV met refugees in Rome on Sunday.\n\n\"I appeal to all parties to stop the violence,\" the pope said.",
			"Leo XIV", true},
		{"prime minister then the prime minister", "Prime Minister Keir Starmer laid a wreath at the Cenotaph.\n\n\"We owe them a debt we can never repay,\" the prime minister said.",
			"Keir Starmer", true},
		{"governor then the economist", "Governor Andrew Bailey left rates on hold on Thursday.\n\n\"Inflation is heading in the right direction,\" the economist said.",
			"Andrew Bailey", true},
	})
}

