package tracker_test

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"newshound/tracker"
	"newshound/tracker/fetch"
)

// nxdomainResolver is a resolver whose DNS server, on 127.0.0.1, answers
// every question "no such name", so a test can look up a host that does not
// exist without leaving the machine.
func nxdomainResolver(t *testing.T) *net.Resolver {
	t.Helper()
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pc.Close() })
	go func() {
		buf := make([]byte, 1500)
		for {
			n, from, err := pc.ReadFrom(buf)
			if err != nil {
				return
			}
			q := buf[:n]
			// The header, then the one question: a name of labels ending
			// in a zero byte, then type and class. Anything after (EDNS)
			// is dropped.
			end := 12
			for end < n && q[end] != 0 {
				end += int(q[end]) + 1
			}
			end += 5
			if n < 12 || end > n {
				continue
			}
			resp := append([]byte(nil), q[:end]...)
			resp[2] = 0x80 | q[2]&0x01 // response, recursion desired as asked
			resp[3] = 0x80 | 3         // recursion available, NXDOMAIN
			resp[6], resp[7], resp[8], resp[9], resp[10], resp[11] = 0, 0, 0, 0, 0, 0
			pc.WriteTo(resp, from)
		}
	}()
	return &net.Resolver{PreferGo: true, Dial: func(ctx context.Context, _, _ string) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, "udp", pc.LocalAddr().String())
	}}
}

// TestAddFeedErrorsSayWhatWentWrongInOneSentence: what a user who typed
// /feeds add reads names the URL once and the cause in plain words, never
// the resolver's address, a port or a Go error chain.
func TestAddFeedErrorsSayWhatWentWrongInOneSentence(t *testing.T) {
	dialer := &net.Dialer{Timeout: 5 * time.Second, Resolver: nxdomainResolver(t)}
	client := fetch.New(fetch.Options{Timeout: 5 * time.Second, Transport: &http.Transport{DialContext: dialer.DialContext}})
	fs := newFeedServer(t)
	fs.set(http.StatusForbidden, "")
	page := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<html><head><title>Home</title></head><body><p>No feed here.</p></body></html>`)
	}))
	defer page.Close()
	linksToForbidden := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<html><head><link rel="alternate" type="application/rss+xml" href="%s/rss"></head></html>`, fs.URL)
	}))
	defer linksToForbidden.Close()

	e := &env{t: t, cfg: tracker.Config{Guarded: client}}
	e.start()
	for _, c := range []struct{ url, want string }{
		{"http://nonexistent.invalid/feed", "Could not add http://nonexistent.invalid/feed: no such host."},
		{fs.URL + "/rss", "Could not add " + fs.URL + "/rss: HTTP 403 Forbidden."},
		{page.URL, "Could not add " + page.URL + ": not a feed: the page has no RSS or Atom link."},
		{linksToForbidden.URL, "Could not add " + linksToForbidden.URL + ": the feed it links to, " + fs.URL + "/rss, answered HTTP 403 Forbidden."},
	} {
		_, err := e.tr.AddFeed(context.Background(), "g", c.url)
		msg, ok := tracker.UserMessage(err)
		if !ok {
			t.Errorf("AddFeed(%s) = %v; want a message for the user", c.url, err)
			continue
		}
		if msg != c.want {
			t.Errorf("AddFeed(%s) says %q; want %q", c.url, msg, c.want)
		}
		if strings.Count(msg, c.url) != 1 || strings.Contains(msg, "lookup") || strings.Contains(msg, "dial") || strings.Contains(msg, ":53") {
			t.Errorf("AddFeed(%s) says %q: the URL not exactly once, or internals", c.url, msg)
		}
	}
}

// TestAddFeedTakesABareHostAsHTTPS: "/feeds add example.com/rss" is tried as
// https://example.com/rss rather than refused.
func TestAddFeedTakesABareHostAsHTTPS(t *testing.T) {
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Secure Wire</title></channel></rss>`)
	}))
	defer srv.Close()
	e := &env{t: t, cfg: tracker.Config{Guarded: fetch.New(fetch.Options{Transport: srv.Client().Transport})}}
	e.start()
	bare := strings.TrimPrefix(srv.URL, "https://") + "/rss"
	f, err := e.tr.AddFeed(context.Background(), "g", bare)
	if err != nil {
		t.Fatalf("AddFeed(%s) = %v", bare, err)
	}
	if f.URL != srv.URL+"/rss" || f.Title != "Secure Wire" {
		t.Errorf("added %s (%q); want %s/rss", f.URL, f.Title, srv.URL)
	}
}
