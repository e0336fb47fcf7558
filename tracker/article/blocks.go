package article

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Pages mark up their text in ways the extractor reads badly; prepareBlocks
// rewrites them before extraction, without changing any words:
//
//   - <noscript> holds markup for browsers without scripts (an <img> of a
//     lazy-loaded photo, "please enable JavaScript"). The parser keeps it as
//     raw text, which came out as text ("<img src=...>") or lost the
//     paragraph around it. Short ones go; one holding a whole article (a
//     blog served as a script app) stays.
//   - Paragraphs separated only by <br><br> (or by one <br> after a
//     sentence, between long lines), in a <p> or written straight into a
//     <div>, become <p> elements, so they are not run together, printed
//     twice or lost.
//   - A drop capital, the first letter of the story in its own element
//     (<span class="dropcap">S</span>tar Wars, an <img alt="S">, a <div>
//     before the paragraph), is joined to the word it begins.
func prepareBlocks(doc *html.Node) {
	var noscripts, holders, caps []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Noscript:
				noscripts = append(noscripts, c)
				continue
			case atom.Script, atom.Style, atom.Template, atom.Textarea:
				continue
			case atom.Br:
				if len(holders) == 0 || holders[len(holders)-1] != n {
					holders = append(holders, n)
				}
			}
			if isCapCandidate(c) {
				caps = append(caps, c)
			}
			walk(c)
		}
	}
	walk(doc)
	for _, n := range noscripts {
		if noscriptWords(n) < maxNoscriptWords && n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
	for _, n := range caps {
		joinDropCap(n)
	}
	for _, n := range holders {
		splitBreaks(n)
	}
}

// maxNoscriptWords is the size from which a <noscript> is taken to hold
// the page's content rather than a fallback image or a warning.
const maxNoscriptWords = 100

// noscriptWords counts the words of a <noscript>'s text outside tags.
func noscriptWords(n *html.Node) int {
	words := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.TextNode {
			continue
		}
		s, inTag := c.Data, false
		inWord := false
		for _, r := range s {
			switch {
			case r == '<':
				inTag, inWord = true, false
			case r == '>':
				inTag = false
			case inTag:
			case unicode.IsSpace(r):
				inWord = false
			case !inWord:
				inWord = true
				words++
			}
		}
	}
	return words
}

// ---- paragraphs separated by <br> ----

// isBreakHolder tells the elements whose line breaks may part paragraphs:
// a <p>, and the containers text is written straight into (a <div>, a
// table cell, ...). Text in a container between <br>s was printed twice by
// the extractor, run together and then line by line, or lost. (Issue 8's
// eighth round parted only <p>s: parting containers wrapped an unknown
// element holding a whole story, with its <p>s, in one more <p>, which the
// extractor printed twice; holdsBlock keeps such an element whole.)
func isBreakHolder(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Main, atom.Td, atom.Blockquote, atom.Dd, atom.Font, atom.Center, atom.Body:
		return true
	}
	return false
}

// minLineWords is the least words each of two lines parted by a single
// <br> must hold for the break to part paragraphs: shorter lines are an
// address, verse or a list of facts.
const minLineWords = 12

// brItem is a run of a break holder's children: inline content (text and
// inline elements), a run of <br>s, or a block element.
type brItem struct {
	nodes []*html.Node
	brs   int // a run of this many <br>s (and the blank text between them)
	block bool
}

// splitBreaks wraps the paragraphs of n that only <br>s part into <p>s:
// at two or more <br>s, or, in a holder that never doubles them, at one
// <br> after a sentence once one such break lies between two long lines.
// Nothing changes when none does (an address, verse, a line broken inside
// a paragraph).
func splitBreaks(n *html.Node) {
	if n.Type != html.ElementNode || !isBreakHolder(n.DataAtom) || n.Parent == nil {
		return
	}
	var items []brItem
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		var last *brItem
		if len(items) > 0 {
			last = &items[len(items)-1]
		}
		switch {
		case c.Type == html.ElementNode && c.DataAtom == atom.Br:
			if last != nil && last.brs > 0 {
				last.nodes = append(last.nodes, c)
				last.brs++
			} else {
				items = append(items, brItem{nodes: []*html.Node{c}, brs: 1})
			}
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" && last != nil && last.brs > 0:
			last.nodes = append(last.nodes, c)
		case c.Type == html.ElementNode && (isBlock(c.DataAtom) || c.DataAtom == atom.Noscript || c.DataAtom == atom.Script || c.DataAtom == atom.Style || holdsBlock(c)):
			items = append(items, brItem{nodes: []*html.Node{c}, block: true})
		case c.Type == html.CommentNode && last == nil:
			items = append(items, brItem{nodes: []*html.Node{c}})
		default:
			if last != nil && last.brs == 0 && !last.block {
				last.nodes = append(last.nodes, c)
			} else {
				items = append(items, brItem{nodes: []*html.Node{c}})
			}
		}
	}
	// Breaks between two runs of text may part paragraphs. A holder that
	// parts any with two <br>s parts them only so: its single <br>s wrap
	// lines inside a paragraph (old pages break every line). One that never
	// doubles them parts lines after a sentence's end (or a colon), once
	// one such break lies between two long lines; otherwise nothing
	// changes (an address, verse).
	split := make([]bool, len(items))
	double, sure := false, false
	for i, it := range items {
		if it.brs == 0 || i == 0 || i == len(items)-1 || items[i-1].block || items[i-1].brs > 0 || items[i+1].block {
			continue
		}
		before, after := runText(items[i-1].nodes), runText(items[i+1].nodes)
		if before == "" || after == "" {
			continue
		}
		if it.brs >= 2 {
			double = true
		}
		if len(strings.Fields(before)) >= minLineWords && len(strings.Fields(after)) >= minLineWords && endsSentence(before) {
			sure = true
		}
		split[i] = endsSentence(before) || strings.HasSuffix(before, ":")
	}
	any := false
	for i, it := range items {
		switch {
		case !split[i] && it.brs < 2:
		case double:
			split[i] = it.brs >= 2 && i > 0 && i < len(items)-1 && runText(items[i-1].nodes) != "" && runText(items[i+1].nodes) != ""
		default:
			split[i] = split[i] && sure
		}
		any = any || split[i]
	}
	if !any {
		return
	}
	// Rebuild: each paragraph a <p>; block children and kept breaks stay.
	var out [][]*html.Node // each entry: nodes of one paragraph, or one block node
	var para []*html.Node
	flush := func() {
		if len(para) > 0 {
			out = append(out, para)
			para = nil
		}
	}
	for i, it := range items {
		switch {
		case it.block:
			flush()
			out = append(out, []*html.Node{nil, it.nodes[0]}) // nil marks a block
		case split[i]:
			flush()
		case it.brs > 0 && (len(para) == 0 || i == len(items)-1 || items[i+1].block):
			// Breaks opening or closing a paragraph part nothing: left
			// inside its <p>, the extractor printed the paragraph twice.
			flush()
		default:
			para = append(para, it.nodes...)
		}
	}
	flush()
	for _, it := range items {
		for _, c := range it.nodes {
			n.RemoveChild(c)
		}
	}
	if n.DataAtom == atom.P {
		// A <p> cannot hold <p>s: its paragraphs become its siblings.
		for _, group := range out {
			if group[0] == nil {
				n.Parent.InsertBefore(group[1], n)
				continue
			}
			n.Parent.InsertBefore(wrapP(group, n.Attr), n)
		}
		n.Parent.RemoveChild(n)
		return
	}
	for _, group := range out {
		if group[0] == nil {
			n.AppendChild(group[1])
			continue
		}
		if strings.TrimSpace(runText(group)) == "" {
			for _, c := range group {
				n.AppendChild(c)
			}
			continue
		}
		n.AppendChild(wrapP(group, nil))
	}
}

// holdsBlock reports whether an element that is not itself a block holds
// one: an unknown tag around the story's <p>s (an old page's <nyt_text>),
// a <font> or <span> around a table. Wrapped in a <p> with the lines beside
// it, it would put paragraphs inside a paragraph, which the extractor
// prints twice, once run together.
func holdsBlock(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if isBlock(c.DataAtom) || c.DataAtom == atom.Td || c.DataAtom == atom.Th || c.DataAtom == atom.Form ||
			c.DataAtom == atom.Nav || c.DataAtom == atom.Center || holdsBlock(c) {
			return true
		}
	}
	return false
}

func wrapP(nodes []*html.Node, attr []html.Attribute) *html.Node {
	p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
	for _, a := range attr {
		if a.Key != "id" {
			p.Attr = append(p.Attr, a)
		}
	}
	for _, c := range nodes {
		p.AppendChild(c)
	}
	return p
}

// runText is the text of nodes, whitespace collapsed.
func runText(nodes []*html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			b.WriteByte(' ')
		case html.ElementNode:
			if n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.Noscript {
				return
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
	}
	for _, n := range nodes {
		walk(n)
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// endsSentence tells text whose last character closes a sentence.
func endsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?\"”’…)", r)
}

// ---- drop capitals ----

// isCapCandidate tells an element that may hold a drop capital: its whole
// text one capital letter (after an opening quotation mark, if any), or an
// image whose alternative text is that.
func isCapCandidate(n *html.Node) bool {
	if n.DataAtom == atom.Img {
		return capLetter(attr(n, "alt")) != "" && hasCapClass(n)
	}
	switch n.DataAtom {
	case atom.Span, atom.Strong, atom.B, atom.Em, atom.I, atom.Big, atom.Font, atom.Div, atom.P, atom.Sup, atom.Abbr:
	default:
		return false
	}
	if n.FirstChild == nil || !shortText(n, 2) {
		return false
	}
	return capLetter(runText([]*html.Node{n})) != ""
}

// shortText tells whether n's text holds at most limit characters other
// than white space, stopping as soon as it holds more.
func shortText(n *html.Node, limit int) bool {
	count := 0
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		if n.Type == html.TextNode {
			for _, r := range n.Data {
				if !unicode.IsSpace(r) {
					if count++; count > limit {
						return false
					}
				}
			}
			return true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !walk(c) {
				return false
			}
		}
		return true
	}
	return walk(n)
}

// capLetter returns s when it is one capital letter, possibly after an
// opening quotation mark, else "".
func capLetter(s string) string {
	s = strings.TrimSpace(s)
	rs := []rune(s)
	if len(rs) == 2 && strings.ContainsRune("\"“‘'«", rs[0]) {
		rs = rs[1:]
	}
	if len(rs) == 1 && unicode.IsUpper(rs[0]) {
		return s
	}
	return ""
}

func hasCapClass(n *html.Node) bool {
	c := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	return strings.Contains(c, "drop") || strings.Contains(c, "cap") || strings.Contains(c, "initial") || strings.Contains(c, "first-letter")
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// joinDropCap moves the letter of drop capital n to the start of the text
// after it when that text goes on with a lower-case letter: at once
// ("S" + "tar Wars"), or after a space when n is marked as a drop capital
// and its letter is not a word of its own (not "A" or "I"); a marked
// capital also joins capitals right after it ("T" + "HE council", a word
// set in small capitals). The element goes; its letter becomes text.
func joinDropCap(n *html.Node) {
	if n.Parent == nil {
		return
	}
	var letter string
	if n.DataAtom == atom.Img {
		letter = capLetter(attr(n, "alt"))
	} else {
		letter = capLetter(runText([]*html.Node{n}))
	}
	next := nextText(n)
	if next == nil {
		return
	}
	rest := next.Data
	trimmed := strings.TrimLeftFunc(rest, unicode.IsSpace)
	first, _ := utf8.DecodeRuneInString(trimmed)
	spaced := trimmed != rest
	if !unicode.IsLower(first) && (spaced || !unicode.IsUpper(first) || !hasCapClass(n)) {
		return // a marked capital before capitals goes on a word in small capitals: "T" "HE"
	}
	last, _ := utf8.DecodeLastRuneInString(letter)
	if spaced && (!hasCapClass(n) || last == 'A' || last == 'I') {
		return
	}
	next.Data = letter + trimmed
	n.Parent.RemoveChild(n)
}

// nextText is the first non-blank text node after n in its paragraph: in
// the inline elements after it (climbing out of inline parents), or, for a
// block n, at the start of the block after it. Nil when an image, a break
// or the paragraph's end comes first.
func nextText(n *html.Node) *html.Node {
	for cur := n; cur != nil; cur = cur.Parent {
		for s := cur.NextSibling; s != nil; s = s.NextSibling {
			if t := firstText(s); t != nil {
				return t
			}
			if s.Type == html.ElementNode && (s.DataAtom == atom.Img || s.DataAtom == atom.Br || isBlock(s.DataAtom) && !isBlock(n.DataAtom)) {
				return nil
			}
		}
		if isBlock(n.DataAtom) || cur.Parent == nil || cur.Parent.Type != html.ElementNode || isBlock(cur.Parent.DataAtom) {
			return nil
		}
	}
	return nil
}

// firstText is the first non-blank text node in n's subtree, or nil.
func firstText(n *html.Node) *html.Node {
	switch n.Type {
	case html.TextNode:
		if strings.TrimSpace(n.Data) != "" {
			return n
		}
		return nil
	case html.ElementNode:
		if n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.Noscript {
			return nil
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if t := firstText(c); t != nil {
				return t
			}
			if c.Type == html.ElementNode && (c.DataAtom == atom.Img || c.DataAtom == atom.Br) {
				return nil
			}
		}
	}
	return nil
}
