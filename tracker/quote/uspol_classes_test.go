package quote

import "testing"

// Constructed probes of US political reporting (Congress, the White
// House, campaigns, courts, state houses): classes that went wrong.

// A party noun described by a lower-case modifier after "the" ("the
// three-term Democrat", "the freshman Republican", "the longtime Ohio
// Democrat") describes a person like "he", as "the Democrat" does. Failed
// before: "Democrat" spoke, at 1.00. Must not fire: "a first-term
// Democrat" (someone unnamed), a party noun opening a name ("Democrat Ann
// Hall", below).
func TestUSPolPartyNounWithModifier(t *testing.T) {
	runCueCases(t, []cueCase{
		{"three-term", `Rep. Ann Hale is leaving Congress to run for governor.

"Voters want leaders who get things done," the three-term Democrat said in an interview Monday.`,
			[]want{{"Voters want leaders who get things done,", "Ann Hale", "said"}}},
		{"freshman", `Rep. Gabe Ortiz spoke at a town hall on Saturday.

"I ran on securing the border and I'm doing it," the freshman Republican said. "That's what people sent me here to do."`,
			[]want{{"I ran on securing the border and I'm doing it,", "Gabe Ortiz", "said"}, {"That's what people sent me here to do.", "Gabe Ortiz", ""}}},
		{"longtime state", `Sen. Tom Marsh voted against the bill. "It spends too much," the longtime Ohio Democrat said.`,
			[]want{{"It spends too much,", "Tom Marsh", "said"}}},
		// Must not fire: someone unnamed.
		{"a first-term", `Sen. Tom Marsh voted against the bill. "It spends too much," a first-term Democrat said.`,
			[]want{{"It spends too much,", "", "said"}}},
	})
}

