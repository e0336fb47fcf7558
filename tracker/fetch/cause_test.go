package fetch

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"regexp"
	"testing"
	"time"
)

// addrLike finds what Cause must never show: IP addresses, ports, URLs.
var addrLike = regexp.MustCompile(`\d+\.\d+\.\d+\.\d+|:\d+|://`)

func TestCauseWordsEachFailurePlainly(t *testing.T) {
	forbidden := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusForbidden)
	}))
	defer forbidden.Close()
	var loop *httptest.Server
	loop = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, loop.URL+"/again", http.StatusFound)
	}))
	defer loop.Close()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := "http://" + ln.Addr().String() + "/feed"
	ln.Close() // nothing listens there now

	open := newClient(Options{AllowPrivate: true, Timeout: 5 * time.Second})
	guarded := New(Options{})
	get := func(c *Client, url string) error {
		_, err := c.Get(context.Background(), url, Validators{})
		if err == nil {
			t.Fatalf("Get(%s) succeeded; want an error", url)
		}
		return err
	}
	// The chain Go's resolver returns for a name that does not exist,
	// naming the resolver's address, which users must not see.
	nxdomain := fmt.Errorf("fetch http://nonexistent.invalid/feed: %w", &net.OpError{Op: "dial", Net: "tcp",
		Err: &net.DNSError{Err: "no such host", Name: "nonexistent.invalid", Server: "10.255.255.53:53", IsNotFound: true}})
	for _, c := range []struct {
		name string
		err  error
		want string
	}{
		{"no such host", nxdomain, "no such host"},
		{"HTTP 403", get(open, forbidden.URL), "HTTP 403 Forbidden"},
		{"redirect loop", get(open, loop.URL), "too many redirects"},
		{"connection refused", get(open, closed), "connection refused"},
		{"private address", get(guarded, forbidden.URL), "it is a private or local address, which this bot does not fetch"},
		{"scheme", get(open, "ftp://example.com/feed"), "only http:// and https:// addresses can be fetched"},
		{"credentials", get(guarded, "https://user:secret@127.0.0.1/feed"), "the URL carries a user name or password, which this bot does not send"},
		{"timeout", &TimeoutError{After: DefaultTimeout}, "timed out after 15 s"},
		{"unknown", fmt.Errorf("parse: %w", fmt.Errorf("xml: unexpected EOF")), ""},
	} {
		got := Cause(c.err)
		if got != c.want {
			t.Errorf("%s: Cause(%v) = %q; want %q", c.name, c.err, got, c.want)
		}
		if c.name != "scheme" && addrLike.MatchString(got) {
			t.Errorf("%s: Cause = %q shows an address, port or URL", c.name, got)
		}
	}
}

func TestSecondsReadsAsPeopleWriteIt(t *testing.T) {
	for d, want := range map[time.Duration]string{
		15 * time.Second: "15 s", 1500 * time.Millisecond: "1.5 s", 2 * time.Minute: "2 min",
		150 * time.Millisecond: "150 ms", 90 * time.Second: "90 s",
	} {
		if got := seconds(d); got != want {
			t.Errorf("seconds(%v) = %q; want %q", d, got, want)
		}
	}
}
