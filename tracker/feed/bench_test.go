package feed

import (
	"bytes"
	"fmt"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"
	"github.com/mmcdole/gofeed/rss"
)

// benchFeed is a realistic 50-item RSS 2.0 feed: escaped HTML
// descriptions of ~500 bytes with links, images and entities, a
// content:encoded body, GUIDs, dates and dc:creator.
func benchFeed() []byte {
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Example News</title><link>https://news.example/</link><description>All the news</description><ttl>15</ttl>
`)
	t0 := time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC)
	for i := range 50 {
		fmt.Fprintf(&b, `<item><title>Minister says &quot;talks&quot; on budget deal #%d will resume &amp; continue</title>
<link>https://news.example/world/2026/11/story-%d?utm_source=rss&amp;utm_medium=feed</link>
<guid isPermaLink="false">news-example-%d</guid><pubDate>%s</pubDate><dc:creator>Reporter %d</dc:creator>
<description>&lt;p&gt;&lt;img src="https://cdn.news.example/img/%d.jpg" width="640" height="360" alt="Photo"/&gt;&lt;/p&gt;&lt;p&gt;The &lt;b&gt;finance minister&lt;/b&gt; said on Saturday that negotiations over the budget would resume next week, after a weekend of &lt;a href="https://news.example/related/%d"&gt;talks&lt;/a&gt; with opposition leaders &amp;mdash; who have demanded changes to pensions &amp;amp; healthcare funding.&lt;/p&gt;&lt;p&gt;&amp;ldquo;We are close,&amp;rdquo; an aide said. Markets rose 1.2%% on the news.&lt;/p&gt;</description>
<content:encoded><![CDATA[<p>The finance minister said on Saturday that negotiations would resume.</p><p>More <em>detail</em> follows in paragraph two, with a <a href="https://x.example/">link</a>.</p>]]></content:encoded>
</item>
`, i, i, i, t0.Add(-time.Duration(i)*time.Hour).Format(time.RFC1123Z), i%7, i, i)
	}
	b.WriteString("</channel></rss>\n")
	return b.Bytes()
}

func BenchmarkParse(b *testing.B) {
	data := benchFeed()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		f, err := Parse(data)
		if err != nil || len(f.Items) != 50 {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(50*b.N)/b.Elapsed().Seconds(), "items/s")
}

func BenchmarkGofeedUniversal(b *testing.B) {
	data := benchFeed()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	p := gofeed.NewParser()
	for b.Loop() {
		f, err := p.Parse(bytes.NewReader(data))
		if err != nil || len(f.Items) != 50 {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(50*b.N)/b.Elapsed().Seconds(), "items/s")
}

func TestBenchFeedParses(t *testing.T) {
	f, err := Parse(benchFeed())
	if err != nil || len(f.Items) != 50 {
		t.Fatalf("bench feed: %v", err)
	}
	it := f.Items[0]
	if it.URL != "https://news.example/world/2026/11/story-0" || it.Key != "news-example-0" ||
		it.Title != `Minister says "talks" on budget deal #0 will resume & continue` {
		t.Errorf("item 0 = %+v", it)
	}
	t.Logf("bench feed: %d bytes; description %q", len(benchFeed()), it.Description)
}

// BenchmarkGofeedRSSParser is gofeed's RSS parser alone, without any
// translation: the floor Parse cannot beat.
func BenchmarkGofeedRSSParser(b *testing.B) {
	data := benchFeed()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	var p rss.Parser
	for b.Loop() {
		if _, err := p.Parse(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(50*b.N)/b.Elapsed().Seconds(), "items/s")
}
