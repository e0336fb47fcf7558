package quote

import "testing"

// A nickname in quotation marks inside a person's name ("Robert "Bob"
// Smith", "William 'Bill' Turner") is a word of the name, not a quotation:
// the name runs on through it, so "Smith said" is Robert "Bob" Smith and
// "he said" does not stop at "Robert". Failed before: the speaker was
// "Smith", "Turner", or "Robert" (a given name alone, at 0.85).
func TestNicknameInName(t *testing.T) {
	runCueCases(t, []cueCase{
		{"double marks then surname", `Robert "Bob" Smith, the county sheriff, has served for years. "We will find whoever did this," Smith said.`,
			[]want{{"We will find whoever did this,", `Robert "Bob" Smith`, "said"}}},
		{"apposition then he", `The sheriff, Robert "Bob" Smith, spoke on Monday. "We will find whoever did this," he said.`,
			[]want{{"We will find whoever did this,", `Robert "Bob" Smith`, "said"}}},
		{"curly marks", "Gerald “Jerry” Moss runs the ferry. “The river has never been this low,” Moss said.",
			[]want{{"The river has never been this low,", "Gerald “Jerry” Moss", "said"}}},
		{"single marks in a double-mark text", `William 'Bill' Turner runs the shop. "Business has never been this slow," Turner said.`,
			[]want{{"Business has never been this slow,", "William 'Bill' Turner", "said"}}},
		// Must not fire: a quoted word after a name that is no given
		// name, or with no name after it, stays what it was.
		{"not a given name", `Protesters called Amazon "Greedy" on Tuesday. "We want a fair wage," said Ann Cole, a packer.`,
			[]want{{"We want a fair wage,", "Ann Cole", "said"}}},
		{"quotation after a name", `Ann Cole told Tom "Go home and rest." He did not answer.`,
			[]want{{"Go home and rest.", "Ann Cole", "told Tom"}}},
	})
}
