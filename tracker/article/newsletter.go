package article

import (
	"strings"

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
// two paragraphs or more, minNewsletterProse characters in all.
const (
	minItems           = 3
	minItemPara        = 60 // characters of a paragraph of prose
	minNewsletterProse = 600
)

func joinNewsletterItems(doc *html.Node) {
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
		joinItems(g)
	}
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
			case isHeading(c) && c.DataAtom != atom.H1:
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

// joinItems moves the headings and text blocks of items, in order, into
// one <div> put in the place of the first, and removes the items.
func joinItems(items []*html.Node) {
	first := items[0]
	if first.Parent == nil {
		return
	}
	box := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	var collect func(n *html.Node)
	collect = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode {
				switch {
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
}
