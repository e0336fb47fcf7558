package quote

import "testing"

// Issue 8's ninth round, written on fresh9's wrong names that share a word
// with the right one (the right person in another form): each case failed
// before its fix unless marked as a must-not-fire case.

// Letters after a name for an honour, a degree or a seat ("Sonia
// Livingstone OBE", "Ann Lee QC", "Jonathan Reynolds MP") are not part of
// the name. Failed before: the speaker was "Sonia Livingstone OBE", "Ann
// Lee QC", "Tom Hale MP".
func TestPostNominalLetters(t *testing.T) {
	runCueCases(t, []cueCase{
		{"honour after title and name", `"Two trends are emerging at once," says Professor Sonia Livingstone OBE, a professor at the LSE. "We keep fearing the worst," says Professor Livingstone.`,
			[]want{{"Two trends are emerging at once,", "Sonia Livingstone", "says"}, {"We keep fearing the worst,", "Sonia Livingstone", "says"}}},
		{"counsel", `"We will appeal the ruling at once," said Ann Lee QC, for the family.`,
			[]want{{"We will appeal the ruling at once,", "Ann Lee", "said"}}},
		{"seat after full name", `"How is his campaign going?" asked Tom Hale MP in the chamber.`,
			[]want{{"How is his campaign going?", "Tom Hale", "asked"}}},
		{"degree", `Dr Priya Nair PhD, who led the study, said: "The effect was larger than we expected."`,
			[]want{{"The effect was larger than we expected.", "Priya Nair", "said"}}},
		// Must not fire: a party's member is described, not named; a
		// seat after a surname alone stays a role.
		{"party member", `"We will vote against it," a Labour MP said.`,
			[]want{{"We will vote against it,", "", "said"}}},
		{"party before seat", `Labour MP Tom Hale spoke first. "We will vote against it," Hale said.`,
			[]want{{"We will vote against it,", "Tom Hale", "said"}}},
	})
}
