package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// FromText builds an Article from plain article text.
//
// The first line is the title when it looks like a headline: at most 200
// characters, not ending in sentence punctuation, and either a paragraph of
// its own or followed by a line that starts a sentence (capital, digit or
// quotation mark), so a hard-wrapped first sentence is not mistaken for one.
// The rest becomes Text: paragraphs are separated by one blank line, and the
// lines inside a paragraph are joined with a space so hard-wrapped text
// reads as the sentences it contains. Text with no blank line whose lines
// mostly end sentences has a paragraph on each line.
func FromText(text string) Article {
	text = strings.TrimPrefix(text, "\ufeff")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	text = strings.TrimSpace(text)
	var a Article
	if first, rest, ok := strings.Cut(text, "\n"); ok && isHeadline(first, rest) {
		a.Title = strings.Join(strings.Fields(first), " ")
		text = rest
	}
	sep := "\n\n"
	if !strings.Contains(text, "\n\n") && linePerParagraph(text) {
		sep = "\n"
	}
	var paras []string
	for _, block := range strings.Split(text, sep) {
		if p := strings.Join(strings.Fields(block), " "); p != "" {
			paras = append(paras, p)
		}
	}
	a.Text = strings.Join(paras, "\n\n")
	return a
}

// linePerParagraph reports whether text without blank lines puts one
// paragraph on each line, as many plain-text exports do, rather than
// hard-wrapping paragraphs: most of its lines end a sentence.
func linePerParagraph(text string) bool {
	lines := strings.Split(text, "\n")
	if len(lines) < 3 {
		return false // too few to tell
	}
	ends := 0
	for _, l := range lines {
		last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(l))
		if strings.ContainsRune(".!?\"”’'…)", last) {
			ends++
		}
	}
	return ends*3 >= len(lines)*2
}

func isHeadline(line, rest string) bool {
	line = strings.TrimSpace(line)
	if line == "" || len(line) > 200 || strings.TrimSpace(rest) == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if strings.ContainsRune(".!?:;,\"”’", last) {
		return false
	}
	if strings.TrimSpace(strings.SplitN(rest, "\n", 2)[0]) == "" {
		return true // a paragraph of its own
	}
	next, _ := utf8.DecodeRuneInString(strings.TrimSpace(rest))
	return unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune("\"“‘'«", next)
}
