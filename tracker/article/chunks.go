package article

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Some sites print one article body as several containers of the same
// class, with an advertisement or a newsletter box between them (Wired:
// one "article__body" per few paragraphs). The extractor takes the first
// element that looks like an article body, which loses every paragraph
// after the first break. mergeBodyChunks moves the paragraphs of the later
// containers into the first, so that the body is whole.

// bodyClasses are the class names the extractor reads as an article body
// (go-trafilatura's content selectors).
var bodyClasses = []string{
	"article-body", "article__body", "articlebody", "article-content", "article__content", "article-text",
	"articletext", "entry-content", "post-content", "post_content", "postcontent", "post-body", "post-text",
	"post-entry", "story-body", "story-content", "storycontent", "body-text", "text-content", "content-body",
	"content__body", "field-body",
}

// minChunkText is the least paragraph text a container needs to count as
// a part of the body (an empty "continue reading" box of the same class
// does not).
const minChunkText = 80

// mergeBodyChunks joins the containers of an article body split into
// several elements with the same tag and the same class attribute, a
// class the extractor reads as a body: the children of the second and
// later ones are moved, in order, to the end of the first. Containers
// nested in one another, or with little paragraph text, are left alone,
// and so are containers with a heading or paragraphs of text between them
// (teasers of other stories on a listing page, the posts of a live blog):
// only an advertisement, a newsletter box or an image may part the chunks
// of one body.
func mergeBodyChunks(doc *html.Node) {
	groups := map[string][]*html.Node{}
	var order []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return
			case atom.Div, atom.Section, atom.Article, atom.Main:
				if c := classOf(n); c != "" && isBodyClass(c) {
					key := n.Data + "\x00" + c
					if _, ok := groups[key]; !ok {
						order = append(order, key)
					}
					groups[key] = append(groups[key], n)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for _, key := range order {
		var chunks []*html.Node
		for _, n := range groups[key] {
			if paragraphText(n) >= minChunkText {
				chunks = append(chunks, n)
			}
		}
		if len(chunks) < 2 || nested(chunks) || !onlyClutterBetween(doc, chunks) {
			continue
		}
		first := chunks[0]
		for _, n := range chunks[1:] {
			for c := n.FirstChild; c != nil; {
				next := c.NextSibling
				n.RemoveChild(c)
				first.AppendChild(c)
				c = next
			}
			if n.Parent != nil {
				n.Parent.RemoveChild(n)
			}
		}
	}
}

// classOf is n's class attribute, its white space squashed.
func classOf(n *html.Node) string { return clean1(attr(n, "class")) }

func isBodyClass(class string) bool {
	l := strings.ToLower(class)
	for _, b := range bodyClasses {
		if strings.Contains(l, b) {
			return true
		}
	}
	return false
}

// paragraphText counts the bytes of text inside the <p> elements under n.
func paragraphText(n *html.Node) int {
	total := 0
	var walk func(n *html.Node, inP bool)
	walk = func(n *html.Node, inP bool) {
		switch {
		case n.Type == html.TextNode && inP:
			total += len(strings.TrimSpace(n.Data))
		case n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style):
			return
		case n.Type == html.ElementNode && n.DataAtom == atom.P:
			inP = true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inP)
		}
	}
	walk(n, false)
	return total
}

// nested reports whether one of ns contains another.
func nested(ns []*html.Node) bool {
	in := map[*html.Node]bool{}
	for _, n := range ns {
		in[n] = true
	}
	for _, n := range ns {
		for p := n.Parent; p != nil; p = p.Parent {
			if in[p] {
				return true
			}
		}
	}
	return false
}

// onlyClutterBetween reports whether nothing between consecutive chunks
// (in document order, outside them) is a heading or paragraph text.
func onlyClutterBetween(doc *html.Node, chunks []*html.Node) bool {
	next := 0 // the chunk to meet next
	inGap := false
	ok := true
	para := 0 // paragraph text in the current gap
	var walk func(n *html.Node, inP bool) bool
	walk = func(n *html.Node, inP bool) bool {
		if next < len(chunks) && n == chunks[next] {
			next++
			inGap = next < len(chunks)
			para = 0
			return true // skip the chunk's own content
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return true
			case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				if inGap && strings.TrimSpace(textOf(n)) != "" {
					ok = false
					return false
				}
			case atom.P:
				inP = true
			}
		}
		if n.Type == html.TextNode && inGap && inP {
			if para += len(strings.TrimSpace(n.Data)); para >= minChunkText {
				ok = false
				return false
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !walk(c, inP) {
				return false
			}
		}
		return true
	}
	walk(doc, false)
	return ok && next == len(chunks)
}

// textOf is the text under n.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// spaceBlocks puts a line break between a block element and what touches
// it with no white space between (`</section><section>`, a spacer `<div>`
// between two runs of text): the extractor joins the text of blocks it
// does not keep as paragraphs, and without white space at the seam it
// glues their words ("Netherlands.It is"). Only seams between runs of
// text of minSeamText or more are opened: a label beside its links
// ("Topic") is left alone, as the extractor weighs such blocks by their
// text.
func spaceBlocks(doc *html.Node) {
	size := textSizes(doc)
	seamText := func(n *html.Node) bool {
		if n.Type == html.TextNode {
			return len(strings.TrimSpace(n.Data)) >= minSeamText
		}
		return size[n] >= minSeamText
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head:
				continue
			}
			walk(c)
			if !isBlock(c.DataAtom) {
				continue
			}
			// Only between runs of text long enough to be sentences: a
			// label beside its links ("Topic") is left as it is.
			if size[c] == 0 {
				// An empty block (a spacer) parts the text around it.
				if p := c.PrevSibling; p != nil && touches(p, false) && seamText(p) {
					n.InsertBefore(&html.Node{Type: html.TextNode, Data: "\n"}, c)
				}
				continue
			}
			if size[c] < minSeamText {
				continue
			}
			if p := c.PrevSibling; p != nil && touches(p, false) && seamText(p) {
				n.InsertBefore(&html.Node{Type: html.TextNode, Data: "\n"}, c)
			}
			if s := c.NextSibling; s != nil && touches(s, true) && seamText(s) {
				n.InsertBefore(&html.Node{Type: html.TextNode, Data: "\n"}, s)
				c = c.NextSibling // the break just added
			}
		}
	}
	walk(doc)
}

// nonSpace counts the characters of s that are not white space.
func nonSpace(s string) int {
	k := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			k++
		}
	}
	return k
}

// textSizes maps each element of doc to the characters of text under it
// (outside scripts and styles, white space excluded), in one pass.
func textSizes(doc *html.Node) map[*html.Node]int {
	size := map[*html.Node]int{}
	var walk func(n *html.Node) int
	walk = func(n *html.Node) int {
		switch n.Type {
		case html.TextNode:
			return nonSpace(n.Data)
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return 0
			}
		}
		t := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			t += walk(c)
		}
		if n.Type == html.ElementNode {
			size[n] = t
		}
		return t
	}
	walk(doc)
	return size
}

// touches reports whether the sibling s of a block element meets it with
// no white space: an element, or text not starting (after) or ending
// (before) with white space.
func touches(s *html.Node, after bool) bool {
	switch s.Type {
	case html.ElementNode:
		return true
	case html.TextNode:
		if s.Data == "" {
			return false
		}
		var r rune
		if after {
			r, _ = utf8.DecodeRuneInString(s.Data)
		} else {
			r, _ = utf8.DecodeLastRuneInString(s.Data)
		}
		return !unicode.IsSpace(r)
	}
	return false
}

// minSeamText is the least text on either side of a seam spaceBlocks
// opens.
const minSeamText = 12
