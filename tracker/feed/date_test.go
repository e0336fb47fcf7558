package feed

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed/rss"
)

// gofeedDate is the date gofeed's RSS parser reads from a <pubDate> of s.
func gofeedDate(t testing.TB, s string) (time.Time, bool) {
	var p rss.Parser
	f, err := p.Parse(strings.NewReader("<rss><channel><item><pubDate>" + s + "</pubDate></item></channel></rss>"))
	if err != nil || len(f.Items) != 1 {
		t.Fatalf("gofeed cannot parse the feed of %q: %v", s, err)
	}
	if f.Items[0].PubDateParsed == nil {
		return time.Time{}, false
	}
	return f.Items[0].PubDateParsed.UTC(), true
}

// dateShapes are RFC 822/1123 dates in the shapes feeds use and a few
// they should not.
func dateShapes() []string {
	var out []string
	for _, wd := range []string{"", "Sun, ", "sun, ", "SUN, ", "Mon, ", "Sun,", "Xyz, "} {
		for _, day := range []string{"1", "01", "29", "31", "30", "0", "001", " 1"} {
			for _, mon := range []string{"Nov", "nov", "NOV", "Feb", "November", "Nox"} {
				for _, year := range []string{"2026", "26", "2024", "0001"} {
					for _, tm := range []string{"10:00:00", "10:00", "9:00:00", "23:59:59", "24:00:00", "10:60:00", "10:00:60", "10:00:00.5"} {
						for _, zone := range []string{"GMT", "UT", "UTC", "Z", "EST", "PDT", "CEST", "BST", "XYZ", "gmt",
							"+0000", "-0500", "+05:30", "+0530", "-2400", "+1", "", "GMT+1", "+0000 GMT"} {
							s := wd + day + " " + mon + " " + year + " " + tm
							if zone != "" {
								s += " " + zone
							}
							out = append(out, s)
						}
					}
				}
			}
		}
	}
	return out
}

// Every date the fast path reads, it reads as gofeed does.
func TestFastDatesAgreeWithGofeed(t *testing.T) {
	read := 0
	shapes := dateShapes()
	if testing.Short() {
		shapes = shapes[:len(shapes)/20]
	}
	for _, s := range shapes {
		got, ok := readRFC1123([]byte(s))
		if !ok {
			continue
		}
		read++
		want, wok := gofeedDate(t, s)
		if !wok || !got.Equal(want) {
			t.Errorf("%q: fast path %v, gofeed %v (%v)", s, got, want, wok)
		}
	}
	if read == 0 {
		t.Fatal("the fast path read none of the shapes")
	}
	for _, s := range []string{"Sun, 29 Nov 2026 10:00:00 GMT", "Sun, 1 Nov 2026 10:00:00 EST", "sun, 29 NOV 2026 10:00:00 +0530"} {
		if _, ok := readRFC1123([]byte(s)); !ok {
			t.Errorf("the fast path does not read %q", s)
		}
	}
}

func TestFastDatesRewritesOnlyPlainPubDates(t *testing.T) {
	in := `<rss><channel><pubDate>Sun, 29 Nov 2026 09:00:00 GMT</pubDate>` +
		`<item><pubDate>Sun, 29 Nov 2026 10:00:00 EST</pubDate><description><![CDATA[<pubDate>Sun, 29 Nov 2026 10:00:00 GMT</pubDate>]]></description></item>` +
		`<!-- <pubDate>Sun, 29 Nov 2026 10:00:00 GMT</pubDate> -->` +
		`<item><pubDate> Sun, 29 Nov 2026 11:00:00 +0000 </pubDate></item>` +
		`<item><pubDate>Sun, 29 Nov 2026 12:00:00 &#71;MT</pubDate></item>` +
		`<item><pubDate>yesterday</pubDate><pubDate a="1">Sun, 29 Nov 2026 12:00:00 GMT</pubDate></item></channel></rss>`
	orig := []byte(in)
	out := fastDates(orig)
	if string(orig) != in {
		t.Fatal("fastDates changed its input")
	}
	want := in
	for _, r := range [][2]string{
		{"<pubDate>Sun, 29 Nov 2026 09:00:00 GMT</pubDate><item>", "<pubDate>2026-11-29T09:00:00Z</pubDate><item>"},
		{"<item><pubDate>Sun, 29 Nov 2026 10:00:00 EST", "<item><pubDate>2026-11-29T15:00:00Z"},
		{"<pubDate> Sun, 29 Nov 2026 11:00:00 +0000 </pubDate>", "<pubDate>2026-11-29T11:00:00Z</pubDate>"},
	} {
		want = strings.Replace(want, r[0], r[1], 1)
	}
	if string(out) != want {
		t.Errorf("fastDates:\n got %s\nwant %s", out, want)
	}
	if plain := []byte("<rss><item><pubDate>yesterday</pubDate></item></rss>"); &fastDates(plain)[0] != &plain[0] {
		t.Error("a body with nothing to rewrite was copied")
	}
	for _, cut := range []string{"<rss><pubDate>Sun, 29 Nov 2026 09:00:00 GMT", "<rss><![CDATA[ <pubDate>", "<rss><!-- x", "<pubDate>"} {
		if got := fastDates([]byte(cut)); !bytes.Equal(got, []byte(cut)) {
			t.Errorf("truncated %q became %q", cut, got)
		}
	}
}

// A feed parses to the same items with and without the fast path.
func TestFastDatesKeepParse(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<rss version="2.0"><channel><title>T</title>`)
	for i, s := range []string{"Sun, 29 Nov 2026 10:00:00 GMT", "Sun, 29 Nov 2026 10:00:00 -0800", "29 Nov 2026 10:00 CEST", "2026-11-29T10:00:00+01:00", "soon"} {
		fmt.Fprintf(&b, `<item><title>Item %d</title><link>https://x.example/%d</link><pubDate>%s</pubDate></item>`, i, i, s)
	}
	b.WriteString(`</channel></rss>`)
	body := []byte(b.String())
	f, err := Parse(body)
	if err != nil {
		t.Fatal(err)
	}
	var p rss.Parser
	rf, err := p.Parse(bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	for i, it := range f.Items {
		var want time.Time
		if d := rf.Items[i].PubDateParsed; d != nil {
			want = d.UTC()
		}
		if !it.Published.Equal(want) {
			t.Errorf("item %d: published %v, gofeed alone %v", i, it.Published, want)
		}
	}
	if f.Items[0].Published.IsZero() || !f.Items[4].Published.IsZero() {
		t.Errorf("dates %v", f.Items)
	}
}

func FuzzFastDates(f *testing.F) {
	for _, s := range []string{"Sun, 29 Nov 2026 10:00:00 GMT", "1 Feb 2024 23:59 -0530", "Sat, 29 Feb 2025 10:00:00 +0000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if strings.ContainsAny(s, "<&") {
			return
		}
		got, ok := readRFC1123([]byte(s))
		if !ok {
			return
		}
		want, wok := gofeedDate(t, s)
		if !wok || !got.Equal(want) {
			t.Fatalf("%q: fast path %v, gofeed %v (%v)", s, got, want, wok)
		}
	})
}
