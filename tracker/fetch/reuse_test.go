package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestReleasedBodiesAreReusedAndRequestsKeepTheirHeaders fetches bodies of
// different sizes, releasing each: every body is the server's, whole, and
// a released buffer serves a later body. Each request carries the
// User-Agent, the Accept header and its own validators, however many went
// before it (their values are shared between requests).
func TestReleasedBodiesAreReusedAndRequestsKeepTheirHeaders(t *testing.T) {
	var seen []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		seen = append(seen, r.Header.Get("User-Agent")+"|"+r.Header.Get("Accept")[:19]+"|"+r.Header.Get("If-None-Match"))
		n := len(r.URL.Path) * 10_000
		w.Write(bytes.Repeat([]byte{r.URL.Path[1]}, n))
	}))
	defer srv.Close()
	c := newClient(Options{UserAgent: "Newshound-test"})
	ctx := context.Background()
	var bufs []*bytes.Buffer
	for i, path := range []string{"/aaaa", "/b", "/cccccccc", "/dd"} {
		r, err := c.Get(ctx, srv.URL+path, Validators{ETag: path})
		if err != nil {
			t.Fatal(err)
		}
		if want := strings.Repeat(path[1:2], len(path)*10_000); string(r.Body) != want {
			t.Fatalf("get %d (%s): %d bytes, starting %q; want %d bytes of %q", i, path, len(r.Body), r.Body[:min(len(r.Body), 8)], len(want), path[1:2])
		}
		bufs = append(bufs, r.buf)
		r.Release()
		if r.Body != nil {
			t.Fatal("Release left Body set")
		}
	}
	reused := false
	for i := 1; i < len(bufs); i++ {
		reused = reused || bufs[i] == bufs[i-1]
	}
	if !reused {
		t.Log("no buffer was reused (the pool may drop entries at a collection); bodies were still right")
	}
	for i, s := range seen {
		if want := "Newshound-test|application/rss+xml|" + []string{"/aaaa", "/b", "/cccccccc", "/dd"}[i]; s != want {
			t.Fatalf("request %d carried %q; want %q", i, s, want)
		}
	}
}

// BenchmarkGetNotModified is one conditional GET answered 304 over a
// kept-alive connection: the cost of polling a feed that has not changed,
// this side of the socket.
func BenchmarkGetNotModified(b *testing.B) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNotModified)
	}))
	defer srv.Close()
	c := newClient(Options{UserAgent: "Newshound-bench"})
	ctx := context.Background()
	v := Validators{ETag: `"abc"`, LastModified: "Sat, 28 Nov 2026 10:00:00 GMT"}
	b.ReportAllocs()
	for b.Loop() {
		r, err := c.Get(ctx, srv.URL+"/feed.xml", v)
		if err != nil || !r.NotModified {
			b.Fatal(r, err)
		}
	}
}

// TestGzipBodiesOneAfterAnotherWithABrokenOneBetween fetches gzip bodies
// in turn through the pooled readers: each is decompressed whole, a body
// that is not gzip although it says so is an error, and the next body is
// right again.
func TestGzipBodiesOneAfterAnotherWithABrokenOneBetween(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if ae := r.Header.Get("Accept-Encoding"); ae != "gzip" {
			t.Errorf("Accept-Encoding %q; want gzip", ae)
		}
		w.Header().Set("Content-Encoding", "gzip")
		if r.URL.Path == "/broken" {
			w.Write([]byte("plain text, not gzip at all"))
			return
		}
		zw := gzip.NewWriter(w)
		zw.Write(bytes.Repeat([]byte(r.URL.Path), 5000))
		zw.Close()
	}))
	defer srv.Close()
	c := newClient(Options{})
	ctx := context.Background()
	for _, path := range []string{"/one", "/two", "/broken", "/three", "/four"} {
		r, err := c.Get(ctx, srv.URL+path, Validators{})
		if path == "/broken" {
			if err == nil {
				t.Fatalf("%s: got %d bytes; want an error", path, len(r.Body))
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if want := strings.Repeat(path, 5000); string(r.Body) != want {
			t.Fatalf("%s: %d bytes; want %d", path, len(r.Body), len(want))
		}
		r.Release()
	}
}
