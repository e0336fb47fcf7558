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

// sharesUnnamedCue reports whether span i, whose token is ti, stands
// right before span i+1 (token tj) in its paragraph with nothing between,
// both whole quotations, and nextUnnamed: span i+1 has a cue after it
// that names no one (see extract).
func sharesUnnamedCue(spans []span, toks []token, i, ti, tj int, nextUnnamed bool) bool {
	return nextUnnamed && ti >= 0 && tj == ti+1 && spans[i].para == spans[i+1].para && spans[i].chain == i && spans[i+1].chain == i+1 &&
		toks[ti].para == toks[tj].para
}
