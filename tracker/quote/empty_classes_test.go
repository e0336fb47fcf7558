package quote

import "testing"

// Issue 8's ninth round, written on fresh9's quotations left with no
// speaker though the article names one: each case failed before its fix
// unless marked as a must-not-fire case.

// A paraphrase closed by ", according to X." names the source whose words
// the quotation paragraph after it goes on with: "All of this choice has
// had a positive impact, according to Professor Livingstone." / ""Most
// of the evidence is ..."". Failed before: no speaker.
func TestParaphraseClosedByAccordingTo(t *testing.T) {
	runCueCases(t, []cueCase{
		{"person", `Professor Sonia Lee studies television audiences.

All of this choice has had a positive impact on viewers, according to Professor Lee.

"Most of the evidence is that people feel empowered and delighted."`,
			[]want{{"Most of the evidence is that people feel empowered and delighted.", "Sonia Lee", ""}}},
		{"organisation", `Sales of new homes fell again in May, according to the National Home Builders Council.

"Buyers are waiting for rates to come down before they commit."`,
			[]want{{"Buyers are waiting for rates to come down before they commit.", "National Home Builders Council", ""}}},
		// Must not fire: a source no name gives, and a sentence about
		// someone else between.
		{"unnamed source", `Sales of new homes fell again in May, according to a report.

"Buyers are waiting for rates to come down before they commit."`,
			[]want{{"Buyers are waiting for rates to come down before they commit.", "", ""}}},
		{"someone else between", `Sales of new homes fell again in May, according to the National Home Builders Council. Ann Hale, a buyer in Leeds, has waited a year.

"Buyers are waiting for rates to come down before they commit."`,
			[]want{{"Buyers are waiting for rates to come down before they commit.", "", ""}}},
	})
}

// The mark closing a quotation inside a quotation, typed after the outer
// one ("... hear them say, `That is one bright person,"' said Rep. Tony
// Cardenas", AP copy's slip), stands between the quotation and its cue:
// it is no word, and the cue after it attributes. Failed before: no
// speaker.
func TestStrayInnerMarkBeforeCue(t *testing.T) {
	runCueCases(t, []cueCase{
		{"backtick inner quote", "\"No one could face that and hear them say, `That is one bright person,\"' said Rep. Tony Cardenas.",
			[]want{{"No one could face that and hear them say, `That is one bright person,", "Tony Cardenas", "said"}}},
		{"name before verb", "\"They all told me, `Go home and rest,\"' Ann Hale recalled.",
			[]want{{"They all told me, `Go home and rest,", "Ann Hale", "recalled"}}},
		// Must not fire: the inner quotation closed in order.
		{"closed in order", `"They all told me, 'Go home and rest,'" Ann Hale recalled.`,
			[]want{{"They all told me, 'Go home and rest,'", "Ann Hale", "recalled"}}},
	})
}
