package quote

import "testing"

// A bare list of one person's roles before the name ("chairman, CEO and
// president Craig Menear said"): the "and" joins roles, not two people.
// Each case failed before the rule; the near misses name two people, or
// put an article or possessive before the first role, and keep "".
func TestRoleListBeforeName(t *testing.T) {
	runCueCases(t, []cueCase{
		{"serial list after quote", `"Our results showed broad growth, yet sales fell short of our plan," chairman, CEO and president Joan Whitley said in the release.`,
			[]want{{"Our results showed broad growth, yet sales fell short of our plan,", "Joan Whitley", "said"}}},
		{"role and title after quote", `"We will keep investing in the stores through next year," chairman and CEO Omar Haddad said on a call with analysts.`,
			[]want{{"We will keep investing in the stores through next year,", "Omar Haddad", "said"}}},
		{"inverted role list", `"The charges will stand until a jury says otherwise," said prosecutor and deputy district attorney Mark Hale.`,
			[]want{{"The charges will stand until a jury says otherwise,", "Mark Hale", "said"}}},
		{"founder and partner told", `"The fund lost money for a third year running," founder and managing partner Lisa Stone told investors.`,
			[]want{{"The fund lost money for a third year running,", "Lisa Stone", "told investors"}}},
		// Two people: the words are one of theirs; the text does not say whose.
		{"possessive then title", `"We will appeal the ruling next week," his wife and Senator Tom Reed said.`,
			[]want{{"We will appeal the ruling next week,", "", "said"}}},
		{"indefinite role then title", `"Nobody here wanted the plant to close," a resident and Mayor Joan Fox said.`,
			[]want{{"Nobody here wanted the plant to close,", "", "said"}}},
		{"definite role then title", `"The vote is set for Monday night," the mayor and Governor Paul Gray said.`,
			[]want{{"The vote is set for Monday night,", "", "said"}}},
		{"name then title", `"The council has a plan for the river," Ann Lee and Mayor Carl Dunn said.`,
			[]want{{"The council has a plan for the river,", "", "*"}}},
	})
}
