package article

import (
	"strings"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A newsletter's page is one long text of several short items, each under
// its own heading ("1 big thing: ...", "2. ..."), each item in a container
// of its own: <div class="story">, <article>, <section>. The extractor
// takes the first container that looks like a body, which keeps one item
// and loses the others. joinNewsletterItems puts the items' headings and
// paragraphs, in order, into one container in place of the first.
//
// Items are told from a rail of other stories' teasers (a heading linked
// to another page over a line or two): an item's heading is not a link,
// and the items hold prose: at least minItems of them, at least two with
// two paragraphs or more, minNewsletterProse characters in all. A heading
// may be an <h2>-<h6> or an element styled as one by its class (see
// styledHeading).
const (
	minItems           = 3
	minItemPara        = 60 // characters of a paragraph of prose
	minNewsletterProse = 600
)

func joinNewsletterItems(doc *html.Node) (boxes []*html.Node) {
	var groups [][]*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head, atom.Nav, atom.Footer, atom.Aside, atom.Form:
			return
		}
		if g := newsletterItems(n); g != nil {
			groups = append(groups, g)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				walk(c)
			}
		}
	}
	walk(doc)
	for _, g := range groups {
		if box := joinItems(g); box != nil {
			boxes = append(boxes, box)
		}
	}
	return boxes
}

// newsletterItems returns the children of n that are a newsletter's items
// (same tag and class, each a heading over prose), or nil.
func newsletterItems(n *html.Node) []*html.Node {
	bySig := map[string][]*html.Node{}
	var order []string
	count := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.Div, atom.Section, atom.Article, atom.Li:
		default:
			continue
		}
		count++
		sig := c.Data + "\x00" + classOf(c)
		if _, ok := bySig[sig]; !ok {
			order = append(order, sig)
		}
		bySig[sig] = append(bySig[sig], c)
	}
	if count < minItems {
		return nil
	}
	for _, sig := range order {
		g := bySig[sig]
		if len(g) < minItems {
			continue
		}
		var items []*html.Node
		long, prose := 0, 0
		for _, c := range g {
			paras, chars, ok := newsletterItem(c)
			if !ok {
				continue
			}
			items = append(items, c)
			prose += chars
			if paras >= 2 {
				long++
			}
		}
		if len(items) >= minItems && long >= 2 && prose >= minNewsletterProse && !proseBetween(g) {
			return g // all of them, in order: an item without prose (a post of a picture) too
		}
	}
	return nil
}

// proseBetween tells whether text other than the items' lies between the
// first and the last of them (a story's paragraphs around boxes of one
// class): joined, they would be put out of order. Only advertisements,
// pictures and prompts may part a newsletter's items.
func proseBetween(items []*html.Node) bool {
	member := map[*html.Node]bool{}
	for _, it := range items {
		member[it] = true
	}
	last := items[len(items)-1]
	for c := items[0].NextSibling; c != nil && c != last; c = c.NextSibling {
		switch {
		case member[c]:
		case c.Type == html.TextNode:
			if len(strings.Fields(c.Data)) > 3 {
				return true
			}
		case c.Type == html.ElementNode:
			if all, link := textLens(c); all-link >= 2*minItemPara {
				return true
			}
		}
	}
	return false
}

// newsletterItem tells whether n is a heading (not a link) over
// paragraphs of prose, and returns the paragraphs' number and characters.
func newsletterItem(n *html.Node) (paras, chars int, ok bool) {
	var head bool
	var walk func(c *html.Node) bool
	walk = func(c *html.Node) bool {
		for c := c.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch {
			case itemHeading(c):
				all, link := textLens(c)
				if all == 0 {
					continue
				}
				if paras == 0 && !head {
					if 2*link >= all || all > maxLinkItem {
						return false // a teaser's linked headline
					}
					head = true
				}
				continue
			case c.DataAtom == atom.P:
				all, link := textLens(c)
				if all >= minItemPara && 2*link < all {
					if !head {
						return false // prose before any heading
					}
					paras++
					chars += all
				}
				continue
			case c.DataAtom == atom.Script, c.DataAtom == atom.Style, c.DataAtom == atom.Form, c.DataAtom == atom.Nav:
				continue
			}
			if !walk(c) {
				return false
			}
		}
		return true
	}
	if !walk(n) || !head || paras == 0 {
		return 0, 0, false
	}
	return paras, chars, true
}

// itemHeading tells whether n is an item's heading: an <h2>-<h6>, an
// element of role "heading", or one styled as a heading (styledHeading).
func itemHeading(n *html.Node) bool {
	return (isHeading(n) && n.DataAtom != atom.H1) || styledHeading(n)
}

// styledHeading tells whether n, a <div>, <p> or <span> holding a line of
// text and no block, is printed as a heading by its class: a heading's
// level, as CSS frameworks name it ("h3"; "md:h4" at a screen width), or
// a word for one ("item-headline", "story__heading").
func styledHeading(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.P, atom.Span:
	default:
		return false
	}
	class := attr(n, "class")
	if class == "" {
		return false
	}
	found := strings.Contains(class, "headline") || strings.Contains(class, "Headline") ||
		strings.Contains(class, "heading") || strings.Contains(class, "Heading")
	for rest := class; !found && rest != ""; {
		tok := rest
		if i := strings.IndexAny(rest, " \t\n\r\f"); i >= 0 {
			tok, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		if i := strings.LastIndexByte(tok, ':'); i >= 0 {
			tok = tok[i+1:] // a breakpoint's prefix
		}
		found = len(tok) == 2 && (tok[0] == 'h' || tok[0] == 'H') && tok[1] >= '2' && tok[1] <= '6'
	}
	return found && !holdsBlock(n)
}

// joinItems moves the headings and text blocks of items, in order, into
// one <div> put in the place of the first, removes the items and returns
// the <div>. A heading styled by its class becomes an <h3>; captions stay
// behind with the pictures.
func joinItems(items []*html.Node) *html.Node {
	first := items[0]
	if first.Parent == nil {
		return nil
	}
	box := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	var collect func(n *html.Node)
	collect = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode {
				switch {
				case styledHeading(c) && !isHeading(c):
					n.RemoveChild(c)
					c.Data, c.DataAtom = "h3", atom.H3
					box.AppendChild(c)
				case c.DataAtom == atom.Figcaption, isCaption(c):
				case isHeading(c), c.DataAtom == atom.P, c.DataAtom == atom.Blockquote, c.DataAtom == atom.Ul,
					c.DataAtom == atom.Ol, c.DataAtom == atom.Pre, c.DataAtom == atom.Table:
					n.RemoveChild(c)
					box.AppendChild(c)
				case c.DataAtom == atom.Script, c.DataAtom == atom.Style, c.DataAtom == atom.Form, c.DataAtom == atom.Nav,
					c.DataAtom == atom.Figure, c.DataAtom == atom.Aside:
				default:
					collect(c)
				}
			}
			c = next
		}
	}
	for _, it := range items {
		collect(it)
	}
	first.Parent.InsertBefore(box, first)
	removeNodes(items)
	return box
}

// maxGreetingWords is the most words of a text read instead of a
// newsletter's items that may be taken for its greeting: a story is longer.
const maxGreetingWords = 150

// readNewsletter returns the paragraphs of a newsletter's joined items
// when the extractor read some other element instead (paras, from its
// selectors: a short greeting above the items in an element whose id
// begins with "main"), so that a briefing does not come out as its first
// lines. The box is marked as the article's body and the page read again;
// its text is kept if it is longer. A page whose items were read (paras
// hold half their words or more), whose text is a story rather than a
// greeting (over maxGreetingWords), or with no items joined, keeps paras.
func readNewsletter(doc *html.Node, boxes []*html.Node, paras []string, opts trafilatura.Options) []string {
	if len(boxes) == 0 {
		return paras
	}
	var box *html.Node
	most := 0
	for _, b := range boxes {
		if n := len(strings.Fields(textOf(b))); n > most {
			box, most = b, n
		}
	}
	have := wordCount(paras)
	if box == nil || 2*have >= most || have > maxGreetingWords {
		return paras
	}
	box.Attr = append(box.Attr, html.Attribute{Key: "itemprop", Val: "articleBody"})
	res, err := trafilatura.ExtractDocument(doc, opts)
	if err != nil {
		return paras
	}
	if p := paragraphs(res.ContentNode); wordCount(p) > have {
		return p
	}
	return paras
}
