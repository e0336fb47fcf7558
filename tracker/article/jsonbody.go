package article

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Sites that render the article with JavaScript ship its text as JSON in
// the page: a JSON-LD block's articleBody, or a framework's state
// (__NEXT_DATA__, Fusion's globalContent, an Apollo or Redux state,
// window.__INITIAL_STATE__ = {...}), as an array of content elements or as
// one HTML string. The DOM then holds a teaser or nothing. When the text
// taken from the DOM is thin, jsonBody takes the body from that JSON:
// a candidate must belong to this article (the object holding it is titled
// with the page's headline, or, untitled, it uses most of the headline's
// words), must not be the page's description, and must be much longer
// than the DOM's text (minJSONRatio), so a good DOM body always wins.

const (
	// maxThinWords: a DOM text of this many words or more is never
	// replaced (a body that long is the article, or most of it).
	maxThinWords = 400
	// minJSONWords is the least a JSON body must hold.
	minJSONWords = 50
	// minJSONRatio: a JSON body replaces the DOM's text only when it has
	// this many times its words.
	minJSONRatio = 2
)

// pageScript is the text of one <script> that may hold JSON.
type pageScript struct {
	text string
	json bool // the whole text is a JSON value (ld+json, application/json)
}

// pageScripts returns the scripts of doc that may hold JSON. The texts are
// the parsed page's own strings, not copies.
func pageScripts(doc *html.Node) []pageScript {
	var out []pageScript
	eachScript(doc, func(c *html.Node) {
		t := strings.ToLower(strings.TrimSpace(attr(c, "type")))
		isJSON := strings.Contains(t, "json")
		if (isJSON || t == "" || strings.Contains(t, "javascript") || t == "module") && c.FirstChild != nil && c.FirstChild.Type == html.TextNode {
			text := c.FirstChild.Data
			if strings.IndexByte(text, '{') >= 0 && strings.IndexByte(text, '"') >= 0 {
				out = append(out, pageScript{text: text, json: isJSON})
			}
		}
	})
	return out
}

// eachScript calls fn for every <script> element of doc, in document order.
func eachScript(doc *html.Node, fn func(*html.Node)) {
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.Script {
				fn(c)
				continue
			}
			walk(c)
		}
	}
	walk(doc)
}

// jsonCandidates scans the scripts for bodies: a JSON script whole; in
// other scripts, each value assigned with "= {", "= [" or
// "= JSON.parse('...')".
func jsonCandidates(scripts []pageScript) []jsonCand {
	var cands []jsonCand
	for _, s := range scripts {
		t := s.text
		if s.json {
			i := strings.IndexAny(t, "{[")
			if i >= 0 {
				cands, _ = scanJSONValue(t, i, cands)
			}
			continue
		}
		for from := 0; from < len(t); {
			k := strings.IndexByte(t[from:], '=')
			if k < 0 {
				break
			}
			at := from + k
			from = at + 1
			if at > 0 && strings.IndexByte("=!<>+-*/%&|^", t[at-1]) >= 0 {
				continue
			}
			j := at + 1
			for j < len(t) && isJSONSpace(t[j]) {
				j++
			}
			if j >= len(t) {
				break
			}
			switch {
			case t[j] == '{' || t[j] == '[':
				var end int
				cands, end = scanJSONValue(t, j, cands)
				if end > 0 {
					from = end
				}
			case strings.HasPrefix(t[j:], "JSON.parse("):
				q := j + len("JSON.parse(")
				if q < len(t) && (t[q] == '"' || t[q] == '\'') {
					sc := jsonScanner{s: t, i: q}
					if raw, ok := sc.readString(); ok {
						inner := unquoteJSON(raw)
						if i := strings.IndexAny(inner, "{["); i >= 0 {
							cands, _ = scanJSONValue(inner, i, cands)
						}
						from = sc.i
					}
				}
			}
		}
	}
	return cands
}

// jsonBody returns the paragraphs of the article body held in the page's
// JSON, when one belongs to the article and holds more than minJSONRatio
// times domWords words; else nil. titles are the page's headlines (its
// metadata title, <h1>, <title>); desc its description.
func jsonBody(scripts []pageScript, domWords int, titles []string, desc string, a Article) []string {
	if domWords >= maxThinWords || len(scripts) == 0 {
		return nil
	}
	paras, n := bestJSONBody(jsonCandidates(scripts), titles, desc, a)
	if n < minJSONWords || n < minJSONRatio*domWords {
		return nil
	}
	return paras
}

// bestJSONBody returns the longest of cands that belongs to the article,
// rendered as paragraphs, and its words.
func bestJSONBody(cands []jsonCand, titles []string, desc string, a Article) (best []string, bestWords int) {
	keys := titleKeys(titles)
	for _, c := range cands {
		if c.size < 4*minJSONWords {
			continue // too short to be the body
		}
		if paras, n := acceptJSON(c, keys, titles, desc, a); n > bestWords {
			best, bestWords = paras, n
		}
	}
	return best, bestWords
}

// acceptJSONBody renders c and returns its paragraphs and words when it is
// the article's body: the object holding it is titled with one of the
// page's titles, or, untitled, it uses the headline's words; and it is
// more than the page's description. Else it returns nil, 0.
func acceptJSONBody(c jsonCand, titles []string, desc string, a Article) ([]string, int) {
	return acceptJSON(c, titleKeys(titles), titles, desc, a)
}

// titleKeys folds the page's titles for anyTitleMatches.
func titleKeys(titles []string) []string {
	var keys []string
	for _, t := range titles {
		if k := squashKey(t); len(k) >= 10 {
			keys = append(keys, k)
		}
	}
	return keys
}

// acceptJSON is acceptJSONBody with the titles folded (titleKeys).
func acceptJSON(c jsonCand, keys, titles []string, desc string, a Article) ([]string, int) {
	titled := c.owned && len(c.titles) > 0
	if titled && !anyTitleMatches(c.titles, keys) {
		return nil, 0 // another story's body
	}
	paras := dropBoilerplate(renderJSONPieces(c.pieces), a)
	text := strings.Join(paras, " ")
	if !titled && !usesHeadline(text, titles) {
		return nil, 0 // nothing ties it to this article
	}
	if k, descKey := squashKey(text), squashKey(desc); descKey != "" && len(k) <= len(descKey)*5/4 && strings.Contains(descKey, k[:min(len(k), 80)]) {
		return nil, 0 // only the description
	}
	return paras, len(strings.Fields(text))
}

// ldBodyOf returns the JSON-LD articleBody that paras were taken from
// (go-trafilatura's rescue, for a page whose DOM text is short, takes the
// first it finds, whatever its article, as one paragraph), if they were.
func ldBodyOf(scripts []pageScript, paras []string) (jsonCand, bool) {
	if len(paras) != 1 {
		return jsonCand{}, false
	}
	key := squashKey(paras[0])
	if len(key) < 20 {
		return jsonCand{}, false
	}
	for _, s := range scripts {
		if !s.json || !strings.Contains(s.text, "articleBody") {
			continue
		}
		i := strings.IndexAny(s.text, "{[")
		if i < 0 {
			continue
		}
		cands, _ := scanJSONValue(s.text, i, nil)
		for _, c := range cands {
			if c.key == "articlebody" && squashKey(html.UnescapeString(c.pieces[0].text())) == key {
				return c, true
			}
		}
	}
	return jsonCand{}, false
}

// withoutLDBodies removes from doc the JSON-LD scripts holding an
// articleBody, so that go-trafilatura's rescue reads the DOM.
func withoutLDBodies(doc *html.Node) {
	var drop []*html.Node
	eachScript(doc, func(c *html.Node) {
		if strings.Contains(strings.ToLower(attr(c, "type")), "ld+json") && c.FirstChild != nil && strings.Contains(c.FirstChild.Data, "articleBody") {
			drop = append(drop, c)
		}
	})
	removeNodes(drop)
}

// pageTitles returns the headlines the page shows: its first <h1>, its
// <title> and its og:title (not the JSON-LD's, which may be another
// story's).
func pageTitles(doc *html.Node) []string {
	var out []string
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.H1:
				out = append(out, runText([]*html.Node{c}))
				return false // the first <h1> ends the search
			case atom.Title:
				out = append(out, runText([]*html.Node{c}))
				continue
			case atom.Meta:
				if p := attr(c, "property") + attr(c, "name"); p == "og:title" || p == "twitter:title" {
					out = append(out, attr(c, "content"))
				}
				continue
			case atom.Script, atom.Style, atom.Template:
				continue
			}
			if !walk(c) {
				return false
			}
		}
		return true
	}
	walk(doc)
	return out
}

// anyTitleMatches tells whether one of a JSON object's titles is the
// page's headline: the same letters, or one holding the other (a <title>
// with the site's name after it).
func anyTitleMatches(titles, pageKeys []string) bool {
	for _, t := range titles {
		k := squashKey(t)
		if len(k) < 10 {
			continue
		}
		for _, pk := range pageKeys {
			if k == pk || strings.Contains(pk, k) || strings.Contains(k, pk) {
				return true
			}
		}
	}
	return false
}

// usesHeadline tells whether text holds most of the content words (four
// letters or more) of one of the headlines, and at least two.
func usesHeadline(text string, titles []string) bool {
	low := strings.ToLower(text)
	for _, t := range titles {
		in, all := 0, 0
		for _, w := range strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			if utf8.RuneCountInString(w) < 4 {
				continue
			}
			all++
			if strings.Contains(low, w) {
				in++
			}
		}
		if in >= 2 && 2*in >= all {
			return true
		}
	}
	return false
}

// renderJSONPieces turns JSON strings into paragraphs: an HTML string is
// parsed and rendered as the DOM is (captions and lists of links dropped),
// a plain one is split at its line breaks, and at paragraph seams lost
// when its paragraphs were glued ("hard drives.As AnandTech reports").
func renderJSONPieces(pieces []jsonPiece) []string {
	var out []string
	for _, p := range pieces {
		s := p.text()
		if looksHTML(s) {
			root := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
			nodes, err := html.ParseFragment(strings.NewReader(s), root)
			if err != nil {
				continue
			}
			for _, n := range nodes {
				root.AppendChild(n)
			}
			dropLinkLists(root)
			dropCaptions(root)
			out = append(out, paragraphs(root)...)
			continue
		}
		s = html.UnescapeString(s)
		for _, line := range strings.Split(s, "\n") {
			for _, para := range splitGlued(line) {
				if para = strings.Join(strings.Fields(para), " "); para != "" {
					out = append(out, para)
				}
			}
		}
	}
	return out
}

// looksHTML tells a string holding markup: a tag opening with a letter.
func looksHTML(s string) bool {
	for i := strings.IndexByte(s, '<'); i >= 0 && i+1 < len(s); {
		c := s[i+1]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '/' {
			return strings.IndexByte(s[i:], '>') > 0
		}
		j := strings.IndexByte(s[i+1:], '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// splitGlued splits text at the seams of paragraphs run together without a
// space: a lower-case letter or digit, a sentence's end (and perhaps a
// closing quotation mark), then a capital and a lower-case letter, perhaps
// after an opening quotation mark ("beams.“We cannot").
func splitGlued(s string) []string {
	var out []string
	start := 0
	for i := 1; i < len(s)-2; i++ {
		c := s[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		prev := s[i-1]
		if !(prev >= 'a' && prev <= 'z' || prev >= '0' && prev <= '9') {
			continue
		}
		j := i + 1 // the seam
		switch {
		case strings.HasPrefix(s[j:], "”"), strings.HasPrefix(s[j:], "’"):
			j += len("”")
		case s[j] == '"' && strings.Count(s[start:i], `"`)%2 == 1:
			j++ // closes the quotation open in this paragraph
		}
		k := j
		switch {
		case strings.HasPrefix(s[k:], "“"), strings.HasPrefix(s[k:], "‘"):
			k += len("“")
		case k < len(s) && s[k] == '"' && strings.Count(s[start:i], `"`)%2 == 0:
			k++
		}
		if k+1 >= len(s) {
			continue
		}
		if s[k] >= 'A' && s[k] <= 'Z' && s[k+1] >= 'a' && s[k+1] <= 'z' {
			out = append(out, s[start:j])
			start = j
		}
	}
	return append(out, s[start:])
}
