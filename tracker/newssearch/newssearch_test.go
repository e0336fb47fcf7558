package newssearch

import (
	"encoding/base64"
	"net/url"
	"testing"
)

func TestFeedURLCarriesTheQuery(t *testing.T) {
	u, err := url.Parse(FeedURL(`"air base" bagram -football`))
	if err != nil {
		t.Fatal(err)
	}
	if got := u.Query().Get("q"); got != `"air base" bagram -football` {
		t.Fatalf("q = %q", got)
	}
	if !IsFeed(u.String()) || IsFeed("https://example.com/rss") {
		t.Fatal("IsFeed is wrong")
	}
}

// encodeID builds an article ID the way Google's older links do.
func encodeID(target string) string {
	raw := []byte{0x08, 0x13, 0x22, byte(len(target))}
	raw = append(raw, target...)
	raw = append(raw, 0xd2, 0x01, 0x00)
	return base64.RawURLEncoding.EncodeToString(raw)
}

func TestResolve(t *testing.T) {
	target := "https://www.example.com/world/2026/11/29/bagram-talks.html"
	cases := []struct {
		link, want string
		ok         bool
	}{
		{"https://news.google.com/rss/articles/" + encodeID(target) + "?oc=5", target, true},
		{"https://news.google.com/articles/" + encodeID(target), target, true},
		{"https://news.google.com/rss/articles/AU_yqLOpaqueIdThatCannotBeDecoded", "", false},
		{"https://news.google.com/rss/articles/" + base64.RawURLEncoding.EncodeToString([]byte{0x22, 5, 'j', 'u', 'n', 'k', '!'}), "", false},
		{"https://example.com/rss/articles/" + encodeID(target), "", false},
		{"::not a url", "", false},
	}
	for _, c := range cases {
		got, ok := Resolve(c.link)
		if got != c.want || ok != c.ok {
			t.Errorf("Resolve(%q) = %q, %v; want %q, %v", c.link, got, ok, c.want, c.ok)
		}
	}
}

func TestSplitTitle(t *testing.T) {
	cases := []struct{ in, head, outlet string }{
		{"US eyes return to Bagram - The Example Times", "US eyes return to Bagram", "The Example Times"},
		{"No publisher here", "No publisher here", ""},
		{"Dash - in - headline - Wire", "Dash - in - headline", "Wire"},
	}
	for _, c := range cases {
		h, o := SplitTitle(c.in)
		if h != c.head || o != c.outlet {
			t.Errorf("SplitTitle(%q) = %q, %q; want %q, %q", c.in, h, o, c.head, c.outlet)
		}
	}
}

func FuzzResolve(f *testing.F) {
	f.Add("https://news.google.com/rss/articles/" + encodeID("https://a.example/x"))
	f.Add("https://news.google.com/rss/articles/CBMi")
	f.Fuzz(func(t *testing.T, link string) {
		if u, ok := Resolve(link); ok {
			if _, err := url.Parse(u); err != nil {
				t.Fatalf("resolved to an unparseable URL %q", u)
			}
		}
	})
}
