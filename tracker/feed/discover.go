package feed

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var feedTypes = map[string]bool{
	"application/rss+xml": true, "application/atom+xml": true,
	"application/feed+json": true, "application/json": true,
	"application/rdf+xml": true, "application/x.atom+xml": true, "application/x-atom+xml": true,
}

// Discover returns the feeds an HTML page advertises with
// <link rel="alternate" type="application/rss+xml|atom+xml|feed+json|json">,
// resolved against base (or the page's <base href>), in page order, without
// duplicates. Links with other schemes than http(s) are dropped.
func Discover(page []byte, base string) []string {
	bu, err := url.Parse(base)
	if err != nil {
		bu = &url.URL{}
	}
	var out []string
	seen := map[string]bool{}
	z := html.NewTokenizer(bytes.NewReader(page))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		name, hasAttr := z.TagName()
		a := atom.Lookup(name)
		if (a != atom.Link && a != atom.Base) || !hasAttr {
			continue
		}
		var rel, typ, href string
		for more := true; more; {
			var k, v []byte
			k, v, more = z.TagAttr()
			switch string(k) {
			case "rel":
				rel = strings.ToLower(string(v))
			case "type":
				typ = strings.ToLower(strings.TrimSpace(string(v)))
			case "href":
				href = strings.TrimSpace(string(v))
			}
		}
		if a == atom.Base {
			if nb, err := bu.Parse(href); err == nil && href != "" {
				bu = nb
			}
			continue
		}
		if typ, _, _ = strings.Cut(typ, ";"); !feedTypes[strings.TrimSpace(typ)] || href == "" || !hasToken(rel, "alternate") {
			continue
		}
		u, err := bu.Parse(href)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
			continue
		}
		if s := u.String(); !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
}

func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(list) {
		if f == tok {
			return true
		}
	}
	return false
}

// ParseList reads a feed catalog: either an OPML document (every outline
// with an xmlUrl, at any depth) or plain text with one URL per line, where
// blank lines and text after "#" are ignored. Every URL must be absolute
// http(s); duplicates are dropped, order kept. A plain-text line that is not
// such a URL is an error naming the line.
func ParseList(data []byte) ([]string, error) {
	b := skipBOMAndSpace(data)
	if len(b) == 0 {
		return nil, errors.New("feed list: empty")
	}
	if b[0] == '<' {
		return parseOPML(b)
	}
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i == 0 || (i > 0 && (line[i-1] == ' ' || line[i-1] == '\t')) {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if !isFeedURL(line) {
			return nil, fmt.Errorf("feed list line %d: %q is not an http(s) URL", n, truncate(line, 80, false))
		}
		out = append(out, line)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("feed list: %w", err)
	}
	return dedupe(out), nil
}

func isFeedURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// parseOPML collects xmlUrl attributes of outlines at any depth; outlines
// whose xmlUrl is not an http(s) URL are skipped rather than failing the
// whole import.
func parseOPML(b []byte) ([]string, error) {
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = false
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	sawOPML := false
	var out []string
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("feed list: malformed OPML: %w", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch strings.ToLower(se.Name.Local) {
		case "opml":
			sawOPML = true
		case "outline":
			for _, a := range se.Attr {
				if strings.EqualFold(a.Name.Local, "xmlUrl") {
					if s := strings.TrimSpace(a.Value); isFeedURL(s) {
						out = append(out, s)
					}
				}
			}
		}
	}
	if !sawOPML {
		return nil, errors.New("feed list: XML document is not OPML")
	}
	return dedupe(out), nil
}

func dedupe(in []string) []string {
	seen := make(map[string]bool, len(in))
	out := in[:0]
	for _, s := range in {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
