package article

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Lists of other stories' headlines sit inside or right after the article
// body on many sites: "More Great WIRED Stories", "Further Reading", a
// sidebar of the day's other items whose every entry is a link. The
// extractor keeps them as paragraphs, and nothing in their text tells them
// from the story's own short lines. Their markup does: every entry is a
// link, or a heading announcing other stories stands above them.
// dropLinkLists removes both before extraction.

// relatedHeading is a heading that announces links to other stories.
var relatedHeading = regexp.MustCompile(`(?i)^(?:` + strings.Join([]string{
	`(?:more|other|related|recommended|suggested|popular|trending|top|latest|further|editor'?s|editors'|also|featured)\b.{0,40}\b(?:stories|articles|news|reads?|reading|videos?|coverage|links|headlines|picks|posts)`,
	`related(?: content)?`, `read (?:more|next|also)`, `(?:see|read) also`, `what to read next`, `recommended(?: for you)?`,
	`(?:most|top) (?:read|watched|viewed|popular|shared|commented)\b.{0,30}`, `more (?:from|on|in|about) .{1,40}`,
	`you (?:may|might) (?:also )?(?:like|enjoy|be interested in)`, `don'?t miss`, `in other news`,
}, "|") + `)[\s:.…]*$`)

// maxRelatedHeading bounds the length of a heading relatedHeading is tried on.
const maxRelatedHeading = 60

// A list whose every entry is a link is a list of headlines when it has
// at least minLinkItems entries, each at most maxLinkItem characters with
// at least linkShareItem of its text inside links.
const (
	minLinkItems  = 3
	maxLinkItem   = 200
	linkShareItem = 0.9
	// linkShareAfter is the share of link text that makes a block after a
	// relatedHeading part of the list it announces.
	linkShareAfter = 0.5
)

func dropLinkLists(doc *html.Node) {
	var drop []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return
			case atom.Ul, atom.Ol:
				if headlineList(n) {
					drop = append(drop, n)
					// The list's own heading ("Just In", "Videos") goes
					// with it.
					if h := prevElement(n); h != nil && h.Type == html.ElementNode && isHeading(h) &&
						utf8.RuneCountInString(clean1(textOf(h))) <= maxRelatedHeading {
						drop = append(drop, h)
					}
					return
				}
			}
			if run := linkLineRun(n); len(run) > 0 {
				drop = append(drop, run...)
			}
			if card := storyCard(n); card != nil {
				drop = append(drop, card)
				return
			}
			if isHeading(n) {
				if t := clean1(textOf(n)); utf8.RuneCountInString(t) <= maxRelatedHeading && relatedHeading.MatchString(t) {
					if after := linkBlocksAfter(n); len(after) > 0 {
						drop = append(drop, n)
						drop = append(drop, after...)
						return
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	removeNodes(drop)
}

// A run of at least minLinkLines sibling blocks, each a line that is all
// link (a paragraph, a heading, a list item or a <div> of at most
// maxLinkItem characters, linkShareItem of them in links to other pages),
// is a list of other stories' headlines without a list's markup. One such
// line alone may be the story's ("Read the full report"); list items are
// left to headlineList, which weighs the whole list.
const minLinkLines = 2

// A story's body holds at least minProseParas paragraphs of at least
// minProseText characters, less than half of them in links.
const (
	minProseParas = 2
	minProseText  = 80
)

// linkLineRun returns the runs of link lines among n's children, when n
// is a story's body: it holds at least minProseParas paragraphs of prose
// too (a menu or a page of links is left to the extractor).
func linkLineRun(n *html.Node) []*html.Node {
	if !holdsProse(n) {
		return nil
	}
	var out, run []*html.Node
	flush := func() {
		if len(run) >= minLinkLines {
			out = append(out, run...)
		}
		run = run[:0]
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "", c.Type == html.CommentNode:
			continue
		case c.Type == html.ElementNode && isLinkLine(c):
			run = append(run, c)
		case c.Type == html.ElementNode && (c.DataAtom == atom.Br || c.DataAtom == atom.Hr):
			continue
		default:
			flush()
		}
	}
	flush()
	return out
}

// isLinkLine tells a block whose text is one short line, all of it in
// links to other pages.
func isLinkLine(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Div, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
	default:
		return false
	}
	all, link := textLens(n)
	if all == 0 || all > maxLinkItem || float64(link) < linkShareItem*float64(all) {
		return false
	}
	return linksOut(n) && !hasBlockChild(n)
}

// linksOut tells whether n holds a link to another page (not an anchor
// in this one, not a script).
func linksOut(n *html.Node) bool {
	if n.Type == html.ElementNode && n.DataAtom == atom.A {
		h := strings.TrimSpace(attr(n, "href"))
		return h != "" && !strings.HasPrefix(h, "#") && !strings.HasPrefix(strings.ToLower(h), "javascript:")
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if linksOut(c) {
			return true
		}
	}
	return false
}

func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && isBlock(c.DataAtom) {
			return true
		}
	}
	return false
}

// maxCardText bounds the text of a story card: a headline and a teaser;
// maxCardParts the elements beside its heading (teaser, date, picture,
// byline, ...).
const (
	maxCardText  = 400
	maxCardParts = 6
)

// storyCard returns n when it is a teaser of another story set in the
// body: a container whose heading is all a link to another page, beside
// at most a short teaser, a date or a picture ("<div class=card><h4><a
// href=/other>Headline</a></h4><p>Teaser.</p></div>"); or the heading
// alone when n is such a heading with no container of its own.
func storyCard(n *html.Node) *html.Node {
	if n.Type != html.ElementNode || n.DataAtom == atom.Body || n.DataAtom == atom.Article || n.DataAtom == atom.Main {
		return nil
	}
	// First the cheap tests: few children, one heading, all of it a link.
	var head *html.Node
	elems := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return nil
		case c.Type != html.ElementNode:
		case isHeading(c) && c.DataAtom != atom.H1 && head == nil:
			head = c
		case isHeading(c), c.DataAtom == atom.Ul, c.DataAtom == atom.Ol, c.DataAtom == atom.Table, c.DataAtom == atom.Form:
			return nil // a section of the page, not a teaser
		default:
			if elems++; elems > maxCardParts {
				return nil
			}
		}
	}
	if head == nil {
		return nil
	}
	all, link := textLens(head)
	if all == 0 || all > maxLinkItem || float64(link) < linkShareItem*float64(all) || !linksOut(head) {
		return nil
	}
	texts := 0 // children with text besides the heading: the teaser, a date
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c != head {
			if all, _ := textLens(c); all > 0 {
				texts++
			}
		}
	}
	if texts > 2 || holdsList(n) {
		return nil
	}
	if total, _ := textLens(n); total > maxCardText {
		return nil
	}
	if n.Parent == nil || !holdsProse(n.Parent) {
		return nil // not inside a story: a page of teasers is left to the extractor
	}
	return n
}

// holdsList tells an element with a list or a table inside.
func holdsList(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Ul || c.DataAtom == atom.Ol || c.DataAtom == atom.Table || holdsList(c)) {
			return true
		}
	}
	return false
}

// holdsProse tells an element holding at least minProseParas paragraphs of
// prose as its children: a story's body.
func holdsProse(n *html.Node) bool {
	prose := 0
	for c := n.FirstChild; c != nil && prose < minProseParas; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.P {
			if all, link := textLens(c); all >= minProseText && 2*link < all {
				prose++
			}
		}
	}
	return prose >= minProseParas
}

// isHeading reports whether n is a heading element or marked as one.
func isHeading(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	for _, a := range n.Attr {
		if a.Key == "role" && a.Val == "heading" {
			return true
		}
	}
	return false
}

// headlineList reports whether the list n holds only links: minLinkItems
// entries or more, each short and almost all link text.
func headlineList(n *html.Node) bool {
	items := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
				return false
			}
			continue
		}
		if c.DataAtom != atom.Li {
			return false
		}
		all, link := textLens(c)
		if all == 0 {
			continue
		}
		if all > maxLinkItem || float64(link) < linkShareItem*float64(all) {
			return false
		}
		items++
	}
	return items >= minLinkItems
}

// linkBlocksAfter returns the element siblings after the heading h (or
// after its wrapper, when h is alone in it) that are mostly link text, up
// to the first that is not.
func linkBlocksAfter(h *html.Node) []*html.Node {
	start := h
	if p := h.Parent; p != nil && nextElement(h) == nil && prevElement(h) == nil && p.DataAtom != atom.Body {
		start = p
	}
	var out []*html.Node
	for s := nextElement(start); s != nil; s = nextElement(s) {
		all, link := textLens(s)
		if all == 0 {
			if s.DataAtom == atom.Hr || s.DataAtom == atom.Br {
				continue
			}
			break
		}
		if float64(link) < linkShareAfter*float64(all) {
			break
		}
		out = append(out, s)
	}
	return out
}

func nextElement(n *html.Node) *html.Node {
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode {
			return s
		}
		if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
			return nil // text between: not a list of blocks
		}
	}
	return nil
}

func prevElement(n *html.Node) *html.Node {
	for s := n.PrevSibling; s != nil; s = s.PrevSibling {
		if s.Type == html.ElementNode || s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
			return s
		}
	}
	return nil
}

// textLens returns the characters of text under n (outside scripts and
// styles, white space squashed out) and how many of them are inside links.
func textLens(n *html.Node) (all, link int) {
	var walk func(n *html.Node, inA bool)
	walk = func(n *html.Node, inA bool) {
		switch {
		case n.Type == html.TextNode:
			k := nonSpace(n.Data)
			all += k
			if inA {
				link += k
			}
			return
		case n.Type == html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return
			case atom.A:
				inA = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inA)
		}
	}
	walk(n, false)
	return all, link
}

// maxCaption bounds the text of an element dropCaptions removes: a caption
// is a sentence or two, never a body.
const maxCaption = 400

// dropCaptions removes the captions of pictures printed inside the body as
// elements of their own (`<p class="imageCaption">`), which the extractor
// would keep as paragraphs between the story's, splitting a quotation that
// runs over them.
func dropCaptions(doc *html.Node) {
	var drop []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Body, atom.Html, atom.Article, atom.Main:
			case atom.Figcaption:
				drop = append(drop, n)
				return
			default:
				if isCaption(n) {
					if all, _ := textLens(n); all <= maxCaption {
						drop = append(drop, n)
						return
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	removeNodes(drop)
}

// isCaption reports whether n's class or id names it a caption.
func isCaption(n *html.Node) bool {
	for _, a := range n.Attr {
		if (a.Key == "class" || a.Key == "id") && strings.Contains(strings.ToLower(a.Val), "caption") {
			return true
		}
	}
	return false
}

// removeNodes takes each of nodes out of the tree it is in.
func removeNodes(nodes []*html.Node) {
	for _, n := range nodes {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
}
