package feed

import (
	"errors"
	"html"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
	"time"
)

func TestCanonicalURL(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"HTTP://Example.COM:80/Path/A?b=2&a=1#frag", "http://example.com/Path/A?a=1&b=2"},
		{"https://example.com:443", "https://example.com/"},
		{"https://example.com:8443/x", "https://example.com:8443/x"},
		{"https://ex.com/a?utm_source=tw&utm_Medium=x&id=5&fbclid=abc&gclid=1", "https://ex.com/a?id=5"},
		{"https://ex.com/a?mc_cid=1&mc_eid=2&igshid=3&ref_src=4&cmpid=5", "https://ex.com/a"},
		{"https://ex.com/a?z=1&a=2&z=0", "https://ex.com/a?a=2&z=1&z=0"},
		{"https://ex.com/a?q=hello%20world&&x", "https://ex.com/a?q=hello%20world&x"},
		{"  https://ex.com/News/Story-1?  ", "https://ex.com/News/Story-1"},
		{"https://ex.com/%7Euser/", "https://ex.com/%7Euser/"},
	} {
		got, err := CanonicalURL(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("CanonicalURL(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []string{"", "ftp://x/y", "mailto:a@b", "/relative", "http://", "https://ex.com/%zz"} {
		if got, err := CanonicalURL(bad); err == nil {
			t.Errorf("CanonicalURL(%q) = %q; want error", bad, got)
		}
	}
}

func TestPlainText(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"plain", "plain"},
		{"  lots \n\t of   space ", "lots of space"},
		{"<p>Hello <b>wor</b>ld</p><p>Next</p>", "Hello world Next"},
		{"Fish &amp; Chips &mdash; &#8220;yum&#8221; &nbsp;x", "Fish & Chips — “yum” x"},
		{`<a href="x>y" title='a>b'>link</a> after`, "link after"},
		{"<script>var a = '<p>';</script>text<style>p{}</style>", "text"},
		{"a <!-- hidden <b> --> b", "a b"},
		{"1 < 2 and 3 > 2", "1 < 2 and 3 > 2"},
		{"&lt;b&gt;escaped&lt;/b&gt;", "<b>escaped</b>"},
		{"line<br/>break", "line break"},
		{"<img src=x alt=y>", ""},
		{"unterminated <a href=", "unterminated"},
		{"<![CDATA[inner]]> text", "inner text"},
	} {
		if got := plainText(tc.in); got != tc.want {
			t.Errorf("plainText(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

func TestTruncateCutsAtWordBoundary(t *testing.T) {
	s := strings.Repeat("word ", 300) // 1500 bytes
	got := truncate(s, maxDescription, false)
	if n := len([]rune(got)); n > maxDescription+1 {
		t.Errorf("len = %d runes; want <= %d", n, maxDescription+1)
	}
	if !strings.HasSuffix(got, "word…") {
		t.Errorf("suffix = %q; want a whole word then …", got[len(got)-10:])
	}
	u := strings.Repeat("é", 2000)
	if got := truncate(u, 1000, false); len([]rune(got)) != 1001 {
		t.Errorf("rune cut = %d runes; want 1001", len([]rune(got)))
	}
	if got := truncate(u, 1001, true); !strings.HasSuffix(got, "é…") || len(got) > 1003 {
		t.Errorf("byte cut broke a rune: %q", got[len(got)-6:])
	}
}

const rss2 = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>News &amp; Views</title><link>https://news.example/</link><ttl>30</ttl>
<item><title>With GUID</title><link>https://news.example/a?utm_source=rss</link><guid isPermaLink="false">id-1</guid>
<description>&lt;p&gt;Hello &lt;b&gt;there&lt;/b&gt;&lt;/p&gt;</description>
<content:encoded><![CDATA[<p>Full <i>text</i></p>]]></content:encoded>
<pubDate>Sat, 28 Nov 2026 10:00:00 +0000</pubDate><dc:creator>Ann</dc:creator></item>
<item><title>Link only</title><link>HTTPS://News.Example/b#top</link><dc:date>2026-11-27T09:00:00Z</dc:date></item>
<item><title>Permalink guid</title><guid>https://news.example/c</guid></item>
<item><title>Nothing</title><pubDate>Fri, 27 Nov 2026 08:00:00 GMT</pubDate></item>
</channel></rss>`

func TestParseRSS2(t *testing.T) {
	f, err := Parse([]byte(rss2))
	if err != nil {
		t.Fatal(err)
	}
	if f.Title != "News & Views" || f.Link != "https://news.example/" || f.TTL != 30*time.Minute || len(f.Items) != 4 {
		t.Fatalf("feed = %q %q %s %d items", f.Title, f.Link, f.TTL, len(f.Items))
	}
	a := f.Items[0]
	want := Item{Key: "id-1", URL: "https://news.example/a", Title: "With GUID", Description: "Hello there",
		Content: "Full text", Author: "Ann", Published: time.Date(2026, 11, 28, 10, 0, 0, 0, time.UTC)}
	if a != want {
		t.Errorf("item 0 = %+v\nwant %+v", a, want)
	}
	for i, tc := range []struct{ key, url string }{
		{"https://news.example/b", "https://news.example/b"},
		{"https://news.example/c", "https://news.example/c"},
	} {
		it := f.Items[i+1]
		if it.Key != tc.key || it.URL != tc.url {
			t.Errorf("item %d key/url = %q %q; want %q %q", i+1, it.Key, it.URL, tc.key, tc.url)
		}
	}
	if p := f.Items[1].Published; !p.Equal(time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)) {
		t.Errorf("dc:date published = %s", p)
	}
	last := f.Items[3]
	if !strings.HasPrefix(last.Key, "h:") || last.URL != "" {
		t.Errorf("title+date key = %q url %q; want h: hash", last.Key, last.URL)
	}
	other := key("", "", "Nothing", time.Date(2026, 11, 27, 8, 0, 0, 0, time.UTC))
	if other != last.Key || key("", "", "Nothing", time.Time{}) == last.Key {
		t.Errorf("hash key not a function of title+published")
	}
}

func TestParseRSS1(t *testing.T) {
	doc := `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">
<channel rdf:about="https://r.example/"><title>RDF feed</title><link>https://r.example/</link>
<sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>2</sy:updateFrequency></channel>
<item rdf:about="https://r.example/1"><title>One</title><link>https://r.example/1</link>
<description>First</description><dc:date>2026-11-28T12:00:00+01:00</dc:date><dc:creator>Bo</dc:creator></item>
</rdf:RDF>`
	f, err := Parse([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if f.Title != "RDF feed" || len(f.Items) != 1 || f.TTL != 30*time.Minute {
		t.Fatalf("feed = %+v", f)
	}
	it := f.Items[0]
	if it.URL != "https://r.example/1" || it.Key != it.URL || it.Author != "Bo" || !it.Published.Equal(time.Date(2026, 11, 28, 11, 0, 0, 0, time.UTC)) {
		t.Errorf("item = %+v", it)
	}
}

func TestParseAtom(t *testing.T) {
	doc := `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">A &lt;em&gt;blog&lt;/em&gt;</title>
<link rel="self" href="https://b.example/feed.atom"/><link href="https://b.example/"/>
<author><name>Feed Author</name></author>
<entry><id>tag:b.example,2026:1</id><title>Entry</title>
<link rel="alternate" type="text/html" href="https://b.example/1?fbclid=zz"/>
<updated>2026-11-28T10:00:00Z</updated><summary>Short</summary>
<content type="html">&lt;p&gt;Long &amp;amp; rich&lt;/p&gt;</content></entry>
<entry><id>tag:b.example,2026:2</id><title>Second</title><published>2026-11-27T10:00:00Z</published>
<updated>2026-11-28T10:00:00Z</updated><author><name>Own</name></author>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Para</p></div></content></entry>
</feed>`
	f, err := Parse([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if f.Title != "A blog" || f.Link != "https://b.example/" || len(f.Items) != 2 {
		t.Fatalf("feed = %q %q %d", f.Title, f.Link, len(f.Items))
	}
	a, b := f.Items[0], f.Items[1]
	if a.Key != "tag:b.example,2026:1" || a.URL != "https://b.example/1" || a.Description != "Short" ||
		a.Content != "Long & rich" || a.Author != "Feed Author" || !a.Published.Equal(time.Date(2026, 11, 28, 10, 0, 0, 0, time.UTC)) {
		t.Errorf("entry 0 = %+v", a)
	}
	if b.Author != "Own" || b.Content != "Para" || b.Description != "Para" || b.Published.Day() != 27 {
		t.Errorf("entry 1 = %+v", b)
	}
}

func TestParseJSONFeed(t *testing.T) {
	doc := `{"version":"https://jsonfeed.org/version/1.1","title":"JF","home_page_url":"https://j.example/",
"authors":[{"name":"Team"}],
"items":[{"id":"1","url":"https://j.example/1","title":"T1","content_html":"<p>Hi <b>you</b></p>","date_published":"2026-11-28T10:00:00-05:00"},
{"id":"2","external_url":"https://else.example/x","content_text":"plain text","date_modified":"2026-11-28T10:00:00Z","author":{"name":"Me"}}]}`
	f, err := Parse([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if f.Title != "JF" || f.Link != "https://j.example/" || len(f.Items) != 2 {
		t.Fatalf("feed = %+v", f)
	}
	a, b := f.Items[0], f.Items[1]
	if a.Key != "1" || a.URL != "https://j.example/1" || a.Content != "Hi you" || a.Description != "Hi you" ||
		a.Author != "Team" || !a.Published.Equal(time.Date(2026, 11, 28, 15, 0, 0, 0, time.UTC)) {
		t.Errorf("item 0 = %+v", a)
	}
	if b.URL != "https://else.example/x" || b.Content != "plain text" || b.Author != "Me" || b.Published.IsZero() {
		t.Errorf("item 1 = %+v", b)
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", "feed: empty body"},
		{"  \n ", "feed: empty body"},
		{"<!DOCTYPE html><html><head><title>x</title></head></html>", "feed: not a feed (looks like HTML)"},
		{"<rss>\n<channel>\n<title>x &bogus; y</title>", "feed: malformed XML at line 3: "},
		{"{not json", "feed: malformed JSON"},
		{"<foo/>", "feed: not a feed"},
		{"hello", "feed: not a feed"},
	} {
		_, err := Parse([]byte(tc.in))
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("Parse(%q) err = %v; want prefix %q", tc.in, err, tc.want)
		}
	}
	if _, err := Parse([]byte("<html><body/></html>")); !errors.Is(err, ErrNotFeed) {
		t.Errorf("html err = %v; want ErrNotFeed", err)
	}
}

func TestLooksLikeFeed(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{rss2, true},
		{"\xef\xbb\xbf<?xml version='1.0'?><!-- c --><feed xmlns='http://www.w3.org/2005/Atom'/>", true},
		{`<rdf:RDF xmlns:rdf="x">`, true},
		{`{"version":"https://jsonfeed.org/version/1"}`, true},
		{"<!doctype html><html>", false},
		{"<HTML><BODY>", false},
		{"", false},
		{"plain text", false},
	} {
		if got := LooksLikeFeed([]byte(tc.in)); got != tc.want {
			t.Errorf("LooksLikeFeed(%.40q) = %v; want %v", tc.in, got, tc.want)
		}
	}
}

func TestDiscover(t *testing.T) {
	page := `<!doctype html><html><head>
<link rel="stylesheet" href="/s.css">
<link rel="alternate" type="application/rss+xml" title="RSS" href="/feed.xml">
<LINK REL="Alternate" TYPE="application/atom+xml" HREF="atom.xml">
<link rel="alternate" type="application/feed+json" href="https://other.example/f.json"/>
<link rel="alternate" type="application/json; charset=utf-8" href="/j.json">
<link rel="alternate" type="text/html" href="/fr/">
<link rel="alternate" type="application/rss+xml" href="/feed.xml">
<link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
<link rel="alternate home" type="application/rss+xml" href="//cdn.example/r.rss">
</head><body><p>x</p></body></html>`
	got := Discover([]byte(page), "https://site.example/blog/post")
	want := []string{
		"https://site.example/feed.xml", "https://site.example/blog/atom.xml",
		"https://other.example/f.json", "https://site.example/j.json", "https://cdn.example/r.rss",
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("Discover = %q\nwant %q", got, want)
	}
	withBase := `<html><head><base href="https://b.example/x/"><link rel=alternate type=application/rss+xml href=rss></head></html>`
	if got := Discover([]byte(withBase), "https://site.example/"); len(got) != 1 || got[0] != "https://b.example/x/rss" {
		t.Errorf("Discover with <base> = %q", got)
	}
	if got := Discover([]byte("garbage <<<"), "https://x/"); len(got) != 0 {
		t.Errorf("Discover(garbage) = %q", got)
	}
}

func TestParseList(t *testing.T) {
	plain := "# my feeds\nhttps://a.example/rss\n\n  http://b.example/atom  # comment\nhttps://a.example/rss\nhttps://c.example/x#frag\n"
	got, err := ParseList([]byte(plain))
	want := "https://a.example/rss http://b.example/atom https://c.example/x#frag"
	if err != nil || strings.Join(got, " ") != want {
		t.Errorf("plain = %q, %v; want %q", got, err, want)
	}
	opml := `<?xml version="1.0" encoding="ISO-8859-1"?><opml version="2.0"><head><title>subs</title></head><body>
<outline text="Tech"><outline text="A" type="rss" xmlUrl="https://a.example/rss" htmlUrl="https://a.example/"/>
<outline text="Deep"><outline text="B" xmlurl="https://b.example/feed"/></outline></outline>
<outline text="no url"/><outline text="dup" xmlUrl="https://a.example/rss"/><outline xmlUrl="file:///etc/passwd"/></body></opml>`
	got, err = ParseList([]byte(opml))
	if err != nil || strings.Join(got, " ") != "https://a.example/rss https://b.example/feed" {
		t.Errorf("opml = %q, %v", got, err)
	}
	for _, bad := range []string{"", "https://ok.example/\nnot a url\n", "ftp://x/y", "<html><body>no</body></html>", "<opml><body><outline"} {
		if got, err := ParseList([]byte(bad)); err == nil {
			t.Errorf("ParseList(%q) = %q; want error", bad, got)
		}
	}
	if _, err := ParseList([]byte("https://ok.example/\nnot a url\n")); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("error should name line 2: %v", err)
	}
}

func TestParseNeverPanics(t *testing.T) {
	for _, in := range []string{
		"<rss", "<rss><channel><item>", "<feed><entry><content type='xhtml'><div>", "\x00\x00<\x00r\x00s\x00s",
		"{}", `{"items":[null,{"id":5}]}`, "<rdf:RDF><item/>", "<?xml version='1.0' encoding='bogus'?><rss/>",
	} {
		Parse([]byte(in)) // must return, error or not
	}
}

func TestOversizedFieldsAreCappedBeforeAnythingIsStored(t *testing.T) {
	longGUID := strings.Repeat("g", 40<<10)
	longLink := "https://example.com/" + strings.Repeat("a", 60<<10)
	longTitle := strings.Repeat("Bagram ", 10<<10)
	body := `<?xml version="1.0"?><rss version="2.0"><channel><title>` + longTitle + `</title>` +
		`<item><guid>` + longGUID + `</guid><title>` + longTitle + `</title><link>https://example.com/a</link><author>` + longTitle + `</author></item>` +
		`<item><guid>second</guid><title>Second</title><link>` + longLink + `</link></item>` +
		`<item><guid>` + longGUID + `x</guid><title>Third</title><link>https://example.com/c</link></item>` +
		`</channel></rss>`
	f, err := Parse([]byte(body))
	if err != nil {
		t.Fatal(err)
	}
	if n := len([]rune(f.Title)); n > maxTitle+1 {
		t.Errorf("feed title: %d runes; want at most %d", n, maxTitle+1)
	}
	if len(f.Items) != 3 {
		t.Fatalf("got %d items; want 3", len(f.Items))
	}
	first, second, third := f.Items[0], f.Items[1], f.Items[2]
	if len(first.Key) > MaxKey || !strings.HasPrefix(first.Key, "g:") {
		t.Errorf("key of a 40 KB GUID = %.80q; want a short g: hash", first.Key)
	}
	if first.Key == third.Key {
		t.Errorf("two different long GUIDs got the same key %q", first.Key)
	}
	if n := len([]rune(first.Title)); n > maxTitle+1 {
		t.Errorf("item title: %d runes; want at most %d", n, maxTitle+1)
	}
	if n := len([]rune(first.Author)); n > maxAuthor+1 {
		t.Errorf("author: %d runes; want at most %d", n, maxAuthor+1)
	}
	if first.URL != "https://example.com/a" {
		t.Errorf("URL = %q; want the short link kept", first.URL)
	}
	if second.URL != "" || second.Key != "second" {
		t.Errorf("item with a 60 KB link: URL %.40q key %q; want no URL, key from its GUID", second.URL, second.Key)
	}
}

func TestDeeplyNestedXMLIsRefusedBeforeParsing(t *testing.T) {
	deep := `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>` +
		strings.Repeat("<a>", 1<<20) + strings.Repeat("</a>", 1<<20) + `</title></item></channel></rss>`
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	_, err := Parse([]byte(deep))
	runtime.ReadMemStats(&after)
	if err == nil || !strings.Contains(err.Error(), "nested deeper") {
		t.Fatalf("Parse(1M-deep) = %v; want a nesting error", err)
	}
	if grew := after.TotalAlloc - before.TotalAlloc; grew > 64<<20 {
		t.Errorf("refusing it allocated %d MB; want it refused before parsing", grew>>20)
	}
	// Markup that only looks deep is not counted: comments, CDATA, quoted
	// attributes, self-closing tags, a doctype with an internal subset.
	shallow := `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "<b>">]><rss version="2.0"><channel><title>x</title>` +
		strings.Repeat(`<!-- <a> -->`, 1000) + strings.Repeat(`<br/>`, 1000) +
		`<item><title><![CDATA[` + strings.Repeat("<a>", 1000) + `]]></title><link>https://example.com/a?x="/>"</link>` +
		`<description x="<a>" y='>'>ok</description></item></channel></rss>`
	if err := checkDepth([]byte(shallow), 8); err != nil {
		t.Errorf("checkDepth(shallow) = %v; want nil", err)
	}
}

// collapseRef is collapse rune by rune, as it was first written.
func collapseRef(s string) string {
	var b strings.Builder
	pending := false
	for _, r := range s {
		if isSpace(r) {
			pending = b.Len() > 0
			continue
		}
		if pending {
			b.WriteByte(' ')
			pending = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// collapse's byte-by-byte ASCII path collapses as its rune-by-rune form
// does, invalid bytes and non-ASCII spaces included.
func TestCollapseASCIIPathAgrees(t *testing.T) {
	for _, s := range []string{"", " ", "plain words", "  lead and trail  ", "tabs\tand\nnew\r\nlines",
		"nbsp\u00a0here\u2003and\u3000there\u200b", "bad \xff byte\xe2\x80 cut", "\ufffd kept", "Straße İstanbul  日本語 ",
		"\u0085next line", "a\v\fb"} {
		if got, want := collapse(s), collapseRef(s); got != want {
			t.Errorf("collapse(%q) = %q, want %q", s, got, want)
		}
	}
}

// plainText collapses white space as it writes the text of a fragment
// without entities; the same as stripping the tags, decoding entities and
// collapsing the result, in that order.
func TestPlainTextCollapsingAsItWritesAgrees(t *testing.T) {
	ref := func(s string) string {
		var w raw
		stripTags(s, &w)
		return collapseRef(html.UnescapeString(w.String()))
	}
	pieces := []string{"<p>", "</p>", "<b>", "</b>", "<br/>", "<div class=\"x > y\">", " ", "  ", "\n", "\t", "\u00a0", "word", "Ünï",
		"\xff", "\xe2\x80", "<!-- c -->", "<![CDATA[ in <b>cdata</b> ]]>", "<script>x < y</script>", "a < b", "<", "&amp;", "&nbsp;",
		"<a href=\"?a=1&b=2\">", "</a>", "<style>p{}</style>", "<!--", "<![CDATA["}
	r := rand.New(rand.NewPCG(7, 8))
	for range 5000 {
		var b strings.Builder
		for range 1 + r.IntN(12) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := plainText(s), ref(s); got != want {
			t.Fatalf("plainText(%q) = %q, want %q", s, got, want)
		}
	}
}
