package fetch

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/httptrace"
	"sync"
	"sync/atomic"
	"testing"
)

// TestKeepAliveAcrossManyHosts polls 100 hosts (loopback addresses) in
// turn, twice: the second round reuses every connection of the first, where
// a pool of 32 idle connections would reconnect to most hosts.
//
// net/http pools a connection only if its writer goroutine reported the
// request written within 50 ms of the response being read
// (persistConn.wroteRequest); on a starved machine it can report later, and
// net/http closes the connection, whatever the pool's size. The client
// trace tells the two apart: a connection offered to the pool is reported
// to PutIdleConn (with an error if the pool refused it), one net/http
// closed for its own reasons is not. Round one polls such a host again
// until its connection is offered, so that round two tests the pool alone.
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

	// poll gets u and says whether the connection was reused, and whether
	// it was offered to the idle pool afterwards and with what answer.
	type polled struct {
		reused, offered bool
		refused         error
	}
	poll := func(u string) (polled, error) {
		var mu sync.Mutex
		var p polled
		ctx := httptrace.WithClientTrace(context.Background(), &httptrace.ClientTrace{
			GotConn: func(i httptrace.GotConnInfo) { mu.Lock(); p.reused = i.Reused; mu.Unlock() },
			PutIdleConn: func(err error) {
				mu.Lock()
				p.offered, p.refused = true, err
				mu.Unlock()
			},
		})
		// The body is read to its end before Get returns, and net/http
		// decides about pooling before it lets that read end.
		_, err := c.Get(ctx, u, Validators{})
		mu.Lock()
		defer mu.Unlock()
		return p, err
	}

	dropped := 0 // connections net/http closed instead of offering them
	for _, u := range urls {
		for try := 1; ; try++ {
			p, err := poll(u)
			if err != nil {
				t.Fatalf("round 0: %v", err)
			}
			if p.refused != nil {
				t.Fatalf("round 0: %s: the idle pool refused the connection: %v", u, p.refused)
			}
			if p.offered {
				break
			}
			dropped++
			if try == 10 {
				t.Fatalf("round 0: %s: net/http closed the connection after each of %d polls", u, try)
			}
		}
	}
	reconnected := 0
	for _, u := range urls {
		p, err := poll(u)
		if err != nil {
			t.Fatalf("round 1: %v", err)
		}
		if !p.reused {
			reconnected++
		}
	}
	if reconnected != 0 {
		t.Fatalf("round 1 reconnected to %d of %d hosts; want every connection of round 0 kept alive", reconnected, len(urls))
	}
	if n, want := conns.Load(), int64(len(urls)+dropped); n != want {
		t.Fatalf("%d connections for %d hosts polled twice, %d closed by net/http in round 0; want %d", n, len(urls), dropped, want)
	}
	if dropped > 0 {
		t.Logf("net/http closed %d of round 0's connections instead of pooling them (a starved machine); their hosts were polled again", dropped)
	}
}
