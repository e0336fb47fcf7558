package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func newClient(o Options) *Client {
	o.AllowPrivate = true
	return New(o)
}

func TestConditionalGetReturnsNotModified(t *testing.T) {
	var hits atomic.Int32
	const etag, lm = `"v1"`, "Sat, 28 Nov 2026 10:00:00 GMT"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		if r.Header.Get("If-None-Match") == etag || r.Header.Get("If-Modified-Since") == lm {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", lm)
		w.Header().Set("Cache-Control", "public, max-age=300")
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte("<rss/>"))
	}))
	defer srv.Close()
	c := newClient(Options{})
	ctx := context.Background()

	r, err := c.Get(ctx, srv.URL, Validators{})
	if err != nil {
		t.Fatal(err)
	}
	if r.NotModified || string(r.Body) != "<rss/>" || r.Validators.ETag != etag || r.Validators.LastModified != lm {
		t.Fatalf("first get = %+v", r)
	}
	if r.MaxAge != 300*time.Second || r.ContentType != "application/rss+xml" {
		t.Errorf("MaxAge=%s ContentType=%q; want 5m0s application/rss+xml", r.MaxAge, r.ContentType)
	}
	for _, v := range []Validators{r.Validators, {ETag: etag}, {LastModified: lm}} {
		r2, err := c.Get(ctx, srv.URL, v)
		if err != nil {
			t.Fatal(err)
		}
		if !r2.NotModified || len(r2.Body) != 0 {
			t.Errorf("with %+v: NotModified=%v body=%q; want 304", v, r2.NotModified, r2.Body)
		}
	}
	if got := hits.Load(); got != 4 {
		t.Errorf("server saw %d requests; want 4", got)
	}
}

func TestEndlessBodyIsTooLargeWithBoundedMemory(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		chunk := bytes.Repeat([]byte("x"), 64<<10)
		for i := 0; i < (2<<30)/len(chunk); i++ { // 2 GB, unless the client hangs up
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	}))
	defer srv.Close()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	_, err := newClient(Options{MaxBytes: 1 << 20}).Get(context.Background(), srv.URL, Validators{})
	runtime.ReadMemStats(&after)
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v; want ErrTooLarge", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %s; want quick abort", d)
	}
	if grew := after.TotalAlloc - before.TotalAlloc; grew > 16<<20 {
		t.Errorf("allocated %d bytes for a 1 MiB cap; want bounded", grew)
	}
}

func TestDeclaredLengthOverCapIsTooLarge(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write(bytes.Repeat([]byte("y"), 2000))
	}))
	defer srv.Close()
	_, err := newClient(Options{MaxBytes: 1000}).Get(context.Background(), srv.URL, Validators{})
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v; want ErrTooLarge", err)
	}
}

func TestGzipBombIsCappedOnDecompressedSize(t *testing.T) {
	// One gzip member of 1 MiB of zeros is ~1 KiB; the server sends 1024
	// concatenated members (valid multistream gzip): ~1 MiB on the wire,
	// 1 GiB decompressed. Only the decompressed size can trip the cap.
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(make([]byte, 1<<20))
	zw.Close()
	member := buf.Bytes()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			t.Errorf("Accept-Encoding = %q; want gzip", r.Header.Get("Accept-Encoding"))
		}
		w.Header().Set("Content-Encoding", "gzip")
		for range 1024 {
			if _, err := w.Write(member); err != nil {
				return
			}
		}
	}))
	defer srv.Close()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := newClient(Options{MaxBytes: 4 << 20}).Get(context.Background(), srv.URL, Validators{})
	runtime.ReadMemStats(&after)
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v; want ErrTooLarge (member %d bytes)", err, len(member))
	}
	if grew := after.TotalAlloc - before.TotalAlloc; grew > 64<<20 {
		t.Errorf("allocated %d bytes for a 4 MiB cap; want bounded", grew)
	}
}

func TestGzipBodyIsDecompressed(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		zw.Write([]byte("<feed/>"))
		zw.Close()
	}))
	defer srv.Close()
	r, err := newClient(Options{}).Get(context.Background(), srv.URL, Validators{})
	if err != nil || string(r.Body) != "<feed/>" {
		t.Fatalf("got %v, %v; want <feed/>", r, err)
	}
}

func TestSlowServerTimesOut(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("partial"))
		w.(http.Flusher).Flush()
		select { // body never finishes
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	start := time.Now()
	_, err := newClient(Options{Timeout: 150 * time.Millisecond}).Get(context.Background(), srv.URL, Validators{})
	if err == nil || !strings.Contains(err.Error(), "timed out after 150 ms") {
		t.Fatalf("err = %v; want timed out after 150 ms", err)
	}
	if got := Cause(err); got != "timed out after 150 ms" {
		t.Errorf("Cause = %q; want %q", got, "timed out after 150 ms")
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("took %s", d)
	}
}

func TestPerHostLimit(t *testing.T) {
	// Each request is held until two are in flight at once, so the test
	// sees the limit filled whatever the scheduling (no sleep to overlap
	// by luck); a third request in flight at any moment is a failure.
	var cur, peak atomic.Int32
	full := make(chan struct{})
	var fullOnce sync.Once
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := cur.Add(1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		if n >= 2 {
			fullOnce.Do(func() { close(full) })
		}
		select {
		case <-full:
		case <-time.After(5 * time.Second):
			t.Error("a second request never came while the first was in flight: the per-host limit is below 2")
			fullOnce.Do(func() { close(full) })
		}
		// Stay a moment, so a third request let through by a broken limit
		// would be seen in flight (this sleep can only catch a fault, never
		// cause one).
		time.Sleep(20 * time.Millisecond)
		cur.Add(-1)
		w.Write([]byte("ok"))
	}))
	defer srv.Close()
	c := newClient(Options{})
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Go(func() {
			if _, err := c.Get(context.Background(), srv.URL, Validators{}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if got := peak.Load(); got != 2 {
		t.Errorf("peak in-flight = %d; want 2 (DefaultPerHost)", got)
	}
	if len(c.hosts) != 0 {
		t.Errorf("host semaphores leaked: %d", len(c.hosts))
	}
}

func TestWaitingForHostSlotHonoursContext(t *testing.T) {
	block := make(chan struct{})
	arrived := make(chan struct{}, 1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		arrived <- struct{}{}
		select {
		case <-block:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	c := newClient(Options{PerHost: 1})
	first := make(chan struct{})
	go func() { defer close(first); c.Get(context.Background(), srv.URL, Validators{}) }()
	defer func() { close(block); <-first }()
	<-arrived // the first request holds the host's one slot
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	_, err := c.Get(ctx, srv.URL, Validators{})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v; want context deadline while waiting for slot", err)
	}
}

func TestPermanentRedirectIsReported(t *testing.T) {
	mux := http.NewServeMux()
	mux.Handle("/old", http.RedirectHandler("/new", http.StatusMovedPermanently))
	mux.Handle("/tmp", http.RedirectHandler("/new", http.StatusFound))
	mux.Handle("/perm308", http.RedirectHandler("/tmp", http.StatusPermanentRedirect))
	mux.HandleFunc("/new", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("here")) })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	c := newClient(Options{})
	for _, tc := range []struct{ path, url, perm string }{
		{"/old", "/new", "/new"},
		{"/tmp", "/new", ""},
		{"/perm308", "/new", "/tmp"},
	} {
		r, err := c.Get(context.Background(), srv.URL+tc.path, Validators{})
		if err != nil {
			t.Fatal(err)
		}
		wantPerm := ""
		if tc.perm != "" {
			wantPerm = srv.URL + tc.perm
		}
		if r.URL != srv.URL+tc.url || r.Permanent != wantPerm {
			t.Errorf("%s: URL=%q Permanent=%q; want %q %q", tc.path, r.URL, r.Permanent, srv.URL+tc.url, wantPerm)
		}
	}
}

func TestTooManyRedirects(t *testing.T) {
	srv := httptest.NewServer(http.RedirectHandler("/", http.StatusFound))
	defer srv.Close()
	_, err := newClient(Options{}).Get(context.Background(), srv.URL, Validators{})
	if err == nil || !strings.Contains(err.Error(), "redirects") {
		t.Fatalf("err = %v; want redirect limit", err)
	}
}

func TestStatusErrorCarriesRetryAfter(t *testing.T) {
	date := time.Now().Add(2 * time.Minute).UTC().Format(http.TimeFormat)
	mux := http.NewServeMux()
	mux.HandleFunc("/secs", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "120")
		w.WriteHeader(http.StatusTooManyRequests)
	})
	mux.HandleFunc("/date", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", date)
		w.WriteHeader(http.StatusServiceUnavailable)
	})
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusGone) })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	c := newClient(Options{})
	for _, tc := range []struct {
		path     string
		code     int
		min, max time.Duration
	}{
		{"/secs", 429, 120 * time.Second, 120 * time.Second},
		{"/date", 503, 100 * time.Second, 121 * time.Second},
		{"/gone", 410, 0, 0},
	} {
		_, err := c.Get(context.Background(), srv.URL+tc.path, Validators{})
		var se *StatusError
		if !errors.As(err, &se) {
			t.Fatalf("%s: err = %v; want *StatusError", tc.path, err)
		}
		if se.Code != tc.code || se.RetryAfter < tc.min || se.RetryAfter > tc.max {
			t.Errorf("%s: got %d %s; want %d in [%s,%s]", tc.path, se.Code, se.RetryAfter, tc.code, tc.min, tc.max)
		}
	}
}

func TestRetryAfterParsing(t *testing.T) {
	now := time.Date(2026, 11, 29, 4, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		v    string
		want time.Duration
	}{
		{"", 0}, {"30", 30 * time.Second}, {"-5", 0}, {"soon", 0},
		{"Sun, 29 Nov 2026 04:01:00 GMT", time.Minute},
		{"Sun, 29 Nov 2026 03:00:00 GMT", 0},
	} {
		h := http.Header{}
		if tc.v != "" {
			h.Set("Retry-After", tc.v)
		}
		if got := RetryAfter(h, now); got != tc.want {
			t.Errorf("RetryAfter(%q) = %s; want %s", tc.v, got, tc.want)
		}
	}
}

func TestMaxAge(t *testing.T) {
	now := time.Date(2026, 11, 29, 4, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		cc, exp string
		want    time.Duration
	}{
		{"max-age=60", "", time.Minute},
		{"no-cache", "Sun, 29 Nov 2026 05:00:00 GMT", 0},
		{"", "Sun, 29 Nov 2026 05:00:00 GMT", time.Hour},
		{"", "garbage", 0},
	} {
		h := http.Header{}
		h.Set("Cache-Control", tc.cc)
		h.Set("Expires", tc.exp)
		if got := maxAge(h, now); got != tc.want {
			t.Errorf("maxAge(%q,%q) = %s; want %s", tc.cc, tc.exp, got, tc.want)
		}
	}
}

func TestPrivateAddressRefused(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Write([]byte("secret"))
	}))
	defer srv.Close()
	c := New(Options{}) // AllowPrivate false
	_, err := c.Get(context.Background(), srv.URL, Validators{})
	if !errors.Is(err, ErrPrivateAddress) {
		t.Fatalf("direct: err = %v; want ErrPrivateAddress", err)
	}
	// The guard checks resolved addresses, not names: "localhost" is refused too.
	redir := httptest.NewServer(http.RedirectHandler(srv.URL+"/x", http.StatusFound))
	defer redir.Close()
	_, err = c.Get(context.Background(), strings.Replace(redir.URL, "127.0.0.1", "localhost", 1), Validators{})
	if !errors.Is(err, ErrPrivateAddress) {
		t.Fatalf("via name: err = %v; want ErrPrivateAddress", err)
	}
	if hits.Load() != 0 {
		t.Errorf("private server was reached %d times", hits.Load())
	}
}

func TestPrivateAddressRefusedThroughRedirect(t *testing.T) {
	// The guard checks every connection; here the first hop is allowed by a
	// test-only control that permits one port, and the redirect target on
	// another loopback port must be refused.
	var hits atomic.Int32
	target := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }))
	defer target.Close()
	front := httptest.NewServer(http.RedirectHandler(target.URL+"/metadata", http.StatusFound))
	defer front.Close()
	frontAddr := strings.TrimPrefix(front.URL, "http://")
	tr := newTransport(Options{Timeout: 5 * time.Second}, "")
	base := tr.DialContext
	tr.DialContext = func(ctx context.Context, network, addr string) (net.Conn, error) {
		if addr == frontAddr { // pretend the front server is public
			return (&net.Dialer{}).DialContext(ctx, network, addr)
		}
		return base(ctx, network, addr)
	}
	c := New(Options{Transport: tr})
	_, err := c.Get(context.Background(), front.URL, Validators{})
	if !errors.Is(err, ErrPrivateAddress) {
		t.Fatalf("err = %v; want ErrPrivateAddress", err)
	}
	if hits.Load() != 0 {
		t.Errorf("redirect target reached %d times", hits.Load())
	}
}

func TestIsPrivate(t *testing.T) {
	for _, tc := range []struct {
		ip   string
		want bool
	}{
		{"127.0.0.1", true}, {"10.1.2.3", true}, {"172.16.0.1", true}, {"192.168.1.1", true},
		{"169.254.169.254", true}, {"100.64.0.1", true}, {"0.0.0.0", true}, {"224.0.0.1", true},
		{"::1", true}, {"fd00:ec2::254", true}, {"fe80::1", true}, {"::", true}, {"::ffff:127.0.0.1", true},
		{"8.8.8.8", false}, {"93.184.216.34", false}, {"2606:4700::1111", false}, {"100.128.0.1", false},
	} {
		if got := IsPrivate(net.ParseIP(tc.ip)); got != tc.want {
			t.Errorf("IsPrivate(%s) = %v; want %v", tc.ip, got, tc.want)
		}
	}
}

func TestNonHTTPSchemeRefused(t *testing.T) {
	c := newClient(Options{})
	for _, u := range []string{"file:///etc/passwd", "ftp://example.com/feed", "gopher://x", "javascript:alert(1)"} {
		if _, err := c.Get(context.Background(), u, Validators{}); !errors.Is(err, ErrScheme) {
			t.Errorf("Get(%q) err = %v; want ErrScheme", u, err)
		}
	}
	srv := httptest.NewServer(http.RedirectHandler("file:///etc/passwd", http.StatusFound))
	defer srv.Close()
	if _, err := c.Get(context.Background(), srv.URL, Validators{}); !errors.Is(err, ErrScheme) {
		t.Errorf("redirect to file: err = %v; want ErrScheme", err)
	}
}
