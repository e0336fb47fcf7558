package quote

import "testing"

// A short partial quotation after a verb of criticism or praise whose
// subject is a role noun referring back to a person the article named in
// that role ("Senator Ann Hall ... The senator has attacked the governor
// for her "reckless spending"", the issue's own example in an article) is
// that person's; and verbs of blame, praise and demand govern one like
// "attacked" does. Failed before: no quotation was found. A role with no
// one named in it, and a noun form ("her demands for"), give none.
func TestShortPartialRoleSubjectAndVerbs(t *testing.T) {
	runCueCases(t, []cueCase{
		{"role noun refers back", `Senator Ann Hall spoke on Monday. The senator has attacked the governor for her "reckless spending" on the stadium.`,
			[]want{{"reckless spending", "Ann Hall", "attacked"}}},
		{"minister refers back", `Finance Minister Tom Reed met bankers in Frankfurt. The minister later condemned their "reckless lending" in a speech.`,
			[]want{{"reckless lending", "Tom Reed", "condemned"}}},
		{"thanked", `Tom Reed thanked the crews for their "heroic work" during the storm.`,
			[]want{{"heroic work", "Tom Reed", "thanked"}}},
		{"demanded", `Ann Hall demanded "immediate action" from the ministry.`,
			[]want{{"immediate action", "Ann Hall", "demanded"}}},
		// Must not fire.
		{"role with no one named", `The senator has attacked the governor for her "reckless spending" on the stadium.`, nil},
		{"noun demands", `Ann Hall listed her demands for "more housing" at the meeting.`, nil},
	})
}
