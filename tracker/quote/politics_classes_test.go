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
