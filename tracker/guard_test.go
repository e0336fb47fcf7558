package tracker_test

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"newshound/tracker"
	"newshound/tracker/fetch"
)

func TestArticleLinksToOtherPrivateHostsAreNeverRequested(t *testing.T) {
	// Tests run on loopback: the feed's host is 127.0.0.1 and stands for a
	// feed in the operator's catalog; 127.0.0.2 stands for a private host
	// inside the network, which no link may reach.
	ln, err := net.Listen("tcp", "127.0.0.2:0")
	if err != nil {
		t.Skipf("no second loopback address: %v", err)
	}
	var inside atomic.Int32
	internal := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		inside.Add(1)
		w.Write([]byte("<html><body><article><p>Bagram secrets from the internal admin page, which must never be read.</p></article></body></html>"))
	}))
	internal.Listener.Close()
	internal.Listener = ln
	internal.Start()
	defer internal.Close()

	fs := newFeedServer(t)
	fs.add("old", "Old news", "x")
	fs.redirect = map[string]string{"/article/away": internal.URL + "/admin"}
	e := &env{t: t, cfg: tracker.Config{
		FetchArticles: true,
		// As in `run`: the catalog is fetched as it is, everything feeds
		// link to goes through the guard.
		Guarded: fetch.New(fetch.Options{Timeout: 5 * time.Second}),
	}}
	e.start(fs.URL)
	e.track("bagram")
	fs.mu.Lock()
	fs.items = append(fs.items,
		testItem{"own", "Aid convoy reaches Bagram after floods", "On the feed's host.", fs.URL + "/article/own-host-page"},
		testItem{"away", "Engineers repave the Bagram runway overnight", "Redirects inside.", fs.URL + "/article/away"},
		testItem{"inside", "Farmers at the Bagram bazaar sell lambs", "Links inside.", internal.URL + "/admin/page"},
	)
	fs.mu.Unlock()
	waitFor(t, "three alerts", func() bool { return len(e.rec.alerts()) == 3 })
	if n := inside.Load(); n != 0 {
		t.Fatalf("the internal host was requested %d times; want never", n)
	}
	it, ok, err := e.db.Item(context.Background(), fs.URL+"/article/own-host-page")
	if err != nil || !ok || !strings.Contains(it.Text, "full story of") {
		t.Errorf("the page on the feed's own host: text %q (%v, %v); want it read", it.Text, ok, err)
	}
	for _, u := range []string{fs.URL + "/article/away", internal.URL + "/admin/page"} {
		it, _, _ := e.db.Item(context.Background(), u)
		if strings.Contains(it.Text, "secrets") {
			t.Errorf("%s: the internal page's text was stored", u)
		}
	}
}
