package quote

import "unicode/utf8"

// nestedCloseBefore reports whether before, the text of a paragraph up to
// a straight or doubled double mark with white space on both sides, ends
// with a single mark closing a quotation inside the quotation, past the
// space, as in AP copy that closes with two apostrophes: (two backquotes)I
// told him (backquote)no,' (two apostrophes) said Mia Lopez. The double
// mark closes the outer quotation; the space only keeps the two marks
// apart. (Not after a plural possessive: "the kids' " ends with a letter
// before the mark.)
func nestedCloseBefore(before string) bool {
	j := len(before)
	for j > 0 && (before[j-1] == ' ' || before[j-1] == '\t') {
		j--
	}
	if j == len(before) || j == 0 {
		return false
	}
	r, n := utf8.DecodeLastRuneInString(before[:j])
	if r != '\'' && r != '’' {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(before[:j-n])
	switch p {
	case ',', '.', '!', '?':
		return true
	}
	return false
}
