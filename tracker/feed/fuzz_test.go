package feed

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzParse(f *testing.F) {
	for _, s := range []string{rss2, "<feed xmlns='http://www.w3.org/2005/Atom'><entry><title>x</title></entry></feed>",
		`{"version":"https://jsonfeed.org/version/1","items":[{"id":"1"}]}`, "<rdf:RDF><item><title>a</title></item></rdf:RDF>",
		"<html><body></body></html>", "", "<rss><channel><item><description>&lt;p&gt;x</description></item></channel></rss>"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		feed, err := Parse(data)
		if err != nil {
			if strings.Contains(err.Error(), "panic") {
				t.Fatalf("parser panicked: %v", err)
			}
			return
		}
		for _, it := range feed.Items {
			if it.Key == "" {
				t.Fatalf("empty key for %+v", it)
			}
			if utf8.RuneCountInString(it.Description) > maxDescription+1 {
				t.Fatalf("description too long: %d", len(it.Description))
			}
		}
	})
}

func FuzzCanonicalURL(f *testing.F) {
	for _, s := range []string{"https://Ex.com:443/a?b=1&utm_x=2#f", "http://x/?a&&b=%20", "ftp://x", "https://[::1]:80/"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		c, err := CanonicalURL(raw)
		if err != nil {
			return
		}
		c2, err := CanonicalURL(c)
		if err != nil {
			t.Fatalf("canonical %q of %q does not re-parse: %v", c, raw, err)
		}
		if c2 != c {
			t.Fatalf("not idempotent: %q -> %q -> %q", raw, c, c2)
		}
		if strings.Contains(c, "#") || strings.Contains(strings.ToLower(c), "utm_") && strings.Contains(c, "?utm_") {
			t.Fatalf("%q kept fragment or tracking param: %q", raw, c)
		}
	})
}

func FuzzPlainText(f *testing.F) {
	for _, s := range []string{"<p>a</p>", "&amp;", "<script>x", "<!-- x", "a < b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := plainText(s)
		if strings.HasPrefix(out, " ") || strings.HasSuffix(out, " ") || strings.Contains(out, "  ") {
			t.Fatalf("plainText(%q) = %q: whitespace not collapsed", s, out)
		}
	})
}
