package quote

import "testing"

// A given name that is also a function word ("Will", "May") names a
// person inside a sentence, before a surname: "said Will Tjernlund". At a
// sentence's start, or after a capitalised word in a headline, it stays a
// function word.
func TestNamesClassGivenNameFunctionWord(t *testing.T) {
	runCueCases(t, []cueCase{
		{"said Will Surname", `"Five of my thousand followers swiped away," said Will Tjernlund, a consultant for online sellers.`,
			[]want{{"Five of my thousand followers swiped away,", "Will Tjernlund", "said"}}},
		{"said May Surname", `"We open again on Monday," said May Okafor, who runs the bakery.`,
			[]want{{"We open again on Monday,", "May Okafor", "said"}}},
		{"modal opening a sentence", `Tom Reed spoke first. Will Reed's plan work? "Nobody knows yet," Tom Reed said.`,
			[]want{{"Nobody knows yet,", "Tom Reed", "said"}}},
	})
	toks := tokenize("Council Says It Will Veto Harbour Plan", paragraphs("Council Says It Will Veto Harbour Plan"), nil)
	for _, tk := range toks {
		if tk.text == "Will" && tk.name {
			t.Errorf("headline: %q made part of a name", tk.text)
		}
	}
}
