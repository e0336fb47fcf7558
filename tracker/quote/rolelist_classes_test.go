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

// A role given with a word that makes it another office ("Former President
// Donald Trump", "Vice President Kamala Harris", "the shadow chancellor")
// is not what "the president said" or "the chancellor said" refers to; "the
// former president said" is. Before, the person named last with the role's
// noun was given at 0.85, shown to readers.
func TestAnotherOffice(t *testing.T) {
	runCueCases(t, []cueCase{
		{"former president", `President Joe Biden signed the bill on Tuesday. Former President Donald Trump called it a disaster. "It will create jobs for a generation," the president said.`,
			[]want{{"It will create jobs for a generation,", "Joe Biden", "said"}}},
		{"vice president", `President Joe Biden signed the bill on Tuesday. Vice President Kamala Harris praised it. "It will create jobs for a generation," the president said.`,
			[]want{{"It will create jobs for a generation,", "Joe Biden", "said"}}},
		{"apposition", `President Joe Biden signed the bill on Tuesday. Donald Trump, the former president, called it a disaster. "It will create jobs for a generation," the president said.`,
			[]want{{"It will create jobs for a generation,", "Joe Biden", "said"}}},
		{"the former president said", `Former President Donald Trump called the bill a disaster. President Joe Biden signed it on Tuesday. "It will destroy jobs for a generation," the former president said.`,
			[]want{{"It will destroy jobs for a generation,", "Donald Trump", "said"}}},
		{"shadow chancellor only", `Shadow chancellor Tom Reed attacked the budget. "This budget delivers for working families," the chancellor said.`,
			[]want{{"This budget delivers for working families,", "", "said"}}},
		{"deputy", `Deputy Prime Minister Ann Hall opened the debate. "We will not raise taxes," the deputy prime minister said.`,
			[]want{{"We will not raise taxes,", "Ann Hall", "said"}}},
		// Not fired: the office itself, given plainly.
		{"the president", `President Joe Biden signed the bill on Tuesday. "It will create jobs for a generation," the president said.`,
			[]want{{"It will create jobs for a generation,", "Joe Biden", "said"}}},
		{"acting holds the office", `Acting President Ann Hall signed the decree. "The country needs calm," the president said.`,
			[]want{{"The country needs calm,", "Ann Hall", "said"}}},
	})
}

// "said the singer and guitarist, Tom Reed": two roles of one person joined
// by "and", then the name in apposition. Before, the description stopped
// at "and" and the speaker was "".
func TestJoinedRolesThenName(t *testing.T) {
	runCueCases(t, []cueCase{
		{"after verb", `"It was an honour," said the singer and guitarist, Tom Reed.`,
			[]want{{"It was an honour,", "Tom Reed", "said"}}},
		{"possessed", `"It was an honour," said the band's singer and guitarist, Tom Reed.`,
			[]want{{"It was an honour,", "Tom Reed", "said"}}},
		// Not fired: two people, each with an article.
		{"two people", `"It was an honour," said the singer and the guitarist, Tom Reed and Ann Hall.`,
			[]want{{"It was an honour,", "", "said"}}},
	})
}

// A role written in capitals after an indefinite determiner ("One MP told
// the BBC", "a Tory MP said", "two MPs said", "a CEO told") is someone the
// text does not name. Before, "MP", "Tory MP", "MPs" or "CEO" was given as
// the speaker's name at confidence 1.
func TestRoleAcronymIsNoName(t *testing.T) {
	runCueCases(t, []cueCase{
		{"one MP", `One MP told the BBC: "The mood is grim."`,
			[]want{{"The mood is grim.", "", "told the BBC"}}},
		{"a Tory MP", `A Tory MP said: "The mood is grim."`,
			[]want{{"The mood is grim.", "", "said"}}},
		{"one senior MP after", `"The mood is grim," said one senior Labour MP.`,
			[]want{{"The mood is grim,", "", "said"}}},
		{"two MPs", `Two MPs said: "The mood is grim."`,
			[]want{{"The mood is grim.", "", "said"}}},
		{"a CEO", `A CEO told the conference: "The mood is grim."`,
			[]want{{"The mood is grim.", "", "told the conference"}}},
		// Not fired: a named MP, with the seat after the name or the role
		// before it.
		{"seat after name", `Tom Hale MP said: "The mood is grim."`,
			[]want{{"The mood is grim.", "Tom Hale", "said"}}},
		{"role before name", `Labour MP Tom Hale said: "The mood is grim."`,
			[]want{{"The mood is grim.", "Tom Hale", "said"}}},
		{"the MP", `Tom Hale, the MP for Leeds, spoke first. "The mood is grim," the MP said.`,
			[]want{{"The mood is grim,", "Tom Hale", "said"}}},
	})
}
