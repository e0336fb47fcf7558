package fetch

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
)

// TestKeepAliveAcrossManyHosts polls 100 hosts (loopback addresses) in
// turn, twice: the second round reuses every connection of the first, where
// a pool of 32 idle connections would reconnect to most hosts.
func TestKeepAliveAcrossManyHosts(t *testing.T) {
	var conns atomic.Int64
	var urls []string
	for i := range 100 {
		ln, err := net.Listen("tcp", fmt.Sprintf("127.0.3.%d:0", i+1))
		if err != nil {
			t.Skipf("cannot listen on 127.0.3.%d: %v", i+1, err)
		}
		srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Write([]byte("<rss/>"))
		}))
		srv.Listener.Close()
		srv.Listener = ln
		srv.Config.ConnState = func(_ net.Conn, s http.ConnState) {
			if s == http.StateNew {
				conns.Add(1)
			}
		}
		srv.Start()
		t.Cleanup(srv.Close)
		urls = append(urls, srv.URL+"/rss")
	}
	c := New(Options{AllowPrivate: true})
	for round := range 2 {
		for _, u := range urls {
			if _, err := c.Get(context.Background(), u, Validators{}); err != nil {
				t.Fatalf("round %d: %v", round, err)
			}
		}
	}
	if n := conns.Load(); n != int64(len(urls)) {
		t.Fatalf("%d connections for %d hosts polled twice; want one each, kept alive", n, len(urls))
	}
}
