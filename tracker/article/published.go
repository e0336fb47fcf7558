package article

import (
	"strings"
	"time"

	"golang.org/x/net/html"
)

// publishedKeys are the meta names and properties that carry an article's
// publication time with its time of day.
var publishedKeys = map[string]bool{
	"article:published_time": true, "og:published_time": true, "datepublished": true,
	"pubdate": true, "publishdate": true, "parsely-pub-date": true, "sailthru.date": true,
	"dc.date.issued": true, "dcterms.created": true,
}

var timeLayouts = []string{time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04Z07:00"}

// metaPublished finds a full publication timestamp in the page's meta tags;
// htmldate, in the fast mode used here, keeps only the day.
func metaPublished(doc *html.Node) time.Time {
	var found time.Time
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		if n.Type == html.ElementNode && n.Data == "body" {
			return false
		}
		if n.Type == html.ElementNode && n.Data == "meta" {
			var key, content string
			for _, a := range n.Attr {
				switch strings.ToLower(a.Key) {
				case "property", "name", "itemprop":
					key = strings.ToLower(strings.TrimSpace(a.Val))
				case "content":
					content = strings.TrimSpace(a.Val)
				}
			}
			if publishedKeys[key] {
				for _, layout := range timeLayouts {
					if t, err := time.Parse(layout, content); err == nil {
						found = t
						return true
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c) {
				return true
			}
		}
		return false
	}
	walk(doc)
	return found
}
