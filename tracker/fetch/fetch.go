// Package fetch performs polite, bounded HTTP GETs of feeds and pages.
//
// Rules every request follows:
//   - only http and https URLs, at most 10 redirects;
//   - at most PerHost requests in flight per host and MaxConns overall; waiting
//     for a slot honours the context;
//   - the whole request, body included, must finish within Timeout;
//   - at most MaxBytes of (decompressed) body are read; a larger body is
//     ErrTooLarge, and no more than MaxBytes+1 bytes are ever buffered;
//   - unless AllowPrivate is set, the outbound guard (guard.go) refuses
//     connections to loopback, private, link-local, CGNAT, cloud-metadata,
//     unspecified and multicast addresses at connect time (so DNS rebinding
//     and redirects cannot bypass the check), with the exceptions it lists,
//     and refuses URLs that carry credentials.
package fetch

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
)

// Defaults applied by New to zero Options fields.
const (
	DefaultTimeout  = 15 * time.Second
	DefaultMaxBytes = 8 << 20
	DefaultPerHost  = 2
	DefaultMaxConns = 32
	// DefaultMaxIdle is how many idle keep-alive connections the client
	// keeps overall, PerHost to a host: enough for a few hundred hosts, so
	// polling them in turn reuses connections instead of reconnecting.
	DefaultMaxIdle = 1024
	maxRedirects   = 10
)

var (
	// ErrTooLarge means the body exceeded Options.MaxBytes.
	ErrTooLarge = errors.New("response body too large")
	// ErrPrivateAddress means the host resolved to an address Newshound must
	// not connect to (loopback, private networks, cloud metadata...).
	ErrPrivateAddress = errors.New("refusing to connect to private address")
	// ErrCredentials means a guarded client was given a URL with a user
	// name or password.
	ErrCredentials = errors.New("refusing a URL with credentials")
	// ErrScheme means the URL is not http or https.
	ErrScheme = errors.New("unsupported URL scheme")
)

// StatusError is returned for any status other than 2xx and 304.
// RetryAfter is the server's Retry-After hint (0 if absent), most useful
// with 429 and 503.
type StatusError struct {
	Code       int
	RetryAfter time.Duration
}

func (e *StatusError) Error() string {
	if e.RetryAfter > 0 {
		return fmt.Sprintf("http status %d (retry after %s)", e.Code, e.RetryAfter)
	}
	return fmt.Sprintf("http status %d", e.Code)
}

// Options configure a Client. Zero fields take the defaults above.
type Options struct {
	Timeout      time.Duration // whole request including body; default 15s
	MaxBytes     int64         // body cap after decompression; default 8 MiB
	PerHost      int           // concurrent requests per host (of the requested URL, not redirect targets); default 2
	MaxConns     int           // concurrent requests overall; default 32
	MaxIdle      int           // idle keep-alive connections kept overall; default 1024 (at most PerHost per host)
	UserAgent    string        // sent as User-Agent when non-empty
	AllowPrivate bool          // no guard at all: any address (the operator's own catalog, tests)
	// AllowPrivateNetworks admits private ranges and loopback through the
	// guard (self-hosted feeds), never link-local or metadata addresses.
	AllowPrivateNetworks bool
	Transport            http.RoundTripper // replaces the built-in transport (tests); the private-address guard lives in the built-in one
}

// Validators are the cache validators of a previous response, sent back as
// If-None-Match and If-Modified-Since.
type Validators struct{ ETag, LastModified string }

// Response is a successful (2xx) or not-modified (304) fetch.
type Response struct {
	URL         string // final URL after redirects
	Permanent   string // target of a leading 301/308, which the caller may remember
	NotModified bool   // 304: Body is empty, keep the previous copy
	Body        []byte
	ContentType string
	Validators  Validators
	MaxAge      time.Duration // from Cache-Control max-age or Expires; 0 if none

	buf *bytes.Buffer // Body's buffer, from bodies
}

// Release hands the body's memory back for later responses; Body must not
// be used after it. Calling it is optional (a response not released is
// collected as garbage), and worth it where bodies are read often: a
// buffer that already has the size of the next body saves allocating and
// growing one, over and over, for every changed feed polled.
func (r *Response) Release() {
	if r == nil || r.buf == nil {
		return
	}
	putBody(r.buf)
	r.buf, r.Body = nil, nil
}

func putBody(b *bytes.Buffer) {
	if b.Cap() <= maxPooledBody {
		b.Reset()
		bodies.Put(b)
	}
}

// maxPooledBody is the largest buffer kept for reuse: most feeds are well
// under it, and a rare huge one is not held on to.
const maxPooledBody = 1 << 20

var bodies = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// Client fetches URLs under Options. It is safe for concurrent use.
type Client struct {
	o         Options
	userAgent []string // the User-Agent header's value
	hc        *http.Client
	global    chan struct{}
	now       func() time.Time

	mu    sync.Mutex
	hosts map[string]*hostSem
	// linked holds, by host, the clients of GetLinked: each admits that
	// host's private addresses, so its pooled connections are never
	// reused for a request that may not reach them.
	linked map[string]*http.Client
}

type hostSem struct {
	ch    chan struct{}
	users int
}

// New returns a Client with defaults filled in.
func New(o Options) *Client {
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.PerHost <= 0 {
		o.PerHost = DefaultPerHost
	}
	if o.MaxConns <= 0 {
		o.MaxConns = DefaultMaxConns
	}
	if o.MaxIdle <= 0 {
		o.MaxIdle = DefaultMaxIdle
	}
	c := &Client{o: o, global: make(chan struct{}, o.MaxConns), hosts: map[string]*hostSem{}, now: time.Now,
		userAgent: []string{o.UserAgent}}
	c.linked = map[string]*http.Client{}
	rt := o.Transport
	if rt == nil {
		rt = newTransport(o, "")
	}
	c.hc = &http.Client{Transport: rt, CheckRedirect: c.checkRedirect}
	return c
}

// maxLinkedHosts bounds GetLinked's per-host clients; past it, they are
// dropped (their idle connections close) and made again as needed.
const maxLinkedHosts = 4096

// clientFor returns the HTTP client admitting host's private addresses.
func (c *Client) clientFor(host string) *http.Client {
	if host == "" || c.o.AllowPrivate || c.o.AllowPrivateNetworks || c.o.Transport != nil {
		return c.hc
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	hc := c.linked[host]
	if hc == nil {
		if len(c.linked) >= maxLinkedHosts {
			for h, old := range c.linked {
				old.CloseIdleConnections()
				delete(c.linked, h)
			}
		}
		hc = &http.Client{Transport: newTransport(c.o, host), CheckRedirect: c.checkRedirect}
		c.linked[host] = hc
	}
	return hc
}

// newTransport builds the transport; with the guard on, except names the
// one host whose private addresses it admits (see guard.go).
func newTransport(o Options, except string) *http.Transport {
	dial := (&net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}).DialContext
	if !o.AllowPrivate {
		dial = guardedDial(o, except)
	}
	return &http.Transport{
		Proxy:                 nil, // no environment proxy: it would hide the real destination from the guard
		DialContext:           dial,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          max(o.MaxIdle, o.MaxConns),
		MaxIdleConnsPerHost:   o.PerHost,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: o.Timeout,
	}
}

func (c *Client) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > maxRedirects {
		return errTooManyRedirects
	}
	if s := req.URL.Scheme; s != "http" && s != "https" {
		return fmt.Errorf("redirect to %q: %w", req.URL.Redacted(), ErrScheme)
	}
	if req.URL.User != nil && !c.o.AllowPrivate {
		return fmt.Errorf("redirect to %s: %w", req.URL.Redacted(), ErrCredentials)
	}
	return nil
}

func (c *Client) acquire(ctx context.Context, host string) (release func(), err error) {
	c.mu.Lock()
	hs := c.hosts[host]
	if hs == nil {
		hs = &hostSem{ch: make(chan struct{}, c.o.PerHost)}
		c.hosts[host] = hs
	}
	hs.users++
	c.mu.Unlock()
	done := func() {
		c.mu.Lock()
		hs.users--
		if hs.users == 0 {
			delete(c.hosts, host)
		}
		c.mu.Unlock()
	}
	select {
	case hs.ch <- struct{}{}:
	case <-ctx.Done():
		done()
		return nil, ctx.Err()
	}
	select {
	case c.global <- struct{}{}:
	case <-ctx.Done():
		<-hs.ch
		done()
		return nil, ctx.Err()
	}
	return func() { <-c.global; <-hs.ch; done() }, nil
}

// Get fetches rawURL, sending v as conditional-request validators.
// It returns *StatusError for statuses other than 2xx/304, ErrTooLarge,
// ErrPrivateAddress or ErrScheme (all wrapped with the URL), and a
// *TimeoutError when Timeout elapses. Cause words any of its errors for
// users.
func (c *Client) Get(ctx context.Context, rawURL string, v Validators) (*Response, error) {
	return c.get(ctx, rawURL, v, "")
}

// GetLinked fetches rawURL, a link found in the feed at feedURL. Through
// the guard, the feed's own host is admitted even at a private or loopback
// address (the feed was fetched there); any other host, redirects
// included, must be public. Link-local and metadata addresses never are.
func (c *Client) GetLinked(ctx context.Context, rawURL, feedURL string) (*Response, error) {
	host := ""
	if fu, err := url.Parse(feedURL); err == nil {
		host = strings.ToLower(fu.Hostname())
	}
	return c.get(ctx, rawURL, Validators{}, host)
}

func (c *Client) get(ctx context.Context, rawURL string, v Validators, linkedFrom string) (*Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	if u.User != nil {
		rawURL = u.Redacted()
		if !c.o.AllowPrivate {
			return nil, fmt.Errorf("fetch %s: %w", rawURL, ErrCredentials)
		}
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("fetch %s: %w", rawURL, ErrScheme)
	}
	if u.Host == "" {
		return nil, fmt.Errorf("fetch %s: missing host", rawURL)
	}
	release, err := c.acquire(ctx, strings.ToLower(u.Hostname()))
	if err != nil {
		return nil, fmt.Errorf("fetch %s: waiting for host slot: %w", rawURL, err)
	}
	defer release()

	ctx, cancel := context.WithTimeoutCause(ctx, c.o.Timeout, errTimeout)
	defer cancel()
	resp, err := c.do(ctx, c.clientFor(linkedFrom), u, v)
	if err != nil {
		if context.Cause(ctx) == errTimeout {
			return nil, fmt.Errorf("fetch %s: %w", rawURL, &TimeoutError{After: c.o.Timeout})
		}
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // avoid repeating the method and URL
		}
		return nil, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	return resp, nil
}

var errTimeout = errors.New("fetch timeout")

// acceptFeeds and acceptGzip are the Accept and Accept-Encoding headers
// of every request. Naming gzip here, rather than letting the transport
// add it, also spares the transport a header map of its own per request.
var (
	acceptFeeds = []string{"application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8"}
	acceptGzip  = []string{"gzip"}
)

// gunzips holds gzip readers for reuse.
var gunzips sync.Pool

// gunzip is a gzip reader with the buffered reader it reads through (a
// gzip.Reader given a reader without ReadByte makes a buffer of its own
// at every Reset).
type gunzip struct {
	br *bufio.Reader
	zr *gzip.Reader
}

func (c *Client) do(ctx context.Context, hc *http.Client, u *url.URL, v Validators) (*Response, error) {
	// The URL is parsed already (NewRequest would format and parse it
	// again), and the fixed headers' values are shared by every request:
	// nothing writes to them. A poll that ends in a 304 allocates little
	// more than what net/http does.
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "", nil)
	if err != nil {
		return nil, err
	}
	req.URL, req.Host = u, strings.TrimSuffix(u.Host, ":")
	if c.o.UserAgent != "" {
		req.Header["User-Agent"] = c.userAgent
	}
	req.Header["Accept"] = acceptFeeds
	req.Header["Accept-Encoding"] = acceptGzip
	if v.ETag != "" {
		req.Header["If-None-Match"] = []string{v.ETag}
	}
	if v.LastModified != "" {
		req.Header["If-Modified-Since"] = []string{v.LastModified}
	}
	resp, err := hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()

	out := &Response{URL: resp.Request.URL.String()}
	out.Permanent = permanentTarget(resp)
	out.ContentType = resp.Header.Get("Content-Type")
	out.Validators = Validators{ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}
	out.MaxAge = maxAge(resp.Header, c.now())

	switch {
	case resp.StatusCode == http.StatusNotModified:
		out.NotModified = true
		if out.Validators == (Validators{}) {
			out.Validators = v
		}
		return out, nil
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		io.Copy(io.Discard, io.LimitReader(resp.Body, 4096)) // let the connection be reused
		return nil, &StatusError{Code: resp.StatusCode, RetryAfter: RetryAfter(resp.Header, c.now())}
	}
	var body io.Reader = resp.Body
	if strings.EqualFold(resp.Header.Get("Content-Encoding"), "gzip") {
		// Asked for by do: the transport leaves gzip to us when the
		// request names it, and a reader from the pool saves allocating
		// a decompressor (its 32 KB window and tables) for every body.
		g, _ := gunzips.Get().(*gunzip)
		if g == nil {
			g = &gunzip{br: bufio.NewReader(resp.Body)}
		} else {
			g.br.Reset(resp.Body)
		}
		var err error
		if g.zr == nil {
			g.zr, err = gzip.NewReader(g.br)
		} else {
			err = g.zr.Reset(g.br)
		}
		if err != nil {
			return nil, err
		}
		defer func() {
			g.br.Reset(nil) // holds no connection's body while pooled
			gunzips.Put(g)
		}()
		body = g.zr
	} else if resp.ContentLength > c.o.MaxBytes {
		return nil, ErrTooLarge
	}
	// This caps the decompressed size.
	buf := bodies.Get().(*bytes.Buffer)
	if n := resp.ContentLength; n > 0 && body == resp.Body {
		buf.Grow(int(n) + bytes.MinRead)
	}
	if _, err := buf.ReadFrom(io.LimitReader(body, c.o.MaxBytes+1)); err != nil {
		putBody(buf)
		return nil, err
	}
	if int64(buf.Len()) > c.o.MaxBytes {
		putBody(buf)
		return nil, ErrTooLarge
	}
	out.Body, out.buf = buf.Bytes(), buf
	return out, nil
}

// permanentTarget walks the redirect chain back to the first request; if
// the first hop was a 301 or 308 it returns where it pointed.
func permanentTarget(resp *http.Response) string {
	req := resp.Request
	var first *http.Request
	for req != nil && req.Response != nil {
		first = req
		req = req.Response.Request
	}
	if first == nil {
		return ""
	}
	if c := first.Response.StatusCode; c == http.StatusMovedPermanently || c == http.StatusPermanentRedirect {
		return first.URL.String()
	}
	return ""
}
