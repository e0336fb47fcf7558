package quote

import "testing"

// Issue 8's ninth round, written on fresh9's speaker errors given at the
// top confidence (a name next to the quotation): each case failed before
// its fix unless marked as a must-not-fire case.

// A label over a quotation ("Pre-emptive self-exoneration: "...""), a list
// of a writer's tactics or a glossary, opens with a capitalised word only
// because it opens the sentence: it names no one. Failed before: the
// speaker was "Fond", "Invocation", "Oddly", given at confidence 1.
func TestLabelBeforeColonIsNoName(t *testing.T) {
	runCueCases(t, []cueCase{
		{"labels in a list", `The columnist Ann Reed wrote a post against the plan. It has all the usual tactics.

Pre-emptive self-exoneration: "I have nothing against parks."

Fond nostalgia for the old days: "In those days we ran free in the fields."`,
			[]want{{"I have nothing against parks.", "", ""}, {"In those days we ran free in the fields.", "", ""}}},
		{"adverb opening a label", `Oddly self-contradictory support: "I am for the scheme; indeed, I back it."`,
			[]want{{"I am for the scheme; indeed, I back it.", "", ""}}},
		{"label with a place in it", `Invocation of the good old days in Ohio: "We drove everywhere and nobody minded."`,
			[]want{{"We drove everywhere and nobody minded.", "", ""}}},
		// Must not fire: a surname the article named before, a name of
		// two words, a name before a verb.
		{"known surname", `Ann Reed spoke at the hall on Monday.

Reed: "We will not back down on this."`,
			[]want{{"We will not back down on this.", "Ann Reed", ""}}},
		{"full name label", `Tom Hale: "The vote was rigged from the start."`,
			[]want{{"The vote was rigged from the start.", "Tom Hale", ""}}},
		{"name then copula", `Reed was blunt: "We will not back down on this."`,
			[]want{{"We will not back down on this.", "Reed", ""}}},
	})
}
