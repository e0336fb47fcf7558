package article

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// paragraphs renders extracted content as paragraphs: each block element
// (p, heading, list item, quote, table row, ...) starts a new paragraph.
//
// The extractor trims every text node, so the spaces around links and
// emphasis are gone; joinText puts them back where the punctuation shows
// they were.
func paragraphs(root *html.Node) []string {
	if root == nil {
		return nil
	}
	var (
		out []string
		cur string
	)
	flush := func() {
		if p := strings.Join(strings.Fields(cur), " "); p != "" {
			out = append(out, p)
		}
		cur = ""
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		var a atom.Atom
		switch n.Type {
		case html.TextNode:
			cur = joinText(cur, strings.Join(strings.Fields(n.Data), " "))
			return
		case html.ElementNode:
			// Nodes built by the extractor carry only Data, not DataAtom.
			a = atom.Lookup([]byte(n.Data))
			switch a {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return
			case atom.Br, atom.Td, atom.Th:
				if cur != "" {
					cur += " "
				}
			}
		}
		block := isBlock(a)
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		}
	}
	walk(root)
	flush()
	return out
}

// joinText appends next to the paragraph text so far, with a space between
// them unless the punctuation at the seam says there was none: before a
// closing mark (",", ".", ")", "”"), after an opening one ("(", "“", "$"),
// inside a straight-quoted passage's quotes, after a word-joining hyphen, or
// after a drop capital that starts the paragraph.
func joinText(prev, next string) string {
	if next == "" {
		return prev
	}
	if prev == "" || strings.HasSuffix(prev, " ") {
		return prev + next
	}
	last, _ := utf8.DecodeLastRuneInString(prev)
	first, _ := utf8.DecodeRuneInString(next)
	switch {
	case strings.ContainsRune(",.;:!?)]}%»”’…", first):
		return prev + next
	case strings.ContainsRune("([{«“‘$#@/", last):
		return prev + next
	case last == '"' && strings.Count(prev, `"`)%2 == 1: // an opening quote
		return prev + next
	case first == '"' && strings.Count(prev, `"`)%2 == 1: // the closing quote
		return prev + next
	case last == '-' && len(prev) > 1 && isLetter(prev[:len(prev)-1]):
		return prev + next
	case utf8.RuneCountInString(prev) == 1 && unicode.IsUpper(last) && unicode.IsLower(first):
		return prev + next // drop capital
	case unicode.IsLetter(last) && strings.ContainsRune("'‘’", first) && isContraction(next):
		return prev + next // isn't, Bagram's split by markup
	}
	return prev + " " + next
}

// isContraction reports whether s starts with an apostrophe and a
// contraction or possessive ending: 's, 't, 're, 'll, 've, 'd, 'm.
func isContraction(s string) bool {
	_, n := utf8.DecodeRuneInString(s)
	rest := s[n:]
	end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(rest)
	}
	switch strings.ToLower(rest[:end]) {
	case "s", "t", "re", "ll", "ve", "d", "m":
		return true
	}
	return false
}

func isLetter(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r)
}

func isBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Main, atom.Header, atom.Footer, atom.Aside,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Ul, atom.Ol, atom.Li, atom.Dl, atom.Dt, atom.Dd,
		atom.Blockquote, atom.Pre, atom.Table, atom.Tr, atom.Caption,
		atom.Figure, atom.Figcaption, atom.Hr, atom.Summary, atom.Details, atom.Body:
		return true
	}
	return false
}
