package quote

import "testing"

// Constructed long stories with many speakers (issue 8, sixteenth round):
// role nouns and descriptions that refer back many paragraphs later,
// cues a paragraph away, speakers returning, reactions and kickers.

// A seat's letters after the place the member sits for ("the Waterford
// TD", "the Glasgow MSP", "the Upper Bann MLA") describe a member, as
// "the Tory MP" does: no name. Failed before: "Waterford TD" spoke at
// 1.00. Must not fire: a full name before the letters ("Willie O'Dea TD"),
// an organisation's name ("TD Bank Group"), a given name opening the run.
func TestLongSeatAfterPlace(t *testing.T) {
	runCueCasesConf(t, []confCase{
		{"the Waterford TD", "Mr Cullinane was unmoved.\n\n\"The Taoiseach can express all the confidence he likes,\" the Waterford TD said.",
			"The Taoiseach can express all the confidence he likes,", "", false},
		{"the Glasgow MSP", "Ms Baillie was unmoved.\n\n\"The minister has had two years to fix this,\" the Glasgow MSP said.",
			"The minister has had two years to fix this,", "", false},
		{"said the Upper Bann MLA", "Mr Beattie was unmoved.\n\n\"The protocol is a betrayal,\" said the Upper Bann MLA.",
			"The protocol is a betrayal,", "", false},
		// Must not fire.
		{"a full name before the letters", "Fianna Fáil's spokesman was unmoved.\n\n\"The minister has had two years to fix this,\" said Willie O'Dea TD.",
			"The minister has had two years to fix this,", "Willie O'Dea", true},
		{"an organisation's name", "TD Bank Group cut its forecast on Tuesday.\n\n\"Growth will slow next year,\" the bank said.",
			"Growth will slow next year,", "TD Bank Group", true},
	})
}
