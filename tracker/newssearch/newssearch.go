// Package newssearch gives a topic a feed of its own: a news-search RSS feed
// for the query (Google News), whose item links, which point at Google's
// redirector, it resolves to the publishers' URLs.
package newssearch

import (
	"bytes"
	"encoding/base64"
	"net/url"
	"strings"
)

// FeedURL is the Google News RSS search feed for a query, in English for
// the US edition. The query language of Newshound (words, "phrases", OR,
// -excluded, parentheses) is also Google's, so the canonical query is passed
// as it is.
func FeedURL(query string) string {
	v := url.Values{}
	v.Set("q", query)
	v.Set("hl", "en-US")
	v.Set("gl", "US")
	v.Set("ceid", "US:en")
	return "https://news.google.com/rss/search?" + v.Encode()
}

// IsFeed reports whether u is a news-search feed made by FeedURL.
func IsFeed(u string) bool {
	return strings.HasPrefix(u, "https://news.google.com/rss/search?")
}

// IsRedirect reports whether u is a Google News article link.
func IsRedirect(u string) bool {
	p, err := url.Parse(u)
	if err != nil || p.Hostname() != "news.google.com" {
		return false
	}
	return strings.HasPrefix(p.Path, "/rss/articles/") || strings.HasPrefix(p.Path, "/articles/")
}

// Resolve returns the publisher's URL that a Google News article link
// stands for, when the link carries it: the article ID is base64url-encoded
// protobuf whose first string field is the URL. Newer IDs are opaque (Google
// resolves them only through its own web app); for those ok is false and
// the caller keeps the link, which still redirects a reader correctly.
func Resolve(link string) (publisher string, ok bool) {
	p, err := url.Parse(link)
	if err != nil || !IsRedirect(link) {
		return "", false
	}
	id := p.Path[strings.LastIndexByte(p.Path, '/')+1:]
	raw, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(id, "="))
	if err != nil {
		if raw, err = base64.URLEncoding.DecodeString(id); err != nil {
			return "", false
		}
	}
	// Field 4 (wire type 2) holds the URL: tag byte 0x22, varint length.
	i := bytes.IndexByte(raw, 0x22)
	if i < 0 {
		return "", false
	}
	n, w := varint(raw[i+1:])
	start := i + 1 + w
	if w == 0 || n <= 0 || start+n > len(raw) {
		return "", false
	}
	u := string(raw[start : start+n])
	pu, err := url.Parse(u)
	if err != nil || (pu.Scheme != "http" && pu.Scheme != "https") || pu.Host == "" {
		return "", false
	}
	return u, true
}

func varint(b []byte) (int, int) {
	v, shift := 0, 0
	for i, c := range b {
		if i == 4 {
			return 0, 0
		}
		v |= int(c&0x7f) << shift
		if c < 0x80 {
			return v, i + 1
		}
		shift += 7
	}
	return 0, 0
}

// SplitTitle splits a news-search item title, "Headline - Publisher", into
// its headline and the publisher's name.
func SplitTitle(title string) (headline, outlet string) {
	i := strings.LastIndex(title, " - ")
	if i <= 0 || i+3 >= len(title) || len(title)-i > 80 {
		return title, ""
	}
	return strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+3:])
}
