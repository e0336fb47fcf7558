package quote

import "testing"

// Constructed probes of news English by beat, round 16: environment,
// climate and farming; defence, security and intelligence; housing,
// consumer news and personal finance; lifestyle, food, travel and
// fashion; tech policy, AI and gaming. Classes that went wrong.

// A place made a qualifier with "-based" ("the Kathmandu-based centre",
// "the Geneva-based agency") names no one, one word or more: a noun after
// it refers back to the organisation the article named. Failed before:
// "Kathmandu-based", shown. Must not fire: a name whose last part is
// hyphenated with a capital ("Ann Lee-Held").
func TestBeats16BasedQualifierAlone(t *testing.T) {
	runCueCases(t, []cueCase{
		{"the centre said", "A study by the International Centre for Integrated Mountain Development has found ice loss. \"We are losing the ice,\" said Amina Maharjan, a specialist at the Kathmandu-based centre. The centre said in a statement that \"no single country can manage these rivers on its own\".",
			[]want{{"We are losing the ice,", "Amina Maharjan", "said"}, {"no single country can manage these rivers on its own", "International Centre for Integrated Mountain Development", "said"}}},
		{"no centre named", "A study by the Kathmandu-based centre found ice loss. The centre said in a statement that \"no single country can manage these rivers on its own\".",
			[]want{{"no single country can manage these rivers on its own", "", "said"}}},
		// Must not fire.
		{"hyphenated surname", "\"We will appeal,\" said Ann Lee-Held, a lawyer.",
			[]want{{"We will appeal,", "Ann Lee-Held", "said"}}},
	})
}
