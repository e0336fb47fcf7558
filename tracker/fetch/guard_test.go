package fetch

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// serveOn starts a test server on addr (another loopback host than
// httptest's 127.0.0.1, to stand for a second private host).
func serveOn(t *testing.T, addr string, h http.Handler) *httptest.Server {
	t.Helper()
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Skipf("cannot listen on %s: %v", addr, err)
	}
	srv := httptest.NewUnstartedServer(h)
	srv.Listener.Close()
	srv.Listener = ln
	srv.Start()
	t.Cleanup(srv.Close)
	return srv
}

func TestGetLinkedAdmitsTheFeedsOwnHostOnly(t *testing.T) {
	var inside atomic.Int32
	other := serveOn(t, "127.0.0.2:0", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		inside.Add(1)
		w.Write([]byte("internal"))
	}))
	feedHost := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/away" {
			http.Redirect(w, r, other.URL+"/admin", http.StatusFound)
			return
		}
		w.Write([]byte("<html>article</html>"))
	}))
	defer feedHost.Close()
	c := New(Options{Timeout: 5 * time.Second}) // the guard on, as for everything users and feeds point at
	ctx := context.Background()
	feedURL := feedHost.URL + "/rss"

	if r, err := c.GetLinked(ctx, feedHost.URL+"/story", feedURL); err != nil || !strings.Contains(string(r.Body), "article") {
		t.Fatalf("a page on the feed's own host: %v; want it fetched", err)
	}
	if _, err := c.GetLinked(ctx, feedHost.URL+"/away", feedURL); !errors.Is(err, ErrPrivateAddress) {
		t.Errorf("redirect from the feed's host to another loopback host: err = %v; want ErrPrivateAddress", err)
	}
	if _, err := c.GetLinked(ctx, other.URL+"/admin", feedURL); !errors.Is(err, ErrPrivateAddress) {
		t.Errorf("a link to another loopback host: err = %v; want ErrPrivateAddress", err)
	}
	// Without the link's feed, its host is just another private address,
	// also right after a connection to it was admitted and pooled.
	if _, err := c.Get(ctx, feedHost.URL+"/story", Validators{}); !errors.Is(err, ErrPrivateAddress) {
		t.Errorf("Get on the feed's host: err = %v; want ErrPrivateAddress", err)
	}
	if n := inside.Load(); n != 0 {
		t.Errorf("the other loopback host was requested %d times; want never", n)
	}
}

func TestAllowPrivateNetworksNeverAdmitsLinkLocalOrMetadata(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) }))
	defer srv.Close()
	c := New(Options{AllowPrivateNetworks: true, Timeout: 2 * time.Second})
	ctx := context.Background()
	if _, err := c.Get(ctx, srv.URL, Validators{}); err != nil {
		t.Fatalf("loopback with AllowPrivateNetworks: %v; want it fetched", err)
	}
	// Refused before connect: no packet leaves for these addresses.
	for _, u := range []string{"http://169.254.169.254/latest/meta-data/", "http://169.254.1.1/", "http://[fe80::1]/", "http://[fd00:ec2::254]/", "http://0.0.0.0/"} {
		if _, err := c.Get(ctx, u, Validators{}); !errors.Is(err, ErrPrivateAddress) {
			t.Errorf("Get(%s) = %v; want ErrPrivateAddress", u, err)
		}
		if _, err := New(Options{Timeout: 2 * time.Second}).GetLinked(ctx, u, u); !errors.Is(err, ErrPrivateAddress) {
			t.Errorf("GetLinked(%s) from a feed on the same host = %v; want ErrPrivateAddress", u, err)
		}
	}
}

func TestGuardRefusesURLsWithCredentials(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		if r.URL.Path == "/go" {
			http.Redirect(w, r, "http://bob:hunter2@"+r.Host+"/in", http.StatusFound)
		}
	}))
	defer srv.Close()
	c := New(Options{AllowPrivateNetworks: true, Timeout: 2 * time.Second})
	withCreds := strings.Replace(srv.URL, "http://", "http://bob:hunter2@", 1)
	_, err := c.Get(context.Background(), withCreds, Validators{})
	if !errors.Is(err, ErrCredentials) || strings.Contains(err.Error(), "hunter2") {
		t.Errorf("Get(URL with credentials) = %v; want ErrCredentials, password hidden", err)
	}
	_, err = c.Get(context.Background(), srv.URL+"/go", Validators{})
	if !errors.Is(err, ErrCredentials) || strings.Contains(err.Error(), "hunter2") {
		t.Errorf("redirect to a URL with credentials: %v; want ErrCredentials, password hidden", err)
	}
	if n := hits.Load(); n != 1 {
		t.Errorf("server hit %d times; want once (the redirect itself)", n)
	}
}
