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
