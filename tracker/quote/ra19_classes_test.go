package quote

import "testing"

// Classes found on real pages annotated for issue 8, round 19 (helper ra),
// written for these tests in constructed news English. Each failed before
// its rule.

// "X released a separate statement saying", "X issued a brief statement
// saying", "X put out a statement saying": words describing the message
// between its article and its noun, and the particle of "put out", leave
// the issuer the speaker. Failed before: each gave "".
func TestRa19IssuedStatementModifiers(t *testing.T) {
	runCueCasesConf(t, []confCase{
		{"separate statement", "Grocery chain Fairmart reached a deal with its dairy suppliers on Tuesday.\n\nFairmart released a separate statement saying, \"Customers deserve fair prices and we will deliver them.\"",
			"Customers deserve fair prices and we will deliver them.", "Fairmart", true},
		{"brief written statement", "The Harlow Trust lost its appeal on Monday.\n\nThe Harlow Trust issued a brief written statement saying \"the ruling leaves hundreds of tenants without help.\"",
			"the ruling leaves hundreds of tenants without help.", "Harlow Trust", true},
		{"put out a statement", "Two flights were grounded at Kestrel Airport on Friday.\n\nBrightwell Airways put out a statement saying, \"We will review every maintenance contract this year.\"",
			"We will review every maintenance contract this year.", "Brightwell Airways", true},
		{"pronoun issuer", "Senator Alma Ruiz missed the vote on Thursday.\n\nShe later released a short statement saying, \"My mother is in hospital and my place is with her.\"",
			"My mother is in hospital and my place is with her.", "Alma Ruiz", true},
		// Must not fire: a statement made by another (a victim's, a
		// family's, a witness's) is not the issuer's words.
		{"victim impact statement", "Prosecutors in Dale County spoke after Tom Greer was sentenced.\n\nProsecutors released a victim impact statement saying, \"I still cannot sleep at night.\"",
			"I still cannot sleep at night.", "", false},
		{"family statement", "Police named the climber on Sunday.\n\nPolice released a family statement saying, \"He loved the mountains more than anything.\"",
			"He loved the mountains more than anything.", "", false},
	})
}
