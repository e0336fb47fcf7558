package quote

// titleOpensOrgName reports whether the title word toks[i] opens an
// organisation's name of three words or more that ends in an
// organisation's word, only English words between (no given name, title
// or possessive):
// "Judge Business School", "Princess Royal University Hospital" (not
// "Judge Ann Tan", "Queen Elizabeth Hospital", "Mayor Jo Park", whose
// given name makes a person's name of it).
func titleOpensOrgName(toks []token, i int) bool {
	n := len(toks)
	if n-i < 3 || !toks[n-1].in(lxOrgWords) || orgAdjectives[toks[n-1].low] || toks[n-1].poss {
		return false
	}
	for _, t := range toks[i+1 : n-1] {
		if t.poss || !t.cap || !englishWord(t.low) || isFirstName(t) || givenNameGender(t.low) != 0 || t.in(lxTitles) || honorificOf(t) {
			return false
		}
	}
	return true
}
